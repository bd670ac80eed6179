import type { Caller } from "../auth/sessions";
import { db } from "../db";
import { releaseCutoff, releasedToSubjectWhere, releasesAt } from "./release-rule";

export interface FeedbackOwed {
  bookingId: string;
  interviewType: string;
  counterpart: string | null;
  role: "CANDIDATE" | "INTERVIEWER";
  endsAt: Date;
  /** Feedback closes (and what was written is released) at this time. */
  closesAt: Date;
  /** The other person has submitted: theirs is waiting for yours. */
  theirsWaiting: boolean;
}

export interface FeedbackInbox {
  owed: FeedbackOwed[];
  /** Released feedback about the caller from the last 14 days. */
  newlyReleased: { bookingId: string; interviewType: string; author: string | null }[];
}

const RECENT_MS = 14 * 86_400_000;

/**
 * The dashboard's "Feedback waiting": interviews that have started and are still
 * open for the caller's feedback (not cancelled, moved or no-show; within
 * RELEASE_AFTER_MS of the end; not yet submitted by the caller), and feedback
 * on them released lately. Scoped to the caller in the `where`.
 */
export async function feedbackInbox(caller: Caller, now = new Date(), limit = 5): Promise<FeedbackInbox> {
  const [owedRows, released] = await Promise.all([
    db().booking.findMany({
      where: {
        participants: { some: { userId: caller.id } },
        status: { in: ["SCHEDULED", "COMPLETED"] },
        startsAt: { lte: now },
        endsAt: { gt: releaseCutoff(now) },
        feedback: { none: { authorId: caller.id, status: "SUBMITTED" } },
      },
      orderBy: { endsAt: "asc" },
      take: limit,
      select: {
        id: true,
        endsAt: true,
        candidateId: true,
        interviewType: { select: { name: true } },
        candidate: { select: { profile: { select: { displayName: true } } } },
        interviewer: { select: { profile: { select: { displayName: true } } } },
        feedback: { where: { status: "SUBMITTED", authorId: { not: caller.id } }, select: { id: true } },
      },
    }),
    db().feedback.findMany({
      where: {
        ...releasedToSubjectWhere(caller.id, now),
        hiddenAt: null,
        booking: { endsAt: { gt: new Date(now.getTime() - RECENT_MS) } },
      },
      orderBy: { booking: { endsAt: "desc" } },
      take: limit,
      select: {
        bookingId: true,
        booking: { select: { interviewType: { select: { name: true } } } },
        author: { select: { profile: { select: { displayName: true } } } },
      },
    }),
  ]);
  return {
    owed: owedRows.map((b) => {
      const role = b.candidateId === caller.id ? "CANDIDATE" : "INTERVIEWER";
      const other = role === "CANDIDATE" ? b.interviewer : b.candidate;
      return {
        bookingId: b.id,
        interviewType: b.interviewType.name,
        counterpart: other.profile?.displayName ?? null,
        role,
        endsAt: b.endsAt,
        closesAt: releasesAt(b.endsAt),
        theirsWaiting: b.feedback.length > 0,
      };
    }),
    newlyReleased: released.map((f) => ({
      bookingId: f.bookingId,
      interviewType: f.booking.interviewType.name,
      author: f.author.profile?.displayName ?? null,
    })),
  };
}
