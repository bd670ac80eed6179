/** What a participant sees of a booking (both sides see the same fields, see `forViewer`). */
export const bookingSelect = {
  id: true,
  status: true,
  startsAt: true,
  endsAt: true,
  createdAt: true,
  meetingUrl: true,
  cancelReason: true,
  cancelledLate: true,
  rescheduledFromId: true,
  interviewType: { select: { slug: true, name: true, durationMinutes: true } },
  question: { select: { id: true, title: true } },
  candidate: { select: { id: true, profile: { select: { displayName: true, timeZone: true } } } },
  interviewer: { select: { id: true, profile: { select: { displayName: true, timeZone: true } } } },
  rescheduledTo: { select: { id: true, startsAt: true } },
} as const;

type Selected = {
  candidate: { id: string };
  endsAt: Date;
  question: { id: string; title: string } | null;
};

/**
 * The candidate should meet the question fresh: they see which question it was
 * only once the interview has ended; the interviewer sees it to prepare.
 */
export function forViewer<T extends Selected>(booking: T, viewerId: string, now = new Date()) {
  const role = booking.candidate.id === viewerId ? ("CANDIDATE" as const) : ("INTERVIEWER" as const);
  const hideQuestion = role === "CANDIDATE" && booking.endsAt > now;
  return { ...booking, role, question: hideQuestion ? null : booking.question };
}
