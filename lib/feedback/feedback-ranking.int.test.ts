import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET as slotsRoute } from "../../app/api/v1/slots/route";
import { createBooking } from "../booking/create-booking";
import type { SlotResult } from "../slot-search";
import { db } from "../db";
import { openAvailability } from "../../tests/factories/availability";
import { insertTestBooking } from "../../tests/factories/bookings";
import {
  candidateAnswer,
  DAY,
  feedbackApi,
  HOUR,
  interviewerAnswer,
  setUpFeedbackTests,
} from "../../tests/factories/feedback";
import { apiRequest } from "../../tests/factories/requests";
import { bearer, createTestUser, type TestUser } from "../../tests/factories/users";
import { COMPETENCY_HALF_LIFE_DAYS, competencyLevelsOf } from "./competency-levels";
import { getBookingPage } from "../people/get-booking-page";
import { ratingsOf } from "./interviewer-ratings";

const [WEAK, STRONG] = ["requirements-scoping", "architecture"] as const;
const rubric = setUpFeedbackTests("system-design", [WEAK, STRONG]);
const { keys } = rubric;

afterEach(() => vi.restoreAllMocks());

function inDays(days: number, hourUtc: number): Date {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(hourUtc, 0, 0, 0);
  return d;
}

/** A past interview where `interviewer` was rated by a new candidate; both sides submit unless told. */
async function rated(
  interviewer: TestUser,
  ratings: { preparedness: number; questionQuality: number; feedbackUsefulness: number; respect: number },
  options: { hoursAgo?: number; interviewerSubmits?: boolean } = {},
) {
  const candidate = await createTestUser();
  const booking = await insertTestBooking(
    candidate,
    interviewer,
    new Date(Date.now() - (options.hoursAgo ?? 3) * HOUR),
  );
  await db().booking.update({ where: { id: booking.id }, data: { rubricVersionId: rubric.id } });
  expect((await feedbackApi.submit(candidate, booking.id, { ...candidateAnswer(), ...ratings })).status).toBe(200);
  if (options.interviewerSubmits ?? true) await feedbackApi.submit(interviewer, booking.id, interviewerAnswer(keys));
  return db().feedback.findFirstOrThrow({ where: { bookingId: booking.id, subjectId: interviewer.caller.id } });
}
const all = (n: number) => ({ preparedness: n, questionQuality: n, feedbackUsefulness: n, respect: n });

describe("interviewer ratings", () => {
  it("average the four ratings over released, non-hidden feedback; null when there is none", async () => {
    const [mixed, hiddenOne, unreleased, nobody] = await Promise.all([1, 2, 3, 4].map(() => createTestUser()));
    await rated(mixed!, { preparedness: 5, questionQuality: 4, feedbackUsefulness: 3, respect: 4 }, { hoursAgo: 3 });
    await rated(mixed!, all(2), { hoursAgo: 6 });
    await rated(hiddenOne!, all(5), { hoursAgo: 3 });
    const hidden = await rated(hiddenOne!, all(1), { hoursAgo: 6 });
    await db().feedback.update({ where: { id: hidden.id }, data: { hiddenAt: new Date(), hiddenReason: "Abuse" } });
    await rated(unreleased!, all(5), { interviewerSubmits: false });
    const ratings = await ratingsOf([mixed!, hiddenOne!, unreleased!, nobody!].map((u) => u.caller.id));
    expect([...ratings.values()]).toEqual([3, 5, null, null]);
    // The booking page reads the same rating through its SQL form.
    const pageRatings = [];
    for (const u of [mixed!, hiddenOne!, unreleased!, nobody!]) {
      pageRatings.push((await getBookingPage(nobody!.caller, u.caller.id)).rating);
    }
    expect(pageRatings).toEqual([3, 5, null, null]);
  });

  it("feed slot ranking: the better-rated of two otherwise equal interviewers ranks first", async () => {
    const good = await createTestUser();
    const poor = await createTestUser();
    for (const u of [good, poor]) await openAvailability(u.caller);
    await rated(good, all(5));
    await rated(poor, all(1));
    const seeker = await createTestUser();
    const from = inDays(2, 10).toISOString();
    const to = inDays(2, 11).toISOString();
    const response = await slotsRoute(
      apiRequest(`/api/v1/slots?interviewType=system-design&from=${from}&to=${to}`, { headers: bearer(seeker) }),
    );
    expect(response.status).toBe(200);
    const { slots } = (await response.json()) as { slots: SlotResult[] };
    const slot = slots.find((s) => s.start === from)!;
    const ids = slot.interviewers.map((i) => i.id);
    expect(ids.indexOf(good.caller.id)).toBeLessThan(ids.indexOf(poor.caller.id));
    const score = (u: TestUser) => slot.interviewers.find((i) => i.id === u.caller.id)!.score;
    // The rating weighs 0.2: a 5 against a 1 is the whole of it, everything else being equal.
    expect(score(good) - score(poor)).toBeCloseTo(0.2, 3);
  });
});

