-- Hours may cross midnight (decision 0031): an end at or before the start is on the next day,
-- so 22:00–02:00 is stored as start 1320, end 120. A range still starts within its day and is
-- never empty; an end of 1440 ("24:00") still means the next midnight.
ALTER TABLE "availability_weekly_ranges" DROP CONSTRAINT "availability_weekly_ranges_check";
ALTER TABLE "availability_weekly_ranges" ADD CONSTRAINT "availability_weekly_ranges_check" CHECK (
    "weekday" BETWEEN 1 AND 7 AND "start_minute" BETWEEN 0 AND 1439 AND "end_minute" BETWEEN 0 AND 1440
    AND "end_minute" <> "start_minute"
);

ALTER TABLE "availability_override_ranges" DROP CONSTRAINT "availability_override_ranges_check";
ALTER TABLE "availability_override_ranges" ADD CONSTRAINT "availability_override_ranges_check" CHECK (
    "start_minute" BETWEEN 0 AND 1439 AND "end_minute" BETWEEN 0 AND 1440 AND "end_minute" <> "start_minute"
);
