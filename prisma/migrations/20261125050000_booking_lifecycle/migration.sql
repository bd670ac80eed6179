-- Booking lifecycle: reschedule links, cancellations, a status history,
-- no-show reports with one dispute, meeting links and blocks.

ALTER TABLE "bookings"
    ADD COLUMN "meeting_url" TEXT,
    ADD COLUMN "rescheduled_from_id" TEXT,
    ADD COLUMN "cancelled_by_id" TEXT,
    ADD COLUMN "cancel_reason" TEXT,
    ADD COLUMN "cancelled_late" BOOLEAN NOT NULL DEFAULT false;
CREATE UNIQUE INDEX "bookings_rescheduled_from_id_key" ON "bookings"("rescheduled_from_id");
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_cancel_has_reason"
    CHECK ("status" <> 'CANCELLED' OR ("cancel_reason" IS NOT NULL AND "cancelled_by_id" IS NOT NULL));

CREATE TABLE "booking_status_changes" (
    "id" TEXT NOT NULL,
    "booking_id" TEXT NOT NULL,
    "from_status" "BookingStatus",
    "to_status" "BookingStatus" NOT NULL,
    "changed_by_id" TEXT,
    "reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "booking_status_changes_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "booking_status_changes_booking_id_created_at_idx" ON "booking_status_changes"("booking_id", "created_at");

CREATE TABLE "no_show_reports" (
    "id" TEXT NOT NULL,
    "booking_id" TEXT NOT NULL,
    "reporter_id" TEXT NOT NULL,
    "accused_id" TEXT NOT NULL,
    "note" TEXT,
    "disputed_at" TIMESTAMPTZ(3),
    "dispute_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "no_show_reports_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "no_show_reports_not_self" CHECK ("reporter_id" <> "accused_id")
);
CREATE UNIQUE INDEX "no_show_reports_booking_id_key" ON "no_show_reports"("booking_id");
CREATE INDEX "no_show_reports_accused_id_idx" ON "no_show_reports"("accused_id");

CREATE TABLE "user_blocks" (
    "blocker_id" TEXT NOT NULL,
    "blocked_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "user_blocks_pkey" PRIMARY KEY ("blocker_id", "blocked_id"),
    CONSTRAINT "user_blocks_not_self" CHECK ("blocker_id" <> "blocked_id")
);
CREATE INDEX "user_blocks_blocked_id_idx" ON "user_blocks"("blocked_id");

ALTER TABLE "bookings" ADD CONSTRAINT "bookings_rescheduled_from_id_fkey" FOREIGN KEY ("rescheduled_from_id") REFERENCES "bookings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_cancelled_by_id_fkey" FOREIGN KEY ("cancelled_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "booking_status_changes" ADD CONSTRAINT "booking_status_changes_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "booking_status_changes" ADD CONSTRAINT "booking_status_changes_changed_by_id_fkey" FOREIGN KEY ("changed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "no_show_reports" ADD CONSTRAINT "no_show_reports_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "no_show_reports" ADD CONSTRAINT "no_show_reports_reporter_id_fkey" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "no_show_reports" ADD CONSTRAINT "no_show_reports_accused_id_fkey" FOREIGN KEY ("accused_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "user_blocks" ADD CONSTRAINT "user_blocks_blocker_id_fkey" FOREIGN KEY ("blocker_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "user_blocks" ADD CONSTRAINT "user_blocks_blocked_id_fkey" FOREIGN KEY ("blocked_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
