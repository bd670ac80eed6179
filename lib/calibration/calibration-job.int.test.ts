import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertPastInterview, publishTestRubric } from "../../tests/factories/past-interviews";
import { createTestUser, ensureInterviewTypes } from "../../tests/factories/users";
import { db } from "../db";
import { getBoss, stopBoss } from "../jobs/boss";
import { CALIBRATION_CRON, CALIBRATION_QUEUE, recomputeRaterOffsets, startCalibrationJob } from "./calibration-job";

/** The calibration job: scheduled hourly on the queue, and a run replaces rater_offsets from the scores. */
beforeAll(async () => {
  await ensureInterviewTypes();
  const rubric = await publishTestRubric("system-design", ["s"]);
  const [hard, fair] = await Promise.all([createTestUser(), createTestUser()]);
  for (let i = 0; i < 5; i++) {
    const candidate = await createTestUser();
    const base = { candidate, type: "system-design", rubric };
    await insertPastInterview({ ...base, interviewer: hard, endedAgoDays: 20, scores: { s: 1 } });
    await insertPastInterview({ ...base, interviewer: fair, endedAgoDays: 10, scores: { s: 3 } });
  }
  // Hidden feedback never counts.
  await insertPastInterview({
    candidate: await createTestUser(),
    interviewer: fair,
    type: "system-design",
    rubric,
    endedAgoDays: 3,
    scores: { s: 4 },
    hidden: true,
  });
});
afterAll(() => stopBoss());

describe("calibration job", () => {
  it("writes one offset per interviewer, centred, the hard grader below the fair one", async () => {
    const result = await recomputeRaterOffsets();
    expect(result).toEqual({ raters: 2, ratings: 10 });
    const rows = await db().raterOffset.findMany({ orderBy: { offset: "asc" } });
    expect(rows).toHaveLength(2);
    expect(rows[0]!.offset).toBeLessThan(-0.5);
    expect(rows[0]!.offset + rows[1]!.offset).toBeCloseTo(0, 6);
    expect(rows.every((r) => r.ratings === 5)).toBe(true);
  });

  it("is scheduled hourly and runs from the queue", async () => {
    await db().raterOffset.deleteMany({});
    const boss = await getBoss();
    await startCalibrationJob(boss);
    const schedules = await boss.getSchedules(CALIBRATION_QUEUE);
    expect(schedules.map((s) => s.cron)).toEqual([CALIBRATION_CRON]);
    await boss.send(CALIBRATION_QUEUE, {});
    await expect.poll(() => db().raterOffset.count(), { timeout: 20_000, interval: 250 }).toBe(2);
  });
});
