import { db } from "../db";
import { env } from "../env";
import { AppError } from "../errors";
import { isDemoMode } from "./demo-mode";
import { activeUser, createSession } from "./sessions";

/** Demo sign-in as a seeded user. Outside demo mode it does not exist (404). */
export async function demoSignIn(userId: string): Promise<{ token: string; expires: Date }> {
  if (!isDemoMode(env())) throw new AppError("NOT_FOUND", "Not found.");
  const user = await db().user.findFirst({ where: { id: userId, ...activeUser }, select: { id: true } });
  if (!user) throw new AppError("NOT_FOUND", "No such demo user.");
  return createSession(user.id);
}

/** The people a visitor can try MockLoop as. */
export async function listDemoUsers() {
  if (!isDemoMode(env())) return [];
  return db().user.findMany({
    where: { ...activeUser, profile: { isNot: null } },
    select: { id: true, role: true, profile: { select: { displayName: true, track: true, level: true, timeZone: true } } },
    orderBy: [{ role: "desc" }, { name: "asc" }],
    take: 50,
  });
}
