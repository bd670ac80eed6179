-- The schedule and progress version bumps run in deferred triggers at every booking's COMMIT
-- (and on every availability, profile and feedback change). As LANGUAGE sql functions their
-- INSERT … ON CONFLICT was parsed and planned again in each transaction: PostgreSQL 15 keeps a
-- SQL function's plan only for the query that called it. PL/pgSQL keeps its statements' plans for
-- the session, so the same upserts cost ~0.2 ms less per booking, inside the schedule lock
-- (docs/decisions/0016-booking-round-trips.md). Same statements, same effect.

CREATE OR REPLACE FUNCTION "schedule_version_bump"(uid TEXT) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO schedule_versions (user_id, changed_xid) VALUES (uid, pg_current_xact_id()::text::bigint)
    ON CONFLICT (user_id) DO UPDATE SET version = schedule_versions.version + 1,
                                        changed_xid = EXCLUDED.changed_xid;
END $$;

CREATE OR REPLACE FUNCTION "progress_version_bump"(uids TEXT[]) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO progress_versions (user_id)
    SELECT DISTINCT u FROM unnest(uids) AS u WHERE u IS NOT NULL ORDER BY 1
    ON CONFLICT (user_id) DO UPDATE SET version = progress_versions.version + 1;
END $$;
