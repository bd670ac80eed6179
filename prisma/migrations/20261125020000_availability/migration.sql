-- Availability: rules, weekly hours, date overrides and offered interview types.
-- Minutes are local wall-clock minutes in the person's zone (profiles.time_zone);
-- converting to instants is the slot engine's job (lib/availability/slot-engine.ts).

CREATE TABLE "availability_settings" (
    "user_id" TEXT NOT NULL,
    "min_notice_hours" INTEGER NOT NULL DEFAULT 12,
    "buffer_minutes" INTEGER NOT NULL DEFAULT 15,
    "max_per_week" INTEGER,
    "horizon_days" INTEGER NOT NULL DEFAULT 28,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "availability_settings_pkey" PRIMARY KEY ("user_id"),
    CONSTRAINT "availability_settings_ranges_check" CHECK (
        "min_notice_hours" BETWEEN 0 AND 336
        AND "buffer_minutes" BETWEEN 0 AND 240
        AND ("max_per_week" IS NULL OR "max_per_week" BETWEEN 1 AND 50)
        AND "horizon_days" BETWEEN 1 AND 180
    )
);

CREATE TABLE "availability_weekly_ranges" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "start_minute" INTEGER NOT NULL,
    "end_minute" INTEGER NOT NULL,
    CONSTRAINT "availability_weekly_ranges_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "availability_weekly_ranges_check" CHECK (
        "weekday" BETWEEN 1 AND 7 AND "start_minute" >= 0 AND "end_minute" <= 1440 AND "end_minute" > "start_minute"
    )
);
CREATE INDEX "availability_weekly_ranges_user_id_idx" ON "availability_weekly_ranges"("user_id");

CREATE TABLE "availability_overrides" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    CONSTRAINT "availability_overrides_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "availability_overrides_user_id_date_key" ON "availability_overrides"("user_id", "date");

CREATE TABLE "availability_override_ranges" (
    "id" TEXT NOT NULL,
    "override_id" TEXT NOT NULL,
    "start_minute" INTEGER NOT NULL,
    "end_minute" INTEGER NOT NULL,
    CONSTRAINT "availability_override_ranges_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "availability_override_ranges_check" CHECK (
        "start_minute" >= 0 AND "end_minute" <= 1440 AND "end_minute" > "start_minute"
    )
);
CREATE INDEX "availability_override_ranges_override_id_idx" ON "availability_override_ranges"("override_id");

CREATE TABLE "interviewer_offered_types" (
    "user_id" TEXT NOT NULL,
    "interview_type_id" TEXT NOT NULL,
    CONSTRAINT "interviewer_offered_types_pkey" PRIMARY KEY ("user_id", "interview_type_id")
);
CREATE INDEX "interviewer_offered_types_interview_type_id_idx" ON "interviewer_offered_types"("interview_type_id");

ALTER TABLE "availability_settings" ADD CONSTRAINT "availability_settings_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "availability_weekly_ranges" ADD CONSTRAINT "availability_weekly_ranges_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "availability_overrides" ADD CONSTRAINT "availability_overrides_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "availability_override_ranges" ADD CONSTRAINT "availability_override_ranges_override_id_fkey" FOREIGN KEY ("override_id") REFERENCES "availability_overrides"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "interviewer_offered_types" ADD CONSTRAINT "interviewer_offered_types_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "interviewer_offered_types" ADD CONSTRAINT "interviewer_offered_types_interview_type_id_fkey" FOREIGN KEY ("interview_type_id") REFERENCES "interview_types"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
