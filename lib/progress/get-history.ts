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

interface PageRow {
  booking_id: string;
  starts_at: Date;
  ends_at: Date;
  status: string;
  role: "CANDIDATE" | "INTERVIEWER";
  type_slug: string;
  type_name: string;
  counterpart_id: string;
  counterpart_name: string | null;
  feedback_id: string | null;
  recommendation: RecommendationValue | null;
  visible: boolean;
  released: boolean;
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
  const rows = await db().$queryRaw<PageRow[]>`
    SELECT b.id AS booking_id, b.starts_at, b.ends_at, b.status::text AS status, p.role::text AS role,
           t.slug AS type_slug, t.name AS type_name, cp.user_id AS counterpart_id,
           COALESCE(pr.display_name, u.name) AS counterpart_name,
           f.id AS feedback_id, f.recommendation::text AS recommendation,
           COALESCE(${visibleToViewerSql("f", "b", caller.id, now)}, false) AS visible,
           ${releasedSql("b", now)} AS released,
           count(*) OVER ()::int AS total
    ${historyFrom(caller.id, filters, now)}
     ORDER BY b.starts_at DESC, b.id DESC
     LIMIT ${filters.pageSize} OFFSET ${offset}`;

  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && offset > 0) {
    // Past the last page: the window count has no row to ride on.
    const [count] = await db().$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total ${historyFrom(caller.id, filters, now)}`;
    total = count?.total ?? 0;
  }

  const visibleIds = rows.filter((r) => r.visible && r.feedback_id).map((r) => r.feedback_id!);
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

  const items: HistoryItem[] = rows.map((r) => ({
    bookingId: r.booking_id,
    startsAt: r.starts_at.toISOString(),
    endsAt: r.ends_at.toISOString(),
    status: r.status,
    role: r.role,
    interviewType: { slug: r.type_slug, name: r.type_name },
    counterpart: { id: r.counterpart_id, name: r.counterpart_name },
    recommendation: r.visible ? r.recommendation : null,
    scores: r.visible && r.feedback_id ? (byFeedback.get(r.feedback_id) ?? []) : [],
    released: r.released,
  }));
  return { items, page: filters.page, pageSize: filters.pageSize, total };
}
