import type { Caller } from "../auth/sessions";
import { db, type DbClient } from "../db";
import { AppError } from "../errors";

export const profileSelect = {
  displayName: true,
  track: true,
  level: true,
  hasEngineeringBackground: true,
  timeZone: true,
  languages: true,
  targetCompanies: true,
  bio: true,
  meetingUrl: true,
} as const;

/** The caller's own account: the one place their e-mail address is returned. */
export async function getMe(caller: Caller, client: DbClient = db()) {
  const user = await client.user.findFirst({
    where: { id: caller.id, deletedAt: null },
    select: {
      id: true,
      email: true,
      role: true,
      createdAt: true,
      profile: { select: profileSelect },
      focusAreas: { select: { interviewType: { select: { slug: true } } } },
    },
  });
  if (!user) throw new AppError("NOT_FOUND", "Your account no longer exists.");
  const { focusAreas, profile, ...rest } = user;
  return {
    ...rest,
    onboarded: profile !== null,
    profile: profile ? { ...profile, focusAreas: focusAreas.map((f) => f.interviewType.slug) } : null,
  };
}

export type Me = Awaited<ReturnType<typeof getMe>>;
