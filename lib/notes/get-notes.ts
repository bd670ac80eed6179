import type { Caller } from "../auth/sessions";
import { db } from "../db";
import { openRoomFor } from "./notes-access";
import type { InterviewNotes } from "./notes.types";

/** The caller's own notes on an interview: nobody else's, ever. */
export async function getNotes(caller: Caller, bookingId: string, now = new Date()): Promise<InterviewNotes> {
  await openRoomFor(db(), caller, bookingId, now);
  const note = await db().interviewNote.findUnique({
    where: { bookingId_authorId: { bookingId, authorId: caller.id } },
    select: { body: true, updatedAt: true },
  });
  return { body: note?.body ?? "", updatedAt: note?.updatedAt.toISOString() ?? null };
}
