import { describe, expect, it } from "vitest";
import {
  candidateAnswer,
  DAY,
  feedbackApi,
  HOUR,
  interview,
  interviewerAnswer,
  setUpFeedbackTests,
} from "../../tests/factories/feedback";
import { createTestUser } from "../../tests/factories/users";
import { feedbackInbox } from "./feedback-inbox";

const rubric = setUpFeedbackTests();

describe("the dashboard's feedback inbox", () => {
  it("lists interviews the caller still owes feedback on, flags when the other side is waiting, and drops them once sent", async () => {
    const { interviewer, candidate, booking } = await interview(2 * HOUR);
    const before = await feedbackInbox(candidate.caller);
    expect(before.owed.map((o) => o.bookingId)).toEqual([booking.id]);
    expect(before.owed[0]).toMatchObject({ role: "CANDIDATE", theirsWaiting: false });

    expect((await feedbackApi.submit(interviewer, booking.id, interviewerAnswer(rubric.keys))).status).toBe(200);
    const waiting = await feedbackInbox(candidate.caller);
    expect(waiting.owed[0]).toMatchObject({ bookingId: booking.id, theirsWaiting: true });
    expect(waiting.newlyReleased).toEqual([]); // double-blind: not released to the candidate yet
    expect((await feedbackInbox(interviewer.caller)).owed).toEqual([]);

    expect((await feedbackApi.submit(candidate, booking.id, candidateAnswer())).status).toBe(200);
    const after = await feedbackInbox(candidate.caller);
    expect(after.owed).toEqual([]);
    expect(after.newlyReleased.map((r) => r.bookingId)).toEqual([booking.id]);
  });

  it("leaves out interviews not started, cancelled, past the feedback window, and other people's", async () => {
    const future = await interview(-2 * HOUR);
    const cancelled = await interview(2 * HOUR, { status: "CANCELLED" });
    const old = await interview(8 * DAY);
    const stranger = await createTestUser();
    expect((await feedbackInbox(future.candidate.caller)).owed).toEqual([]);
    expect((await feedbackInbox(cancelled.candidate.caller)).owed).toEqual([]);
    expect((await feedbackInbox(old.interviewer.caller)).owed).toEqual([]);
    expect(await feedbackInbox(stranger.caller)).toEqual({ owed: [], newlyReleased: [] });
  });
});
