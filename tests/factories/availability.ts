import { saveAvailability } from "../../lib/availability/save-availability";
import type { AvailabilityInput } from "../../lib/availability/availability.schema";
import type { Caller } from "../../lib/auth/sessions";

const allDay = [{ start: "00:00", end: "24:00" }];

/** Open every hour of every day unless told otherwise: tests then control conflicts precisely. */
export async function openAvailability(caller: Caller, overrides: Partial<AvailabilityInput> = {}) {
  return saveAvailability(caller, {
    timeZone: "UTC",
    weekly: { "1": allDay, "2": allDay, "3": allDay, "4": allDay, "5": allDay, "6": allDay, "7": allDay },
    overrides: [],
    offeredTypes: ["system-design", "technical-depth"],
    minNoticeHours: 0,
    bufferMinutes: 15,
    maxPerWeek: null,
    horizonDays: 60,
    ...overrides,
  });
}
