import type { Caller } from "../auth/sessions";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { liveOnlyQuestionIdsSql } from "../questions/live-only";
import { DEFAULT_MINUTES } from "./solo.schema";
import type { Difficulty, SoloQuestion } from "./solo.types";

/** SQL for "the approved questions solo practice offers": of a live type, not live-only. */
export function soloQuestionWhereSql(alias: string): Prisma.Sql {
  const q = Prisma.raw(alias);
  return Prisma.sql`${q}.status = 'APPROVED' AND ${q}.id NOT IN (${liveOnlyQuestionIdsSql()})
    AND EXISTS (SELECT 1 FROM interview_types st WHERE st.id = ${q}.interview_type_id AND st.retired_at IS NULL)`;
}

/**
 * The questions the caller may practise alone, of one type or all: ones they have not
 * opened before first, then by difficulty (easy first) and title.
 */
export async function listSoloQuestions(caller: Caller, input: { type?: string | undefined }): Promise<SoloQuestion[]> {
  const rows = await db().$queryRaw<
    {
      id: string;
      title: string;
      difficulty: Difficulty;
      type_slug: string;
      type_name: string;
      competency_keys: string[];
      attempted: boolean;
    }[]
  >`
    SELECT q.id, q.title, q.difficulty::text AS difficulty, t.slug AS type_slug, t.name AS type_name,
           q.competency_keys,
           EXISTS (SELECT 1 FROM solo_attempts a WHERE a.question_id = q.id AND a.user_id = ${caller.id}) AS attempted
      FROM questions q JOIN interview_types t ON t.id = q.interview_type_id
     WHERE ${soloQuestionWhereSql("q")}
       ${input.type ? Prisma.sql`AND t.slug = ${input.type}` : Prisma.empty}
     ORDER BY t.name, attempted, q.difficulty, q.title`;
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    difficulty: r.difficulty,
    interviewType: { slug: r.type_slug, name: r.type_name },
    competencyKeys: r.competency_keys,
    attempted: r.attempted,
  }));
}

/**
 * One question before its clock starts (the prompt stays hidden until then): null when solo
 * practice does not offer it. `openAttemptId` is an attempt the caller can resume instead.
 */
export async function getSoloQuestion(caller: Caller, questionId: string) {
  const [row] = await db().$queryRaw<
    {
      id: string;
      title: string;
      difficulty: Difficulty;
      type_slug: string;
      type_name: string;
      open_attempt_id: string | null;
    }[]
  >`
    SELECT q.id, q.title, q.difficulty::text AS difficulty, t.slug AS type_slug, t.name AS type_name,
           (SELECT a.id FROM solo_attempts a WHERE a.question_id = q.id AND a.user_id = ${caller.id}
               AND a.submitted_at IS NULL ORDER BY a.started_at DESC LIMIT 1) AS open_attempt_id
      FROM questions q JOIN interview_types t ON t.id = q.interview_type_id
     WHERE q.id = ${questionId} AND ${soloQuestionWhereSql("q")}`;
  if (!row) return null;
  return {
    id: row.id,
    title: row.title,
    difficulty: row.difficulty,
    interviewType: { slug: row.type_slug, name: row.type_name },
    minutes: DEFAULT_MINUTES[row.difficulty],
    openAttemptId: row.open_attempt_id,
  };
}
