import type { z } from "zod";
import type { Caller } from "../auth/sessions";
import { db } from "../db";
import type { notesSchema } from "../feedback/feedback.schema";
import { openRoomFor } from "./notes-access";
import type { InterviewNotes } from "./notes.types";

/**
 * Saves the caller's private notes (the whole text: autosave sends it each
 * time, so the last write wins and nothing is merged). The author is always
 * the caller, so nobody can write into someone else's notes.
 */
export async function saveNotes(
  caller: Caller,
  bookingId: string,
  input: z.infer<typeof notesSchema>,
  now = new Date(),
): Promise<InterviewNotes> {
  await openRoomFor(db(), caller, bookingId, now);
  const note = await db().interviewNote.upsert({
    where: { bookingId_authorId: { bookingId, authorId: caller.id } },
    create: { bookingId, authorId: caller.id, body: input.body },
    update: { body: input.body },
    select: { body: true, updatedAt: true },
  });
  return { body: note.body, updatedAt: note.updatedAt.toISOString() };
}
