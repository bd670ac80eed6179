import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import type { Caller } from "../auth/sessions";
import { db } from "../db";
import { AppError } from "../errors";
import { line, longText } from "../input/text";
import { interviewTypeSelect } from "./list-interview-types";

export const createInterviewTypeSchema = z.object({
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use lowercase words joined by hyphens, e.g. data-engineering")
    .max(40, "Keep the slug under 40 characters"),
  name: line().min(2, "Give it a name of at least 2 characters").max(60, "Keep the name under 60 characters"),
  durationMinutes: z.number().int().min(15, "At least 15 minutes").max(180, "At most 180 minutes"),
  description: longText().min(10, "Describe it in a sentence").max(500, "Keep the description under 500 characters"),
});

/** Admins may add interview types; a duplicate slug is a 409 from the unique index. */
export async function createInterviewType(caller: Caller, input: z.infer<typeof createInterviewTypeSchema>) {
  if (caller.role !== "ADMIN") throw new AppError("NOT_FOUND", "Not found.");
  return db().$transaction(async (tx) => {
    const created = await tx.interviewType.create({ data: input, select: interviewTypeSelect });
    await recordAudit(tx, {
      actorId: caller.id,
      action: "interview_type.create",
      entityType: "interview_type",
      entityId: created.id,
      after: created,
    });
    return created;
  });
}
