import type { z } from "zod";
import type { Caller } from "../auth/sessions";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { receivedFeedbackQuerySchema } from "./feedback.schema";
import { contentOf, feedbackSelect } from "./feedback-access";
import type { ReceivedFeedbackPage } from "./feedback.types";
import { releasedToSubjectWhere } from "./release-rule";

/** GET /api/v1/me/feedback: what others wrote about the caller, released and not hidden, newest first. */
export async function listReceivedFeedback(
  caller: Caller,
  query: z.output<typeof receivedFeedbackQuerySchema>,
  now = new Date(),
): Promise<ReceivedFeedbackPage> {
  const where: Prisma.FeedbackWhereInput = { ...releasedToSubjectWhere(caller.id, now), hiddenAt: null };
  const [rows, total] = await Promise.all([
    db().feedback.findMany({
      where,
      orderBy: [{ booking: { startsAt: "desc" } }, { id: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: {
        ...feedbackSelect(caller.id),
        bookingId: true,
        author: { select: { id: true, profile: { select: { displayName: true } } } },
        booking: { select: { startsAt: true, interviewType: { select: { slug: true, name: true } } } },
      },
    }),
    db().feedback.count({ where }),
  ]);
  return {
    items: rows.map((r) => ({
      feedbackId: r.id,
      bookingId: r.bookingId,
      startsAt: r.booking.startsAt.toISOString(),
      interviewType: r.booking.interviewType,
      author: { id: r.author.id, name: r.author.profile?.displayName ?? null },
      content: contentOf(r)!,
      submittedAt: r.submittedAt!.toISOString(),
      recommendation: r.recommendation,
    })),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}
