import type { Caller } from "../auth/sessions";
import { db } from "../db";
import type { RecommendationValue } from "../feedback/feedback.schema";
import { Prisma } from "../generated/prisma/client";
import type { HistoryItem, HistoryPage, HistoryQuery } from "./progress.types";
import { releasedSql, visibleToViewerSql } from "../feedback/release-rule";

/**
 * The caller's past interviews in both roles, newest first: one query for the
 * page (with its total) and one for that page's visible scores. The caller is
 * in the WHERE clause of both; scores on them appear only once released, the
 * scores they wrote always.
 */
const PAST_STATUSES = Prisma.sql`('COMPLETED', 'SCHEDULED', 'NO_SHOW')`;

/** The FROM/WHERE every history query shares: the caller's finished interviews, with the filters applied. */
export function historyFrom(userId: string, filters: HistoryQuery, now: Date): Prisma.Sql {
  const where: Prisma.Sql[] = [
    Prisma.sql`p.user_id = ${userId}`,
    Prisma.sql`b.status IN ${PAST_STATUSES}`,
    Prisma.sql`b.ends_at <= ${now}::timestamptz`,
  ];
  if (filters.role) where.push(Prisma.sql`p.role = ${filters.role}::"ParticipantRole"`);
  if (filters.type) where.push(Prisma.sql`t.slug = ${filters.type}`);
  if (filters.from) where.push(Prisma.sql`b.starts_at >= ${new Date(filters.from)}::timestamptz`);
  if (filters.to) where.push(Prisma.sql`b.starts_at < ${new Date(filters.to)}::timestamptz`);
  if (filters.counterpart) where.push(Prisma.sql`cp.user_id = ${filters.counterpart}`);
  if (filters.competency) {
    where.push(Prisma.sql`${visibleToViewerSql("f", "b", userId, now)} AND EXISTS (
      SELECT 1 FROM feedback_scores fs WHERE fs.feedback_id = f.id AND fs.competency_key = ${filters.competency})`);
  }
  return Prisma.sql`
      FROM booking_participants p
      JOIN bookings b ON b.id = p.booking_id
      JOIN interview_types t ON t.id = b.interview_type_id
      JOIN booking_participants cp ON cp.booking_id = b.id AND cp.user_id <> p.user_id
      JOIN users u ON u.id = cp.user_id
      LEFT JOIN profiles pr ON pr.user_id = u.id
      LEFT JOIN feedback f ON f.booking_id = b.id AND f.direction = 'INTERVIEWER_TO_CANDIDATE'
     WHERE ${Prisma.join(where, " AND ")}`;
}

/**
 * The caller's handed-in solo attempts under the same filters (decision 0028), or null when the
 * filters rule them out: a role or a counterpart is about live interviews, which solo practice has neither of.
 */
