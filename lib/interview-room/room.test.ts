import { describe, expect, it } from "vitest";
import { isRoomOpen, roomOpensAt, roomPhase } from "./room";

const start = "2026-11-25T15:00:00.000Z";
const end = "2026-11-25T16:00:00.000Z";
const at = (iso: string) => Date.parse(iso);

describe("the interview room's clock", () => {
  it("opens 10 minutes before the start", () => {
    expect(roomOpensAt(start).toISOString()).toBe("2026-11-25T14:50:00.000Z");
    expect(isRoomOpen(start, at("2026-11-25T14:49:59.999Z"))).toBe(false);
    expect(isRoomOpen(start, at("2026-11-25T14:50:00.000Z"))).toBe(true);
  });

  it("goes waiting → lobby → live → ended at the booked times", () => {
    expect(roomPhase(start, end, at("2026-11-25T14:00:00Z"))).toBe("waiting");
    expect(roomPhase(start, end, at("2026-11-25T14:55:00Z"))).toBe("lobby");
    expect(roomPhase(start, end, at("2026-11-25T15:00:00Z"))).toBe("live");
    expect(roomPhase(start, end, at("2026-11-25T15:59:59Z"))).toBe("live");
    expect(roomPhase(start, end, at("2026-11-25T16:00:00Z"))).toBe("ended");
  });
});
