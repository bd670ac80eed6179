-- Every progress read asks for the candidate's earliest interview that ended within the last
-- 7 days and still waits for its time-based release (lib/progress/progress-cache.ts). With this
-- index, and the booking id in it, that is a short index-only walk in end order that stops at
-- the first match, instead of a scan of all the candidate's recent bookings.
CREATE INDEX "bookings_candidate_id_ends_at_idx" ON "bookings"("candidate_id", "ends_at") INCLUDE ("id");
