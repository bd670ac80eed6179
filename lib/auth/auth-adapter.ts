import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter } from "next-auth/adapters";
import { db } from "../db";
import { env } from "../env";
import { activeUser } from "./sessions";

/** Auth.js's database adapter on our one Prisma client (lib/ owns database access). */
export function authAdapter(): Adapter {
  return PrismaAdapter(db());
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
