import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recomputeRaterOffsets } from "../calibration/calibration-job";
import { createPrismaClient, db, type DbClient } from "../db";
import { reportFeedback, resolveFeedbackReport } from "../feedback/feedback-reports";
import { saveFeedback } from "../feedback/save-feedback";
import { submitFeedback } from "../feedback/submit-feedback";
import { computeProgress, getProgress } from "./get-progress";
import { ProgressCache, progressCacheFor } from "./progress-cache";
import type { ProgressResponse } from "./progress.types";
import { insertTestBooking } from "../../tests/factories/bookings";
import { candidateAnswer, interviewerAnswer, setUpFeedbackTests, DAY, HOUR } from "../../tests/factories/feedback";
import { insertPastInterview, publishTestRubric, type TestRubric } from "../../tests/factories/past-interviews";
import { createTestUser, type TestUser } from "../../tests/factories/users";

/**
 * The progress cache against real PostgreSQL: repeat reads are served without
 * recomputing (computations are counted, never timed), and every kind of change
 * progress depends on — committed by anyone, through any instance — or time's
 * 7-day release gives the next read the freshly computed answer.
 */
const rubricRef = setUpFeedbackTests();
let rubric: TestRubric;
let interviewer: TestUser;

beforeAll(async () => {
  rubric = await db().rubricVersion.findUniqueOrThrow({
    where: { id: rubricRef.id },
    select: { id: true, version: true, competencies: { select: { id: true, key: true } } },
  });
  interviewer = await createTestUser();
});

const cache = () => progressCacheFor(db());

/** Reads through getProgress (the route's and page's path); says whether it computed. */
async function read(user: TestUser, now = new Date(), type?: string) {
  const before = cache().computations;
  const value = await getProgress(user.caller, { type }, now);
  // The cached answer is always the one the database gives now.
  expect(value).toEqual(await computeProgress(user.caller, { type }, now));
  return { value, computed: cache().computations - before };
}

async function candidateWithHistory() {
  const candidate = await createTestUser();
  const base = { candidate, interviewer, type: "system-design", rubric };
  const scores = Object.fromEntries(rubric.competencies.map((c) => [c.key, 3]));
  await insertPastInterview({ ...base, endedAgoDays: 30, scores });
  await insertPastInterview({ ...base, endedAgoDays: 20, scores });
  return candidate;
}

/** An interview that ended an hour ago with a new interviewer, nobody's feedback in yet. */
async function freshInterview(candidate: TestUser) {
  const by = await createTestUser();
  const booking = await insertTestBooking(candidate, by, new Date(Date.now() - 2 * HOUR), { minutes: 60 });
  await db().booking.update({ where: { id: booking.id }, data: { rubricVersionId: rubric.id } });
  return { booking, by };
}

