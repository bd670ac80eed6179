import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter } from "next-auth/adapters";
import { db } from "../db";
import { env } from "../env";
import { isPlausibleSessionToken } from "./session-cookie";
import { activeUser } from "./sessions";

/**
 * Auth.js's database adapter on our one Prisma client (lib/ owns database access).
 * A cookie that cannot be a session token (a NUL, say) is no session, not a query.
 */
export function authAdapter(): Adapter {
  const adapter = PrismaAdapter(db());
  return {
    ...adapter,
    getSessionAndUser: async (token: string) =>
      isPlausibleSessionToken(token) ? ((await adapter.getSessionAndUser?.(token)) ?? null) : null,
    deleteSession: async (token: string) => {
      if (isPlausibleSessionToken(token)) await adapter.deleteSession?.(token);
    },
  };
}

/** Suspended and deleted people cannot sign in by any method. */
export async function maySignIn(email: string | null | undefined): Promise<boolean> {
  if (!email) return false;
  const user = await db().user.findUnique({
    where: { email: email.toLowerCase() },
    select: { suspendedAt: true, deletedAt: true },
  });
  return !user || (user.suspendedAt === null && user.deletedAt === null);
}

/** The first admin comes from ADMIN_EMAIL (or the seed). */
export async function promoteConfiguredAdmin(userId: string, email: string | null | undefined): Promise<void> {
  const adminEmail = env().ADMIN_EMAIL;
  if (!adminEmail || email?.toLowerCase() !== adminEmail.toLowerCase()) return;
  await db().user.updateMany({ where: { id: userId, ...activeUser }, data: { role: "ADMIN" } });
}
