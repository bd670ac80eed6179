import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { QUEUES } from "../jobs/boss";
import { handleFeedbackReady, handleFeedbackReminder } from "../notifications/feedback-handlers";
import { handleFeedbackRequest } from "../notifications/handle-job";
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
import { FEEDBACK_REMINDER_AFTER_MS, RELEASE_AFTER_MS } from "./feedback.schema";

const { keys } = setUpFeedbackTests();
const ctx = () => ({ jobId: randomUUID(), attempt: 0 });

interface JobRow {
  name: string;
  data: Record<string, string>;
  start_after: Date;
}
const jobsFor = (bookingId: string, names: string[]) =>
  db().$queryRaw<JobRow[]>`
    SELECT name, data, start_after FROM pgboss.job
     WHERE data->>'bookingId' = ${bookingId} AND name = ANY(${names}) ORDER BY name, start_after`;

const mails = (bookingId: string, kind: string) =>
  db().emailOutbox.findMany({ where: { kind, dedupeKey: { contains: `:${bookingId}:` } } });

describe("the feedback-request job at the end", () => {
  it("completes a still-SCHEDULED booking, with history, and schedules the reminder and the release check once", async () => {
    const { booking } = await interview(2 * HOUR);
    const data = { bookingId: booking.id, expectedStart: booking.startsAt.toISOString() };
    expect(await handleFeedbackRequest(data, ctx())).toEqual({ sent: 2, duplicates: 0 });
    // A retried job neither writes history again nor schedules twice.
    expect(await handleFeedbackRequest(data, ctx())).toEqual({ sent: 0, duplicates: 2 });

    const after = await db().booking.findUniqueOrThrow({ where: { id: booking.id }, include: { history: true } });
    expect(after.status).toBe("COMPLETED");
    expect(after.history.map((h) => [h.fromStatus, h.toStatus, h.changedById])).toEqual([
      ["SCHEDULED", "COMPLETED", null],
    ]);
    const jobs = await jobsFor(booking.id, [QUEUES.feedbackReady, QUEUES.feedbackReminder]);
    expect(jobs.map((j) => [j.name, j.start_after.getTime()])).toEqual([
      [QUEUES.feedbackReady, booking.endsAt.getTime() + RELEASE_AFTER_MS],
      [QUEUES.feedbackReminder, booking.endsAt.getTime() + FEEDBACK_REMINDER_AFTER_MS],
    ]);
  });

  it("does not ask someone who has already written, nor complete twice after the first submission did", async () => {
    const { interviewer, candidate, booking } = await interview(2 * HOUR);
    await feedbackApi.submit(candidate, booking.id, candidateAnswer());
    const data = { bookingId: booking.id, expectedStart: booking.startsAt.toISOString() };
    expect(await handleFeedbackRequest(data, ctx())).toEqual({ sent: 1, duplicates: 0 });
    expect((await mails(booking.id, "feedback-request")).map((m) => m.toAddress)).toEqual([interviewer.email]);
    const history = await db().bookingStatusChange.findMany({
      where: { bookingId: booking.id, toStatus: "COMPLETED" },
    });
    expect(history).toHaveLength(1);
  });

  it("a cancelled booking is left alone", async () => {
    const { booking } = await interview(2 * HOUR, { status: "CANCELLED" });
    const data = { bookingId: booking.id, expectedStart: booking.startsAt.toISOString() };
    expect(await handleFeedbackRequest(data, ctx())).toEqual({ skipped: "booking is CANCELLED" });
    expect(await jobsFor(booking.id, [QUEUES.feedbackReady, QUEUES.feedbackReminder])).toEqual([]);
  });
});

