import { describe, expect, it } from "vitest";
import { db } from "../db";
import { competencyScoreSchema } from "../feedback/feedback.schema";
import { competencyInputSchema } from "./rubric.schema";
import { SCORE_LABELS, SCORE_MAX, SCORE_MIN, SCORES } from "./score-scale";

/** The CHECK constraints are SQL and cannot import the scale: evaluate them on every value near it instead. */
async function checkExpression(name: string): Promise<string> {
  const [row] = await db().$queryRaw<{ expr: string }[]>`
    SELECT pg_get_expr(conbin, conrelid) AS expr FROM pg_constraint WHERE conname = ${name}`;
  return row!.expr;
}

describe("the score scale", () => {
  it("the feedback_scores CHECK accepts exactly the scale's scores", async () => {
    const expr = await checkExpression("feedback_scores_score_range");
    const rows = await db().$queryRawUnsafe<{ score: number; ok: boolean }[]>(
      `SELECT score, (${expr}) AS ok FROM generate_series(${SCORE_MIN - 2}, ${SCORE_MAX + 2}) AS t(score) ORDER BY score`,
    );
    expect(rows.filter((r) => r.ok).map((r) => r.score)).toEqual(SCORES);
  });

  it("the rubric_competencies CHECK asks for one descriptor per score", async () => {
    const expr = await checkExpression("rubric_competencies_descriptor_per_score");
    const rows = await db().$queryRawUnsafe<{ n: number; ok: boolean }[]>(
      `SELECT n, (${expr}) AS ok
         FROM generate_series(0, ${SCORES.length + 2}) AS t(n),
              LATERAL (SELECT array_fill('x'::text, ARRAY[n]) AS descriptors) d ORDER BY n`,
    );
    expect(rows.filter((r) => r.ok).map((r) => r.n)).toEqual([SCORES.length]);
  });

  it("the schemas read it", () => {
    expect(SCORES).toHaveLength(SCORE_LABELS.length);
    for (const score of [SCORE_MIN - 1, ...SCORES, SCORE_MAX + 1]) {
      const inRange = score >= SCORE_MIN && score <= SCORE_MAX;
      expect(competencyScoreSchema.safeParse({ score, evidence: "Named the users." }).success).toBe(inRange);
    }
    const competency = (descriptors: string[]) => ({
      key: "scoping",
      name: "Scoping",
      description: "Measures scoping.",
      weight: 1,
      descriptors,
    });
    const words = (n: number) => Array.from({ length: n }, (_, i) => `What score ${i + 1} looks like.`);
    expect(competencyInputSchema.safeParse(competency(words(SCORES.length))).success).toBe(true);
    expect(competencyInputSchema.safeParse(competency(words(SCORES.length - 1))).success).toBe(false);
    expect(competencyInputSchema.safeParse(competency(words(SCORES.length + 1))).success).toBe(false);
  });
});