describe("scores feed question selection", () => {
  /** A past interview of `candidate` scored (weak, strong), released by both submitting. */
  async function scoreInterview(candidate: TestUser, weak: number, strong: number, hoursAgo = 3) {
    const interviewer = await createTestUser();
    const booking = await insertTestBooking(candidate, interviewer, new Date(Date.now() - hoursAgo * HOUR));
    await db().booking.update({ where: { id: booking.id }, data: { rubricVersionId: rubric.id } });
    const body = interviewerAnswer(keys);
    body.scores[WEAK] = { score: weak, evidence: "Never asked who the users were." };
    body.scores[STRONG] = { score: strong, evidence: "Clean components, clear request flow." };
    expect((await feedbackApi.submit(interviewer, booking.id, body)).status).toBe(200);
    expect((await feedbackApi.submit(candidate, booking.id, candidateAnswer())).status).toBe(200);
    return booking;
  }
  async function scoredCandidate(weak: number, strong: number) {
    const candidate = await createTestUser();
    await scoreInterview(candidate, weak, strong);
    return candidate;
  }

  it("a candidate's level per competency is the recency-weighted mean of released scores", async () => {
    const candidate = await createTestUser();
    const recent = await scoreInterview(candidate, 1, 4, 3);
    const old = await scoreInterview(candidate, 4, 4, 6);
    const now = new Date();
    // Two half-lives back: the old interview counts a quarter as much as today's.
    const at = async (bookingId: string, interviewedAt: Date) =>
      db().feedbackScore.updateMany({ where: { feedback: { bookingId } }, data: { interviewedAt } });
    await at(recent.id, now);
    await at(old.id, new Date(now.getTime() - 2 * COMPETENCY_HALF_LIFE_DAYS * DAY));
    const levels = await competencyLevelsOf(db(), candidate.caller.id, now);
    expect(levels[WEAK]).toBeCloseTo((1 * 1 + 4 * 0.25) / 1.25, 6);
    expect(levels[STRONG]).toBeCloseTo(4, 6);
    // Unreleased scores do not count: a third interview the candidate has not answered yet.
    const interviewer = await createTestUser();
    const pending = await insertTestBooking(candidate, interviewer, new Date(Date.now() - 9 * HOUR));
    await db().booking.update({ where: { id: pending.id }, data: { rubricVersionId: rubric.id } });
    await feedbackApi.submit(interviewer, pending.id, interviewerAnswer(keys, 4));
    expect(await competencyLevelsOf(db(), candidate.caller.id, now)).toEqual(levels);
  });

  it("a weak competency makes its questions chosen for the next booking (random fixed)", async () => {
    const type = await db().interviewType.findUniqueOrThrow({ where: { slug: "system-design" } });
    const question = (slug: string, competencyKeys: string[]) =>
      db().question.create({
        data: {
          slug: `${slug}-${randomUUID().slice(0, 8)}`,
          interviewTypeId: type.id,
          title: slug,
          prompt: `Design ${slug}.`,
          guide: "A strong answer covers the basics.",
          difficulty: "MEDIUM",
          tags: [],
          companies: [],
          competencyKeys,
          status: "APPROVED",
        },
      });
    const trainsWeak = await question("scoping-drill", [WEAK]);
    const trainsStrong = await question("architecture-drill", [STRONG]);
    const host = await createTestUser();
    await openAvailability(host.caller);
    let hour = 8;
    const nextBooking = async (candidate: TestUser, random: number) => {
      vi.spyOn(Math, "random").mockReturnValue(random);
      const { booking } = await createBooking(
        candidate.caller,
        { interviewerId: host.caller.id, interviewType: "system-design", start: inDays(3, (hour += 2)) },
        randomUUID(),
      );
      vi.restoreAllMocks();
      // The candidate's own view hides the question; read what was chosen from the row.
      return (await db().booking.findUniqueOrThrow({ where: { id: booking.id } })).questionId;
    };
    // Without scores both questions weigh the same, so the fixed random numbers pick one each...
    const unscored = [await nextBooking(await createTestUser(), 0.1), await nextBooking(await createTestUser(), 0.9)];
    expect(new Set(unscored)).toEqual(new Set([trainsWeak.id, trainsStrong.id]));
    // ...and with a weak "requirements-scoping" both pick the question that trains it.
    expect(await nextBooking(await scoredCandidate(1, 4), 0.1)).toBe(trainsWeak.id);
    expect(await nextBooking(await scoredCandidate(1, 4), 0.9)).toBe(trainsWeak.id);
  });
});
