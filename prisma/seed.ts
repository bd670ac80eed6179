import type { PrismaClient } from "../lib/generated/prisma/client";

/**
 * Demo data for local use, demos and the end-to-end tests. Idempotent: every
 * write is an upsert keyed by a stable natural key. Bump SEED_VERSION whenever
 * the data below changes so `npm start` re-applies it to existing databases.
 */
export const SEED_VERSION = "2026-11-25.1";
const SEED_VERSION_KEY = "seed_version";

export async function seed(db: PrismaClient): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.systemSetting.upsert({
      where: { key: SEED_VERSION_KEY },
      create: { key: SEED_VERSION_KEY, value: SEED_VERSION },
      update: { value: SEED_VERSION },
    });
  });
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
