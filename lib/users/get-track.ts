import type { Caller } from "../auth/sessions";
import { db, type DbClient } from "../db";

export type Track = "CANDIDATE" | "INTERVIEWER" | "BOTH";

/** What the caller came to do (chosen at onboarding), so each page can open on their side of practice. */
export async function getTrack(caller: Caller, client: DbClient = db()): Promise<Track | null> {
  const profile = await client.profile.findFirst({ where: { userId: caller.id }, select: { track: true } });
  return profile?.track ?? null;
}

/** Someone who only interviews starts on the interviewer's side of the pages that have two. */
export const interviewsOnly = (track: Track | null) => track === "INTERVIEWER";
