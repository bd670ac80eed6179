import { recordAudit } from "../audit/record-audit";
import type { Caller } from "../auth/sessions";
import { db, type DbClient } from "../db";
import { AppError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { RECOMMENDATIONS, type RubricInput } from "./rubric.schema";

const versionSelect = {
  id: true,
  version: true,
  title: true,
  levelBars: true,
  createdAt: true,
  rubric: { select: { interviewType: { select: { slug: true, name: true } } } },
  competencies: {
    orderBy: { position: "asc" },
    select: {
      key: true,
      name: true,
      description: true,
      weight: true,
      descriptors: true,
    },
  },
} as const;

type VersionRow = NonNullable<Awaited<ReturnType<typeof findLatest>>>;

function present(row: VersionRow) {
  return {
    id: row.id,
    version: row.version,
    title: row.title,
    levelBars: row.levelBars,
    createdAt: row.createdAt,
    interviewType: row.rubric.interviewType,
    recommendations: RECOMMENDATIONS,
    competencies: row.competencies,
  };
}
export type RubricVersionView = ReturnType<typeof present>;

async function findLatest(typeSlug: string, client: DbClient) {
  return client.rubricVersion.findFirst({
    where: { rubric: { interviewType: { slug: typeSlug } } },
    orderBy: { version: "desc" },
    select: versionSelect,
  });
}

/** The version new bookings of this type are judged against. */
export async function getCurrentRubric(typeSlug: string, client: DbClient = db()): Promise<RubricVersionView | null> {
  const row = await findLatest(typeSlug, client);
  return row ? present(row) : null;
}

/**
 * getCurrentRubric's choice as SQL, the id only: a booking folds it into a
 * statement of its own rather than loading the whole rubric on its transaction.
 */
export function currentRubricVersionIdSql(interviewTypeId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT v.id FROM rubric_versions v JOIN rubrics r ON r.id = v.rubric_id
     WHERE r.interview_type_id = ${interviewTypeId}
     ORDER BY v.version DESC LIMIT 1`;
}

export async function getRubricVersion(id: string, client: DbClient = db()): Promise<RubricVersionView> {
  const row = await client.rubricVersion.findUnique({ where: { id }, select: versionSelect });
  if (!row) throw new AppError("NOT_FOUND", "No such rubric version.");
  return present(row);
}

export async function listCurrentRubrics(client: DbClient = db()) {
  const types = await client.interviewType.findMany({
    where: { retiredAt: null },
    select: { slug: true },
    orderBy: { name: "asc" },
  });
  const rubrics = await Promise.all(types.map((t) => getCurrentRubric(t.slug, client)));
  return rubrics.filter((r): r is RubricVersionView => r !== null);
}

/**
 * Publishes a rubric as a new version (the first, or the next). Published
 * versions are never edited, so bookings and feedback that point at one keep
 * their meaning.
 */
export async function publishRubricVersion(
  caller: Caller | null,
  typeSlug: string,
  input: RubricInput,
  client: DbClient = db(),
) {
  if (caller && caller.role !== "ADMIN") throw new AppError("NOT_FOUND", "Not found.");
  const run = async (tx: DbClient) => {
    const type = await tx.interviewType.findFirst({ where: { slug: typeSlug }, select: { id: true } });
    if (!type) throw new AppError("NOT_FOUND", "No such interview type.");
    const rubric = await tx.rubric.upsert({
      where: { interviewTypeId: type.id },
      create: { interviewTypeId: type.id },
      update: {},
      select: { id: true },
    });
    const latest = await tx.rubricVersion.findFirst({
      where: { rubricId: rubric.id },
      orderBy: { version: "desc" },
      select: { version: true },
    });
    const created = await tx.rubricVersion.create({
      data: {
        rubricId: rubric.id,
        version: (latest?.version ?? 0) + 1,
        title: input.title,
        levelBars: input.levelBars ?? [],
        createdById: caller?.id ?? null,
        competencies: {
          create: input.competencies.map((c, position) => ({
            key: c.key,
            name: c.name,
            description: c.description,
            weight: c.weight,
            position,
            descriptors: c.descriptors,
          })),
        },
      },
      select: versionSelect,
    });
    await recordAudit(tx, {
      actorId: caller?.id ?? null,
      action: "rubric.publish",
      entityType: "rubric_version",
      entityId: created.id,
      after: { type: typeSlug, version: created.version, title: created.title },
    });
    return present(created);
  };
  return "$transaction" in client ? client.$transaction((tx) => run(tx)) : run(client);
}
