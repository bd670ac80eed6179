import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, expect, it, vi } from "vitest";
import { createBooking } from "../booking/create-booking";
import { createPrismaClient, db } from "../db";
import { env } from "../env";
import { openAvailability } from "../../tests/factories/availability";
import { createTestUser, ensureInterviewTypes } from "../../tests/factories/users";
import { chooseQuestionForBooking } from "./choose-question-for-booking";

beforeAll(ensureInterviewTypes);
afterEach(() => vi.restoreAllMocks());

/**
 * The question choice runs inside every booking's transaction. With bare
 * parameters PostgreSQL planned it afresh on each call (~1 ms): a plan made
 * for one candidate's row counts looked cheaper than the generic plan, so the
 * kept statement never switched to it (docs/decisions/0014).
 */
it("is planned once: after a few runs its prepared statement uses the generic plan, even with skewed history", async () => {
  const type = await db().interviewType.findUniqueOrThrow({ where: { slug: "system-design" } });
  const [heavy, host] = [await createTestUser(), await createTestUser()];
  // One candidate with most of the bookings gives the planner per-candidate statistics to tell
  // candidates apart by, as in a real database (the benchmark's has candidates with 2,500 scores).
  await db().$executeRaw`
    INSERT INTO bookings (id, interview_type_id, candidate_id, interviewer_id, starts_at, ends_at,
                          idempotency_key, updated_at)
    SELECT 'skew-' || i, ${type.id}, ${heavy.caller.id}, ${host.caller.id},
           now() - i * interval '1 day', now() - i * interval '1 day' + interval '1 hour', 'skew-' || i, now()
      FROM generate_series(1, 2000) i`;
  await db().$executeRaw`ANALYZE bookings`;
  const client = createPrismaClient(env().DATABASE_URL, 1); // one connection: every run shares its statement
  try {
    for (let run = 0; run < 8; run++) {
      await chooseQuestionForBooking(client, { interviewTypeId: type.id, candidateId: `nobody-${run}` });
    }
    const [kept] = await client.$queryRaw<{ generic_plans: bigint; custom_plans: bigint }[]>`
      SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement LIKE '%competencyKeys%'`;
    expect(kept).toBeDefined();
    expect(Number(kept!.generic_plans)).toBeGreaterThan(0);
  } finally {
    await client.$disconnect();
  }
});

it("is read after the interviewer's schedule lock: one candidate's two simultaneous bookings with one interviewer get different questions", async () => {
  const type = await db().interviewType.findUniqueOrThrow({ where: { slug: "technical-depth" } });
  for (const slug of ["depth-a", "depth-b"]) {
    await db().question.create({
      data: {
        slug: `${slug}-${randomUUID().slice(0, 8)}`,
        interviewTypeId: type.id,
        title: slug,
        prompt: "…",
        guide: "…",
        difficulty: "MEDIUM",
        tags: [],
        companies: [],
        competencyKeys: [],
        status: "APPROVED",
      },
    });
  }
  const [candidate, interviewer] = [await createTestUser(), await createTestUser()];
  await openAvailability(interviewer.caller);
  const day = (n: number) => new Date(Math.ceil(Date.now() / 86_400_000 + n) * 86_400_000 + 10 * 3_600_000);
  // The second waits on the lock; the question it is given must count the first's as had. With the
  // random draw fixed, two choices made from the same history would both pick the same question.
  vi.spyOn(Math, "random").mockReturnValue(0.1);
  const booked = await Promise.all(
    [day(3), day(4)].map((start) =>
      createBooking(
        candidate.caller,
        { interviewerId: interviewer.caller.id, interviewType: type.slug, start },
        randomUUID(),
      ),
    ),
  );
  const rows = await db().booking.findMany({
    where: { id: { in: booked.map((b) => b.booking.id) } },
    select: { questionId: true },
  });
  expect(new Set(rows.map((r) => r.questionId)).size).toBe(2);
});
