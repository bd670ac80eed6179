import { db, type DbClient } from "../db";
import { AppError } from "../errors";

/** What one signed-in person may see of another: never the e-mail address. */
export async function getPublicProfile(userId: string, client: DbClient = db()) {
  const user = await client.user.findFirst({
    where: { id: userId, deletedAt: null, suspendedAt: null, profile: { isNot: null } },
    select: {
      id: true,
      profile: {
        select: {
          displayName: true,
          track: true,
          level: true,
          hasEngineeringBackground: true,
          timeZone: true,
          languages: true,
          bio: true,
          targetCompanies: true,
        },
      },
      focusAreas: { select: { interviewType: { select: { slug: true, name: true } } } },
    },
  });
  if (!user?.profile) throw new AppError("NOT_FOUND", "No such person.");
  return { id: user.id, ...user.profile, focusAreas: user.focusAreas.map((f) => f.interviewType) };
}
