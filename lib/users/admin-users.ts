import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import type { Caller } from "../auth/sessions";
import { db } from "../db";
import { AppError } from "../errors";
import { line } from "../input/text";

export const listUsersSchema = z.object({
  q: line().max(100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const updateUserSchema = z
  .object({ role: z.enum(["USER", "ADMIN"]).optional(), suspended: z.boolean().optional() })
  .strict()
  .refine((v) => v.role !== undefined || v.suspended !== undefined, "Say what to change: role or suspended");

const PAGE_SIZE = 25;

function assertAdmin(caller: Caller) {
  if (caller.role !== "ADMIN") throw new AppError("NOT_FOUND", "Not found.");
}

export async function listUsers(caller: Caller, input: z.infer<typeof listUsersSchema>) {
  assertAdmin(caller);
  const where = {
    deletedAt: null,
    ...(input.q
      ? {
          OR: [
            { email: { contains: input.q, mode: "insensitive" as const } },
            { name: { contains: input.q, mode: "insensitive" as const } },
          ],
        }
      : {}),
  };
  const [total, users] = await Promise.all([
    db().user.count({ where }),
    db().user.findMany({
      where,
      select: { id: true, email: true, name: true, role: true, suspendedAt: true, createdAt: true },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (input.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ]);
  return { users, page: input.page, pageSize: PAGE_SIZE, total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/**
 * Changes a user's role or suspends them. Suspension revokes their sessions at
 * once; their API tokens stop working because token lookups skip suspended users.
 */
export async function updateUser(caller: Caller, userId: string, change: z.infer<typeof updateUserSchema>) {
  assertAdmin(caller);
  return db().$transaction(async (tx) => {
    const before = await tx.user.findFirst({
      where: { id: userId, deletedAt: null },
      select: { role: true, suspendedAt: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "No such user.");
    if (userId === caller.id && (change.role === "USER" || change.suspended)) {
      throw new AppError("CONFLICT", "You can't demote or suspend yourself. Ask another admin.");
    }
    const after = await tx.user.update({
      where: { id: userId },
      data: {
        ...(change.role ? { role: change.role } : {}),
        ...(change.suspended !== undefined ? { suspendedAt: change.suspended ? new Date() : null } : {}),
      },
      select: { id: true, email: true, name: true, role: true, suspendedAt: true, createdAt: true },
    });
    if (change.suspended) await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, {
      actorId: caller.id,
      action: "user.update",
      entityType: "user",
      entityId: userId,
      before,
      after: { role: after.role, suspendedAt: after.suspendedAt },
    });
    return after;
  });
}
