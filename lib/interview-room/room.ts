/**
 * When the interview room opens, shared by the server (which decides) and the
 * browser (which counts down to it). Pure: no database, no Next.js.
 */
export const ROOM_OPENS_BEFORE_MS = 10 * 60_000;

export function roomOpensAt(startsAt: Date | string): Date {
  return new Date(new Date(startsAt).getTime() - ROOM_OPENS_BEFORE_MS);
}

export function isRoomOpen(startsAt: Date | string, now: Date | number): boolean {
  return new Date(now).getTime() >= roomOpensAt(startsAt).getTime();
}

export type RoomPhase = "waiting" | "lobby" | "live" | "ended";

/** waiting: before the room opens; lobby: open, not started; live: in the booked time; ended: after it. */
export function roomPhase(startsAt: string, endsAt: string, now: number): RoomPhase {
  if (now < roomOpensAt(startsAt).getTime()) return "waiting";
  if (now < Date.parse(startsAt)) return "lobby";
  if (now < Date.parse(endsAt)) return "live";
  return "ended";
}
