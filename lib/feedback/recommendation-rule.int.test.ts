import { describe, expect, it } from "vitest";
import { db } from "../db";
import { sqlState } from "../errors";
import {
  feedbackApi,
  HOUR,
  interview,
  interviewerAnswer,
  setUpFeedbackTests,
  view,
} from "../../tests/factories/feedback";
import { DEPARTURE_NEEDS_REASON } from "./feedback.schema";

const { keys } = setUpFeedbackTests();

type Problem = { status: number; detail: string; errors?: Record<string, string[]> };

// Scoring every competency the same makes the rule's suggestion independent of the weights.
const departing = (score: number, reason: string) => ({
  ...interviewerAnswer(keys, score),
  recommendationReason: reason,
});

describe("the recommendation rule on submission", () => {
  it("refuses a departure without a reason as problem+json with a field error, storing nothing", async () => {
    const { interviewer, booking } = await interview(2 * HOUR);
    const response = await feedbackApi.submit(interviewer, booking.id, departing(2, "   "));
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/application\/problem\+json/);
    const problem = (await response.json()) as Problem;
    expect(problem.errors?.recommendationReason).toEqual([DEPARTURE_NEEDS_REASON]);
    expect(await db().feedback.count({ where: { bookingId: booking.id, status: "SUBMITTED" } })).toBe(0);
  });

  it("keeps the rule's suggestion and the reason beside a departure, and shows both to the reader", async () => {
    const { interviewer, booking } = await interview(2 * HOUR);
    const reason = "Scores undersell the design: the 2s were on hints they took well.";
    expect((await feedbackApi.submit(interviewer, booking.id, departing(2, reason))).status).toBe(200);
    const row = await db().feedback.findFirstOrThrow({ where: { bookingId: booking.id } });
    expect(row).toMatchObject({
      recommendation: "HIRE",
      suggestedRecommendation: "NO_HIRE",
      recommendationReason: reason,
    });
    expect((await view(interviewer, booking.id)).mine.content).toMatchObject({
      recommendation: "HIRE",
      suggestedRecommendation: "NO_HIRE",
      recommendationReason: reason,
    });
  });

  it("needs no reason when following the rule, and drops one that was typed", async () => {
    const { interviewer, booking } = await interview(2 * HOUR);
    expect((await feedbackApi.submit(interviewer, booking.id, departing(3, "Typed, then agreed."))).status).toBe(200);
    const row = await db().feedback.findFirstOrThrow({ where: { bookingId: booking.id } });
    expect(row).toMatchObject({ recommendation: "HIRE", suggestedRecommendation: "HIRE", recommendationReason: null });
  });

  it("the database refuses a departure without a reason, whoever writes it", async () => {
    const { interviewer, booking } = await interview(2 * HOUR);
    await feedbackApi.submit(interviewer, booking.id, departing(3, ""));
    const error = await db()
      .feedback.updateMany({ where: { bookingId: booking.id }, data: { recommendation: "STRONG_HIRE" } })
      .catch((e: unknown) => e);
    expect(sqlState(error)).toBe("23514");
  });
});
