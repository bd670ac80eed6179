-- "Match me": standing requests that MockLoop books when a good interviewer is free.

CREATE TYPE "MatchRequestStatus" AS ENUM ('OPEN', 'MATCHED', 'EXPIRED', 'CANCELLED');

CREATE TABLE "match_requests" (
    "id" TEXT NOT NULL,
    "candidate_id" TEXT NOT NULL,
    "interview_type_id" TEXT NOT NULL,
    "status" "MatchRequestStatus" NOT NULL DEFAULT 'OPEN',
    "booking_id" TEXT,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "last_tried_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "match_requests_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "match_requests_matched_has_booking" CHECK (("status" = 'MATCHED') = ("booking_id" IS NOT NULL))
);
CREATE UNIQUE INDEX "match_requests_booking_id_key" ON "match_requests"("booking_id");
CREATE INDEX "match_requests_status_expires_at_idx" ON "match_requests"("status", "expires_at");
CREATE INDEX "match_requests_candidate_id_idx" ON "match_requests"("candidate_id");

CREATE TABLE "match_request_windows" (
    "id" TEXT NOT NULL,
    "match_request_id" TEXT NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "match_request_windows_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "match_request_windows_check" CHECK ("ends_at" > "starts_at")
);
CREATE INDEX "match_request_windows_match_request_id_idx" ON "match_request_windows"("match_request_id");

ALTER TABLE "match_requests" ADD CONSTRAINT "match_requests_candidate_id_fkey" FOREIGN KEY ("candidate_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "match_requests" ADD CONSTRAINT "match_requests_interview_type_id_fkey" FOREIGN KEY ("interview_type_id") REFERENCES "interview_types"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "match_requests" ADD CONSTRAINT "match_requests_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "match_request_windows" ADD CONSTRAINT "match_request_windows_match_request_id_fkey" FOREIGN KEY ("match_request_id") REFERENCES "match_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;
