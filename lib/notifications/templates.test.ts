import { describe, expect, it } from "vitest";
import type { Locale } from "../dates/locale";
import {
  cancellationEmail,
  confirmationEmail,
  feedbackRequestEmail,
  reminderEmail,
  rescheduledEmail,
  type TemplateBooking,
  type TemplateRecipient,
} from "./templates";

const booking: TemplateBooking = {
  typeName: "System design",
  startsAt: new Date("2026-12-08T19:00:00Z"),
  endsAt: new Date("2026-12-08T20:00:00Z"),
  meetingUrl: "https://meet.example/abc",
  bookingUrl: "https://mockloop.example/bookings/b1",
};
const to = (locale: Locale): TemplateRecipient => ({
  name: "Ada",
  timeZone: "America/New_York",
  locale,
  role: "CANDIDATE",
});
// ICU writes a narrow no-break space before AM/PM: compare with plain spaces.
const plain = (s: string) => s.replace(/[\u202f\u2009\u00a0]/g, " ");

describe("booking e-mails follow the recipient's locale", () => {
  it("en-GB: a day-month date and a 24-hour clock, in the recipient's zone", () => {
    const email = confirmationEmail(booking, to("en-GB"), "Grace");
    expect(plain(email.text)).toContain("When: Tuesday, 8 December 2026, 14:00–15:00 (America/New_York, GMT-5)");
    expect(plain(email.html)).toContain("Tuesday, 8 December 2026, 14:00–15:00 (America/New_York, GMT-5)");
  });

  it("en-US: a month-day date and a 12-hour clock", () => {
    const email = confirmationEmail(booking, to("en-US"), "Grace");
    expect(plain(email.text)).toContain("When: Tuesday, December 8, 2026, 2:00 PM–3:00 PM (America/New_York, GMT-5)");
    expect(email.text).not.toMatch(/14:00/);
  });

  it("every e-mail with a time uses it, the earlier time of a move too", () => {
    const previous = { startsAt: new Date("2026-12-07T13:30:00Z"), endsAt: new Date("2026-12-07T14:30:00Z") };
    const moved = plain(rescheduledEmail(booking, previous, to("en-US"), "Grace", null).text);
    expect(moved).toContain("Was: Monday, December 7, 2026, 8:30 AM–9:30 AM (America/New_York, GMT-5)");
    expect(moved).toContain("When: Tuesday, December 8, 2026, 2:00 PM–3:00 PM");
    const movedGb = plain(rescheduledEmail(booking, previous, to("en-GB"), "Grace", null).text);
    expect(movedGb).toContain("Was: Monday, 7 December 2026, 08:30–09:30 (America/New_York, GMT-5)");
    for (const email of [
      cancellationEmail(booking, to("en-US"), "Grace", null),
      reminderEmail(booking, to("en-US"), "Grace", "24h", "https://mockloop.example/settings"),
      feedbackRequestEmail(booking, to("en-US"), "Grace"),
    ]) {
      expect(plain(email.text)).toContain("2:00 PM–3:00 PM");
    }
  });
});
