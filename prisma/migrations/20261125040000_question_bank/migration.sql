-- Question bank and versioned rubrics. Bookings record their question and the
-- rubric version they will be judged against, so history never changes meaning.

CREATE TYPE "QuestionStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'RETIRED');
CREATE TYPE "Difficulty" AS ENUM ('EASY', 'MEDIUM', 'HARD');

CREATE TABLE "questions" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "interview_type_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "guide" TEXT NOT NULL,
    "difficulty" "Difficulty" NOT NULL,
    "tags" TEXT[],
    "companies" TEXT[],
    "competency_keys" TEXT[],
    "status" "QuestionStatus" NOT NULL DEFAULT 'PENDING',
    "rejection_reason" TEXT,
    "author_id" TEXT,
    "reviewed_by_id" TEXT,
    "reviewed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- Weighted full-text search: title (A) above prompt (B) above guide (C).
    "search" TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
        setweight(to_tsvector('english', coalesce("prompt", '')), 'B') ||
        setweight(to_tsvector('english', coalesce("guide", '')), 'C')
    ) STORED,
    CONSTRAINT "questions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "questions_rejection_has_reason" CHECK ("status" <> 'REJECTED' OR "rejection_reason" IS NOT NULL)
);
CREATE UNIQUE INDEX "questions_slug_key" ON "questions"("slug");
CREATE INDEX "questions_interview_type_id_status_idx" ON "questions"("interview_type_id", "status");
CREATE INDEX "questions_author_id_idx" ON "questions"("author_id");
CREATE INDEX "questions_search_idx" ON "questions" USING GIN ("search");

CREATE TABLE "rubrics" (
    "id" TEXT NOT NULL,
    "interview_type_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "rubrics_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "rubrics_interview_type_id_key" ON "rubrics"("interview_type_id");

CREATE TABLE "rubric_versions" (
    "id" TEXT NOT NULL,
    "rubric_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "rubric_versions_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "rubric_versions_rubric_id_version_key" ON "rubric_versions"("rubric_id", "version");

CREATE TABLE "rubric_competencies" (
    "id" TEXT NOT NULL,
    "rubric_version_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,
    "position" INTEGER NOT NULL,
    "descriptor_1" TEXT NOT NULL,
    "descriptor_2" TEXT NOT NULL,
    "descriptor_3" TEXT NOT NULL,
    "descriptor_4" TEXT NOT NULL,
    CONSTRAINT "rubric_competencies_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "rubric_competencies_weight_check" CHECK ("weight" > 0 AND "weight" <= 1)
);
CREATE UNIQUE INDEX "rubric_competencies_rubric_version_id_key_key" ON "rubric_competencies"("rubric_version_id", "key");

ALTER TABLE "bookings" ADD COLUMN "question_id" TEXT, ADD COLUMN "rubric_version_id" TEXT;

ALTER TABLE "questions" ADD CONSTRAINT "questions_interview_type_id_fkey" FOREIGN KEY ("interview_type_id") REFERENCES "interview_types"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "questions" ADD CONSTRAINT "questions_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "questions" ADD CONSTRAINT "questions_reviewed_by_id_fkey" FOREIGN KEY ("reviewed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "rubrics" ADD CONSTRAINT "rubrics_interview_type_id_fkey" FOREIGN KEY ("interview_type_id") REFERENCES "interview_types"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "rubric_versions" ADD CONSTRAINT "rubric_versions_rubric_id_fkey" FOREIGN KEY ("rubric_id") REFERENCES "rubrics"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "rubric_versions" ADD CONSTRAINT "rubric_versions_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "rubric_competencies" ADD CONSTRAINT "rubric_competencies_rubric_version_id_fkey" FOREIGN KEY ("rubric_version_id") REFERENCES "rubric_versions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_rubric_version_id_fkey" FOREIGN KEY ("rubric_version_id") REFERENCES "rubric_versions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
