-- Bookings. Nobody can be in two overlapping active bookings, in any role:
-- booking_participants carries each booking's time range and an active flag,
-- and an exclusion constraint forbids overlaps per user. Triggers keep the
-- range and flag in step with the booking, so no code path can forget to.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TYPE "BookingStatus" AS ENUM ('SCHEDULED', 'COMPLETED', 'CANCELLED', 'RESCHEDULED', 'NO_SHOW');
CREATE TYPE "ParticipantRole" AS ENUM ('CANDIDATE', 'INTERVIEWER');

CREATE TABLE "bookings" (
    "id" TEXT NOT NULL,
    "interview_type_id" TEXT NOT NULL,
    "candidate_id" TEXT NOT NULL,
    "interviewer_id" TEXT NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "status" "BookingStatus" NOT NULL DEFAULT 'SCHEDULED',
    "idempotency_key" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "bookings_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "bookings_ends_after_start" CHECK ("ends_at" > "starts_at"),
    CONSTRAINT "bookings_not_self" CHECK ("candidate_id" <> "interviewer_id")
);
CREATE UNIQUE INDEX "bookings_candidate_id_idempotency_key_key" ON "bookings"("candidate_id", "idempotency_key");
CREATE INDEX "bookings_interviewer_id_starts_at_idx" ON "bookings"("interviewer_id", "starts_at");
CREATE INDEX "bookings_candidate_id_starts_at_idx" ON "bookings"("candidate_id", "starts_at");
CREATE INDEX "bookings_starts_at_idx" ON "bookings"("starts_at");

CREATE TABLE "booking_participants" (
    "booking_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "role" "ParticipantRole" NOT NULL,
    "during" TSTZRANGE NOT NULL,
    "active" BOOLEAN NOT NULL,
    CONSTRAINT "booking_participants_pkey" PRIMARY KEY ("booking_id", "user_id"),
    CONSTRAINT "booking_participants_no_overlap" EXCLUDE USING gist ("user_id" WITH =, "during" WITH &&) WHERE ("active")
);
CREATE INDEX "booking_participants_user_id_idx" ON "booking_participants"("user_id");

ALTER TABLE "bookings" ADD CONSTRAINT "bookings_interview_type_id_fkey" FOREIGN KEY ("interview_type_id") REFERENCES "interview_types"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_candidate_id_fkey" FOREIGN KEY ("candidate_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_interviewer_id_fkey" FOREIGN KEY ("interviewer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "booking_participants" ADD CONSTRAINT "booking_participants_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "booking_participants" ADD CONSTRAINT "booking_participants_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A booking holds its people's time while it is scheduled or has happened.
CREATE FUNCTION "booking_is_active"(status "BookingStatus") RETURNS BOOLEAN
    LANGUAGE sql IMMUTABLE AS $$ SELECT status IN ('SCHEDULED', 'COMPLETED') $$;

-- New participant rows take their range and flag from the booking.
CREATE FUNCTION "booking_participants_fill"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    SELECT tstzrange(b.starts_at, b.ends_at, '[)'), booking_is_active(b.status)
      INTO NEW.during, NEW.active
      FROM bookings b WHERE b.id = NEW.booking_id;
    RETURN NEW;
END $$;
CREATE TRIGGER "booking_participants_fill" BEFORE INSERT OR UPDATE ON "booking_participants"
    FOR EACH ROW EXECUTE FUNCTION "booking_participants_fill"();

-- A change of status or time moves the participants' rows with it, in the same statement.
CREATE FUNCTION "bookings_sync_participants"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    UPDATE booking_participants
       SET during = tstzrange(NEW.starts_at, NEW.ends_at, '[)'), active = booking_is_active(NEW.status)
     WHERE booking_id = NEW.id;
    RETURN NEW;
END $$;
CREATE TRIGGER "bookings_sync_participants" AFTER UPDATE OF "status", "starts_at", "ends_at" ON "bookings"
    FOR EACH ROW EXECUTE FUNCTION "bookings_sync_participants"();
