import { beforeAll, describe, expect, it } from "vitest";
import { GET as listReportsRoute } from "../../app/api/v1/admin/feedback-reports/route";
import { POST as resolveRoute } from "../../app/api/v1/admin/feedback-reports/[id]/route";
import { db } from "../db";
import {
  candidateAnswer,
  feedbackApi,
  HOUR,
  interview,
  interviewerAnswer,
  setUpFeedbackTests,
  view,
} from "../../tests/factories/feedback";
import { apiRequest } from "../../tests/factories/requests";
import { bearer, createTestUser, type TestUser } from "../../tests/factories/users";
import type { FeedbackReportItem } from "./feedback-reports";
import type { ReceivedFeedbackPage } from "./feedback.types";

const { keys } = setUpFeedbackTests();
let admin: TestUser;

beforeAll(async () => {
  admin = await createTestUser({ role: "ADMIN" });
});

const queue = async (user: TestUser) => {
  const response = await listReportsRoute(apiRequest("/api/v1/admin/feedback-reports", { headers: bearer(user) }));
  return { status: response.status, items: response.ok ? ((await response.json()) as FeedbackReportItem[]) : [] };
};
const resolve = (user: TestUser, id: string, body: unknown) =>
  resolveRoute(apiRequest(`/api/v1/admin/feedback-reports/${id}`, { method: "POST", body, headers: bearer(user) }), {
    params: Promise.resolve({ id }),
  });

/** An interview where both have submitted (released), with the interviewer's row about the candidate. */
async function released() {
  const { interviewer, candidate, booking } = await interview(2 * HOUR);
  await feedbackApi.submit(interviewer, booking.id, {
    ...interviewerAnswer(keys),
    strengths: `Rude remark ${booking.id}`,
  });
  await feedbackApi.submit(candidate, booking.id, candidateAnswer());
  const aboutCandidate = await db().feedback.findFirstOrThrow({
    where: { bookingId: booking.id, subjectId: candidate.caller.id },
  });
  return { interviewer, candidate, booking, aboutCandidate };
}

describe("reporting feedback", () => {
  it("report → admin queue → hide: the subject then sees that it was hidden, not what it said", async () => {
    const { candidate, booking, aboutCandidate } = await released();
    const reported = await feedbackApi.report(candidate, aboutCandidate.id, "It insults me rather than my answer.");
    expect(reported.status).toBe(201);
    expect((await view(candidate, booking.id)).theirs).toMatchObject({ reported: true, hidden: false });

    const { items } = await queue(admin);
    const item = items.find((i) => i.feedback.id === aboutCandidate.id)!;
    expect(item).toMatchObject({
      reason: "It insults me rather than my answer.",
      reporter: { id: candidate.caller.id },
      feedback: { bookingId: booking.id, direction: "INTERVIEWER_TO_CANDIDATE", hidden: false },
    });
    expect(item.feedback.content).toMatchObject({ strengths: `Rude remark ${booking.id}` });

    expect((await resolve(admin, item.id, { action: "hide" })).status).toBe(400); // a reason is required
    const hidden = await resolve(admin, item.id, { action: "hide", reason: "Personal attack" });
    expect(hidden.status).toBe(200);
    expect((await resolve(admin, item.id, { action: "dismiss" })).status).toBe(409);

    const seen = await view(candidate, booking.id);
    expect(seen.theirs).toMatchObject({ hidden: true, content: null, submitted: true });
    expect(JSON.stringify(seen)).not.toContain("Rude remark");
    const received = (await (await feedbackApi.mine(candidate)).json()) as ReceivedFeedbackPage;
    expect(received.total).toBe(0);

    const row = await db().feedback.findUniqueOrThrow({ where: { id: aboutCandidate.id } });
    expect(row).toMatchObject({ hiddenReason: "Personal attack", hiddenById: admin.caller.id });
    expect(row.hiddenAt).not.toBeNull();
    const audit = await db().auditLog.findMany({ where: { entityId: item.id } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([["feedback_report.hide", admin.caller.id]]);
    expect((await queue(admin)).items.some((i) => i.id === item.id)).toBe(false);
  });

  it("dismiss leaves the feedback visible; a second report by the same person is a 409", async () => {
    const { candidate, booking, aboutCandidate } = await released();
    expect((await feedbackApi.report(candidate, aboutCandidate.id, "I disagree with every score.")).status).toBe(201);
    expect((await feedbackApi.report(candidate, aboutCandidate.id, "I still disagree with it.")).status).toBe(409);
    expect((await feedbackApi.report(candidate, aboutCandidate.id, "no")).status).toBe(400);
    const item = (await queue(admin)).items.find((i) => i.feedback.id === aboutCandidate.id)!;
    expect((await resolve(admin, item.id, { action: "dismiss", reason: "Honest, if blunt" })).status).toBe(200);
    expect((await view(candidate, booking.id)).theirs).toMatchObject({ hidden: false, reported: true });
    const report = await db().feedbackReport.findUniqueOrThrow({ where: { id: item.id } });
    expect(report).toMatchObject({
      status: "DISMISSED",
      resolutionNote: "Honest, if blunt",
      resolvedById: admin.caller.id,
    });
  });

  it("unreleased feedback cannot be reported (404): its subject may not know it yet", async () => {
    const { interviewer, candidate, booking } = await interview(2 * HOUR);
    await feedbackApi.submit(interviewer, booking.id, interviewerAnswer(keys));
    const row = await db().feedback.findFirstOrThrow({ where: { bookingId: booking.id } });
    expect((await feedbackApi.report(candidate, row.id, "Guessing this is unfair.")).status).toBe(404);
    expect(await db().feedbackReport.count({ where: { feedbackId: row.id } })).toBe(0);
  });

  it("admins see feedback only through a report: not by the interview, and not in the queue unreported", async () => {
    const { booking, aboutCandidate } = await released();
    expect((await feedbackApi.get(admin, booking.id)).status).toBe(404);
    const { status, items } = await queue(admin);
    expect(status).toBe(200);
    expect(items.some((i) => i.feedback.id === aboutCandidate.id)).toBe(false);
    expect(JSON.stringify(items)).not.toContain(`Rude remark ${booking.id}`);
  });

  it("the admin queue and resolution are 404 to everyone else", async () => {
    const { candidate, aboutCandidate } = await released();
    await feedbackApi.report(candidate, aboutCandidate.id, "Please take a look at this.");
    const item = (await queue(admin)).items.find((i) => i.feedback.id === aboutCandidate.id)!;
    expect((await queue(candidate)).status).toBe(404);
    expect((await resolve(candidate, item.id, { action: "hide", reason: "mine" })).status).toBe(404);
    expect((await db().feedbackReport.findUniqueOrThrow({ where: { id: item.id } })).status).toBe("OPEN");
  });
});
