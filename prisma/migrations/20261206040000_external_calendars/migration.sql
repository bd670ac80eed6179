-- External calendars (issue #23 item 4, decision 0026): a person's iCalendar subscription
-- or CalDAV calendar, whose busy times block slot search and the booking re-check. The
-- address and password are a secret, kept only encrypted (AES-256-GCM) in `secret`.
CREATE TYPE "ExternalCalendarKind" AS ENUM ('ICS', 'CALDAV');

CREATE TABLE "external_calendars" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "kind" "ExternalCalendarKind" NOT NULL,
    "label" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "last_read_at" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "busy_digest" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "external_calendars_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "external_calendars_user_id_idx" ON "external_calendars"("user_id");
ALTER TABLE "external_calendars" ADD CONSTRAINT "external_calendars_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Only times are kept, never titles: MockLoop needs to know when, not what.
CREATE TABLE "external_busy_times" (
    "id" BIGSERIAL NOT NULL,
    "calendar_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "external_busy_times_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "external_busy_times_ends_after_start" CHECK ("ends_at" > "starts_at")
);
CREATE INDEX "external_busy_times_user_id_ends_at_idx" ON "external_busy_times"("user_id", "ends_at");
CREATE INDEX "external_busy_times_calendar_id_idx" ON "external_busy_times"("calendar_id");
ALTER TABLE "external_busy_times" ADD CONSTRAINT "external_busy_times_calendar_id_fkey" FOREIGN KEY ("calendar_id") REFERENCES "external_calendars"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "external_busy_times" ADD CONSTRAINT "external_busy_times_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A calendar's busy times change only together with its busy_digest (written in the same
-- transaction), so bumping the owner's schedule version there invalidates every slot cache
-- once per real change, not once per busy row or per unchanged refresh.
CREATE CONSTRAINT TRIGGER "schedule_versions_external_calendars" AFTER INSERT OR DELETE OR UPDATE OF "busy_digest" ON "external_calendars"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "schedule_versions_touch_user"();
