import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { db, type DbClient } from "../db";
import { AppError } from "../errors";
import { line } from "../input/text";
import { callerColumnsSql, callerFromSqlRow, type Caller, type CallerSqlRow } from "./sessions";

/**
 * Personal API tokens. The secret is shown once; we keep only its sha256, so a
 * database leak does not leak working tokens. A 32-byte random secret needs no
 * slow hash: there is nothing to brute-force.
 */
const TOKEN_PREFIX = "ml_";

export const createApiTokenSchema = z.object({
  name: line().min(1, "Give the token a name").max(60, "Keep the name under 60 characters"),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

export function hashToken(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

const tokenSelect = { id: true, name: true, prefix: true, lastUsedAt: true, createdAt: true } as const;

export async function createApiToken(caller: Caller, input: CreateApiTokenInput, client: DbClient = db()) {
  const secret = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const token = await client.apiToken.create({
    data: {
      userId: caller.id,
      name: input.name,
      tokenHash: hashToken(secret),
      prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
    },
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
  // One statement (token, user, profile): this runs on every API request.
  const rows = await client.$queryRaw<(CallerSqlRow & { token_id: string; last_used_at: Date | null })[]>`
    SELECT t.id AS token_id, t.last_used_at, ${callerColumnsSql}
      FROM api_tokens t JOIN users u ON u.id = t.user_id LEFT JOIN profiles p ON p.user_id = u.id
     WHERE t.token_hash = ${hashToken(secret)} AND t.revoked_at IS NULL
       AND u.suspended_at IS NULL AND u.deleted_at IS NULL`;
  const token = rows[0];
  if (!token) return null;
  if (!token.last_used_at || Date.now() - token.last_used_at.getTime() > LAST_USED_RESOLUTION_MS) {
    await client.apiToken.update({ where: { id: token.token_id }, data: { lastUsedAt: new Date() } });
  }
  return callerFromSqlRow(token, "token");
}
