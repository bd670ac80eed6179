import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { HOUR, DAY, setUpFeedbackTests } from "../../tests/factories/feedback";
import { insertTestBooking } from "../../tests/factories/bookings";
import { createTestUser, type TestUser } from "../../tests/factories/users";
import { competencyLevelsOf } from "./competency-levels";
import { RELEASE_AFTER_MS } from "./feedback.schema";
import { ratingsOf } from "./interviewer-ratings";
import {
  isReleased,
  isVisibleToSubject,
  releasedSql,
  releasedToSubjectWhere,
  visibleToSubjectSql,
  visibleToViewerSql,
} from "./release-rule";

/**
 * The release rule's three forms (TypeScript, SQL, Prisma `where`) and the
 * readers built on them must agree on every booking state at every moment:
 * one bookings per pair of feedback states (none, draft, submitted, submitted
 * and hidden) in each direction, looked at from generated instants around the
 * time-based release.
 */
const rubric = setUpFeedbackTests();

const STATES = ["NONE", "DRAFT", "SUBMITTED", "HIDDEN"] as const;
type State = (typeof STATES)[number];

interface Case {
  bookingId: string;
  endsAt: Date;
  candidate: TestUser;
  interviewer: TestUser;
  /** The interviewer's feedback on the candidate, and the candidate's on the interviewer. */
  onCandidate: State;
  onInterviewer: State;
}

const cases: Case[] = [];
const submitted = (s: State) => s === "SUBMITTED" || s === "HIDDEN";

async function writeFeedback(
  c: Case,
  direction: "INTERVIEWER_TO_CANDIDATE" | "CANDIDATE_TO_INTERVIEWER",
  state: State,
) {
  if (state === "NONE") return;
  const toCandidate = direction === "INTERVIEWER_TO_CANDIDATE";
  const done = submitted(state);
  const feedback = await db().feedback.create({
    data: {
      bookingId: c.bookingId,
      direction,
      authorId: (toCandidate ? c.interviewer : c.candidate).caller.id,
      subjectId: (toCandidate ? c.candidate : c.interviewer).caller.id,
      status: done ? "SUBMITTED" : "DRAFT",
      ...(done ? { submittedAt: c.endsAt } : {}),
      ...(state === "HIDDEN" ? { hiddenAt: c.endsAt, hiddenReason: "Abusive" } : {}),
      ...(done && toCandidate
        ? { rubricVersionId: rubric.id, recommendation: "HIRE", strengths: "Clear.", improvements: "Depth." }
        : {}),
      ...(done && !toCandidate
        ? { preparedness: 4, questionQuality: 4, feedbackUsefulness: 4, respect: 4, wouldPractiseAgain: true }
        : {}),
    },
  });
  if (done && toCandidate) {
    const booking = await db().booking.findUniqueOrThrow({ where: { id: c.bookingId } });
    const competency = await db().rubricCompetency.findFirstOrThrow({ where: { rubricVersionId: rubric.id } });
    await db().feedbackScore.create({
      data: {
        feedbackId: feedback.id,
        competencyKey: competency.key,
        competencyId: competency.id,
        rubricVersionId: rubric.id,
        candidateId: c.candidate.caller.id,
        interviewerId: c.interviewer.caller.id,
        interviewTypeId: booking.interviewTypeId,
        interviewedAt: booking.startsAt,
        score: 3,
        evidence: "Named the users.",
      },
    });
  }
}

beforeAll(async () => {
  const start = Date.now() - 30 * DAY;
  for (const onCandidate of STATES) {
    for (const onInterviewer of STATES) {
      const [candidate, interviewer] = [await createTestUser(), await createTestUser()];
      const booking = await insertTestBooking(candidate, interviewer, new Date(start), { status: "COMPLETED" });
      const c = { bookingId: booking.id, endsAt: booking.endsAt, candidate, interviewer, onCandidate, onInterviewer };
      await writeFeedback(c, "INTERVIEWER_TO_CANDIDATE", onCandidate);
      await writeFeedback(c, "CANDIDATE_TO_INTERVIEWER", onInterviewer);
      cases.push(c);
    }
  }
});

/** Instants around the release by time: its edges exactly, and anywhere from before the end to well after. */
const offsets = fc.oneof(
  fc.constantFrom(RELEASE_AFTER_MS - 1, RELEASE_AFTER_MS, RELEASE_AFTER_MS + 1, 0, -HOUR),
  fc.integer({ min: -DAY, max: RELEASE_AFTER_MS + DAY }),
);

describe("the release rule's three forms", () => {
  it("agree on every feedback state at generated instants", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: STATES.length ** 2 - 1 }), offsets, async (index, offset) => {
        const c = cases[index]!;
        const now = new Date(c.endsAt.getTime() + offset);
        const released = isReleased(
          { endsAt: c.endsAt, bothSubmitted: submitted(c.onCandidate) && submitted(c.onInterviewer) },
          now,
        );

        const [sql] = await db().$queryRaw<{ released: boolean }[]>`
          SELECT ${releasedSql("b", now)} AS released FROM bookings b WHERE b.id = ${c.bookingId}`;
        expect(sql?.released).toBe(released);

        const rows = await db().feedback.findMany({ where: { bookingId: c.bookingId } });
        const visible = await db().$queryRaw<{ id: string; subject: boolean; author: boolean; other: boolean }[]>`
          SELECT f.id, ${visibleToSubjectSql("f", "b", now)} AS subject,
                 ${visibleToSubjectSql("f", "b", now, { planOnce: true })} AS other,
                 ${visibleToViewerSql("f", "b", c.candidate.caller.id, now)}
                   OR ${visibleToViewerSql("f", "b", c.interviewer.caller.id, now)} AS author
            FROM feedback f JOIN bookings b ON b.id = f.booking_id WHERE b.id = ${c.bookingId}`;
        for (const row of rows) {
          const v = visible.find((x) => x.id === row.id)!;
          const toSubject = isVisibleToSubject(row, released);
          expect(v.subject).toBe(toSubject);
          expect(v.other).toBe(toSubject);
          // Both people look: the author always sees a submitted piece, the subject under the rule.
          expect(v.author).toBe(row.status === "SUBMITTED");
        }

        for (const person of [c.candidate, c.interviewer]) {
          const listed = await db().feedback.findMany({
            where: { bookingId: c.bookingId, ...releasedToSubjectWhere(person.caller.id, now) },
            select: { id: true },
          });
          const expected = rows.filter((r) => r.subjectId === person.caller.id && r.status === "SUBMITTED" && released);
          expect(listed.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
        }

        const ratings = await ratingsOf([c.interviewer.caller.id], now);
        expect(ratings.get(c.interviewer.caller.id) !== null).toBe(c.onInterviewer === "SUBMITTED" && released);
        const levels = await competencyLevelsOf(db(), c.candidate.caller.id, now);
        expect(Object.keys(levels).length > 0).toBe(c.onCandidate === "SUBMITTED" && released);
      }),
      { numRuns: 150 },
    );
  });
});
