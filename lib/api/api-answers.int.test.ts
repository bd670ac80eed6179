import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stopBoss } from "../jobs/boss";
import { db } from "../db";
import { openAvailability } from "../../tests/factories/availability";
import { insertTestBooking } from "../../tests/factories/bookings";
import { candidateAnswer, DAY, ensureTestRubric, HOUR, interviewerAnswer } from "../../tests/factories/feedback";
import { apiRequest, sameOrigin } from "../../tests/factories/requests";
import { bearer, createTestUser, ensureInterviewTypes, type TestUser } from "../../tests/factories/users";
import { contractChecker } from "../../tests/support/api-contract";
import type { ApiTokenResponse } from "../auth/auth.schema";
import type { AvailabilityResponse } from "../availability/availability.schema";
import type { BookingDetailResponse, BookingResponse } from "../booking/booking.schema";
import type { FeedbackForViewerResponse } from "../feedback/feedback.schema";
import type { InterviewTypeResponse } from "../interview-types/interview-types.schema";
import type { MatchRequestResponse } from "../matching/match-request.schema";
import type { QuestionResponse } from "../questions/question.schema";
import type { SlotSearchResponse } from "../slot-search/slot-search.schema";
import { API_OPERATIONS } from "./api-operations";
import { openApiDocument } from "./openapi-document";

/**
 * Walks the API as its users would — an admin, an interviewer and a candidate
 * booking, moving, reviewing and reporting — through the real route handlers,
 * and checks every answer against the published OpenAPI document.
 */
