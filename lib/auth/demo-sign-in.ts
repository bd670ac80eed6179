import { DEMO_USERS } from "../../prisma/seed-data/demo-users";
import { db } from "../db";
import { env } from "../env";
import { AppError } from "../errors";
import { isDemoMode } from "./demo-mode";
import { activeUser, createSession } from "./sessions";

/**
 * The seeded demo people, by id and address: only they can be signed in as
 * without an e-mail. Someone who signed up by magic link, or a real admin, is
 * never a demo person, even in demo mode (decision 0018).
 */
const seededDemoPeople = () => ({ OR: DEMO_USERS.map((u) => ({ id: u.id, email: u.email })) });

/** Outside demo mode demo sign-in does not exist: a 404 before anything else is checked. */
export function assertDemoMode(): void {
  if (!isDemoMode(env())) throw new AppError("NOT_FOUND", "Not found.");
}

/** Demo sign-in as a seeded user. */
export async function demoSignIn(userId: string): Promise<{ token: string; expires: Date }> {
  assertDemoMode();
  const user = await db().user.findFirst({
    where: { AND: [{ id: userId, ...activeUser }, seededDemoPeople()] },
    select: { id: true },
  });
  if (!user) throw new AppError("NOT_FOUND", "No such demo user.");
  return createSession(user.id);
}

/** The people a visitor can try MockLoop as: the seeded demo people, whoever else signs up. */
export async function listDemoUsers() {
  if (!isDemoMode(env())) return [];
  // No `take`: the list is the seed's dozen, never crowded out by people who sign up later.
  return db().user.findMany({
    where: { AND: [activeUser, seededDemoPeople(), { profile: { isNot: null } }] },
    select: {
      id: true,
      role: true,
      profile: { select: { displayName: true, track: true, level: true, timeZone: true } },
    },
    orderBy: [{ role: "desc" }, { name: "asc" }],
  });
}
