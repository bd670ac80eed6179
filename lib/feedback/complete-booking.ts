import { recordStatusChange } from "../booking/booking-core";
import type { DbTransaction } from "../db";

/**
 * A booking becomes COMPLETED when its first feedback is submitted or its end
 * passes, whichever comes first. Conditional on SCHEDULED (and, for the job,
 * on the start it was made for), so the two paths never both write history.
 */
export async function completeIfScheduled(
  tx: DbTransaction,
  args: { bookingId: string; byId: string | null; reason: string; expectedStart?: Date },
): Promise<boolean> {
  const { count } = await tx.booking.updateMany({
    where: {
      id: args.bookingId,
      status: "SCHEDULED",
      ...(args.expectedStart ? { startsAt: args.expectedStart } : {}),
    },
    data: { status: "COMPLETED" },
  });
  if (count === 0) return false;
  await recordStatusChange(tx, {
    bookingId: args.bookingId,
    from: "SCHEDULED",
    to: "COMPLETED",
    byId: args.byId,
    reason: args.reason,
  });
  return true;
}
