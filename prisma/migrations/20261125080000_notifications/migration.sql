-- Notifications: people can turn reminder e-mails off, and the outbox keeps the
-- calendar invite and headers it sent plus which job attempt holds its claim.

ALTER TABLE "profiles" ADD COLUMN "reminder_emails" BOOLEAN NOT NULL DEFAULT true;

ALTER TABLE "email_outbox"
    ADD COLUMN "ics" TEXT,
    ADD COLUMN "headers" JSONB,
    ADD COLUMN "claimed_by" TEXT,
    ADD COLUMN "claim_attempt" INTEGER NOT NULL DEFAULT 0;
