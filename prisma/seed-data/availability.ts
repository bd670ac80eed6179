import type { AvailabilityInput } from "../../lib/availability/availability.schema";
import { DEMO_USERS } from "./demo-users";

const evenings = [{ start: "18:00", end: "21:00" }];
const lunchAndEvening = [
  { start: "12:00", end: "13:30" },
  { start: "18:30", end: "21:30" },
];
const saturday = [{ start: "10:00", end: "13:00" }];

/** Weekly hours for everyone who interviews, in their own zone: evenings and Saturday mornings, as volunteers give them. */
export function demoAvailability(): { userId: string; availability: AvailabilityInput }[] {
  return DEMO_USERS.filter((u) => u.track !== "CANDIDATE").map((u, i) => ({
    userId: u.id,
    availability: {
      timeZone: u.timeZone,
      weekly: {
        "1": i % 2 ? evenings : lunchAndEvening,
        "2": evenings,
        "3": i % 2 ? lunchAndEvening : evenings,
        "4": evenings,
        "5": [],
        "6": saturday,
        "7": [],
      },
      overrides: [],
      offeredTypes: u.focusAreas,
      minNoticeHours: 12,
      bufferMinutes: 15,
      maxPerWeek: 4,
      horizonDays: 28,
    },
  }));
}

/** Upcoming interviews between demo people (none involve the users end-to-end tests book with). */
export const DEMO_BOOKINGS = [
  { key: "seed-1", candidateId: "demo-aisha", interviewerId: "demo-oliver", type: "system-design" },
  { key: "seed-2", candidateId: "demo-wei", interviewerId: "demo-sofia", type: "program-execution" },
  { key: "seed-3", candidateId: "demo-kenji", interviewerId: "demo-ananya", type: "technical-depth" },
  { key: "seed-4", candidateId: "demo-aisha", interviewerId: "demo-marcus", type: "technical-depth" },
] as const;
