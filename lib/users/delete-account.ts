import { recordAudit } from "../audit/record-audit";
import type { Caller } from "../auth/sessions";
import { db } from "../db";

const DELETED_NAME = "Deleted user";

/**
 * "Delete my account": anonymises the person instead of deleting the row, so
 * the other side of every booking and piece of feedback keeps its history
 * (foreign keys to users are RESTRICT). Personal data, sign-in methods,
 * sessions and tokens go, in one transaction.
 */
export async function deleteAccount(caller: Caller): Promise<void> {
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: caller.id }, select: { email: true } });
    if (user.email) await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
    await tx.session.deleteMany({ where: { userId: caller.id } });
    await tx.account.deleteMany({ where: { userId: caller.id } });
    await tx.apiToken.updateMany({ where: { userId: caller.id, revokedAt: null }, data: { revokedAt: new Date() } });
    await tx.profileFocusArea.deleteMany({ where: { userId: caller.id } });
    // Solo attempts are nobody else's history: they go, answers and self-scores with them.
    await tx.soloAttempt.deleteMany({ where: { userId: caller.id } });
    await tx.profile.updateMany({
      where: { userId: caller.id },
      data: { displayName: DELETED_NAME, bio: "", meetingUrl: null, targetCompanies: [], languages: [] },
    });
    await tx.user.update({
      where: { id: caller.id },
      data: { email: null, name: DELETED_NAME, image: null, emailVerified: null, deletedAt: new Date() },
    });
    await recordAudit(tx, { actorId: caller.id, action: "user.delete", entityType: "user", entityId: caller.id });
  });
}