describe("the reminder", () => {
  it("goes only to the participant who has not submitted, once", async () => {
    const { interviewer, booking } = await interview(2 * HOUR);
    await feedbackApi.submit(interviewer, booking.id, interviewerAnswer(keys));
    const moved = await moveBack(booking.id, 2 * DAY);
    const data = { bookingId: booking.id, expectedStart: moved.startsAt.toISOString() };
    expect(await handleFeedbackReminder(data, ctx())).toEqual({ sent: 1, duplicates: 0 });
    expect(await handleFeedbackReminder(data, ctx())).toEqual({ sent: 0, duplicates: 1 });
    const sent = await mails(booking.id, "feedback-reminder");
    expect(sent).toHaveLength(1);
    expect(sent[0]!.toAddress).not.toBe(interviewer.email);
    expect(sent[0]!.subject).toMatch(/Reminder: your feedback for/);
  });

  it("is skipped once both have written", async () => {
    const { interviewer, candidate, booking } = await interview(2 * HOUR);
    await feedbackApi.submit(interviewer, booking.id, interviewerAnswer(keys));
    await feedbackApi.submit(candidate, booking.id, candidateAnswer());
    const data = { bookingId: booking.id, expectedStart: booking.startsAt.toISOString() };
    expect(await handleFeedbackReminder(data, ctx())).toEqual({ skipped: "feedback already released" });
  });
});

describe("the release e-mail", () => {
  it("the second submission enqueues it in the same transaction; it is sent once even when the 7-day job runs too", async () => {
    const { interviewer, candidate, booking } = await interview(2 * HOUR);
    await feedbackApi.submit(interviewer, booking.id, interviewerAnswer(keys));
    expect(await jobsFor(booking.id, [QUEUES.feedbackReady])).toEqual([]);
    await feedbackApi.submit(candidate, booking.id, candidateAnswer());
    const [job] = await jobsFor(booking.id, [QUEUES.feedbackReady]);
    expect(job?.data).toEqual({ bookingId: booking.id });

    expect(await handleFeedbackReady({ bookingId: booking.id }, ctx())).toEqual({ sent: 2, duplicates: 0 });
    // The 7-day path later: same outbox keys, nothing new.
    expect(await handleFeedbackReady({ bookingId: booking.id }, ctx())).toEqual({ sent: 0, duplicates: 2 });
    const sent = await mails(booking.id, "feedback-ready");
    expect(sent.map((m) => m.dedupeKey).sort()).toEqual(
      [
        `feedback-ready:${booking.id}:${candidate.caller.id}`,
        `feedback-ready:${booking.id}:${interviewer.caller.id}`,
      ].sort(),
    );
  });

  it("both submitting at the same moment: one of them sees the other's row and enqueues exactly one job", async () => {
    const { interviewer, candidate, booking } = await interview(2 * HOUR);
    const results = await Promise.all([
      feedbackApi.submit(interviewer, booking.id, interviewerAnswer(keys)),
      feedbackApi.submit(candidate, booking.id, candidateAnswer()),
    ]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect(await jobsFor(booking.id, [QUEUES.feedbackReady])).toHaveLength(1);
    expect(await db().bookingStatusChange.count({ where: { bookingId: booking.id, toStatus: "COMPLETED" } })).toBe(1);
  });

  it("before release it sends nothing; at 7 days only the person who received feedback hears", async () => {
    const { interviewer, candidate, booking } = await interview(2 * HOUR);
    await feedbackApi.submit(interviewer, booking.id, interviewerAnswer(keys));
    expect(await handleFeedbackReady({ bookingId: booking.id }, ctx())).toEqual({
      skipped: "feedback not released yet",
    });
    await moveBack(booking.id, 7 * DAY);
    expect(await handleFeedbackReady({ bookingId: booking.id }, ctx())).toEqual({ sent: 1, duplicates: 0 });
    expect((await mails(booking.id, "feedback-ready")).map((m) => m.toAddress)).toEqual([candidate.email]);
  });

  it("visibility never waits for the job: released feedback shows though no job has run", async () => {
    const { interviewer, candidate, booking } = await interview(2 * HOUR);
    await feedbackApi.submit(interviewer, booking.id, interviewerAnswer(keys));
    await feedbackApi.submit(candidate, booking.id, candidateAnswer());
    expect(await mails(booking.id, "feedback-ready")).toEqual([]);
    expect((await view(candidate, booking.id)).theirs.content).not.toBeNull();
  });
});
