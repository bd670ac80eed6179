-- Calendar invites and feeds: a stable UID per interview across reschedules,
-- a growing SEQUENCE, and secret per-person feed URLs.

ALTER TABLE "bookings" ADD COLUMN "calendar_uid" TEXT, ADD COLUMN "calendar_sequence" INTEGER NOT NULL DEFAULT 0;
-- Existing bookings get their own UID, or their reschedule chain's root's.
WITH RECURSIVE chain AS (
    SELECT id, id AS root FROM bookings WHERE rescheduled_from_id IS NULL
    UNION ALL
    SELECT b.id, c.root FROM bookings b JOIN chain c ON b.rescheduled_from_id = c.id
)
UPDATE bookings b SET calendar_uid = chain.root || '@mockloop' FROM chain WHERE chain.id = b.id;

CREATE TABLE "calendar_feed_tokens" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "calendar_feed_tokens_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "calendar_feed_tokens_token_hash_key" ON "calendar_feed_tokens"("token_hash");
CREATE INDEX "calendar_feed_tokens_user_id_idx" ON "calendar_feed_tokens"("user_id");
ALTER TABLE "calendar_feed_tokens" ADD CONSTRAINT "calendar_feed_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
