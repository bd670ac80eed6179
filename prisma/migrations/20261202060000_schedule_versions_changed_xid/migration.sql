-- Which transaction last changed each schedule version, so the slot index can read only
-- the rows changed since its last look instead of summing every person's version on each
-- search (docs/decisions/0011-fast-slot-search.md, "Noticing changes"). A search records its
-- snapshot's xmin: every transaction it could not see has an id at or above it, so the next
-- read of rows with changed_xid >= that xmin finds every change committed since, plus a few
-- rows already seen. Stored as bigint (the 64-bit xid8 as a number) so Prisma can declare it.

ALTER TABLE "schedule_versions" ADD COLUMN "changed_xid" BIGINT NOT NULL DEFAULT 0;
CREATE INDEX "schedule_versions_changed_xid_idx" ON "schedule_versions"("changed_xid");

CREATE OR REPLACE FUNCTION "schedule_version_bump"(uid TEXT) RETURNS VOID LANGUAGE sql AS $$
    INSERT INTO schedule_versions (user_id, changed_xid) VALUES (uid, pg_current_xact_id()::text::bigint)
    ON CONFLICT (user_id) DO UPDATE SET version = schedule_versions.version + 1,
                                        changed_xid = EXCLUDED.changed_xid
$$;
