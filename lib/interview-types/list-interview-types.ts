import { db, type DbClient } from "../db";

export const interviewTypeSelect = {
  id: true,
  slug: true,
  name: true,
  durationMinutes: true,
  description: true,
} as const;

export async function listInterviewTypes(client: DbClient = db()) {
  return client.interviewType.findMany({
    where: { retiredAt: null },
    select: interviewTypeSelect,
    orderBy: { name: "asc" },
  });
}

/**
 * The live types with whether `userId` named each a focus area, in one statement: Find a peer
 * opens on the first focus area and needs nothing else from the profile.
 */
export async function listInterviewTypesWithFocus(userId: string, client: DbClient = db()) {
  return client.$queryRaw<
    { id: string; slug: string; name: string; durationMinutes: number; description: string; focus: boolean }[]
  >`
    SELECT t.id, t.slug, t.name, t.duration_minutes AS "durationMinutes", t.description,
           EXISTS (SELECT 1 FROM profile_focus_areas f WHERE f.user_id = ${userId} AND f.interview_type_id = t.id) AS focus
      FROM interview_types t
     WHERE t.retired_at IS NULL
     ORDER BY t.name`;
}
