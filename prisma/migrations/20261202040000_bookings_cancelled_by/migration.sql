-- Reliability (lib/booking/reliability.ts) counts each person's late cancellations; without an
-- index that was a scan of every booking per person: 2.8 s for the slot index's ranking refresh
-- over 1,000 interviewers, every 5 minutes in every app instance. It also serves the foreign key.
CREATE INDEX "bookings_cancelled_by_id_idx" ON "bookings"("cancelled_by_id");
