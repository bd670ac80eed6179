-- Interview room and rubric-based peer feedback: private notes, feedback in both
-- directions (one per direction per booking), per-competency scores with evidence,
-- reports for moderation, and rater calibration offsets.

CREATE TYPE "FeedbackDirection" AS ENUM ('INTERVIEWER_TO_CANDIDATE', 'CANDIDATE_TO_INTERVIEWER');
CREATE TYPE "FeedbackStatus" AS ENUM ('DRAFT', 'SUBMITTED');
CREATE TYPE "Recommendation" AS ENUM ('STRONG_NO_HIRE', 'NO_HIRE', 'HIRE', 'STRONG_HIRE');
CREATE TYPE "FeedbackReportStatus" AS ENUM ('OPEN', 'HIDDEN', 'DISMISSED');

CREATE TABLE "interview_notes" (
    "booking_id" TEXT NOT NULL,
    "author_id" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "interview_notes_pkey" PRIMARY KEY ("booking_id", "author_id"),
    CONSTRAINT "interview_notes_body_length" CHECK (char_length("body") <= 20000)
);
CREATE INDEX "interview_notes_author_id_idx" ON "interview_notes"("author_id");

CREATE TABLE "feedback" (
    "id" TEXT NOT NULL,
    "booking_id" TEXT NOT NULL,
    "direction" "FeedbackDirection" NOT NULL,
    "author_id" TEXT NOT NULL,
    "subject_id" TEXT NOT NULL,
    "status" "FeedbackStatus" NOT NULL DEFAULT 'DRAFT',
    "draft" JSONB,
    "rubric_version_id" TEXT,
    "recommendation" "Recommendation",
    "strengths" TEXT,
    "improvements" TEXT,
    "next_topics" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "preparedness" SMALLINT,
    "question_quality" SMALLINT,
    "feedback_usefulness" SMALLINT,
    "respect" SMALLINT,
    "comments" TEXT,
    "would_practise_again" BOOLEAN,
    "submitted_at" TIMESTAMPTZ(3),
    "hidden_at" TIMESTAMPTZ(3),
    "hidden_reason" TEXT,
    "hidden_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "feedback_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "feedback_not_self" CHECK ("author_id" <> "subject_id"),
    CONSTRAINT "feedback_submitted_complete" CHECK (
        "status" = 'DRAFT' OR (
            "submitted_at" IS NOT NULL AND (
                ("direction" = 'INTERVIEWER_TO_CANDIDATE'
                    AND "rubric_version_id" IS NOT NULL AND "recommendation" IS NOT NULL
                    AND "strengths" IS NOT NULL AND "improvements" IS NOT NULL)
                OR ("direction" = 'CANDIDATE_TO_INTERVIEWER'
                    AND "preparedness" IS NOT NULL AND "question_quality" IS NOT NULL
                    AND "feedback_usefulness" IS NOT NULL AND "respect" IS NOT NULL
                    AND "would_practise_again" IS NOT NULL)
            )
        )
    ),
    CONSTRAINT "feedback_ratings_range" CHECK (
        ("preparedness" IS NULL OR "preparedness" BETWEEN 1 AND 5)
        AND ("question_quality" IS NULL OR "question_quality" BETWEEN 1 AND 5)
        AND ("feedback_usefulness" IS NULL OR "feedback_usefulness" BETWEEN 1 AND 5)
        AND ("respect" IS NULL OR "respect" BETWEEN 1 AND 5)
    ),
    CONSTRAINT "feedback_hidden_has_reason" CHECK ("hidden_at" IS NULL OR "hidden_reason" IS NOT NULL)
);
-- Once per direction per booking: the second submission in a direction is a 409.
CREATE UNIQUE INDEX "feedback_booking_id_direction_key" ON "feedback"("booking_id", "direction");
CREATE INDEX "feedback_subject_id_status_idx" ON "feedback"("subject_id", "status");
CREATE INDEX "feedback_author_id_status_idx" ON "feedback"("author_id", "status");

