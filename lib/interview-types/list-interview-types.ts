import { db, type DbClient } from "../db";

export const interviewTypeSelect = { id: true, slug: true, name: true, durationMinutes: true, description: true } as const;

export async function listInterviewTypes(client: DbClient = db()) {
  return client.interviewType.findMany({ where: { retiredAt: null }, select: interviewTypeSelect, orderBy: { name: "asc" } });
}
