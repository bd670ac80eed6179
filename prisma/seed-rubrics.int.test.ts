import { describe, expect, it } from "vitest";
import { toCaller } from "../lib/auth/sessions";
import { db } from "../lib/db";
import { publishRubricVersion } from "../lib/rubrics/rubrics";
import { COMPETENCY_KEYS } from "./seed-data/questions/seed-question";
import { LEVEL_BARS } from "./seed-data/rubric-level-bars";
import { RUBRICS } from "./seed-data/rubrics";
import { seed } from "./seed";

const TYPE = "behavioral-leadership";
const rubric = RUBRICS.find((r) => r.type === TYPE)!;

const versions = () =>
  db().rubricVersion.findMany({
    where: { rubric: { interviewType: { slug: TYPE } } },
    orderBy: { version: "asc" },
    select: {
      id: true,
      version: true,
      createdById: true,
      competencies: { orderBy: { position: "asc" }, select: { key: true, weight: true } },
    },
  });

/** The behavioural rubric as an earlier seed published it: before impact and scope and communication. */
function olderContent() {
  const kept = rubric.competencies.filter((c) => c.key !== "impact-scope" && c.key !== "communication");
  const weights: Record<string, number> = {
    influence: 0.25,
    "conflict-resolution": 0.2,
    ownership: 0.2,
    ambiguity: 0.2,
    "growth-self-awareness": 0.15,
  };
  return {
    title: rubric.title,
    competencies: kept.map((c) => ({ ...c, weight: weights[c.key]! })),
    levelBars: [...LEVEL_BARS[TYPE]],
  };
}

describe("seeded rubrics", () => {
  it("publish every rubric's current competencies, in the order of COMPETENCY_KEYS", async () => {
    await seed(db());
    for (const r of RUBRICS) {
      const latest = await db().rubricVersion.findFirstOrThrow({
        where: { rubric: { interviewType: { slug: r.type } } },
        orderBy: { version: "desc" },
        select: { competencies: { orderBy: { position: "asc" }, select: { key: true } } },
      });
      expect(latest.competencies.map((c) => c.key)).toEqual([...COMPETENCY_KEYS[r.type]]);
    }
  });

  it("get a new version when the seed's content changed, and the older version is left as it was", async () => {
    await seed(db());
    // A database seeded before the new competencies: its latest behavioural version is the older content.
    const older = await publishRubricVersion(null, TYPE, olderContent());
    await seed(db());
    const after = await versions();
    const latest = after.at(-1)!;
    expect(latest.version).toBe(older.version + 1);
    expect(latest.competencies.map((c) => c.key)).toEqual([...COMPETENCY_KEYS[TYPE]]);
    const kept = after.find((v) => v.id === older.id)!;
    expect(kept.competencies.map((c) => c.key)).not.toContain("impact-scope");
    expect(kept.competencies.find((c) => c.key === "influence")?.weight).toBe(0.25);
    // Seeding again with the same content publishes nothing.
    await seed(db());
    expect((await versions()).length).toBe(after.length);
  });

  it("never replace a version an admin published", async () => {
    await seed(db());
    const admin = await db().user.findUniqueOrThrow({
      where: { id: "demo-admin" },
      select: { id: true, role: true, email: true, profile: { select: { displayName: true, timeZone: true } } },
    });
    const mine = await publishRubricVersion(toCaller(admin, "session"), TYPE, {
      ...olderContent(),
      title: "Behavioural (our own wording)",
    });
    await seed(db());
    const latest = (await versions()).at(-1)!;
    expect(latest.id).toBe(mine.id);
    expect(latest.createdById).toBe("demo-admin");
  });
});
