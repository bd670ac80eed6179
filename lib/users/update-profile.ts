import type { Caller } from "../auth/sessions";
import { db } from "../db";
import { AppError, validationError } from "../errors";
import { getMe } from "./get-me";
import { profileSchema, type ProfilePatch } from "./profile.schema";

/**
 * Saves the caller's profile (onboarding's first save or a later edit). Focus
 * areas must name existing interview types. Profile and focus areas are written
 * in one transaction: a bad request stores nothing.
 */
export async function updateProfile(caller: Caller, patch: ProfilePatch) {
  const current = await getMe(caller);
  const merged = profileSchema.safeParse({ ...current.profile, ...patch });
  if (!merged.success) throw validationError(merged.error);
  const profile = merged.data;

  const types = await db().interviewType.findMany({
    where: { slug: { in: profile.focusAreas }, retiredAt: null },
    select: { id: true, slug: true },
  });
  const unknown = profile.focusAreas.filter((slug) => !types.some((t) => t.slug === slug));
  if (unknown.length) {
    throw new AppError("BAD_REQUEST", "Some fields are missing or invalid.", {
      fieldErrors: { focusAreas: [`Unknown focus area: ${unknown.join(", ")}`] },
    });
  }

  const { focusAreas: _slugs, ...columns } = profile;
  await db().$transaction(async (tx) => {
    await tx.profile.upsert({
      where: { userId: caller.id },
      create: { userId: caller.id, ...columns },
      update: columns,
    });
    await tx.profileFocusArea.deleteMany({ where: { userId: caller.id } });
    await tx.profileFocusArea.createMany({ data: types.map((t) => ({ userId: caller.id, interviewTypeId: t.id })) });
    await tx.user.update({ where: { id: caller.id }, data: { name: columns.displayName } });
  });
  return getMe(caller);
}