export function soloHistoryFrom(userId: string, filters: HistoryQuery): Prisma.Sql | null {
  if (filters.kind === "live" || filters.role || filters.counterpart) return null;
  const where: Prisma.Sql[] = [Prisma.sql`a.user_id = ${userId}`, Prisma.sql`a.submitted_at IS NOT NULL`];
  if (filters.type) where.push(Prisma.sql`t.slug = ${filters.type}`);
  if (filters.from) where.push(Prisma.sql`a.started_at >= ${new Date(filters.from)}::timestamptz`);
  if (filters.to) where.push(Prisma.sql`a.started_at < ${new Date(filters.to)}::timestamptz`);
  if (filters.competency) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM solo_attempt_scores ss
                                   WHERE ss.attempt_id = a.id AND ss.competency_key = ${filters.competency})`);
  }
  return Prisma.sql`
      FROM solo_attempts a
      JOIN interview_types t ON t.id = a.interview_type_id
      JOIN questions q ON q.id = a.question_id
     WHERE ${Prisma.join(where, " AND ")}`;
}

/** Live interviews and solo attempts as one list of the same columns, newest first by start. */
function historyUnion(userId: string, filters: HistoryQuery, now: Date): Prisma.Sql | null {
  const parts: Prisma.Sql[] = [];
  if (filters.kind !== "solo") {
    parts.push(Prisma.sql`
    SELECT 'live' AS kind, b.id AS id, b.starts_at, b.ends_at, b.status::text AS status, p.role::text AS role,
           t.slug AS type_slug, t.name AS type_name, cp.user_id AS counterpart_id,
           COALESCE(pr.display_name, u.name) AS counterpart_name,
           f.id AS feedback_id, f.recommendation::text AS recommendation,
           COALESCE(${visibleToViewerSql("f", "b", userId, now)}, false) AS visible,
           ${releasedSql("b", now)} AS released, NULL::text AS question_id, NULL::text AS question_title
    ${historyFrom(userId, filters, now)}`);
  }
  const solo = soloHistoryFrom(userId, filters);
  if (solo) {
    parts.push(Prisma.sql`
    SELECT 'solo' AS kind, a.id, a.started_at AS starts_at, a.submitted_at AS ends_at, 'COMPLETED' AS status,
           'CANDIDATE' AS role, t.slug AS type_slug, t.name AS type_name, NULL::text AS counterpart_id,
           NULL::text AS counterpart_name, NULL::text AS feedback_id, NULL::text AS recommendation,
           true AS visible, true AS released, q.id AS question_id, q.title AS question_title
    ${solo}`);
  }
  return parts.length > 0 ? Prisma.join(parts, " UNION ALL ") : null;
}

interface PageRow {
  kind: "live" | "solo";
  id: string;
  starts_at: Date;
  ends_at: Date;
  status: string;
  role: "CANDIDATE" | "INTERVIEWER";
  type_slug: string;
  type_name: string;
  counterpart_id: string | null;
  counterpart_name: string | null;
  feedback_id: string | null;
  recommendation: RecommendationValue | null;
  visible: boolean;
  released: boolean;
  question_id: string | null;
  question_title: string | null;
  total: number;
}

/** `query` as the API parsed it (lib/progress/progress.schema.ts) or as a page built it from its URL. */
export async function getHistory(caller: Caller, query: HistoryQuery, now = new Date()): Promise<HistoryPage> {
  const filters = {
    ...query,
    page: Math.max(1, Math.floor(query.page ?? 1)),
    pageSize: Math.min(100, Math.max(1, Math.floor(query.pageSize ?? 20))),
  };
  const offset = (filters.page - 1) * filters.pageSize;
  const union = historyUnion(caller.id, filters, now);
  if (!union) return { items: [], page: filters.page, pageSize: filters.pageSize, total: 0 };
  const rows = await db().$queryRaw<PageRow[]>`
    SELECT h.*, count(*) OVER ()::int AS total FROM (${union}) h
     ORDER BY h.starts_at DESC, h.id DESC
     LIMIT ${filters.pageSize} OFFSET ${offset}`;

  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && offset > 0) {
    // Past the last page: the window count has no row to ride on.
    const [count] = await db().$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM (${union}) h`;
    total = count?.total ?? 0;
  }

  const visibleIds = rows.filter((r) => r.visible && r.feedback_id).map((r) => r.feedback_id!);
  const soloIds = rows.filter((r) => r.kind === "solo").map((r) => r.id);
  const scores = visibleIds.length
    ? await db().$queryRaw<{ feedback_id: string; key: string; name: string; score: number }[]>`
        SELECT fs.feedback_id, fs.competency_key AS key, rc.name, fs.score::int AS score
          FROM feedback_scores fs JOIN rubric_competencies rc ON rc.id = fs.competency_id
         WHERE fs.feedback_id = ANY(${visibleIds}::text[])
         ORDER BY rc.position`
    : [];
  const byFeedback = new Map<string, HistoryItem["scores"]>();
  for (const s of scores) {
    byFeedback.set(s.feedback_id, [
      ...(byFeedback.get(s.feedback_id) ?? []),
      { key: s.key, name: s.name, score: s.score },
    ]);
  }

  const selfScores = await soloScores(soloIds);

  const items: HistoryItem[] = rows.map((r) => ({
    kind: r.kind,
    bookingId: r.kind === "live" ? r.id : null,
    soloAttemptId: r.kind === "solo" ? r.id : null,
    question: r.question_id ? { id: r.question_id, title: r.question_title ?? "" } : null,
    startsAt: r.starts_at.toISOString(),
    endsAt: r.ends_at.toISOString(),
    status: r.status,
    role: r.role,
    interviewType: { slug: r.type_slug, name: r.type_name },
    counterpart: r.counterpart_id ? { id: r.counterpart_id, name: r.counterpart_name } : null,
    recommendation: r.visible ? r.recommendation : null,
    scores:
      r.kind === "solo"
        ? (selfScores.get(r.id) ?? [])
        : r.visible && r.feedback_id
          ? (byFeedback.get(r.feedback_id) ?? [])
          : [],
    released: r.released,
  }));
  return { items, page: filters.page, pageSize: filters.pageSize, total };
}

/** Self-assessed scores of these (the caller's) solo attempts, in rubric order. */
async function soloScores(attemptIds: string[]): Promise<Map<string, HistoryItem["scores"]>> {
  const byAttempt = new Map<string, HistoryItem["scores"]>();
  if (attemptIds.length === 0) return byAttempt;
  const rows = await db().$queryRaw<{ attempt_id: string; key: string; name: string; score: number }[]>`
    SELECT ss.attempt_id, ss.competency_key AS key, rc.name, ss.score::int AS score
      FROM solo_attempt_scores ss JOIN rubric_competencies rc ON rc.id = ss.competency_id
     WHERE ss.attempt_id = ANY(${attemptIds}::text[])
     ORDER BY rc.position`;
  for (const s of rows) {
    byAttempt.set(s.attempt_id, [...(byAttempt.get(s.attempt_id) ?? []), { key: s.key, name: s.name, score: s.score }]);
  }
  return byAttempt;
}
