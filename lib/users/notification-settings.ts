import { z } from "zod";
import type { Caller } from "../auth/sessions";
import { db } from "../db";
import { AppError } from "../errors";

/** PATCH /api/v1/me/notifications. Confirmations and cancellations always go out; reminders are optional. */
export const notificationSettingsSchema = z
  .object({ reminderEmails: z.boolean({ error: "Say true or false" }) })
  .strict();

export async function getNotificationSettings(caller: Caller) {
  const profile = await db().profile.findUnique({ where: { userId: caller.id }, select: { reminderEmails: true } });
  if (!profile) throw new AppError("NOT_FOUND", "Finish your profile first.");
  return profile;
}

export async function updateNotificationSettings(caller: Caller, input: z.infer<typeof notificationSettingsSchema>) {
  const { count } = await db().profile.updateMany({
    where: { userId: caller.id },
    data: { reminderEmails: input.reminderEmails },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "Finish your profile first.");
  return getNotificationSettings(caller);
}
