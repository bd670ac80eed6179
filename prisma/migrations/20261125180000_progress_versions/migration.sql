-- Progress versions: what the progress page shows a person is cached per app process
-- (lib/progress/progress-cache.ts), keyed by two counters kept here, so a change committed
-- through any instance is seen by every other one on its next read
-- (docs/decisions/0012-progress-cache.md).
--
-- progress_versions: one row per person, bumped when feedback they wrote or received, its
-- scores, or a booking they take part in changes. No backfill: a missing row reads as 0,
-- and the first bump inserts it as 1.
-- progress_global_version: one row, bumped when something every person's progress reads
-- changes: rater offsets (the hourly calibration job), rubrics, interview types, and
-- approved questions.
--
-- Per-person bumps are deferred to commit, as for schedule_versions, and always bump both
-- people of a booking in user-id order: the interviewer's and the candidate's submissions
-- on one booking (the release) then queue on the same first row instead of deadlocking,
-- and the rows are locked only while the transaction commits, after every other lock.
-- Global bumps run at once, when the statement runs: the global row is therefore always
-- locked before any person's row (those wait for commit), so the two kinds cannot form a
-- lock cycle. Only rare writers take it (calibration, admins, question moderation).

CREATE TABLE "progress_versions" (
    "user_id" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 1,
    CONSTRAINT "progress_versions_pkey" PRIMARY KEY ("user_id")
);
ALTER TABLE "progress_versions" ADD CONSTRAINT "progress_versions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "progress_global_version" (
    "id" BOOLEAN NOT NULL DEFAULT true,
    "version" BIGINT NOT NULL DEFAULT 1,
    CONSTRAINT "progress_global_version_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "progress_global_version_one_row" CHECK ("id")
);
INSERT INTO "progress_global_version" DEFAULT VALUES;

-- Bumps each distinct person once, in id order (the lock order every caller shares).
CREATE FUNCTION "progress_version_bump"(uids TEXT[]) RETURNS VOID LANGUAGE sql AS $$
    INSERT INTO progress_versions (user_id)
    SELECT DISTINCT u FROM unnest(uids) AS u WHERE u IS NOT NULL ORDER BY 1
    ON CONFLICT (user_id) DO UPDATE SET version = progress_versions.version + 1
$$;

-- Feedback: who wrote it and who it is about. The author matters too: their submission of
-- the other direction releases the subject's feedback at once.
CREATE FUNCTION "progress_versions_touch_feedback"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM progress_version_bump(ARRAY[NEW.author_id, NEW.subject_id]);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM progress_version_bump(ARRAY[OLD.author_id, OLD.subject_id]);
    ELSE
        PERFORM progress_version_bump(ARRAY[OLD.author_id, OLD.subject_id, NEW.author_id, NEW.subject_id]);
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "progress_versions_feedback_insert_delete" AFTER INSERT OR DELETE ON "feedback"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "progress_versions_touch_feedback"();
-- Only the columns visibility reads: autosaved drafts (the draft column) change nothing shown.
CREATE CONSTRAINT TRIGGER "progress_versions_feedback_change" AFTER UPDATE ON "feedback"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN ((OLD.status, OLD.hidden_at, OLD.author_id, OLD.subject_id, OLD.booking_id, OLD.direction)
          IS DISTINCT FROM (NEW.status, NEW.hidden_at, NEW.author_id, NEW.subject_id, NEW.booking_id, NEW.direction))
    EXECUTE FUNCTION "progress_versions_touch_feedback"();

-- Scores are replaced (delete + insert) when submitted feedback is edited; they carry both
-- people, so bump the same pair as their feedback, in the same order.
CREATE FUNCTION "progress_versions_touch_score"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM progress_version_bump(ARRAY[NEW.candidate_id, NEW.interviewer_id]);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM progress_version_bump(ARRAY[OLD.candidate_id, OLD.interviewer_id]);
    ELSE
        PERFORM progress_version_bump(ARRAY[OLD.candidate_id, OLD.interviewer_id, NEW.candidate_id, NEW.interviewer_id]);
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "progress_versions_feedback_scores" AFTER INSERT OR UPDATE OR DELETE ON "feedback_scores"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "progress_versions_touch_score"();

-- Bookings: time and type place a score in its series and decide when time releases it;
-- status and question decide which questions are suggested. Both people, like feedback.
CREATE FUNCTION "progress_versions_touch_booking"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM progress_version_bump(ARRAY[NEW.candidate_id, NEW.interviewer_id]);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM progress_version_bump(ARRAY[OLD.candidate_id, OLD.interviewer_id]);
    ELSE
        PERFORM progress_version_bump(ARRAY[OLD.candidate_id, OLD.interviewer_id, NEW.candidate_id, NEW.interviewer_id]);
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "progress_versions_bookings_insert_delete" AFTER INSERT OR DELETE ON "bookings"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "progress_versions_touch_booking"();
CREATE CONSTRAINT TRIGGER "progress_versions_bookings_change" AFTER UPDATE ON "bookings"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN ((OLD.status, OLD.question_id, OLD.starts_at, OLD.ends_at, OLD.interview_type_id, OLD.candidate_id, OLD.interviewer_id)
          IS DISTINCT FROM (NEW.status, NEW.question_id, NEW.starts_at, NEW.ends_at, NEW.interview_type_id, NEW.candidate_id, NEW.interviewer_id))
    EXECUTE FUNCTION "progress_versions_touch_booking"();

CREATE FUNCTION "progress_global_version_touch"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    UPDATE progress_global_version SET version = version + 1;
    RETURN NULL;
END $$;

-- Once per statement: the calibration job replaces every offset in two statements.
CREATE TRIGGER "progress_global_rater_offsets" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "rater_offsets"
    FOR EACH STATEMENT EXECUTE FUNCTION "progress_global_version_touch"();
CREATE TRIGGER "progress_global_rubrics" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "rubrics"
    FOR EACH STATEMENT EXECUTE FUNCTION "progress_global_version_touch"();
CREATE TRIGGER "progress_global_rubric_versions" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "rubric_versions"
    FOR EACH STATEMENT EXECUTE FUNCTION "progress_global_version_touch"();
CREATE TRIGGER "progress_global_rubric_competencies" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "rubric_competencies"
    FOR EACH STATEMENT EXECUTE FUNCTION "progress_global_version_touch"();
CREATE TRIGGER "progress_global_interview_types" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "interview_types"
    FOR EACH STATEMENT EXECUTE FUNCTION "progress_global_version_touch"();

-- Questions: only approved ones are suggested, so people proposing questions (pending) or
-- edits of fields progress does not show leave every cache alone.
CREATE TRIGGER "progress_global_questions_insert" AFTER INSERT ON "questions"
    FOR EACH ROW WHEN (NEW.status = 'APPROVED') EXECUTE FUNCTION "progress_global_version_touch"();
CREATE TRIGGER "progress_global_questions_change" AFTER UPDATE ON "questions"
    FOR EACH ROW WHEN ((OLD.status = 'APPROVED' OR NEW.status = 'APPROVED')
          AND (OLD.status, OLD.title, OLD.difficulty, OLD.competency_keys, OLD.interview_type_id)
              IS DISTINCT FROM (NEW.status, NEW.title, NEW.difficulty, NEW.competency_keys, NEW.interview_type_id))
    EXECUTE FUNCTION "progress_global_version_touch"();
CREATE TRIGGER "progress_global_questions_delete" AFTER DELETE ON "questions"
    FOR EACH ROW WHEN (OLD.status = 'APPROVED') EXECUTE FUNCTION "progress_global_version_touch"();
