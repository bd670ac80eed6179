-- A competency's descriptors as one list, one per score of the scale (lib/rubrics/score-scale.ts),
-- instead of four columns: the scale's length is then data the code reads, not a column count.
-- Existing rubric versions keep their words, in order.
ALTER TABLE "rubric_competencies" ADD COLUMN "descriptors" TEXT[];
UPDATE "rubric_competencies" SET "descriptors" = ARRAY["descriptor_1", "descriptor_2", "descriptor_3", "descriptor_4"];
ALTER TABLE "rubric_competencies" ALTER COLUMN "descriptors" SET NOT NULL;
-- One descriptor per score, none missing; score-scale.int.test.ts checks the count against the scale.
ALTER TABLE "rubric_competencies" ADD CONSTRAINT "rubric_competencies_descriptor_per_score"
    CHECK (cardinality("descriptors") = 4 AND array_position("descriptors", NULL) IS NULL);
ALTER TABLE "rubric_competencies"
    DROP COLUMN "descriptor_1", DROP COLUMN "descriptor_2", DROP COLUMN "descriptor_3", DROP COLUMN "descriptor_4";