-- One row per competency of a submitted interviewer->candidate feedback. The
-- candidate, interviewer, interview type and time are copied from the booking so
-- progress aggregates read one table through one index.
CREATE TABLE "feedback_scores" (
    "feedback_id" TEXT NOT NULL,
    "competency_key" TEXT NOT NULL,
    "competency_id" TEXT NOT NULL,
    "rubric_version_id" TEXT NOT NULL,
    "candidate_id" TEXT NOT NULL,
    "interviewer_id" TEXT NOT NULL,
    "interview_type_id" TEXT NOT NULL,
    "interviewed_at" TIMESTAMPTZ(3) NOT NULL,
    "score" SMALLINT NOT NULL,
    "evidence" TEXT NOT NULL,
    CONSTRAINT "feedback_scores_pkey" PRIMARY KEY ("feedback_id", "competency_key"),
    CONSTRAINT "feedback_scores_score_range" CHECK ("score" BETWEEN 1 AND 4),
    CONSTRAINT "feedback_scores_evidence_present" CHECK (char_length(btrim("evidence")) > 0)
);
CREATE INDEX "feedback_scores_candidate_type_time_idx"
    ON "feedback_scores"("candidate_id", "interview_type_id", "interviewed_at");
CREATE INDEX "feedback_scores_interviewer_id_idx" ON "feedback_scores"("interviewer_id");

CREATE TABLE "feedback_reports" (
    "id" TEXT NOT NULL,
    "feedback_id" TEXT NOT NULL,
    "reporter_id" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "FeedbackReportStatus" NOT NULL DEFAULT 'OPEN',
    "resolved_by_id" TEXT,
    "resolution_note" TEXT,
    "resolved_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "feedback_reports_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "feedback_reports_feedback_id_reporter_id_key" ON "feedback_reports"("feedback_id", "reporter_id");
CREATE INDEX "feedback_reports_status_created_at_idx" ON "feedback_reports"("status", "created_at");

-- Calibration (issue: history and progress): each interviewer's estimated
-- grading offset on the 1-4 scale, recomputed by a job.
CREATE TABLE "rater_offsets" (
    "interviewer_id" TEXT NOT NULL,
    "offset" DOUBLE PRECISION NOT NULL,
    "ratings" INTEGER NOT NULL,
    "computed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "rater_offsets_pkey" PRIMARY KEY ("interviewer_id")
);

ALTER TABLE "interview_notes" ADD CONSTRAINT "interview_notes_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "interview_notes" ADD CONSTRAINT "interview_notes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_subject_id_fkey" FOREIGN KEY ("subject_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_rubric_version_id_fkey" FOREIGN KEY ("rubric_version_id") REFERENCES "rubric_versions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_hidden_by_id_fkey" FOREIGN KEY ("hidden_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "feedback_scores" ADD CONSTRAINT "feedback_scores_feedback_id_fkey" FOREIGN KEY ("feedback_id") REFERENCES "feedback"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "feedback_scores" ADD CONSTRAINT "feedback_scores_competency_id_fkey" FOREIGN KEY ("competency_id") REFERENCES "rubric_competencies"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "feedback_scores" ADD CONSTRAINT "feedback_scores_rubric_version_id_fkey" FOREIGN KEY ("rubric_version_id") REFERENCES "rubric_versions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "feedback_scores" ADD CONSTRAINT "feedback_scores_candidate_id_fkey" FOREIGN KEY ("candidate_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "feedback_scores" ADD CONSTRAINT "feedback_scores_interviewer_id_fkey" FOREIGN KEY ("interviewer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "feedback_scores" ADD CONSTRAINT "feedback_scores_interview_type_id_fkey" FOREIGN KEY ("interview_type_id") REFERENCES "interview_types"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "feedback_reports" ADD CONSTRAINT "feedback_reports_feedback_id_fkey" FOREIGN KEY ("feedback_id") REFERENCES "feedback"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "feedback_reports" ADD CONSTRAINT "feedback_reports_reporter_id_fkey" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "feedback_reports" ADD CONSTRAINT "feedback_reports_resolved_by_id_fkey" FOREIGN KEY ("resolved_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "rater_offsets" ADD CONSTRAINT "rater_offsets_interviewer_id_fkey" FOREIGN KEY ("interviewer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
