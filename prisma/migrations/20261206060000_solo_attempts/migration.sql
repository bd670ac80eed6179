-- Solo practice (issue #24 item 3, decision 0028): a person answers a question alone against a
-- timer and scores themselves on the rubric. Kept apart from feedback so peer and calibrated
-- figures can never read a self-assessment.
CREATE TABLE "solo_attempts" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "question_id" TEXT NOT NULL,
    "interview_type_id" TEXT NOT NULL,
    "rubric_version_id" TEXT NOT NULL,
    "time_limit_minutes" SMALLINT NOT NULL,
    "answer" TEXT,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submitted_at" TIMESTAMPTZ(3),
    CONSTRAINT "solo_attempts_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "solo_attempts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "solo_attempts_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "solo_attempts_interview_type_id_fkey" FOREIGN KEY ("interview_type_id") REFERENCES "interview_types"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "solo_attempts_rubric_version_id_fkey" FOREIGN KEY ("rubric_version_id") REFERENCES "rubric_versions"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "solo_attempts_time_limit_range" CHECK ("time_limit_minutes" BETWEEN 5 AND 120),
    -- A submitted attempt has a written answer (the whiteboard is optional, the writing is not).
    CONSTRAINT "solo_attempts_submitted_answer" CHECK ("submitted_at" IS NULL OR char_length(btrim("answer")) > 0)
);
CREATE INDEX "solo_attempts_user_id_started_at_idx" ON "solo_attempts"("user_id", "started_at");
CREATE INDEX "solo_attempts_question_id_user_id_idx" ON "solo_attempts"("question_id", "user_id");

CREATE TABLE "solo_attempt_scores" (
    "attempt_id" TEXT NOT NULL,
    "competency_key" TEXT NOT NULL,
    "competency_id" TEXT NOT NULL,
    "score" SMALLINT NOT NULL,
    CONSTRAINT "solo_attempt_scores_pkey" PRIMARY KEY ("attempt_id", "competency_key"),
    CONSTRAINT "solo_attempt_scores_attempt_id_fkey" FOREIGN KEY ("attempt_id") REFERENCES "solo_attempts"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "solo_attempt_scores_competency_id_fkey" FOREIGN KEY ("competency_id") REFERENCES "rubric_competencies"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "solo_attempt_scores_score_range" CHECK ("score" BETWEEN 1 AND 4)
);

-- Progress shows the self-assessed line and suggests unseen solo questions, so a person's
-- attempts are part of their cached progress (decision 0012): bump them at commit.
CREATE FUNCTION "progress_versions_touch_solo_attempt"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM progress_version_bump(ARRAY[OLD.user_id]);
    ELSIF TG_OP = 'INSERT' THEN
        PERFORM progress_version_bump(ARRAY[NEW.user_id]);
    ELSE
        PERFORM progress_version_bump(ARRAY[OLD.user_id, NEW.user_id]);
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "progress_versions_solo_attempts_insert_delete" AFTER INSERT OR DELETE ON "solo_attempts"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "progress_versions_touch_solo_attempt"();
-- The answer's text is not shown on Progress: editing it changes nothing cached.
CREATE CONSTRAINT TRIGGER "progress_versions_solo_attempts_change" AFTER UPDATE ON "solo_attempts"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN ((OLD.user_id, OLD.question_id, OLD.interview_type_id, OLD.submitted_at, OLD.started_at)
          IS DISTINCT FROM (NEW.user_id, NEW.question_id, NEW.interview_type_id, NEW.submitted_at, NEW.started_at))
    EXECUTE FUNCTION "progress_versions_touch_solo_attempt"();

CREATE FUNCTION "progress_versions_touch_solo_score"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM progress_version_bump(ARRAY(
        SELECT a.user_id FROM solo_attempts a
         WHERE a.id IN (CASE WHEN TG_OP = 'DELETE' THEN OLD.attempt_id ELSE NEW.attempt_id END,
                        CASE WHEN TG_OP = 'UPDATE' THEN OLD.attempt_id END)));
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "progress_versions_solo_attempt_scores" AFTER INSERT OR UPDATE OR DELETE ON "solo_attempt_scores"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "progress_versions_touch_solo_score"();

-- "What to practise next" now shows the Learn block's resources and which questions are
-- live-only (ranked by slug, lib/questions/live-only.ts): those columns invalidate too.
DROP TRIGGER "progress_global_questions_change" ON "questions";
CREATE TRIGGER "progress_global_questions_change" AFTER UPDATE ON "questions"
    FOR EACH ROW WHEN ((OLD.status = 'APPROVED' OR NEW.status = 'APPROVED')
          AND (OLD.status, OLD.title, OLD.difficulty, OLD.competency_keys, OLD.interview_type_id, OLD.slug, OLD.learn)
              IS DISTINCT FROM (NEW.status, NEW.title, NEW.difficulty, NEW.competency_keys, NEW.interview_type_id, NEW.slug, NEW.learn))
    EXECUTE FUNCTION "progress_global_version_touch"();
