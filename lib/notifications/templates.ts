import type { Locale } from "../dates/locale";
import { formatMeetingTime } from "../dates/meeting-time";

/**
 * The booking e-mails, as plain text and HTML. Times are shown in the
 * recipient's own zone, with the zone named, and in their locale (lib/dates
 * formats them); every piece of user text in the HTML is escaped.
 */
export interface TemplateBooking {
  typeName: string;
  startsAt: Date;
  endsAt: Date;
  meetingUrl: string | null;
  bookingUrl: string;
}

export interface TemplateRecipient {
  name: string;
  timeZone: string;
  /** The locale of their last visit (users.locale), else en-GB: the e-mail's dates follow it. */
  locale: Locale;
  role: "CANDIDATE" | "INTERVIEWER";
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export type ReminderLead = "24h" | "1h";

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** The interview's time as this recipient reads it: their zone, their locale. */
function when(start: Date, end: Date, to: TemplateRecipient): string {
  return formatMeetingTime(start, end, to.timeZone, to.locale);
}

/** One e-mail: a greeting, some paragraphs, labelled facts and a closing line, rendered twice. */
interface Body {
  subject: string;
  greeting: string;
  paragraphs: string[];
  facts: [label: string, value: string][];
  links: [label: string, url: string][];
  closing?: string;
}

function render(body: Body): RenderedEmail {
  const text = [
    body.greeting,
    "",
    ...body.paragraphs.flatMap((p) => [p, ""]),
    ...body.facts.map(([label, value]) => `${label}: ${value}`),
    ...body.links.map(([label, url]) => `${label}: ${url}`),
    ...(body.closing ? ["", body.closing] : []),
    "",
    "— MockLoop",
  ].join("\n");
  const html = [
    `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">`,
    `<p>${escapeHtml(body.greeting)}</p>`,
    ...body.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<table>`,
    ...body.facts.map(
      ([label, value]) => `<tr><th align="left">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`,
    ),
    `</table>`,
    ...body.links.map(([label, url]) => `<p><a href="${escapeHtml(url)}">${escapeHtml(label)}</a></p>`),
    ...(body.closing ? [`<p>${escapeHtml(body.closing)}</p>`] : []),
    `<p>— MockLoop</p></body></html>`,
  ].join("\n");
  return { subject: body.subject, text, html };
}

function facts(b: TemplateBooking, to: TemplateRecipient, counterpart: string): Body["facts"] {
  const other = to.role === "CANDIDATE" ? "Interviewer" : "Candidate";
  return [
    ["When", when(b.startsAt, b.endsAt, to)],
    ["Interview", b.typeName],
    [other, counterpart],
    ...(b.meetingUrl ? [["Video call", b.meetingUrl] as [string, string]] : []),
  ];
}

function links(b: TemplateBooking): Body["links"] {
  return [["Open the booking", b.bookingUrl]];
}

export function confirmationEmail(b: TemplateBooking, to: TemplateRecipient, counterpart: string): RenderedEmail {
  return render({
    subject: `Booked: ${b.typeName} mock interview with ${counterpart}`,
    greeting: `Hi ${to.name},`,
    paragraphs: [`Your ${b.typeName} mock interview with ${counterpart} is booked. The calendar invite is attached.`],
    facts: facts(b, to, counterpart),
    links: links(b),
  });
}

export function rescheduledEmail(
  b: TemplateBooking,
  previous: { startsAt: Date; endsAt: Date },
  to: TemplateRecipient,
  counterpart: string,
  reason: string | null,
): RenderedEmail {
  return render({
    subject: `Moved: ${b.typeName} mock interview with ${counterpart}`,
    greeting: `Hi ${to.name},`,
    paragraphs: [
      `Your ${b.typeName} mock interview with ${counterpart} has moved to a new time. The calendar invite is updated.`,
      ...(reason ? [`Reason given: ${reason}`] : []),
    ],
    facts: [["Was", when(previous.startsAt, previous.endsAt, to)], ...facts(b, to, counterpart)],
    links: links(b),
  });
}

export function cancellationEmail(
  b: TemplateBooking,
  to: TemplateRecipient,
  counterpart: string,
  reason: string | null,
): RenderedEmail {
  return render({
    subject: `Cancelled: ${b.typeName} mock interview with ${counterpart}`,
    greeting: `Hi ${to.name},`,
    paragraphs: [
      `Your ${b.typeName} mock interview with ${counterpart} was cancelled.`,
      `Reason given: ${reason?.trim() ? reason : "none"}`,
    ],
    facts: [
      ["Was", when(b.startsAt, b.endsAt, to)],
      ["Interview", b.typeName],
    ],
    links: links(b),
  });
}

export function reminderEmail(
  b: TemplateBooking,
  to: TemplateRecipient,
  counterpart: string,
  lead: ReminderLead,
  settingsUrl: string,
): RenderedEmail {
  const when = lead === "24h" ? "tomorrow" : "in an hour";
  return render({
    subject: `Reminder: ${b.typeName} mock interview with ${counterpart} ${when}`,
    greeting: `Hi ${to.name},`,
    paragraphs: [`Your ${b.typeName} mock interview with ${counterpart} starts ${when}.`],
    facts: facts(b, to, counterpart),
    links: links(b),
    closing: `Don't want reminders? Turn them off in your settings: ${settingsUrl}`,
  });
}

export function feedbackRequestEmail(b: TemplateBooking, to: TemplateRecipient, counterpart: string): RenderedEmail {
  const ask =
    to.role === "INTERVIEWER"
      ? `Please score ${counterpart} against the rubric while it is fresh.`
      : `Please tell ${counterpart} how the interview went for you.`;
  return render({
    subject: `How did it go? Feedback for your interview with ${counterpart}`,
    greeting: `Hi ${to.name},`,
    paragraphs: [`Your ${b.typeName} mock interview with ${counterpart} has ended.`, ask],
    facts: [["When", when(b.startsAt, b.endsAt, to)]],
    links: [["Give feedback", b.bookingUrl]],
  });
}

export function feedbackReminderEmail(b: TemplateBooking, to: TemplateRecipient, counterpart: string): RenderedEmail {
  const ask =
    to.role === "INTERVIEWER"
      ? `${counterpart} is waiting for your scores and evidence against the rubric.`
      : `${counterpart} would like to know how the interview went for you.`;
  return render({
    subject: `Reminder: your feedback for ${counterpart}`,
    greeting: `Hi ${to.name},`,
    paragraphs: [
      `You haven't given feedback on your ${b.typeName} mock interview with ${counterpart} yet.`,
      ask,
      "Neither of you sees the other's feedback until both have written it, or a week after the interview.",
    ],
    facts: [["When", when(b.startsAt, b.endsAt, to)]],
    links: [["Give feedback", b.bookingUrl]],
  });
}

export function feedbackReadyEmail(b: TemplateBooking, to: TemplateRecipient, counterpart: string): RenderedEmail {
  return render({
    subject: `Your feedback from ${counterpart} is ready`,
    greeting: `Hi ${to.name},`,
    paragraphs: [`${counterpart}'s feedback on your ${b.typeName} mock interview is ready to read.`],
    facts: [["When", when(b.startsAt, b.endsAt, to)]],
    links: [["Read your feedback", b.bookingUrl]],
  });
}
