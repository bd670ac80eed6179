-- The "Learn" block of a question (plain-words explainer, key terms, named
-- resources), readable by everyone at any time, unlike the guide. JSON because
-- it is read and written whole, never queried by its parts; NULL for proposed
-- questions that have none yet.
ALTER TABLE "questions" ADD COLUMN "learn" JSONB;
