import { RELEASE_AFTER_MS } from "../feedback/feedback.schema";
import { Prisma } from "../generated/prisma/client";

/**
 * The double-blind release rule, written once as SQL for every progress and
 * history query: a booking's feedback is released when both directions are
 * submitted, or RELEASE_AFTER_MS after its end. Computed on every read, so a
 * job that never ran cannot hide anything.
 */
function alias(name: string): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Bad SQL alias ${name}`);
  return Prisma.raw(name);
}

export function releasedSql(booking: string, now: Date): Prisma.Sql {
  const b = alias(booking);
  const cutoff = new Date(now.getTime() - RELEASE_AFTER_MS);
  return Prisma.sql`(${b}.ends_at <= ${cutoff}::timestamptz
    OR (SELECT count(*) FROM feedback rf WHERE rf.booking_id = ${b}.id AND rf.status = 'SUBMITTED') = 2)`;
}

/** Feedback `f` on booking `b` as its subject may see it: submitted, released and not hidden by an admin. */
export function visibleToSubjectSql(feedback: string, booking: string, now: Date): Prisma.Sql {
  const f = alias(feedback);
  return Prisma.sql`(${f}.status = 'SUBMITTED' AND ${f}.hidden_at IS NULL AND ${releasedSql(booking, now)})`;
}

/** What `viewerId` may see of feedback `f`: what they wrote, always; what they received, under the release rule. */
export function visibleToViewerSql(feedback: string, booking: string, viewerId: string, now: Date): Prisma.Sql {
  const f = alias(feedback);
  return Prisma.sql`(${f}.status = 'SUBMITTED' AND (${f}.author_id = ${viewerId}
    OR (${f}.subject_id = ${viewerId} AND ${visibleToSubjectSql(feedback, booking, now)})))`;
}