describe("progress cache", () => {
  it("serves a repeat read without recomputing", async () => {
    const candidate = await candidateWithHistory();
    const first = await read(candidate);
    expect(first.computed).toBe(1);
    expect(first.value.interviews).toBe(2);
    const second = await read(candidate);
    expect(second.computed).toBe(0);
    expect(second.value).toBe(first.value);
    // Another type parameter is another entry.
    expect((await read(candidate, new Date(), "system-design")).computed).toBe(1);
    expect((await read(candidate, new Date(), "system-design")).computed).toBe(0);
  });

  it("recomputes after each side submits; the second submission releases the scores", async () => {
    const candidate = await candidateWithHistory();
    const { booking, by } = await freshInterview(candidate);
    await saveFeedback(by.caller, booking.id, { strengths: "Clear" });
    expect((await read(candidate)).computed).toBe(1);
    expect((await read(candidate)).computed).toBe(0);

    // Autosaving the draft again shows the candidate nothing new and keeps the entry.
    await saveFeedback(by.caller, booking.id, { strengths: "Clear structure" });
    expect((await read(candidate)).computed).toBe(0);

    await submitFeedback(by.caller, booking.id, interviewerAnswer(rubricRef.keys, 4));
    const afterInterviewer = await read(candidate);
    expect(afterInterviewer.computed).toBe(1);
    expect(afterInterviewer.value.interviews).toBe(2); // double-blind: not released yet

    // The candidate's own feedback on the interviewer releases the scores on them.
    await submitFeedback(candidate.caller, booking.id, candidateAnswer());
    const released = await read(candidate);
    expect(released.computed).toBe(1);
    expect(released.value.interviews).toBe(3);
    expect((await read(candidate)).computed).toBe(0);
  });

  it("drops scores an admin hides", async () => {
    const candidate = await candidateWithHistory();
    const admin = await createTestUser({ role: "ADMIN" });
    expect((await read(candidate)).value.interviews).toBe(2);
    const feedback = await db().feedback.findFirstOrThrow({
      where: { subjectId: candidate.caller.id, direction: "INTERVIEWER_TO_CANDIDATE" },
      select: { id: true },
    });
    const report = await reportFeedback(candidate.caller, feedback.id, "Rude remarks");
    await resolveFeedbackReport(admin.caller, report.id, { action: "hide", reason: "Abusive" });
    const after = await read(candidate);
    expect(after.computed).toBe(1);
    expect(after.value.interviews).toBe(1);
  });

  it("recomputes when a released score changes on its own (edits replace score rows)", async () => {
    const candidate = await candidateWithHistory();
    await read(candidate);
    expect((await read(candidate)).computed).toBe(0);
    await db().feedbackScore.updateMany({ where: { candidateId: candidate.caller.id }, data: { score: 1 } });
    const after = await read(candidate);
    expect(after.computed).toBe(1);
    expect(after.value.competencies.every((c) => c.current === 1)).toBe(true);
  });

  it("recomputes everyone's progress when the calibration job writes new offsets", async () => {
    const candidate = await candidateWithHistory();
    await read(candidate);
    expect((await read(candidate)).computed).toBe(0);
    await recomputeRaterOffsets();
    const after = await read(candidate);
    expect(after.computed).toBe(1);
    expect(after.value.calibration.computedAt).not.toBeNull();
  });

  it("recomputes when an admin publishes a rubric version or renames an interview type", async () => {
    const candidate = await createTestUser();
    const v1 = await publishTestRubric("product-sense", ["x"]);
    await insertPastInterview({
      candidate,
      interviewer,
      type: "product-sense",
      rubric: v1,
      endedAgoDays: 9,
      scores: { x: 3 },
    });
    expect((await read(candidate)).value.competencies.map((c) => c.key)).toEqual(["x"]);
    expect((await read(candidate)).computed).toBe(0);
    await publishTestRubric("product-sense", ["x", "y"]);
    const republished = await read(candidate);
    expect(republished.computed).toBe(1);
    expect(republished.value.competencies.map((c) => c.key)).toEqual(["x", "y"]);
    const type = await db().interviewType.findUniqueOrThrow({ where: { slug: "product-sense" } });
    await db().interviewType.update({ where: { id: type.id }, data: { name: "Product sense (renamed)" } });
    const renamed = await read(candidate);
    expect(renamed.computed).toBe(1);
    expect(renamed.value.type?.name).toBe("Product sense (renamed)");
    await db().interviewType.update({ where: { id: type.id }, data: { name: type.name } });
  });

  it("suggests a newly approved question, and stops once a booking uses it", async () => {
    const candidate = await candidateWithHistory();
    const type = await db().interviewType.findUniqueOrThrow({ where: { slug: "system-design" } });
    const approved = (slug: string, status: "APPROVED" | "PENDING") =>
      db().question.create({
        data: {
          slug: `${slug}-${candidate.caller.id}`,
          interviewTypeId: type.id,
          title: `${slug} ${candidate.caller.id}`,
          prompt: "p",
          guide: "g",
          difficulty: "EASY",
          tags: [],
          companies: [],
          competencyKeys: rubricRef.keys,
          status,
        },
      });
    const suggested = (p: ProgressResponse, id: string) => p.practiseNext!.questions.some((q) => q.id === id);
    await read(candidate);
    // A proposed question is nobody's suggestion yet: every entry stays.
    await approved("cache-pending", "PENDING");
    expect((await read(candidate)).computed).toBe(0);
    const question = await approved("cache-approved", "APPROVED");
    const before = await read(candidate);
    expect(before.computed).toBe(1);
    expect(suggested(before.value, question.id)).toBe(true);

    const booking = await insertTestBooking(candidate, interviewer, new Date(Date.now() + 3 * DAY));
    expect((await read(candidate)).computed).toBe(1);
    expect((await read(candidate)).computed).toBe(0);
    await db().booking.update({ where: { id: booking.id }, data: { questionId: question.id } });
    const after = await read(candidate);
    expect(after.computed).toBe(1);
    expect(suggested(after.value, question.id)).toBe(false);
  });

  it("expires an entry exactly when seven days release waiting scores", async () => {
    const candidate = await candidateWithHistory();
    const waiting = await insertPastInterview({
      candidate,
      interviewer,
      type: "system-design",
      rubric,
      endedAgoDays: 3,
      scores: Object.fromEntries(rubricRef.keys.map((k) => [k, 1])),
      submitted: "interviewer",
    });
    const now = new Date();
    expect((await read(candidate, now)).value.interviews).toBe(2);
    const releaseAt = waiting.endsAt.getTime() + 7 * DAY;
    // Still waiting a moment before: served from the cache.
    const justBefore = await read(candidate, new Date(releaseAt - 1));
    expect(justBefore.computed).toBe(0);
    expect(justBefore.value.interviews).toBe(2);
    const atRelease = await read(candidate, new Date(releaseAt));
    expect(atRelease.computed).toBe(1);
    expect(atRelease.value.interviews).toBe(3);
  });

  it("serves a read about an earlier time only if no release lies between", async () => {
    const candidate = await candidateWithHistory();
    // Released by time half a day ago.
    await insertPastInterview({
      candidate,
      interviewer,
      type: "system-design",
      rubric,
      endedAgoDays: 7.5,
      scores: Object.fromEntries(rubricRef.keys.map((k) => [k, 1])),
      submitted: "interviewer",
    });
    const now = Date.now();
    expect((await read(candidate, new Date(now))).value.interviews).toBe(3);
    expect((await read(candidate, new Date(now - HOUR))).computed).toBe(0);
    const dayBefore = await read(candidate, new Date(now - DAY));
    expect(dayBefore.computed).toBe(1);
    expect(dayBefore.value.interviews).toBe(2);
  });
});

