import type { Caller } from "../auth/sessions";
import { db } from "../db";
import { AppError } from "../errors";

/** Blocking is private and mutual in effect: neither person is offered to, or can book, the other. */
export async function blockUser(caller: Caller, userId: string): Promise<void> {
  if (userId === caller.id) throw new AppError("UNPROCESSABLE", "You can't block yourself.");
  const exists = await db().user.findFirst({ where: { id: userId, deletedAt: null }, select: { id: true } });
  if (!exists) throw new AppError("NOT_FOUND", "No such person.");
  await db().userBlock.createMany({ data: [{ blockerId: caller.id, blockedId: userId }], skipDuplicates: true });
}

export async function unblockUser(caller: Caller, userId: string): Promise<void> {
  await db().userBlock.deleteMany({ where: { blockerId: caller.id, blockedId: userId } });
}

export async function listBlocked(caller: Caller) {
  const rows = await db().userBlock.findMany({
    where: { blockerId: caller.id },
    select: { createdAt: true, blocked: { select: { id: true, profile: { select: { displayName: true } } } } },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((r) => ({
    id: r.blocked.id,
    displayName: r.blocked.profile?.displayName ?? "Someone",
    blockedAt: r.createdAt,
  }));
}
