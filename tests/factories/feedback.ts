import { afterAll, beforeAll } from "vitest";
import { GET as getFeedbackRoute, PUT as putFeedbackRoute } from "../../app/api/v1/interviews/[id]/feedback/route";
import { POST as submitRoute } from "../../app/api/v1/interviews/[id]/feedback/submit/route";
import { POST as reportRoute } from "../../app/api/v1/feedback/[id]/report/route";
import { GET as myFeedbackRoute } from "../../app/api/v1/me/feedback/route";
import { db } from "../../lib/db";
import type { FeedbackForViewer } from "../../lib/feedback/feedback.types";
import { stopBoss } from "../../lib/jobs/boss";
import { getCurrentRubric, publishRubricVersion } from "../../lib/rubrics/rubrics";
import { insertTestBooking } from "./bookings";
import { apiRequest } from "./requests";
import { bearer, createTestUser, ensureInterviewTypes, type TestUser } from "./users";

/** Feedback test helpers: a rubric, well-formed answers, and calls through the route handlers. */
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** A rubric competency with anchored descriptors, as the rubric editor would publish it. */
export const testCompetency = (key: string, weight: number) => ({
  key,
  name: key.replace(/-/g, " "),
  description: `Measures ${key} in the candidate's answer.`,
  weight,
  descriptors: [
    `Shows no grasp of ${key}.`,
    `Shows some ${key} but misses key points.`,
    `Handles ${key} soundly, as expected of a hire.`,
    `Handles ${key} with insight beyond the bar.`,
  ] as [string, string, string, string],
});

/** The type's current rubric, publishing one with these keys if it has none yet. */
export async function ensureTestRubric(slug = "system-design", keys = ["requirements-scoping", "architecture"]) {
  const current = await getCurrentRubric(slug);
  if (current) return current;
  const weight = 1 / keys.length;
  await publishRubricVersion(null, slug, {
    title: `Test rubric ${slug}`,
    competencies: keys.map((k) => testCompetency(k, weight)),
  });
  return (await getCurrentRubric(slug))!;
}

/**
 * What every feedback integration file sets up: the interview types and a
 * published rubric before its tests, and pg-boss stopped after them. The
 * returned rubric's `id` and `keys` are filled in by beforeAll, so read them
 * inside tests (the `keys` array itself may be destructured up front).
 */
export function setUpFeedbackTests(...rubric: Parameters<typeof ensureTestRubric>) {
  const current = { id: "", keys: [] as string[] };
  beforeAll(async () => {
    await ensureInterviewTypes();
    const published = await ensureTestRubric(...rubric);
    current.id = published.id;
    current.keys.splice(0, current.keys.length, ...published.competencies.map((c) => c.key));
  });
  afterAll(() => stopBoss());
  return current;
}

export function interviewerAnswer(keys: string[], score = 3) {
  return {
    scores: Object.fromEntries(
      keys.map((k) => [k, { score, evidence: `On ${k}: named the users and estimated load.` }]),
    ),
    strengths: "Clear structure and good estimates.",
    improvements: "Discuss failure modes earlier.",
    recommendation: "HIRE",
    // Scores other than 3 make the rule suggest something else: the reason keeps HIRE a valid departure.
    recommendationReason: "A fixed test answer: HIRE whatever the scores.",
    nextTopics: ["caching", "queues"],
  };
}

export function candidateAnswer(rating = 4) {
  return {
    preparedness: rating,
    questionQuality: rating,
    feedbackUsefulness: rating,
    respect: rating,
    comments: "Helpful and kind.",
    wouldPractiseAgain: true,
  };
}

/** An interview between two new people that started `startedAgoMs` ago (negative: in the future). */
export async function interview(
  startedAgoMs: number,
  options: { status?: "SCHEDULED" | "COMPLETED" | "CANCELLED" | "NO_SHOW"; pinRubric?: boolean } = {},
) {
  const interviewer = await createTestUser();
  const candidate = await createTestUser();
  let booking = await insertTestBooking(candidate, interviewer, new Date(Date.now() - startedAgoMs));
  if (options.status && options.status !== "SCHEDULED") {
    const cancelled = options.status === "CANCELLED";
    booking = await db().booking.update({
      where: { id: booking.id },
      data: {
        status: options.status,
        ...(cancelled ? { cancelledById: candidate.caller.id, cancelReason: "Something came up" } : {}),
      },
    });
  }
  if (options.pinRubric ?? true) {
    const rubric = await ensureTestRubric();
    await db().booking.update({ where: { id: booking.id }, data: { rubricVersionId: rubric.id } });
  }
  return { interviewer, candidate, booking };
}

/** Moves an interview back in time by `ms`, as if that long had passed (nothing else runs); the moved row. */
export async function moveBack(bookingId: string, ms: number) {
  const b = await db().booking.findUniqueOrThrow({ where: { id: bookingId } });
  return db().booking.update({
    where: { id: bookingId },
    data: { startsAt: new Date(b.startsAt.getTime() - ms), endsAt: new Date(b.endsAt.getTime() - ms) },
  });
}

const p = (id: string) => ({ params: Promise.resolve({ id }) });

export const feedbackApi = {
  get: (user: TestUser, bookingId: string) =>
    getFeedbackRoute(apiRequest(`/api/v1/interviews/${bookingId}/feedback`, { headers: bearer(user) }), p(bookingId)),
  put: (user: TestUser, bookingId: string, body: unknown) =>
    putFeedbackRoute(
      apiRequest(`/api/v1/interviews/${bookingId}/feedback`, { method: "PUT", body, headers: bearer(user) }),
      p(bookingId),
    ),
  submit: (user: TestUser, bookingId: string, body: unknown) =>
    submitRoute(
      apiRequest(`/api/v1/interviews/${bookingId}/feedback/submit`, { method: "POST", body, headers: bearer(user) }),
      p(bookingId),
    ),
  report: (user: TestUser, feedbackId: string, reason: string) =>
    reportRoute(
      apiRequest(`/api/v1/feedback/${feedbackId}/report`, { method: "POST", body: { reason }, headers: bearer(user) }),
      p(feedbackId),
    ),
  mine: (user: TestUser, query = "") =>
    myFeedbackRoute(apiRequest(`/api/v1/me/feedback${query}`, { headers: bearer(user) })),
};

/** GET as JSON, asserting 200. */
export async function view(user: TestUser, bookingId: string): Promise<FeedbackForViewer> {
  const response = await feedbackApi.get(user, bookingId);
  if (response.status !== 200) throw new Error(`GET feedback answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as FeedbackForViewer;
}
