import type { DbClient } from "../db";
import type { Prisma } from "../generated/prisma/client";

/** Written inside the same transaction as the change it describes. */
export async function recordAudit(
  client: DbClient,
  entry: {
    actorId: string | null;
    action: string;
    entityType: string;
    entityId: string;
    before?: unknown;
    after?: unknown;
  },
): Promise<void> {
  await client.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      // strictUndefinedChecks: omit the key rather than pass undefined.
      ...(entry.before !== undefined ? { before: entry.before as Prisma.InputJsonValue } : {}),
      ...(entry.after !== undefined ? { after: entry.after as Prisma.InputJsonValue } : {}),
    },
  });
}
