/** What a participant sees of a booking (both sides see the same fields). */
export const bookingSelect = {
  id: true,
  status: true,
  startsAt: true,
  endsAt: true,
  createdAt: true,
  interviewType: { select: { slug: true, name: true, durationMinutes: true } },
  candidate: { select: { id: true, profile: { select: { displayName: true, timeZone: true } } } },
  interviewer: { select: { id: true, profile: { select: { displayName: true, timeZone: true } } } },
} as const;
