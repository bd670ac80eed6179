import ical, { ICalAttendeeRole, ICalCalendarMethod, ICalEventStatus } from "ical-generator";

/**
 * iCalendar for interviews, made with ical-generator. One event per interview
 * chain: the UID stays the same across reschedules and SEQUENCE grows, so a
 * calendar updates (or, with METHOD:CANCEL, removes) the event it already has.
 * Times are written in UTC.
 */
export interface CalendarBooking {
  uid: string;
  sequence: number;
  start: Date;
  end: Date;
  typeName: string;
  cancelled: boolean;
  meetingUrl: string | null;
  bookingUrl: string;
  candidate: { name: string; email: string | null };
  interviewer: { name: string; email: string | null };
}

const PROD_ID = { company: "MockLoop", product: "MockLoop", language: "EN" };

function addEvent(calendar: ReturnType<typeof ical>, b: CalendarBooking, organizerEmail: string) {
  const description = [
    `Mock interview: ${b.typeName}`,
    `Candidate: ${b.candidate.name}`,
    `Interviewer: ${b.interviewer.name}`,
    b.meetingUrl ? `Video call: ${b.meetingUrl}` : null,
    `Details, question and feedback: ${b.bookingUrl}`,
  ]
    .filter(Boolean)
    .join("\n");
  calendar.createEvent({
    id: b.uid,
    sequence: b.sequence,
    start: b.start,
    end: b.end,
    stamp: new Date(),
    summary: `MockLoop: ${b.typeName} mock interview`,
    description,
    location: b.meetingUrl,
    url: b.bookingUrl,
    status: b.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: "MockLoop", email: organizerEmail },
    attendees: [b.candidate, b.interviewer]
      .filter((p): p is { name: string; email: string } => p.email !== null)
      .map((p) => ({ name: p.name, email: p.email, role: ICalAttendeeRole.REQ, rsvp: false })),
  });
}

/** An invite (METHOD:REQUEST) or a cancellation (METHOD:CANCEL) for one interview, for e-mail. */
export function bookingInvite(b: CalendarBooking, organizerEmail: string): string {
  const calendar = ical({
    prodId: PROD_ID,
    method: b.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  addEvent(calendar, b, organizerEmail);
  return calendar.toString();
}

/** A subscribable feed (METHOD:PUBLISH) of someone's interviews. */
export function calendarFeed(bookings: CalendarBooking[], organizerEmail: string, name: string): string {
  const calendar = ical({ prodId: PROD_ID, method: ICalCalendarMethod.PUBLISH, name, ttl: 60 * 30 });
  for (const b of bookings) addEvent(calendar, b, organizerEmail);
  return calendar.toString();
}
