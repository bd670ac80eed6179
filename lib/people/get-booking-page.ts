import type { Caller } from "../auth/sessions";
import { db, type DbClient } from "../db";
import { ratingsOf } from "../feedback/interviewer-ratings";
import { getPublicProfile } from "../users/get-public-profile";
import { bookableWhere, bookabilityOf, type BookableGap } from "./bookable";

export interface BookingPageType {
  slug: string;
  name: string;
  durationMinutes: number;
}

/**
 * A person's booking page as one viewer sees it: their public profile, rating,
 * the types they run, and whether this viewer can book them. A block either way
 * reads the same as "not bookable", so nobody learns they were blocked.
 */
export async function getBookingPage(viewer: Caller, userId: string, now = new Date(), client: DbClient = db()) {
  const profile = await getPublicProfile(userId, client);
  const self = viewer.id === userId;
  const [offered, ratings, bookability] = await Promise.all([
    client.user.findFirst({
      where: {
        id: userId,
        ...bookableWhere,
        ...(self
          ? {}
          : { blocking: { none: { blockedId: viewer.id } }, blockedBy: { none: { blockerId: viewer.id } } }),
      },
      select: {
        offeredTypes: {
          where: { interviewType: { retiredAt: null } },
          select: { interviewType: { select: { slug: true, name: true, durationMinutes: true } } },
          orderBy: { interviewType: { name: "asc" } },
        },
      },
    }),
    ratingsOf([userId], now, client),
    self ? bookabilityOf(userId, client) : Promise.resolve(null),
  ]);
  const types: BookingPageType[] = offered?.offeredTypes.map((o) => o.interviewType) ?? [];
  return {
    profile,
    rating: ratings.get(userId) ?? null,
    types,
    self,
    /** True when the viewer may book them now (never their own page). */
    bookable: !self && types.length > 0,
    /** On their own page: what they still have to add before peers can book them. */
    missing: (bookability?.missing ?? []) satisfies BookableGap[],
  };
}
export type BookingPage = Awaited<ReturnType<typeof getBookingPage>>;