type Handler = (request: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

const { operationFor, responseProblems } = contractChecker(openApiDocument());
const answered = new Set<string>();
const problems: string[] = [];

async function call<T = unknown>(
  user: TestUser | null,
  method: string,
  url: string,
  init: { body?: unknown; headers?: Record<string, string>; sessionToken?: string } = {},
): Promise<{ status: number; json: T }> {
  const op = operationFor(method, url);
  if (!op) throw new Error(`${method} ${url} is in no operation`);
  const template = op.path.split("/");
  const params: Record<string, string> = {};
  new URL(url, "http://localhost").pathname
    .replace(/^\/api\/v1/, "")
    .split("/")
    .forEach((segment, i) => {
      const name = /^\{(\w+)\}$/.exec(template[i] ?? "")?.[1];
      if (name) params[name] = decodeURIComponent(segment);
    });
  const file = path.join(process.cwd(), "app/api/v1", op.path.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");
  const handler = ((await import(file)) as Record<string, Handler>)[method.toUpperCase()]!;
  const request = apiRequest(url, {
    method: method.toUpperCase(),
    body: init.body,
    sessionToken: init.sessionToken,
    headers: { ...(user ? bearer(user) : {}), ...init.headers },
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  problems.push(...(await responseProblems(method, url, response)));
  if (response.status < 300) answered.add(`${op.method} ${op.path}`);
  const text = await response.text();
  return {
    status: response.status,
    json: (text && /json/.test(response.headers.get("content-type") ?? "") ? JSON.parse(text) : null) as T,
  };
}

let admin: TestUser;
let interviewer: TestUser;
let candidate: TestUser;
let spare: TestUser;

beforeAll(async () => {
  await ensureInterviewTypes();
  await ensureTestRubric();
  [admin, interviewer, candidate, spare] = await Promise.all([
    createTestUser({ role: "ADMIN" }),
    createTestUser(),
    createTestUser(),
    createTestUser(),
  ]);
  await openAvailability(interviewer.caller);
});
afterAll(() => stopBoss());

describe("answers keep the published contract", () => {
  it("the account, settings and people routes", async () => {
    expect((await call(null, "get", "/api/v1/health")).status).toBeLessThan(600);
    await call(null, "get", "/api/v1/openapi.json");
    await call(candidate, "get", "/api/v1/me");
    await call(candidate, "patch", "/api/v1/me", {
      body: { bio: "Practising for staff interviews.", focusAreas: ["system-design"] },
    });
    const availability = await call<AvailabilityResponse>(interviewer, "get", "/api/v1/me/availability");
    const { version: _version, ...saved } = availability.json;
    await call(interviewer, "put", "/api/v1/me/availability", { body: saved });
    await call(candidate, "post", "/api/v1/me/calendar-feed");
    await call(candidate, "delete", "/api/v1/me/calendar-feed");
    await call(candidate, "get", "/api/v1/me/notifications");
    await call(candidate, "patch", "/api/v1/me/notifications", { body: { reminderEmails: false } });
    const token = await call<ApiTokenResponse>(spare, "post", "/api/v1/me/tokens", { body: { name: "contract test" } });
    await call(spare, "get", "/api/v1/me/tokens");
    await call(spare, "delete", `/api/v1/me/tokens/${token.json.id}`);
    // A public address literal: connecting checks the address, and the worker (not running here) would read it.
    const calendar = await call<{ id: string }>(candidate, "post", "/api/v1/me/calendars", {
      body: { kind: "ICS", url: "https://93.184.215.14/contract.ics" },
    });
    await call(candidate, "get", "/api/v1/me/calendars");
    await call(candidate, "post", `/api/v1/me/calendars/${calendar.json.id}/refresh`);
    await call(candidate, "delete", `/api/v1/me/calendars/${calendar.json.id}`);
    await call(candidate, "get", `/api/v1/users/${interviewer.caller.id}`);
    await call(candidate, "post", "/api/v1/blocks", { body: { userId: spare.caller.id } });
    await call(candidate, "get", "/api/v1/blocks");
    await call(candidate, "delete", `/api/v1/blocks/${spare.caller.id}`);
    await call(candidate, "get", "/api/v1/interview-types");
    expect(problems).toEqual([]);
  });

  it("booking, moving, swapping the question and cancelling", async () => {
    const from = new Date(Date.now() + 3 * DAY);
    const to = new Date(from.getTime() + 7 * DAY);
    const slots = await call<SlotSearchResponse>(
      candidate,
      "get",
      `/api/v1/slots?interviewType=system-design&interviewer=${interviewer.caller.id}&from=${from.toISOString()}&to=${to.toISOString()}`,
    );
    const [first, second] = slots.json.slots;
    const booked = await call<BookingResponse>(candidate, "post", "/api/v1/bookings", {
      body: { interviewerId: interviewer.caller.id, interviewType: "system-design", start: first!.start },
      headers: { "idempotency-key": `contract-${candidate.caller.id}` },
    });
    expect(booked.status).toBe(201);
    expect(booked.json.allowedActions.map((w) => w.action)).toContain("cancel");
    await call(candidate, "get", `/api/v1/slots/peers?interviewType=system-design&start=${second!.start}`);
    await call(candidate, "get", "/api/v1/people?q=a");
    await call(
      candidate,
      "get",
      `/api/v1/bookings/${booked.json.id}/open-times?from=${from.toISOString()}&to=${to.toISOString()}`,
    );
    await call(candidate, "get", "/api/v1/bookings");
    await call(interviewer, "get", `/api/v1/bookings/${booked.json.id}`);
    const question = await call<QuestionResponse>(admin, "post", "/api/v1/questions", {
      body: {
        interviewType: "system-design",
        title: `Design a contract checker ${candidate.caller.id}`,
        prompt: "Design a service that checks every answer of an API against its published document.",
        guide: "A strong answer separates the document from the checker and validates real traffic.",
        difficulty: "MEDIUM",
        tags: [],
        companies: [],
        competencyKeys: [],
      },
    });
    await call(interviewer, "post", `/api/v1/bookings/${booked.json.id}/question`, {
      body: { questionId: question.json.id },
    });
    const moved = await call<BookingResponse>(candidate, "post", `/api/v1/bookings/${booked.json.id}/reschedule`, {
      body: { start: second!.start, reason: "A clash at work" },
    });
    expect(moved.status).toBe(201);
    await call(candidate, "post", `/api/v1/bookings/${moved.json.id}/cancel`, { body: { reason: "Got the job" } });
    expect(problems).toEqual([]);
  });

  it("solo practice: questions, an attempt, handing it in", async () => {
    const rubric = await ensureTestRubric();
    const type = await db().interviewType.findUniqueOrThrow({ where: { slug: "system-design" } });
    // Four questions, so at least one is outside the live-only share (lib/questions/live-only.ts).
    for (let i = 0; i < 4; i++) {
      await db().question.create({
        data: {
          slug: `contract-solo-${i}-${candidate.caller.id}`.slice(0, 60),
          interviewTypeId: type.id,
          title: `Contract solo ${i}`,
          prompt: "Explain how a cache stays correct with many replicas.",
          guide: "A strong answer names the invalidation signal.",
          difficulty: "EASY",
          tags: [],
          companies: [],
          competencyKeys: [rubric.competencies[0]!.key],
          status: "APPROVED",
        },
      });
    }
    const offered = await call<{ questions: { id: string }[] }>(
      candidate,
      "get",
      "/api/v1/me/solo-questions?type=system-design",
    );
    const started = await call<{ id: string; competencies: { key: string }[] }>(
      candidate,
      "post",
      "/api/v1/me/solo-attempts",
      {
        body: { questionId: offered.json.questions[0]!.id },
      },
    );
    await call(candidate, "get", "/api/v1/me/solo-attempts");
    await call(candidate, "get", `/api/v1/me/solo-attempts/${started.json.id}`);
    const handedIn = await call(candidate, "post", `/api/v1/me/solo-attempts/${started.json.id}/submit`, {
      body: {
        answer: "Version every entry and compare on read.",
        scores: Object.fromEntries(started.json.competencies.map((c) => [c.key, 3])),
      },
    });
    expect(handedIn.status).toBe(200);
    expect(problems).toEqual([]);
  });

  it("the room, notes, feedback, no-shows, history and progress", async () => {
    const rubric = await ensureTestRubric();
    const past = await insertTestBooking(candidate, interviewer, new Date(Date.now() - 2 * HOUR));
    await db().booking.update({ where: { id: past.id }, data: { rubricVersionId: rubric.id } });
    await call(candidate, "get", `/api/v1/interviews/${past.id}`);
    await call(interviewer, "get", `/api/v1/interviews/${past.id}`);
    await call(interviewer, "put", `/api/v1/interviews/${past.id}/notes`, { body: { body: "Asked about quotas." } });
    await call(interviewer, "get", `/api/v1/interviews/${past.id}/notes`);
    await call(candidate, "get", `/api/v1/interviews/${past.id}/board`);
    const keys = rubric.competencies.map((c) => c.key);
    await call(interviewer, "put", `/api/v1/interviews/${past.id}/feedback`, { body: { strengths: "Clear" } });
    await call(interviewer, "post", `/api/v1/interviews/${past.id}/feedback/submit`, { body: interviewerAnswer(keys) });
    await call(candidate, "post", `/api/v1/interviews/${past.id}/feedback/submit`, { body: candidateAnswer() });
    const mine = await call<FeedbackForViewerResponse>(candidate, "get", `/api/v1/interviews/${past.id}/feedback`);
    await call(candidate, "get", "/api/v1/me/feedback");
    await call(candidate, "post", `/api/v1/feedback/${mine.json.theirs.id!}/report`, {
      body: { reason: "It names my employer." },
    });
    await call(candidate, "get", "/api/v1/me/history");
    await call(candidate, "get", "/api/v1/me/history.json");
    await call(candidate, "get", "/api/v1/me/progress");
    await call(interviewer, "get", "/api/v1/me/interviewing");

    const missed = await insertTestBooking(candidate, interviewer, new Date(Date.now() - 30 * DAY));
    await call(interviewer, "post", `/api/v1/bookings/${missed.id}/no-show`, { body: { action: "report" } });
    const disputable = await call<BookingDetailResponse>(candidate, "get", `/api/v1/bookings/${missed.id}`);
    expect(disputable.json.allowedActions.map((w) => w.action)).toEqual(["disputeNoShow"]);
    await call(candidate, "post", `/api/v1/bookings/${missed.id}/no-show`, {
      body: { action: "dispute", reason: "I was there, the link failed" },
    });
    expect(problems).toEqual([]);
  });

  it("Match me, the question bank, rubrics and the admin's tools", async () => {
    const slug = `contract-${spare.caller.id
      .slice(-8)
      .toLowerCase()
      .replace(/[^a-z0-9]/g, "x")}`;
    const type = await call<InterviewTypeResponse>(admin, "post", "/api/v1/interview-types", {
      body: { slug, name: "Contract test", durationMinutes: 45, description: "A type made by the contract test." },
    });
    await call(admin, "put", `/api/v1/admin/interview-types/${type.json.id}/live-panels`, {
      body: { panels: ["requirements"] },
    });
    const start = new Date(Date.now() + 20 * DAY);
    const request = await call<MatchRequestResponse>(spare, "post", "/api/v1/match-requests", {
      body: {
        interviewType: slug,
        windows: [{ start: start.toISOString(), end: new Date(start.getTime() + 2 * HOUR).toISOString() }],
      },
    });
    await call(spare, "get", "/api/v1/match-requests");
    await call(spare, "get", `/api/v1/match-requests/${request.json.id}`);
    await call(spare, "delete", `/api/v1/match-requests/${request.json.id}`);

    const competency = (key: string) => ({
      key,
      name: `Competency ${key}`,
      description: "What this competency measures.",
      weight: 0.5,
      descriptors: Array.from({ length: 4 }, (_, i) => `Level ${i + 1} of ${key}`),
    });
    await call(admin, "put", `/api/v1/rubrics/${slug}`, {
      body: { title: "Contract rubric", competencies: [competency("one"), competency("two")] },
    });
    await call(candidate, "get", `/api/v1/rubrics/${slug}`);
    await call(candidate, "get", "/api/v1/rubrics");

    const proposed = await call<QuestionResponse>(candidate, "post", "/api/v1/questions", {
      body: {
        interviewType: slug,
        title: "Estimate the answers an API sends",
        prompt: "Estimate how many answers a public API sends a day, and how you would check them.",
        guide: "Look for a clear model of clients, calls per client and growth over a year.",
        difficulty: "EASY",
        tags: ["estimation"],
        companies: [],
        competencyKeys: ["one"],
      },
    });
    await call(candidate, "patch", `/api/v1/questions/${proposed.json.id}`, { body: { difficulty: "MEDIUM" } });
    await call(spare, "get", `/api/v1/questions/${proposed.json.id}`);
    await call(admin, "post", `/api/v1/questions/${proposed.json.id}/moderation`, { body: { action: "approve" } });
    await call(spare, "get", `/api/v1/questions/${proposed.json.id}`);
    await call(candidate, "get", `/api/v1/questions?type=${slug}`);

    await call(admin, "get", "/api/v1/admin/users?q=test");
    await call(admin, "patch", `/api/v1/admin/users/${spare.caller.id}`, { body: { suspended: false } });
    const reports = await call<{ id: string }[]>(admin, "get", "/api/v1/admin/feedback-reports");
    if (reports.json.length > 0) {
      await call(admin, "post", `/api/v1/admin/feedback-reports/${reports.json[0]!.id}`, {
        body: { action: "dismiss" },
      });
    }
    expect(problems).toEqual([]);
  });

  it("signing out and leaving", async () => {
    const leaving = await createTestUser();
    await call(null, "post", "/api/v1/auth/sign-out", { sessionToken: leaving.sessionToken, headers: sameOrigin });
    await call(leaving, "delete", "/api/v1/me/sessions");
    const gone = await createTestUser();
    await call(gone, "delete", "/api/v1/me");
    expect(problems).toEqual([]);
  });

  it("errors are problem+json, and the walk reached every JSON operation but the sign-in ones", async () => {
    await call(candidate, "get", "/api/v1/bookings/not-a-booking");
    await call(candidate, "post", "/api/v1/bookings", {
      body: { start: "soon" },
      headers: { "idempotency-key": "contract-bad-body" },
    });
    expect(problems).toEqual([]);
    // A 404 and a 400 above were checked as problems. Demo sign-in needs demo mode and the magic link needs Auth.js's request scope: the e2e specs call them.
    const unreached = API_OPERATIONS.filter((op) => !op.produces && !answered.has(`${op.method} ${op.path}`)).map(
      (op) => `${op.method} ${op.path}`,
    );
    expect(unreached.sort()).toEqual(["post /auth/demo", "post /auth/magic-link"]);
  });
});
