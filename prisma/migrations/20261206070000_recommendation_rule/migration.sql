-- The recommendation rule (lib/rubrics/recommendation-rule.ts): each submitted interviewer feedback keeps
-- what the rule suggested when it was handed in, and the interviewer's reason when they chose otherwise.
-- Rows from before the rule keep NULL in both: nothing was suggested to them.
ALTER TABLE "feedback" ADD COLUMN "suggested_recommendation" "Recommendation";
ALTER TABLE "feedback" ADD COLUMN "recommendation_reason" TEXT;
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_departure_has_reason" CHECK (
    "suggested_recommendation" IS NULL OR "recommendation" IS NULL
    OR "recommendation" = "suggested_recommendation"
    OR char_length(btrim(coalesce("recommendation_reason", ''))) > 0
);
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_recommendation_reason_length"
    CHECK (char_length("recommendation_reason") <= 1000);

-- The bar for each TPM level (lib/rubrics/tpm-levels.ts), part of the rubric version like its competencies.
-- Versions published before this have none; publishing a new version adds them.
ALTER TABLE "rubric_versions" ADD COLUMN "level_bars" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "rubric_versions" ADD CONSTRAINT "rubric_versions_level_bar_per_level"
    CHECK (cardinality("level_bars") IN (0, 3) AND array_position("level_bars", NULL) IS NULL);
