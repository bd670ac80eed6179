-- Search must match only text the caller may read. The interviewer guide is hidden from most
-- readers, so a second vector holds what everyone who sees a question may read: title (A) and
-- prompt (B). Callers who may read a question's guide still search the full "search" vector.
ALTER TABLE "questions" ADD COLUMN "search_public" TSVECTOR GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
    setweight(to_tsvector('english', coalesce("prompt", '')), 'B')
) STORED;
CREATE INDEX "questions_search_public_idx" ON "questions" USING GIN ("search_public");