describe("two app instances", () => {
  const other = createPrismaClient(process.env.DATABASE_URL!, 2);
  afterAll(() => other.$disconnect());

  it("each sees a change committed through the other", async () => {
    const candidate = await candidateWithHistory();
    const { booking, by } = await freshInterview(candidate);
    const a = new ProgressCache(db());
    const b = new ProgressCache(other);
    const get = (c: ProgressCache) =>
      c.get(candidate.caller.id, undefined, new Date(), () => computeProgress(candidate.caller, {}, new Date()));
    await get(a);
    await get(b);
    await get(a);
    await get(b);
    expect([a.computations, b.computations]).toEqual([1, 1]);

    // Both sides submit (as instance A would), and the scores are released.
    await submitFeedback(by.caller, booking.id, interviewerAnswer(rubricRef.keys, 2));
    await submitFeedback(candidate.caller, booking.id, candidateAnswer());
    const [fromA, fromB] = [await get(a), await get(b)];
    expect([a.computations, b.computations]).toEqual([2, 2]);
    expect(fromA.interviews).toBe(3);
    expect(fromB).toEqual(fromA);
  });
});

describe("cache mechanics", () => {
  const response = (n: number): ProgressResponse => ({
    interviewTypes: [],
    type: null,
    interviews: n,
    soloAttempts: 0,
    competencies: [],
    readiness: null,
    practiseNext: null,
    calibration: { computedAt: null, explanation: "" },
  });

  it("shares one computation among concurrent misses and caches no error", async () => {
    const candidate = await createTestUser();
    // Counts finished stamp queries, so the computation is held until every read has its stamp.
    let stamps = 0;
    const counting = {
      $queryRaw: async (...args: unknown[]) => {
        const rows = await (db().$queryRaw as (...a: unknown[]) => Promise<unknown>)(...args);
        stamps++;
        return rows;
      },
    } as unknown as DbClient;
    const c = new ProgressCache(counting);
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = async () => {
      calls++;
      await gate;
      return response(7);
    };
    const reads = Array.from({ length: 5 }, () => c.get(candidate.caller.id, undefined, new Date(), slow));
    while (stamps < reads.length) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 0)); // the last read reaches the shared computation
    release();
    const values = await Promise.all(reads);
    expect(calls).toBe(1);
    expect(values.every((v) => v === values[0])).toBe(true);

    const failing = () => Promise.reject(new Error("database went away"));
    await expect(c.get(candidate.caller.id, "x", new Date(), failing)).rejects.toThrow("database went away");
    expect((await c.get(candidate.caller.id, "x", new Date(), () => Promise.resolve(response(1)))).interviews).toBe(1);
  });

  it("keeps at most its limit of entries, dropping the least recently used", async () => {
    const people = await Promise.all([1, 2, 3].map(() => createTestUser()));
    const c = new ProgressCache(db(), { entries: 2, points: 1_000 });
    const get = (u: TestUser) => c.get(u.caller.id, undefined, new Date(), () => Promise.resolve(response(0)));
    await get(people[0]!);
    await get(people[1]!);
    await get(people[0]!); // now the most recent
    await get(people[2]!); // evicts people[1]
    expect(c.size).toBe(2);
    expect(c.computations).toBe(3);
    await get(people[0]!);
    expect(c.computations).toBe(3);
    await get(people[1]!);
    expect(c.computations).toBe(4);
  });
});
