import type { PrismaClient } from "../lib/generated/prisma/client";
import { toEngineRules } from "../lib/availability/availability-rules";
import { writeAvailability } from "../lib/availability/write-availability";
import { findSlots, type Interval } from "../lib/availability/slot-engine";
import { chooseQuestionForBooking } from "../lib/questions/choose-question-for-booking";
import { getCurrentRubric, publishRubricVersion } from "../lib/rubrics/rubrics";
import { demoAvailability, DEMO_BOOKINGS } from "./seed-data/availability";
import { DEMO_USERS } from "./seed-data/demo-users";
import { ALL_QUESTIONS, guideMarkdown, learnBlock, RETIRED_SEED_SLUGS } from "./seed-data/questions/all-questions";
import { RUBRICS } from "./seed-data/rubrics";
import { LEVEL_BARS } from "./seed-data/rubric-level-bars";
import { INTERVIEW_TYPES } from "./seed-data/interview-types";
import { seedPastInterviews } from "./seed-past-interviews";
import { seedSoloAttempts } from "./seed-data/solo-attempts";
import { recomputeRaterOffsets } from "../lib/calibration/calibration-job";

/**
 * Demo data for local use, demos and the end-to-end tests. Idempotent: every
 * write is an upsert keyed by a stable natural key. Bump SEED_VERSION whenever
 * the data below changes so `npm start` re-applies it to existing databases.
 */
export const SEED_VERSION = "2026-12-06.2";
const SEED_VERSION_KEY = "seed_version";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

async function seedInterviewTypes(tx: Tx): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const type of INTERVIEW_TYPES) {
    const row = await tx.interviewType.upsert({
      where: { slug: type.slug },
      create: type,
      update: type,
      select: { id: true },
    });
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

async function seedAvailability(tx: Tx, typeIds: Map<string, string>): Promise<void> {
  for (const { userId, availability: a } of demoAvailability()) {
    await writeAvailability(tx, userId, a, typeIds);
  }
}

/**
 * A few upcoming interviews, placed by the slot engine at the first time that
 * suits both people, so the demo looks lived-in. Created once (keyed by their
 * idempotency keys); later seeds leave them alone.
 */
async function seedBookings(tx: Tx, typeIds: Map<string, string>, now: Date): Promise<void> {
  const availability = new Map(demoAvailability().map((a) => [a.userId, a.availability]));
  const busy = new Map<string, Interval[]>();
  const durations = new Map(INTERVIEW_TYPES.map((t) => [t.slug, t.durationMinutes]));
  for (const b of DEMO_BOOKINGS) {
    const exists = await tx.booking.findUnique({
      where: { candidateId_idempotencyKey: { candidateId: b.candidateId, idempotencyKey: b.key } },
    });
    if (exists) continue;
    const duration = durations.get(b.type)!;
    const [start] = findSlots({
      rules: toEngineRules(availability.get(b.interviewerId)!),
      durationMinutes: duration,
      range: { start: new Date(now.getTime() + 2 * 86_400_000), end: new Date(now.getTime() + 21 * 86_400_000) },
      now,
      interviewerBusy: busy.get(b.interviewerId) ?? [],
      candidateBusy: busy.get(b.candidateId) ?? [],
    });
    if (!start) continue;
    const end = new Date(start.getTime() + duration * 60_000);
    for (const id of [b.candidateId, b.interviewerId]) busy.set(id, [...(busy.get(id) ?? []), { start, end }]);
    const rubric = await getCurrentRubric(b.type, tx);
    const questionId = await chooseQuestionForBooking(tx, {
      interviewTypeId: typeIds.get(b.type)!,
      candidateId: b.candidateId,
    });
    await tx.booking.create({
      data: {
        rubricVersionId: rubric?.id ?? null,
        questionId,
        interviewTypeId: typeIds.get(b.type)!,
        candidateId: b.candidateId,
        interviewerId: b.interviewerId,
        startsAt: start,
        endsAt: end,
        idempotencyKey: b.key,
        participants: {
          create: [
            { userId: b.candidateId, role: "CANDIDATE" },
            { userId: b.interviewerId, role: "INTERVIEWER" },
          ],
        },
      },
    });
  }
}

const SEED_AUTHOR = "demo-admin";

/** The team's questions, upserted by slug (edits to the content reach existing databases). */
async function seedQuestions(tx: Tx, typeIds: Map<string, string>): Promise<void> {
  for (const q of ALL_QUESTIONS) {
    const fields = {
      interviewTypeId: typeIds.get(q.type)!,
      title: q.title,
      prompt: q.prompt,
      guide: guideMarkdown(q),
      learn: learnBlock(q),
      difficulty: q.difficulty,
      tags: q.tags,
      companies: q.companies,
      competencyKeys: q.competencies,
    };
    await tx.question.upsert({
      where: { slug: q.slug },
      create: {
        slug: q.slug,
        ...fields,
        status: "APPROVED",
        authorId: SEED_AUTHOR,
        reviewedById: SEED_AUTHOR,
        reviewedAt: new Date("2026-11-01T00:00:00Z"),
      },
      update: fields,
    });
  }
  await tx.question.updateMany({ where: { slug: { in: [...RETIRED_SEED_SLUGS] } }, data: { status: "RETIRED" } });
}

/** The seed's rubric content and a stored version's, in one comparable shape. */
function rubricContent(r: {
  title: string;
  levelBars: readonly string[];
  competencies: readonly {
    key: string;
    name: string;
    description: string;
    weight: number;
    descriptors: readonly string[];
  }[];
}): string {
  return JSON.stringify([
    r.title,
    r.levelBars,
    r.competencies.map((c) => [c.key, c.name, c.description, c.weight, c.descriptors]),
  ]);
}

/**
 * A first rubric version per type, and a new version whenever the seed's content differs
 * from the latest version the seed itself published (createdById null): published versions
 * are never rewritten, so past feedback keeps the version it was scored on, and a version
 * an admin published is never replaced by the seed.
 */
async function seedRubrics(tx: Tx): Promise<void> {
  for (const rubric of RUBRICS) {
    const latest = await tx.rubricVersion.findFirst({
      where: { rubric: { interviewType: { slug: rubric.type } } },
      orderBy: { version: "desc" },
      select: {
        title: true,
        levelBars: true,
        createdById: true,
        competencies: {
          orderBy: { position: "asc" },
          select: { key: true, name: true, description: true, weight: true, descriptors: true },
        },
      },
    });
    const levelBars = [...LEVEL_BARS[rubric.type]];
    const wanted = { title: rubric.title, competencies: rubric.competencies, levelBars };
    // Versions from before level bars get a successor even when an admin published them.
    if (
      latest &&
      latest.levelBars.length > 0 &&
      (latest.createdById !== null || rubricContent(latest) === rubricContent(wanted))
    )
      continue;
    await publishRubricVersion(null, rubric.type, wanted, tx);
  }
}

export async function seed(db: PrismaClient, now = new Date()): Promise<void> {
  await db.$transaction(
    async (tx) => {
      const typeIds = await seedInterviewTypes(tx);
      await seedUsers(tx, typeIds);
      await seedAvailability(tx, typeIds);
      await seedQuestions(tx, typeIds);
      await seedRubrics(tx);
      await seedBookings(tx, typeIds, now);
      await seedPastInterviews(tx, typeIds, now);
      await seedSoloAttempts(tx, now);
      // Calibrated scores are there from the first page view, not only after the hourly job.
      await recomputeRaterOffsets(tx, now);
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
