import type { Caller } from "../auth/sessions";
import { db, type DbClient } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { bookableWhere } from "./bookable";
import { notBlockedWithWhere } from "../users/block-rule";
import type { PeopleSearchInput } from "./people.schema";

const LIMIT = 50;

export interface PersonHit {
  id: string;
  displayName: string;
  level: string;
  timeZone: string;
  targetCompanies: string[];
  types: string[];
}

/** A LIKE pattern that finds `text` anywhere, with the user's % and _ taken literally. */
const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Peers the caller can book, found by name (or a company in the same box), the
 * interview type they run, and company: the bookable rule (bookable.ts), blocks
 * either way and the caller themselves applied in the query. Best-known names
 * first would need a ranking; alphabetical is predictable for a friend's name.
 */
export async function searchPeople(
  caller: Caller,
  query: PeopleSearchInput,
  client: DbClient = db(),
): Promise<PersonHit[]> {
  const q = query.q?.trim() || null;
  const company = query.company?.trim() || null;
  const [byCompany, byQ] = await Promise.all([
    company ? idsWithCompany(client, company) : null,
    q ? idsWithCompany(client, q) : null,
  ]);
  const and: Prisma.UserWhereInput[] = [];
  if (q) and.push({ OR: [{ profile: { displayName: { contains: q, mode: "insensitive" } } }, { id: { in: byQ! } }] });
  if (byCompany) and.push({ id: { in: byCompany } });
  if (query.focus) and.push({ offeredTypes: { some: { interviewType: { slug: query.focus, retiredAt: null } } } });
  const rows = await client.user.findMany({
    where: {
      ...bookableWhere,
      id: { not: caller.id },
      ...notBlockedWithWhere(caller.id),
      AND: and,
    },
    select: {
      id: true,
      profile: { select: { displayName: true, level: true, timeZone: true, targetCompanies: true } },
      offeredTypes: {
        where: { interviewType: { retiredAt: null } },
        select: { interviewType: { select: { name: true } } },
      },
    },
    orderBy: [{ profile: { displayName: "asc" } }, { id: "asc" }],
    take: LIMIT,
  });
  return rows.map((r) => ({
    id: r.id,
    displayName: r.profile!.displayName,
    level: r.profile!.level,
    timeZone: r.profile!.timeZone,
    targetCompanies: r.profile!.targetCompanies,
    types: r.offeredTypes.map((o) => o.interviewType.name).sort(),
  }));
}

async function idsWithCompany(client: DbClient, text: string): Promise<string[]> {
  const rows = await client.$queryRaw<{ user_id: string }[]>`
    SELECT user_id FROM profiles
     WHERE EXISTS (SELECT 1 FROM unnest(target_companies) c WHERE c ILIKE ${containsPattern(text)})`;
  return rows.map((r) => r.user_id);
}
