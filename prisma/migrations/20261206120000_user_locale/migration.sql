-- The locale a person's dates were last written in on a page (decision 0030): e-mails and invites sent later,
-- by the job worker with no request at hand, follow it. Validated in lib/dates/locale.ts, not by a CHECK:
-- a locale dropped from the supported list later reads as en-GB instead of needing a data migration.
ALTER TABLE "users" ADD COLUMN "locale" TEXT;
