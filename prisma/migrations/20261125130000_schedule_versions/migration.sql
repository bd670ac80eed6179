-- Schedule versions: one counter per person that grows whenever anything the slot
-- search derives from them changes (availability, offered types, profile, account
-- state, bookings in any role). Slot caches in any app instance key a person's
-- cached slots by this number, so a change committed by one instance is seen by
-- every other one on its next search (docs/decisions/0011-fast-slot-search.md).
-- Triggers bump it inside the writing transaction, so no code path can forget. They are
-- deferred to commit: the counter row is then locked only while the transaction commits,
-- after every other lock it takes, so a bump can neither slow a booking's critical section
-- nor close a lock cycle with one (e.g. an interviewer saving hours while being booked).

CREATE TABLE "schedule_versions" (
    "user_id" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 1,
    CONSTRAINT "schedule_versions_pkey" PRIMARY KEY ("user_id")
);
ALTER TABLE "schedule_versions" ADD CONSTRAINT "schedule_versions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
INSERT INTO "schedule_versions" ("user_id") SELECT "id" FROM "users";

CREATE FUNCTION "schedule_version_bump"(uid TEXT) RETURNS VOID LANGUAGE sql AS $$
    INSERT INTO schedule_versions (user_id) VALUES (uid)
    ON CONFLICT (user_id) DO UPDATE SET version = schedule_versions.version + 1
$$;

-- Rows that carry a user_id column (availability, offered types, focus areas, profiles).
CREATE FUNCTION "schedule_versions_touch_user"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN PERFORM schedule_version_bump(OLD.user_id); END IF;
    IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.user_id IS DISTINCT FROM OLD.user_id) THEN
        PERFORM schedule_version_bump(NEW.user_id);
    END IF;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "schedule_versions_availability_settings" AFTER INSERT OR UPDATE OR DELETE ON "availability_settings"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "schedule_versions_touch_user"();
CREATE CONSTRAINT TRIGGER "schedule_versions_weekly_ranges" AFTER INSERT OR UPDATE OR DELETE ON "availability_weekly_ranges"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "schedule_versions_touch_user"();
CREATE CONSTRAINT TRIGGER "schedule_versions_overrides" AFTER INSERT OR UPDATE OR DELETE ON "availability_overrides"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "schedule_versions_touch_user"();
CREATE CONSTRAINT TRIGGER "schedule_versions_offered_types" AFTER INSERT OR UPDATE OR DELETE ON "interviewer_offered_types"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "schedule_versions_touch_user"();
CREATE CONSTRAINT TRIGGER "schedule_versions_focus_areas" AFTER INSERT OR UPDATE OR DELETE ON "profile_focus_areas"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "schedule_versions_touch_user"();
CREATE CONSTRAINT TRIGGER "schedule_versions_profiles" AFTER INSERT OR UPDATE OR DELETE ON "profiles"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "schedule_versions_touch_user"();

-- Override ranges belong to a person through their override.
CREATE FUNCTION "schedule_versions_touch_override_range"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM schedule_version_bump(o.user_id) FROM availability_overrides o
     WHERE o.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.override_id ELSE NEW.override_id END;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "schedule_versions_override_ranges" AFTER INSERT OR UPDATE OR DELETE ON "availability_override_ranges"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "schedule_versions_touch_override_range"();

-- A new account gets its row; suspension or deletion changes who may be offered.
CREATE FUNCTION "schedule_versions_touch_account"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM schedule_version_bump(NEW.id);
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "schedule_versions_users_insert" AFTER INSERT ON "users"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "schedule_versions_touch_account"();
CREATE CONSTRAINT TRIGGER "schedule_versions_users_state" AFTER UPDATE OF "suspended_at", "deleted_at" ON "users"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "schedule_versions_touch_account"();

-- A booking's creation or a change of its status or time moves both people's busy time.
-- Both rows are bumped in user-id order: two people booking each other at the same
-- instant then queue on the same row instead of deadlocking.
CREATE FUNCTION "schedule_versions_touch_booking"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    uid TEXT;
BEGIN
    FOR uid IN SELECT u FROM unnest(ARRAY[NEW.candidate_id, NEW.interviewer_id]) AS u ORDER BY u LOOP
        PERFORM schedule_version_bump(uid);
    END LOOP;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "schedule_versions_bookings_insert" AFTER INSERT ON "bookings"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "schedule_versions_touch_booking"();
CREATE CONSTRAINT TRIGGER "schedule_versions_bookings_change" AFTER UPDATE OF "status", "starts_at", "ends_at" ON "bookings"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.starts_at IS DISTINCT FROM NEW.starts_at
                       OR OLD.ends_at IS DISTINCT FROM NEW.ends_at)
    EXECUTE FUNCTION "schedule_versions_touch_booking"();
