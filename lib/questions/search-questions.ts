import type { Caller } from "../auth/sessions";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { questionSummarySelect } from "./question-select";
import type { QuestionSearch } from "./question.schema";

/**
 * Browse and search. With `q`, PostgreSQL ranks matches on the weighted
 * tsvector (title above prompt above guide); filters narrow by type,
 * difficulty, tag, company and competency. Everyone sees approved questions;
 * "MINE" shows the caller's own proposals in any status; admins may filter by
 * status. Paginated; the guide is never part of a listing, and matches in it
 * count only for callers who may read it.
 */
export async function searchQuestions(caller: Caller, input: QuestionSearch) {
  const isAdmin = caller.role === "ADMIN";
  const conditions: Prisma.Sql[] = [];
  if (input.status === "MINE") conditions.push(Prisma.sql`q.author_id = ${caller.id}`);
  else if (input.status && isAdmin) conditions.push(Prisma.sql`q.status = ${input.status}::"QuestionStatus"`);
  else conditions.push(Prisma.sql`q.status = 'APPROVED'`);
  if (input.type) conditions.push(Prisma.sql`t.slug = ${input.type}`);
  if (input.difficulty) conditions.push(Prisma.sql`q.difficulty = ${input.difficulty}::"Difficulty"`);
  if (input.tag) conditions.push(Prisma.sql`${input.tag} = ANY(q.tags)`);
  if (input.company) conditions.push(Prisma.sql`${input.company} = ANY(q.companies)`);
  if (input.competency) conditions.push(Prisma.sql`${input.competency} = ANY(q.competency_keys)`);
  const query = input.q ? Prisma.sql`websearch_to_tsquery('english', ${input.q})` : null;
  // Only text the caller may read: the guide counts only where they may read it (guideAccessWhere).
  const canReadGuide = guideAccessSql(caller);
  const vector = Prisma.sql`(CASE WHEN ${canReadGuide} THEN q.search ELSE q.search_public END)`;
  // Written as an OR of the two indexed vectors so PostgreSQL can still use both GIN indexes.
  if (query) conditions.push(Prisma.sql`(q.search_public @@ ${query} OR (q.search @@ ${query} AND ${canReadGuide}))`);

  const rank = query ? Prisma.sql`ts_rank_cd(${vector}, ${query}, 1)` : Prisma.sql`0`;
  const offset = (input.page - 1) * input.pageSize;
  const rows = await db().$queryRaw<{ id: string; rank: number; total: bigint }[]>`
    SELECT q.id, ${rank}::float8 AS rank, count(*) OVER () AS total
      FROM questions q JOIN interview_types t ON t.id = q.interview_type_id
     WHERE ${Prisma.join(conditions, " AND ")}
     ORDER BY rank DESC, q.title ASC, q.id ASC
     LIMIT ${input.pageSize} OFFSET ${offset}`;

  const details = await db().question.findMany({
    where: { id: { in: rows.map((r) => r.id) } },
    select: questionSummarySelect,
  });
  const byId = new Map(details.map((d) => [d.id, d]));
  const total = Number(rows[0]?.total ?? 0);
  return {
    questions: rows.map((r) => ({ ...byId.get(r.id)!, rank: r.rank })),
    page: input.page,
    pageSize: input.pageSize,
    total,
    pageCount: Math.max(1, Math.ceil(total / input.pageSize)),
  };
}

/** guideAccessWhere (question-access.ts) in SQL, for one question row `q`. */
function guideAccessSql(caller: Caller): Prisma.Sql {
  if (caller.role === "ADMIN") return Prisma.sql`TRUE`;
  return Prisma.sql`(q.author_id = ${caller.id} OR EXISTS (
    SELECT 1 FROM bookings b
     WHERE b.question_id = q.id
       AND (b.interviewer_id = ${caller.id} OR (b.candidate_id = ${caller.id} AND b.ends_at <= ${new Date()}::timestamptz)))
    OR EXISTS (SELECT 1 FROM solo_attempts a
                WHERE a.question_id = q.id AND a.user_id = ${caller.id} AND a.submitted_at IS NOT NULL))`;
}
