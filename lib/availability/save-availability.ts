import type { Caller } from "../auth/sessions";
import { db } from "../db";
import { AppError } from "../errors";
import type { AvailabilityInput } from "./availability.schema";
import { enqueueMatchSweep } from "../matching/match-jobs";
import { getAvailability } from "./get-availability";
import { writeAvailability } from "./write-availability";

/**
 * Replaces the caller's availability as a whole (the editor always sends all of
 * it), in one transaction, and bumps the version that slot caches are keyed by.
 * The zone is the profile's: saving here changes it there too.
 */
export async function saveAvailability(caller: Caller, input: AvailabilityInput) {
  const types = await db().interviewType.findMany({
    where: { slug: { in: input.offeredTypes }, retiredAt: null },
    select: { id: true, slug: true },
  });
  const unknown = input.offeredTypes.filter((slug) => !types.some((t) => t.slug === slug));
  if (unknown.length) {
    throw new AppError("BAD_REQUEST", "Some fields are missing or invalid.", {
      fieldErrors: { offeredTypes: [`Unknown interview type: ${unknown.join(", ")}`] },
    });
  }
  const userId = caller.id;

  await db().$transaction(async (tx) => {
    const profile = await tx.profile.updateMany({ where: { userId }, data: { timeZone: input.timeZone } });
    if (profile.count === 0) throw new AppError("NOT_FOUND", "Finish your profile first: it holds your time zone.");
    await writeAvailability(tx, userId, input, new Map(types.map((t) => [t.slug, t.id])));
    // New hours may fit someone's open "Match me" request: the worker tries them once this commits.
    await enqueueMatchSweep(
      tx,
      types.map((t) => t.id),
    );
  });
  return getAvailability(caller);
}
