import { describe, expect, it } from "vitest";
import { db } from "../db";
import { insertTestBooking } from "../../tests/factories/bookings";
import {
  candidateAnswer,
  DAY,
  feedbackApi,
  HOUR,
  interview,
  interviewerAnswer,
  moveBack,
  setUpFeedbackTests,
  view,
} from "../../tests/factories/feedback";
import { createTestUser } from "../../tests/factories/users";
import type { ReceivedFeedbackPage } from "./feedback.types";

const rubric = setUpFeedbackTests();
const { keys } = rubric;

type Problem = { detail: string; errors?: Record<string, string[]> };

describe("submitting and releasing", () => {
  it("both submitted → released to both; the first submission completes the booking, once", async () => {
    const { interviewer, candidate, booking } = await interview(2 * HOUR);
    expect((await feedbackApi.submit(interviewer, booking.id, interviewerAnswer(keys, 3))).status).toBe(200);
    expect((await db().booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("COMPLETED");
    const response = await feedbackApi.submit(candidate, booking.id, candidateAnswer(5));
    expect(response.status).toBe(200);
    const asCandidate = (await response.json()) as Awaited<ReturnType<typeof view>>;
    expect(asCandidate.released).toBe(true);
    expect(asCandidate.theirs.content).toMatchObject({
      direction: "INTERVIEWER_TO_CANDIDATE",
      recommendation: "HIRE",
      scores: Object.fromEntries(keys.map((k) => [k, expect.objectContaining({ score: 3 })])),
    });
    const asInterviewer = await view(interviewer, booking.id);
    expect(asInterviewer.released).toBe(true);
    expect(asInterviewer.theirs.content).toMatchObject({ direction: "CANDIDATE_TO_INTERVIEWER", respect: 5 });
    expect(asInterviewer.mine.editable).toBe(false);
    expect(asInterviewer.canWrite).toBe(false);

    const history = await db().bookingStatusChange.findMany({
      where: { bookingId: booking.id, toStatus: "COMPLETED" },
    });
    expect(history.map((h) => [h.fromStatus, h.changedById, h.reason])).toEqual([
      ["SCHEDULED", interviewer.caller.id, "Feedback submitted"],
    ]);
  });

  it("writes typed columns and one score row per competency with the booking's people, type, start and rubric", async () => {
    const { interviewer, candidate, booking } = await interview(2 * HOUR);
    await feedbackApi.submit(interviewer, booking.id, interviewerAnswer(keys, 2));
    const row = await db().feedback.findFirstOrThrow({
      where: { bookingId: booking.id },
      include: { scores: { include: { competency: true } } },
    });
    expect(row).toMatchObject({
      direction: "INTERVIEWER_TO_CANDIDATE",
      authorId: interviewer.caller.id,
      subjectId: candidate.caller.id,
      status: "SUBMITTED",
      recommendation: "HIRE",
      rubricVersionId: rubric.id,
      nextTopics: ["caching", "queues"],
      draft: null,
    });
    expect(row.scores.map((s) => s.competencyKey).sort()).toEqual([...keys].sort());
    for (const s of row.scores) {
      expect(s).toMatchObject({
        candidateId: candidate.caller.id,
        interviewerId: interviewer.caller.id,
        interviewTypeId: booking.interviewTypeId,
        interviewedAt: booking.startsAt,
        rubricVersionId: rubric.id,
        score: 2,
      });
      expect(s.competency.key).toBe(s.competencyKey);
      expect(s.competency.rubricVersionId).toBe(rubric.id);
    }
  });

  it("seven days after the end the feedback is visible, with no job ever run; writing is then closed", async () => {
    const { interviewer, candidate, booking } = await interview(2 * HOUR);
    await feedbackApi.submit(interviewer, booking.id, interviewerAnswer(keys));
    expect((await view(candidate, booking.id)).theirs.content).toBeNull();
    await moveBack(booking.id, 7 * DAY);
    const asCandidate = await view(candidate, booking.id);
    expect(asCandidate.released).toBe(true);
    expect(asCandidate.theirs.content).toMatchObject({ strengths: "Clear structure and good estimates." });
    expect(asCandidate.canWrite).toBe(false);
    expect((await feedbackApi.submit(candidate, booking.id, candidateAnswer())).status).toBe(409);
    expect((await feedbackApi.put(interviewer, booking.id, interviewerAnswer(keys, 4))).status).toBe(409);
    const received = (await (await feedbackApi.mine(candidate)).json()) as ReceivedFeedbackPage;
    expect(received.items.map((i) => i.bookingId)).toEqual([booking.id]);
  });

  it("a booking made before its type had a rubric is scored against the latest version, which it then records", async () => {
    const { interviewer, booking } = await interview(2 * HOUR, { pinRubric: false });
    expect(booking.rubricVersionId).toBeNull();
    expect((await view(interviewer, booking.id)).rubric?.versionId).toBe(rubric.id);
    expect((await feedbackApi.submit(interviewer, booking.id, interviewerAnswer(keys))).status).toBe(200);
    expect((await db().booking.findUniqueOrThrow({ where: { id: booking.id } })).rubricVersionId).toBe(rubric.id);
  });
});

describe("validation: 400 with field errors, nothing stored", () => {
  const [first, second] = ["requirements-scoping", "architecture"];

  async function refused(body: unknown, as: "interviewer" | "candidate" = "interviewer") {
    const { interviewer, candidate, booking } = await interview(2 * HOUR);
    const user = as === "interviewer" ? interviewer : candidate;
    // A saved draft must survive a failed submission untouched.
    await feedbackApi.put(user, booking.id, { comments: "draft so far" }).catch(() => undefined);
    const draftBefore = await db().feedback.findMany({ where: { bookingId: booking.id } });
    const response = await feedbackApi.submit(user, booking.id, body);
    expect(response.status).toBe(400);
    const after = await db().feedback.findMany({ where: { bookingId: booking.id } });
    expect(after.map((f) => [f.status, f.draft])).toEqual(draftBefore.map((f) => [f.status, f.draft]));
    expect(await db().feedbackScore.count({ where: { feedback: { bookingId: booking.id } } })).toBe(0);
    expect((await db().booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("SCHEDULED");
    return ((await response.json()) as Problem).errors ?? {};
  }

  it("a missing competency", async () => {
    const body = interviewerAnswer(keys);
    delete (body.scores as Record<string, unknown>)[second];
    expect(Object.keys(await refused(body))).toContain(`scores.${second}`);
  });

  it("a score of 0 or 5", async () => {
    for (const score of [0, 5]) {
      const body = interviewerAnswer(keys);
      body.scores[first] = { score, evidence: "Something they said." };
      expect((await refused(body))[`scores.${first}.score`]).toEqual(["Scores run from 1 to 4"]);
    }
  });

  it("missing evidence", async () => {
    const body = interviewerAnswer(keys);
    body.scores[first] = { score: 3, evidence: "   " };
    expect(Object.keys(await refused(body))).toContain(`scores.${first}.evidence`);
  });

  it("text over the limit, and a candidate rating out of range", async () => {
    const body = { ...interviewerAnswer(keys), strengths: "x".repeat(2001) };
    expect((await refused(body)).strengths?.[0]).toMatch(/at most 2000/);
    const errors = await refused({ ...candidateAnswer(), respect: 6, comments: "y".repeat(3001) }, "candidate");
    expect(Object.keys(errors).sort()).toEqual(["comments", "respect"]);
  });
});

describe("drafts and edits", () => {
  it("a draft saves and reloads, stays private, and becomes the submission", async () => {
    const { interviewer, candidate, booking } = await interview(2 * HOUR);
    const draft = { scores: { [keys[0]!]: { score: 2, evidence: "Skipped scoping" } }, strengths: "Calm" };
    expect((await feedbackApi.put(interviewer, booking.id, draft)).status).toBe(200);
    const reloaded = await view(interviewer, booking.id);
    expect(reloaded.mine).toMatchObject({ status: "DRAFT", draft, content: null, submittedAt: null });
    expect((await feedbackApi.put(interviewer, booking.id, { ...draft, improvements: "Scope first" })).status).toBe(
      200,
    );
    expect((await view(interviewer, booking.id)).mine.draft).toMatchObject({ improvements: "Scope first" });
    const asCandidate = await view(candidate, booking.id);
    expect(asCandidate.theirs).toMatchObject({ submitted: false, content: null });
    expect(JSON.stringify(asCandidate)).not.toContain("Skipped scoping");
    // Over the limit is refused even in a draft.
    expect((await feedbackApi.put(interviewer, booking.id, { strengths: "x".repeat(2001) })).status).toBe(400);
    expect((await feedbackApi.submit(interviewer, booking.id, interviewerAnswer(keys))).status).toBe(200);
    const row = await db().feedback.findFirstOrThrow({ where: { bookingId: booking.id } });
    expect(row).toMatchObject({ status: "SUBMITTED", draft: null, strengths: "Clear structure and good estimates." });
  });

  it("a submission can be edited until release (full form only), and not after", async () => {
    const { interviewer, candidate, booking } = await interview(2 * HOUR);
    await feedbackApi.submit(interviewer, booking.id, interviewerAnswer(keys, 2));
    const first = await db().feedback.findFirstOrThrow({ where: { bookingId: booking.id } });
    expect((await feedbackApi.put(interviewer, booking.id, { strengths: "Only this" })).status).toBe(400);
    const edited = await feedbackApi.put(interviewer, booking.id, {
      ...interviewerAnswer(keys, 4),
      strengths: "Edited",
    });
    expect(edited.status).toBe(200);
    const row = await db().feedback.findFirstOrThrow({ where: { bookingId: booking.id }, include: { scores: true } });
    expect(row.strengths).toBe("Edited");
    expect(row.scores.map((s) => s.score)).toEqual(keys.map(() => 4));
    expect(row.submittedAt).toEqual(first.submittedAt);

    await feedbackApi.submit(candidate, booking.id, candidateAnswer());
    const late = await feedbackApi.put(interviewer, booking.id, interviewerAnswer(keys, 1));
    expect(late.status).toBe(409);
    expect(((await late.json()) as Problem).detail).toMatch(/read-only/);
    expect((await feedbackApi.put(candidate, booking.id, candidateAnswer(1))).status).toBe(409);
    const after = await db().feedbackScore.findMany({ where: { feedbackId: row.id } });
    expect(after.map((s) => s.score)).toEqual(keys.map(() => 4));
  });
});

describe("GET /api/v1/me/feedback", () => {
  it("lists released, non-hidden feedback the caller received, newest first, paginated", async () => {
    const candidate = await createTestUser();
    const bookings = [];
    for (const hoursAgo of [8, 5, 2]) {
      const interviewer = await createTestUser();
      const b = await insertTestBooking(candidate, interviewer, new Date(Date.now() - hoursAgo * HOUR));
      await db().booking.update({ where: { id: b.id }, data: { rubricVersionId: rubric.id } });
      await feedbackApi.submit(interviewer, b.id, interviewerAnswer(keys));
      await feedbackApi.submit(candidate, b.id, candidateAnswer());
      bookings.push(b);
    }
    // One more whose author wrote but the candidate did not: not released yet.
    const pending = await createTestUser();
    const unreleased = await insertTestBooking(candidate, pending, new Date(Date.now() - 11 * HOUR));
    await db().booking.update({ where: { id: unreleased.id }, data: { rubricVersionId: rubric.id } });
    await feedbackApi.submit(pending, unreleased.id, interviewerAnswer(keys));
    // And one an admin hid.
    await db().feedback.updateMany({
      where: { bookingId: bookings[0]!.id, subjectId: candidate.caller.id },
      data: { hiddenAt: new Date(), hiddenReason: "Abusive" },
    });

    const page1 = (await (await feedbackApi.mine(candidate, "?pageSize=1")).json()) as ReceivedFeedbackPage;
    expect(page1).toMatchObject({ page: 1, pageSize: 1, total: 2 });
    expect(page1.items.map((i) => i.bookingId)).toEqual([bookings[2]!.id]);
    expect(page1.items[0]).toMatchObject({
      recommendation: "HIRE",
      interviewType: { slug: "system-design" },
      content: { direction: "INTERVIEWER_TO_CANDIDATE" },
    });
    const page2 = (await (await feedbackApi.mine(candidate, "?pageSize=1&page=2")).json()) as ReceivedFeedbackPage;
    expect(page2.items.map((i) => i.bookingId)).toEqual([bookings[1]!.id]);
    expect((await feedbackApi.mine(candidate, "?pageSize=0")).status).toBe(400);
  });
});
