import { Prisma } from "../generated/prisma/client";
import { RELEASE_AFTER_MS } from "./feedback.schema";

/**
 * The double-blind release rule, the product's central privacy rule, in the
 * three forms readers need: a TypeScript predicate, SQL fragments and a Prisma
 * `where`. A booking's feedback is released once both directions are
 * submitted, or RELEASE_AFTER_MS after the interview's end. It is computed on
 * every read, so a job that never ran cannot hide anything. Every reader takes
 * it from here; release-rule.int.test.ts checks the three forms agree.
 */

/** Bookings that ended at or before this instant are released by time. */
export function releaseCutoff(now: Date): Date {
  return new Date(now.getTime() - RELEASE_AFTER_MS);
}

export function releasesAt(endsAt: Date): Date {
  return new Date(endsAt.getTime() + RELEASE_AFTER_MS);
}

export function isReleased(args: { endsAt: Date; bothSubmitted: boolean }, now: Date): boolean {
  return args.bothSubmitted || now >= releasesAt(args.endsAt);
}

/** Feedback as its subject may see it: submitted, released and not hidden by an admin. */
export function isVisibleToSubject(feedback: { status: string; hiddenAt: Date | null }, released: boolean): boolean {
  return feedback.status === "SUBMITTED" && feedback.hiddenAt === null && released;
}

function alias(name: string): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Bad SQL alias ${name}`);
  return Prisma.raw(name);
}

export interface ReleaseSqlOptions {
  /**
   * Read the cut-off through a scalar sub-select, which no plan can see into,
   * so PostgreSQL settles on one generic plan for a statement filtered on a
   * skewed column (decision 0014).
   */
  planOnce?: boolean;
}

/** Whether booking `booking` (an SQL alias) has its feedback released at `now`. */
export function releasedSql(booking: string, now: Date, options: ReleaseSqlOptions = {}): Prisma.Sql {
  const b = alias(booking);
  const cutoff = options.planOnce
    ? Prisma.sql`(SELECT ${releaseCutoff(now)}::timestamptz)`
    : Prisma.sql`${releaseCutoff(now)}::timestamptz`;
  return Prisma.sql`(${b}.ends_at <= ${cutoff}
    OR (SELECT count(*) FROM feedback rf WHERE rf.booking_id = ${b}.id AND rf.status = 'SUBMITTED') = 2)`;
}

/** Feedback `f` on booking `b` as its subject may see it: submitted, released and not hidden by an admin. */
export function visibleToSubjectSql(
  feedback: string,
  booking: string,
  now: Date,
  options: ReleaseSqlOptions = {},
): Prisma.Sql {
  const f = alias(feedback);
  return Prisma.sql`(${f}.status = 'SUBMITTED' AND ${f}.hidden_at IS NULL AND ${releasedSql(booking, now, options)})`;
}

/** What `viewerId` may see of feedback `f`: what they wrote, always; what they received, under the release rule. */
export function visibleToViewerSql(feedback: string, booking: string, viewerId: string, now: Date): Prisma.Sql {
  const f = alias(feedback);
  return Prisma.sql`(${f}.status = 'SUBMITTED' AND (${f}.author_id = ${viewerId}
    OR (${f}.subject_id = ${viewerId} AND ${visibleToSubjectSql(feedback, booking, now)})))`;
}

/**
 * Submitted feedback about `userId` that is released at `now`, as a `where`
 * so lists page and count in SQL. "Both submitted" reads as "the subject has
 * submitted their own side": the feedback itself is the other side.
 */
export function releasedToSubjectWhere(userId: string, now: Date): Prisma.FeedbackWhereInput {
  return {
    subjectId: userId,
    status: "SUBMITTED",
    OR: [
      { booking: { endsAt: { lte: releaseCutoff(now) } } },
      { booking: { feedback: { some: { authorId: userId, status: "SUBMITTED" } } } },
    ],
  };
}
