import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { db, type DbClient } from "../db";
import { AppError } from "../errors";
import { activeUser, toCaller, type Caller } from "./sessions";

/**
 * Personal API tokens. The secret is shown once; we keep only its sha256, so a
 * database leak does not leak working tokens. A 32-byte random secret needs no
 * slow hash: there is nothing to brute-force.
 */
const TOKEN_PREFIX = "ml_";

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1, "Give the token a name").max(60, "Keep the name under 60 characters"),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

export function hashToken(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

const tokenSelect = { id: true, name: true, prefix: true, lastUsedAt: true, createdAt: true } as const;

export async function createApiToken(caller: Caller, input: CreateApiTokenInput, client: DbClient = db()) {
  const secret = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const token = await client.apiToken.create({
    data: { userId: caller.id, name: input.name, tokenHash: hashToken(secret), prefix: secret.slice(0, TOKEN_PREFIX.length + 6) },
    select: tokenSelect,
  });
  return { ...token, secret };
}

export async function listApiTokens(caller: Caller, client: DbClient = db()) {
  return client.apiToken.findMany({
    where: { userId: caller.id, revokedAt: null },
    select: tokenSelect,
    orderBy: { createdAt: "desc" },
  });
}

export async function revokeApiToken(caller: Caller, tokenId: string, client: DbClient = db()): Promise<void> {
  const { count } = await client.apiToken.updateMany({
    where: { id: tokenId, userId: caller.id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "No such token.");
}

// Writing last-used on every request would turn each read into a write; a minute's precision is plenty.
const LAST_USED_RESOLUTION_MS = 60_000;

export async function callerFromApiToken(secret: string, client: DbClient = db()): Promise<Caller | null> {
  if (!secret.startsWith(TOKEN_PREFIX)) return null;
  const token = await client.apiToken.findFirst({
    where: { tokenHash: hashToken(secret), revokedAt: null, user: activeUser },
    select: {
      id: true,
      lastUsedAt: true,
      user: { select: { id: true, role: true, email: true, profile: { select: { displayName: true, timeZone: true } } } },
    },
  });
  if (!token) return null;
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await client.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  }
  return toCaller(token.user, "token");
}
