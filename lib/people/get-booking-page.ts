import type { Caller } from "../auth/sessions";
import { db, type DbClient } from "../db";
import { AppError } from "../errors";
import { ratingOfSql } from "../feedback/interviewer-ratings";
import { Prisma } from "../generated/prisma/client";
import { bookableSql, bookabilityOf, type BookableGap } from "./bookable";
import { blockedEitherWaySql } from "../users/block-rule";

export interface BookingPageType {
  slug: string;
  name: string;
  durationMinutes: number;
}

interface BookingPageRow {
  id: string;
  displayName: string;
  track: string;
  level: string;
  hasEngineeringBackground: boolean;
  timeZone: string;
  languages: string[];
  bio: string | null;
  targetCompanies: string[];
  focusAreas: { slug: string; name: string }[];
  types: BookingPageType[];
  rating: number | null;
}

/**
 * A person's booking page as one viewer sees it: their public profile (never
 * the e-mail address), rating, the types they run, and whether this viewer can
 * book them. A block either way reads the same as "not bookable", so nobody
 * learns they were blocked. One statement: read through Prisma's nested selects
 * it took eight round trips, and the page cost twice Find a peer's CPU (docs/benchmarks.md).
 */
export async function getBookingPage(viewer: Caller, userId: string, now = new Date(), client: DbClient = db()) {
  const self = viewer.id === userId;
  const unblocked = self
    ? Prisma.sql`TRUE`
    : Prisma.sql`NOT ${blockedEitherWaySql(Prisma.sql`u.id`, Prisma.sql`${viewer.id}`)}`;
  const [rows, bookability] = await Promise.all([
    client.$queryRaw<BookingPageRow[]>`
      SELECT u.id, p.display_name AS "displayName", p.track::text AS track, p.level::text AS level,
             p.has_engineering_background AS "hasEngineeringBackground", p.time_zone AS "timeZone",
             p.languages, p.bio, p.target_companies AS "targetCompanies",
             (SELECT coalesce(json_agg(json_build_object('slug', t.slug, 'name', t.name) ORDER BY t.name), '[]')
                FROM profile_focus_areas f JOIN interview_types t ON t.id = f.interview_type_id
               WHERE f.user_id = u.id) AS "focusAreas",
             CASE WHEN ${bookableSql("u")} AND ${unblocked} THEN
               (SELECT coalesce(json_agg(json_build_object('slug', t.slug, 'name', t.name,
                                                           'durationMinutes', t.duration_minutes) ORDER BY t.name), '[]')
                  FROM interviewer_offered_types o JOIN interview_types t ON t.id = o.interview_type_id
                 WHERE o.user_id = u.id AND t.retired_at IS NULL)
             ELSE '[]' END AS types,
             ${ratingOfSql(Prisma.sql`u.id`, now)} AS rating
        FROM users u JOIN profiles p ON p.user_id = u.id
       WHERE u.id = ${userId} AND u.deleted_at IS NULL AND u.suspended_at IS NULL`,
    self ? bookabilityOf(userId, client) : Promise.resolve(null),
  ]);
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND", "No such person.");
  const { types, rating, ...profile } = row;
  return {
    profile,
    rating,
    types,
    self,
    /** True when the viewer may book them now (never their own page). */
    bookable: !self && types.length > 0,
    /** On their own page: what they still have to add before peers can book them. */
    missing: (bookability?.missing ?? []) satisfies BookableGap[],
  };
}
export type BookingPage = Awaited<ReturnType<typeof getBookingPage>>;
