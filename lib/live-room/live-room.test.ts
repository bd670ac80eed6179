import { describe, expect, it } from "vitest";
import { bookingIdFromCollabPath, collabSocketUrl, liveRoomMode, READ_ONLY_GRACE_MS } from "./live-room";

const startsAt = new Date("2026-12-05T15:00:00Z");
const endsAt = new Date("2026-12-05T16:00:00Z");
const at = (iso: string) => Date.parse(iso);
const scheduled = { status: "SCHEDULED" as const, startsAt, endsAt };

describe("the live room's mode", () => {
  it("is closed before the interview room opens, editable from then to the end plus grace, read-only after", () => {
    expect(liveRoomMode(scheduled, at("2026-12-05T14:49:59Z"))).toBe("closed");
    expect(liveRoomMode(scheduled, at("2026-12-05T14:50:00Z"))).toBe("edit");
    expect(liveRoomMode(scheduled, endsAt.getTime() + READ_ONLY_GRACE_MS - 1)).toBe("edit");
    expect(liveRoomMode(scheduled, endsAt.getTime() + READ_ONLY_GRACE_MS)).toBe("read");
    expect(liveRoomMode({ ...scheduled, status: "COMPLETED" }, at("2026-12-06T10:00:00Z"))).toBe("read");
  });

  it("is closed for a cancelled or moved booking, and read-only for a no-show", () => {
    expect(liveRoomMode({ ...scheduled, status: "CANCELLED" }, at("2026-12-05T15:10:00Z"))).toBe("closed");
    expect(liveRoomMode({ ...scheduled, status: "RESCHEDULED" }, at("2026-12-05T15:10:00Z"))).toBe("closed");
    expect(liveRoomMode({ ...scheduled, status: "NO_SHOW" }, at("2026-12-05T15:10:00Z"))).toBe("read");
  });
});

describe("the room's socket address", () => {
  it("names one booking on the app's own origin", () => {
    expect(collabSocketUrl({ protocol: "https:", host: "mockloop.example" }, "abc123")).toBe(
      "wss://mockloop.example/collab/abc123",
    );
    expect(collabSocketUrl({ protocol: "http:", host: "localhost:3000" }, "abc")).toBe(
      "ws://localhost:3000/collab/abc",
    );
    expect(bookingIdFromCollabPath("/collab/abc123?x=1")).toBe("abc123");
    expect(bookingIdFromCollabPath("/collab/abc123/")).toBe("abc123");
    expect(bookingIdFromCollabPath("/collab")).toBeNull();
    expect(bookingIdFromCollabPath("/collab/../etc")).toBeNull();
    expect(bookingIdFromCollabPath("/other/abc")).toBeNull();
  });
});
