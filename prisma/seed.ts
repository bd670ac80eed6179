import type { PrismaClient } from "../lib/generated/prisma/client";
import { DEMO_USERS } from "./seed-data/demo-users";
import { INTERVIEW_TYPES } from "./seed-data/interview-types";

/**
 * Demo data for local use, demos and the end-to-end tests. Idempotent: every
 * write is an upsert keyed by a stable natural key. Bump SEED_VERSION whenever
 * the data below changes so `npm start` re-applies it to existing databases.
 */
export const SEED_VERSION = "2026-11-25.2";
const SEED_VERSION_KEY = "seed_version";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

async function seedInterviewTypes(tx: Tx): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const type of INTERVIEW_TYPES) {
    const row = await tx.interviewType.upsert({ where: { slug: type.slug }, create: type, update: type, select: { id: true } });
    ids.set(type.slug, row.id);
  }
  return ids;
}

async function seedUsers(tx: Tx, typeIds: Map<string, string>): Promise<void> {
  for (const u of DEMO_USERS) {
    const { id, email, role, focusAreas, ...profile } = u;
    await tx.user.upsert({
      where: { id },
      create: { id, email, role, name: profile.displayName, emailVerified: new Date("2026-01-01T00:00:00Z") },
      update: { email, role, name: profile.displayName },
    });
    await tx.profile.upsert({ where: { userId: id }, create: { userId: id, ...profile }, update: profile });
    await tx.profileFocusArea.deleteMany({ where: { userId: id } });
    await tx.profileFocusArea.createMany({
      data: focusAreas.map((slug) => ({ userId: id, interviewTypeId: typeIds.get(slug)! })),
    });
  }
}

export async function seed(db: PrismaClient): Promise<void> {
  await db.$transaction(
    async (tx) => {
      const typeIds = await seedInterviewTypes(tx);
      await seedUsers(tx, typeIds);
      await tx.systemSetting.upsert({
        where: { key: SEED_VERSION_KEY },
        create: { key: SEED_VERSION_KEY, value: SEED_VERSION },
        update: { value: SEED_VERSION },
      });
    },
    { timeout: 60_000 },
  );
}

export async function seededVersion(db: PrismaClient): Promise<string | undefined> {
  const row = await db.systemSetting.findUnique({ where: { key: SEED_VERSION_KEY } });
  return row?.value;
}

/** Seeds when migrations just ran or the seed changed since the last run. */
export async function seedIfNeeded(db: PrismaClient, migrationsRan: boolean): Promise<boolean> {
  if (!migrationsRan && (await seededVersion(db)) === SEED_VERSION) return false;
  await seed(db);
  return true;
}
