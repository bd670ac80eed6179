import { randomBytes } from "node:crypto";
import { db, type DbClient } from "../db";
import { Prisma, type Role } from "../generated/prisma/client";
import { isPlausibleSessionToken, SESSION_MAX_AGE_SECONDS } from "./session-cookie";

/** Who is asking, as every lib function receives it. */
export interface Caller {
  id: string;
  role: Role;
  email: string | null;
  displayName: string | null;
  timeZone: string | null;
  /** The locale stored from their last page visit (users.locale); pages record it when it changes. */
  locale?: string | null;
  onboarded: boolean;
  /** How the caller proved who they are; cookie-based callers get CSRF checks. */
  via: "session" | "token";
}

const callerSelect = {
  id: true,
  role: true,
  email: true,
  locale: true,
  profile: { select: { displayName: true, timeZone: true } },
} as const;

type CallerRow = {
  id: string;
  role: Role;
  email: string | null;
  locale?: string | null;
  profile: { displayName: string; timeZone: string } | null;
};

export function toCaller(user: CallerRow, via: Caller["via"]): Caller {
  return {
    id: user.id,
    role: user.role,
    email: user.email,
    displayName: user.profile?.displayName ?? null,
    timeZone: user.profile?.timeZone ?? null,
    locale: user.locale ?? null,
    onboarded: user.profile !== null,
    via,
  };
}

/** Active users only: a suspended or deleted user's sessions stop working even if a row survived. */
export const activeUser = { suspendedAt: null, deletedAt: null } as const;

/**
 * A caller as one SQL row (user, role, profile), for the lookups every request makes:
 * Prisma would load the nested user and profile with a query each.
 */
export interface CallerSqlRow {
  id: string;
  role: Role;
  email: string | null;
  display_name: string | null;
  time_zone: string | null;
  locale: string | null;
  onboarded: boolean;
}

export const callerColumnsSql = Prisma.sql`u.id, u.role::text AS role, u.email, p.display_name, p.time_zone,
  u.locale, (p.user_id IS NOT NULL) AS onboarded`;

export function callerFromSqlRow(row: CallerSqlRow, via: Caller["via"]): Caller {
  return {
    id: row.id,
    role: row.role,
    email: row.email,
    displayName: row.display_name,
    timeZone: row.time_zone,
    locale: row.locale,
    onboarded: row.onboarded,
    via,
  };
}

export async function callerFromSessionToken(token: string, client: DbClient = db()): Promise<Caller | null> {
  // Pages read the cookie through Next, which decodes `%00` into a NUL PostgreSQL refuses.
  if (!isPlausibleSessionToken(token)) return null;
  const rows = await client.$queryRaw<CallerSqlRow[]>`
    SELECT ${callerColumnsSql}
      FROM sessions s JOIN users u ON u.id = s.user_id LEFT JOIN profiles p ON p.user_id = u.id
     WHERE s.session_token = ${token} AND s.expires > ${new Date()}::timestamptz
       AND u.suspended_at IS NULL AND u.deleted_at IS NULL`;
  return rows[0] ? callerFromSqlRow(rows[0], "session") : null;
}

/** Creates a database session directly (demo sign-in, tests); Auth.js creates its own the same way. */
export async function createSession(
  userId: string,
  client: DbClient = db(),
): Promise<{ token: string; expires: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expires = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
  await client.session.create({ data: { sessionToken: token, userId, expires } });
  return { token, expires };
}

export async function revokeSession(token: string, client: DbClient = db()): Promise<void> {
  await client.session.deleteMany({ where: { sessionToken: token } });
}

/**
 * "Sign out everywhere": every session and every API token. Whoever held a session could have made
 * a token with it, so a sign-out that left tokens working would not lock them out (decision 0018).
 */
export async function revokeAllSessions(userId: string): Promise<{ sessions: number; tokens: number }> {
  const [sessions, tokens] = await db().$transaction([
    db().session.deleteMany({ where: { userId } }),
    db().apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } }),
  ]);
  return { sessions: sessions.count, tokens: tokens.count };
}

/**
 * The Caller for a user, without any proof that they are asking: only for
 * work MockLoop does on someone's behalf (Match me books for the candidate).
 */
export async function unsafeCallerForUser(userId: string, client: DbClient = db()): Promise<Caller | null> {
  const user = await client.user.findFirst({ where: { id: userId, ...activeUser }, select: callerSelect });
  return user ? toCaller(user, "token") : null;
}
