import type { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import type { Caller } from "../auth/sessions";
import { db } from "../db";
import { AppError, sqlState } from "../errors";
import type { resolveReportSchema } from "./feedback.schema";
import { contentOf, feedbackSelect } from "./feedback-access";
import { isReleased } from "./release-rule";

/**
 * Abuse reports. Only the subject of released feedback may report it, once.
 * Admins never browse feedback: they see a piece only through an open report
 * on it, and may hide it with a reason (the subject then sees that it was
 * hidden, not what it said) or dismiss the report.
 */
export async function reportFeedback(caller: Caller, feedbackId: string, reason: string, now = new Date()) {
  const feedback = await db().feedback.findFirst({
    where: { id: feedbackId, subjectId: caller.id, status: "SUBMITTED" },
    select: {
      id: true,
      booking: {
        select: {
          endsAt: true,
          feedback: { where: { authorId: caller.id, status: "SUBMITTED" }, select: { id: true } },
        },
      },
    },
  });
  const released =
    feedback &&
    isReleased({ endsAt: feedback.booking.endsAt, bothSubmitted: feedback.booking.feedback.length > 0 }, now);
  // Unreleased feedback is as unknown to its subject as someone else's.
  if (!feedback || !released) throw new AppError("NOT_FOUND", "No such feedback.");
  try {
    const report = await db().feedbackReport.create({
      data: { feedbackId, reporterId: caller.id, reason },
      select: { id: true, status: true, createdAt: true },
    });
    return { id: report.id, status: report.status, createdAt: report.createdAt.toISOString() };
  } catch (error) {
    if (sqlState(error) === "23505") {
      throw new AppError("CONFLICT", "You have already reported this feedback. An admin will look at it.", {
        cause: error,
      });
    }
    throw error;
  }
}

function assertAdmin(caller: Caller): void {
  if (caller.role !== "ADMIN") throw new AppError("NOT_FOUND", "Not found.");
}

const person = { select: { id: true, profile: { select: { displayName: true } } } } as const;
const nameOf = (p: { id: string; profile: { displayName: string } | null }) => ({
  id: p.id,
  name: p.profile?.displayName ?? null,
});

/** The admin queue: open reports, oldest first, each with the reported feedback's content. */
export async function listFeedbackReports(caller: Caller) {
  assertAdmin(caller);
  const reports = await db().feedbackReport.findMany({
    where: { status: "OPEN" },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      reason: true,
      createdAt: true,
      reporter: person,
      feedback: {
        select: {
          ...feedbackSelect(caller.id),
          author: person,
          subject: person,
          booking: { select: { id: true, startsAt: true, interviewType: { select: { slug: true, name: true } } } },
        },
      },
    },
  });
  return reports.map((r) => ({
    id: r.id,
    reason: r.reason,
    createdAt: r.createdAt.toISOString(),
    reporter: nameOf(r.reporter),
    feedback: {
      id: r.feedback.id,
      bookingId: r.feedback.booking.id,
      startsAt: r.feedback.booking.startsAt.toISOString(),
      interviewType: r.feedback.booking.interviewType,
      direction: r.feedback.direction,
      author: nameOf(r.feedback.author),
      subject: nameOf(r.feedback.subject),
      submittedAt: r.feedback.submittedAt?.toISOString() ?? null,
      hidden: r.feedback.hiddenAt !== null,
      content: contentOf(r.feedback),
    },
  }));
}
export type FeedbackReportItem = Awaited<ReturnType<typeof listFeedbackReports>>[number];

/** Hide (with a reason) or dismiss, with the audit row, in one transaction. */
export async function resolveFeedbackReport(
  caller: Caller,
  reportId: string,
  input: z.output<typeof resolveReportSchema>,
  now = new Date(),
) {
  assertAdmin(caller);
  return db().$transaction(async (tx) => {
    const report = await tx.feedbackReport.findUnique({
      where: { id: reportId },
      select: { id: true, status: true, feedbackId: true },
    });
    if (!report) throw new AppError("NOT_FOUND", "No such report.");
    const status = input.action === "hide" ? ("HIDDEN" as const) : ("DISMISSED" as const);
    const reason = input.reason?.trim() ? input.reason : null;
    // Conditional on OPEN: two admins resolving at once cannot both win.
    const { count } = await tx.feedbackReport.updateMany({
      where: { id: reportId, status: "OPEN" },
      data: { status, resolvedById: caller.id, resolutionNote: reason, resolvedAt: now },
    });
    if (count === 0) throw new AppError("CONFLICT", "This report has already been resolved.");
    if (input.action === "hide") {
      await tx.feedback.update({
        where: { id: report.feedbackId },
        data: { hiddenAt: now, hiddenReason: input.reason, hiddenById: caller.id },
      });
    }
    await recordAudit(tx, {
      actorId: caller.id,
      action: `feedback_report.${input.action}`,
      entityType: "feedback_report",
      entityId: reportId,
      before: { status: report.status },
      after: { status, feedbackId: report.feedbackId, reason },
    });
    return { id: reportId, status, resolvedAt: now.toISOString() };
  });
}
