import { db } from "../db";
import type { Difficulty } from "../generated/prisma/client";
import { parseLearnBlock } from "../questions/learn-block";
import { soloQuestionWhereSql } from "../solo/list-solo-questions";
import type { LearningPath } from "./progress.types";

const EXPLAINERS = 3;
const RESOURCES = 4;
const SOLO_QUESTIONS = 3;

/**
 * Item 4 of issue #24: the weakest competency (get-progress.ts's one definition) linked to
 * what teaches it, not only to a live booking: the Learn blocks of questions that train it,
 * the resources those blocks name, and solo questions the person has not seen in any way.
 */
export async function learningPath(userId: string, typeId: string, competencyKey: string): Promise<LearningPath> {
  const [explainerRows, soloRows] = await Promise.all([
    db().$queryRaw<{ id: string; title: string; learn: unknown }[]>`
      SELECT q.id, q.title, q.learn FROM questions q
       WHERE q.interview_type_id = ${typeId} AND q.status = 'APPROVED' AND q.learn IS NOT NULL
         AND ${competencyKey} = ANY(q.competency_keys)
       ORDER BY q.difficulty, q.title
       LIMIT 12`,
    db().$queryRaw<{ id: string; title: string; difficulty: Difficulty }[]>`
      SELECT q.id, q.title, q.difficulty FROM questions q
       WHERE q.interview_type_id = ${typeId} AND ${competencyKey} = ANY(q.competency_keys)
         AND ${soloQuestionWhereSql("q")}
         AND NOT EXISTS (SELECT 1 FROM solo_attempts a WHERE a.question_id = q.id AND a.user_id = ${userId})
         AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.question_id = q.id AND b.candidate_id = ${userId}
                            AND b.status <> 'CANCELLED')
       ORDER BY q.difficulty, q.title
       LIMIT ${SOLO_QUESTIONS}`,
  ]);
  const resources: string[] = [];
  for (const row of explainerRows) {
    for (const resource of parseLearnBlock(row.learn)?.resources ?? []) {
      if (!resources.includes(resource)) resources.push(resource);
    }
  }
  return {
    explainers: explainerRows.slice(0, EXPLAINERS).map((q) => ({ questionId: q.id, title: q.title })),
    resources: resources.slice(0, RESOURCES),
    soloQuestions: soloRows,
  };
}
