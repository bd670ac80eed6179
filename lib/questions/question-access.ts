import type { Caller } from "../auth/sessions";
import type { Prisma } from "../generated/prisma/client";

/**
 * Who may see what, as Prisma `where` fragments, so access is decided by the
 * query itself rather than by code that loads first and checks after.
 */

/** Questions the caller may see at all: approved ones, their own, anything for admins, and those attached to their interviews. */
export function visibleQuestionWhere(caller: Caller): Prisma.QuestionWhereInput {
  if (caller.role === "ADMIN") return {};
  return {
    OR: [
      { status: "APPROVED" },
      { authorId: caller.id },
      { bookings: { some: { participants: { some: { userId: caller.id } } } } },
    ],
  };
}

/**
 * Questions whose interviewer guide the caller may read: admins, the author,
 * the interviewer of a booking that uses it, that booking's candidate once
 * the interview has ended, and whoever has handed in a solo attempt on it.
 */
export function guideAccessWhere(caller: Caller, now: Date): Prisma.QuestionWhereInput {
  if (caller.role === "ADMIN") return {};
  return {
    OR: [
      { authorId: caller.id },
      { bookings: { some: { interviewerId: caller.id } } },
      { bookings: { some: { candidateId: caller.id, endsAt: { lte: now } } } },
      // Handing in a solo attempt is the solo "interview ending": the guide is the compare step.
      { soloAttempts: { some: { userId: caller.id, submittedAt: { not: null } } } },
    ],
  };
}
