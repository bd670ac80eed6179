import { describe, expect, it } from "vitest";
import { db } from "../db";
import {
  candidateAnswer,
  DAY,
  feedbackApi,
  HOUR,
  interview,
  interviewerAnswer,
  setUpFeedbackTests,
  view,
} from "../../tests/factories/feedback";
import { createTestUser } from "../../tests/factories/users";

const { keys } = setUpFeedbackTests();

const problem = async (response: Response) => ({
  status: response.status,
  body: (await response.json()) as { detail: string; errors?: Record<string, string[]> },
});

describe("who may read and write feedback", () => {
  it("a third user, an admin and an unknown id get 404 on GET, PUT and submit; nothing is written", async () => {
    const { booking } = await interview(2 * HOUR);
    const third = await createTestUser();
    const admin = await createTestUser({ role: "ADMIN" });
    for (const outsider of [third, admin]) {
      expect((await feedbackApi.get(outsider, booking.id)).status).toBe(404);
      expect((await feedbackApi.put(outsider, booking.id, { comments: "x" })).status).toBe(404);
      expect((await feedbackApi.submit(outsider, booking.id, candidateAnswer())).status).toBe(404);
    }
    expect((await feedbackApi.get(third, "no-such-booking")).status).toBe(404);
    expect(await db().feedback.count({ where: { bookingId: booking.id } })).toBe(0);
  });

  it("a third user cannot report feedback, even released feedback they learned the id of", async () => {
    const { interviewer, candidate, booking } = await interview(2 * HOUR);
    await feedbackApi.submit(interviewer, booking.id, interviewerAnswer(keys));
    await feedbackApi.submit(candidate, booking.id, candidateAnswer());
    const row = await db().feedback.findFirstOrThrow({
      where: { bookingId: booking.id, authorId: interviewer.caller.id },
    });
    const third = await createTestUser();
    expect((await feedbackApi.report(third, row.id, "This is rude and unfair.")).status).toBe(404);
    // The author cannot report their own feedback either: only its subject may.
    expect((await feedbackApi.report(interviewer, row.id, "This is rude and unfair.")).status).toBe(404);
  });

  it("the direction follows the role", async () => {
    const { interviewer, candidate, booking } = await interview(2 * HOUR);
    expect(await view(interviewer, booking.id)).toMatchObject({
      role: "INTERVIEWER",
      direction: "INTERVIEWER_TO_CANDIDATE",
    });
    expect(await view(candidate, booking.id)).toMatchObject({
      role: "CANDIDATE",
      direction: "CANDIDATE_TO_INTERVIEWER",
    });
  });

  it("no feedback before the start: 409 with the reason, and the view says so", async () => {
    const { interviewer, candidate, booking } = await interview(-2 * HOUR);
    const submitted = await problem(await feedbackApi.submit(interviewer, booking.id, interviewerAnswer(keys)));
    expect(submitted.status).toBe(409);
    expect(submitted.body.detail).toMatch(/opens when the interview starts/);
    expect((await feedbackApi.put(candidate, booking.id, { comments: "early" })).status).toBe(409);
    const seen = await view(candidate, booking.id);
    expect(seen.canWrite).toBe(false);
    expect(seen.cannotWriteReason).toMatch(/opens/);
    expect(await db().feedback.count({ where: { bookingId: booking.id } })).toBe(0);
  });

  it("no feedback on a cancelled or no-show booking", async () => {
    for (const status of ["CANCELLED", "NO_SHOW"] as const) {
      const { interviewer, candidate, booking } = await interview(3 * HOUR, { status });
      expect((await feedbackApi.submit(interviewer, booking.id, interviewerAnswer(keys))).status).toBe(409);
      expect((await feedbackApi.submit(candidate, booking.id, candidateAnswer())).status).toBe(409);
      expect((await feedbackApi.put(candidate, booking.id, { comments: "draft" })).status).toBe(409);
      expect(await db().feedback.count({ where: { bookingId: booking.id } })).toBe(0);
    }
  });

  it("feedback can be written once the interview has started, before its end", async () => {
    const { candidate, booking } = await interview(10 * 60_000);
    expect((await feedbackApi.submit(candidate, booking.id, candidateAnswer())).status).toBe(200);
  });

  it("a second submission in the same direction is refused (409) and the first stays as it was", async () => {
    const { interviewer, booking } = await interview(2 * HOUR);
    expect((await feedbackApi.submit(interviewer, booking.id, interviewerAnswer(keys, 2))).status).toBe(200);
    const again = await problem(await feedbackApi.submit(interviewer, booking.id, interviewerAnswer(keys, 4)));
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(/already submitted/);
    const scores = await db().feedbackScore.findMany({ where: { feedback: { bookingId: booking.id } } });
    expect(scores.map((s) => s.score)).toEqual(keys.map(() => 2));
    expect(await db().feedback.count({ where: { bookingId: booking.id } })).toBe(1);
  });

  it("two submissions at once in one direction: exactly one wins", async () => {
    const { candidate, booking } = await interview(2 * HOUR);
    const results = await Promise.all([
      feedbackApi.submit(candidate, booking.id, candidateAnswer(3)),
      feedbackApi.submit(candidate, booking.id, candidateAnswer(5)),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await db().feedback.count({ where: { bookingId: booking.id } })).toBe(1);
  });

  it("the subject cannot see the other side's content (or its id) before release", async () => {
    const { interviewer, candidate, booking } = await interview(2 * HOUR);
    await feedbackApi.submit(interviewer, booking.id, interviewerAnswer(keys));
    const asCandidate = await view(candidate, booking.id);
    expect(asCandidate.released).toBe(false);
    expect(asCandidate.theirs).toMatchObject({ submitted: true, content: null, id: null });
    expect(JSON.stringify(asCandidate)).not.toContain("Clear structure");
    // Received feedback lists nothing yet either.
    const mine = (await (await feedbackApi.mine(candidate)).json()) as { total: number };
    expect(mine.total).toBe(0);
    // The author sees their own submission, editable until release.
    const asInterviewer = await view(interviewer, booking.id);
    expect(asInterviewer.mine).toMatchObject({ status: "SUBMITTED", editable: true });
    expect(asInterviewer.mine.content).toMatchObject({ strengths: "Clear structure and good estimates." });
  });

  it("the release time is the end plus seven days", async () => {
    const { candidate, booking } = await interview(2 * HOUR);
    expect((await view(candidate, booking.id)).releasesAt).toBe(
      new Date(booking.endsAt.getTime() + 7 * DAY).toISOString(),
    );
  });
});
