import { beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { GET as csvRoute } from "../../app/api/v1/me/history.csv/route";
import { GET as jsonExportRoute } from "../../app/api/v1/me/history.json/route";
import { GET as historyRoute } from "../../app/api/v1/me/history/route";
import { GET as interviewingRoute } from "../../app/api/v1/me/interviewing/route";
import { insertPastInterview, publishTestRubric, type TestRubric } from "../../tests/factories/past-interviews";
import { apiRequest } from "../../tests/factories/requests";
import { bearer, createTestUser, ensureInterviewTypes, type TestUser } from "../../tests/factories/users";
import { unsafeStoreLiveRoomState } from "../live-room/live-room-store";
import { applyBoardElements } from "../live-room/room-document";
import type { ExportRow } from "./export-history";
import type { HistoryPage, InterviewerStats } from "./progress.types";

/**
 * History (filters, pagination, visibility), the CSV/JSON export and the
 * interviewer view, through the route handlers as an API client calls them.
 */
let me: TestUser;
let alice: TestUser; // interviews me
let bob: TestUser; // interviews me, and I interview him once
let sd: TestRubric;
let td: TestRubric;
const ids: Record<string, string> = {};

async function history(user: TestUser, query = ""): Promise<HistoryPage> {
  const response = await historyRoute(apiRequest(`/api/v1/me/history${query}`, { headers: bearer(user) }));
  expect(response.status).toBe(200);
  return (await response.json()) as HistoryPage;
}

beforeAll(async () => {
  await ensureInterviewTypes();
  [me, alice, bob] = await Promise.all([createTestUser(), createTestUser(), createTestUser()]);
  sd = await publishTestRubric("system-design", ["arch", "scale"]);
  td = await publishTestRubric("technical-depth", ["db"]);
  const sdBase = { candidate: me, type: "system-design", rubric: sd };
  // Newest first: 2 (td, bob, unreleased), 5 (sd, alice), 10 (td, bob), 20 (sd, alice), 30 (sd, bob), 40 (I interview bob).
  ids.unreleased = (
    await insertPastInterview({
      candidate: me,
      interviewer: bob,
      type: "technical-depth",
      rubric: td,
      endedAgoDays: 2,
      scores: { db: 1 },
      submitted: "interviewer",
      recommendation: "STRONG_NO_HIRE",
    })
  ).bookingId;
  ids.d5 = (
    await insertPastInterview({
      ...sdBase,
      interviewer: alice,
      endedAgoDays: 5,
      scores: { arch: 4, scale: 3 },
      recommendation: "STRONG_HIRE",
      rating: 5,
      evidence: 'Said "use a queue", then, on a new line:\nsharded by user.',
    })
  ).bookingId;
  ids.d10 = (
    await insertPastInterview({
      candidate: me,
      interviewer: bob,
      type: "technical-depth",
      rubric: td,
      endedAgoDays: 10,
      scores: { db: 2 },
      rating: 3,
    })
  ).bookingId;
  ids.d20 = (
    await insertPastInterview({
      ...sdBase,
      interviewer: alice,
      endedAgoDays: 20,
      scores: { arch: 3, scale: 2 },
      rating: 4,
    })
  ).bookingId;
  ids.d30 = (
    await insertPastInterview({
      ...sdBase,
      interviewer: bob,
      endedAgoDays: 30,
      scores: { arch: 2, scale: 2 },
      recommendation: "NO_HIRE",
      rating: 2,
    })
  ).bookingId;
  ids.asInterviewer = (
    await insertPastInterview({
      candidate: bob,
      interviewer: me,
      type: "system-design",
      rubric: sd,
      endedAgoDays: 40,
      scores: { arch: 3, scale: 3 },
      submitted: "interviewer",
    })
  ).bookingId;
});

describe("GET /api/v1/me/history", () => {
  it("lists every past interview in both roles, newest first, with visible scores", async () => {
    const page = await history(me);
    expect(page.total).toBe(6);
    expect(page.items.map((i) => i.bookingId)).toEqual([
      ids.unreleased,
      ids.d5,
      ids.d10,
      ids.d20,
      ids.d30,
      ids.asInterviewer,
    ]);
    const d5 = page.items[1]!;
    expect(d5).toMatchObject({
      role: "CANDIDATE",
      released: true,
      recommendation: "STRONG_HIRE",
      interviewType: { slug: "system-design" },
    });
    expect(d5.counterpart!.id).toBe(alice.caller.id);
    expect(d5.scores).toEqual([
      { key: "arch", name: "ARCH", score: 4 },
      { key: "scale", name: "SCALE", score: 3 },
    ]);
  });

  it("hides unreleased scores from their subject but always shows the author what they wrote", async () => {
    const mine = (await history(me)).items[0]!;
    expect(mine).toMatchObject({ bookingId: ids.unreleased, released: false, recommendation: null, scores: [] });
    const bobs = (await history(bob)).items.find((i) => i.bookingId === ids.unreleased)!;
    expect(bobs).toMatchObject({
      role: "INTERVIEWER",
      recommendation: "STRONG_NO_HIRE",
      scores: [{ key: "db", score: 1 }],
    });
    // Bob's scores on Bob (I interviewed him; he never rated me back, and it is 40 days old): released by time.
    const asCandidate = (await history(bob)).items.find((i) => i.bookingId === ids.asInterviewer)!;
    expect(asCandidate).toMatchObject({
      role: "CANDIDATE",
      released: true,
      scores: [
        { key: "arch", score: 3 },
        { key: "scale", score: 3 },
      ],
    });
  });

  it("filters by role, type, competency, counterpart and dates", async () => {
    expect((await history(me, "?role=INTERVIEWER")).items.map((i) => i.bookingId)).toEqual([ids.asInterviewer]);
    expect((await history(me, "?type=technical-depth")).items.map((i) => i.bookingId)).toEqual([
      ids.unreleased,
      ids.d10,
    ]);
    // Scored on "db" as far as I can see: the unreleased one does not count.
    expect((await history(me, "?competency=db")).items.map((i) => i.bookingId)).toEqual([ids.d10]);
    expect((await history(me, `?counterpart=${alice.caller.id}`)).items.map((i) => i.bookingId)).toEqual([
      ids.d5,
      ids.d20,
    ]);
    const from = new Date(Date.now() - 25 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
    expect((await history(me, `?from=${from}&to=${to}`)).items.map((i) => i.bookingId)).toEqual([ids.d10, ids.d20]);
  });

  it("paginates with a total, and answers an empty page past the end", async () => {
    const second = await history(me, "?page=2&pageSize=2");
    expect(second).toMatchObject({ page: 2, pageSize: 2, total: 6 });
    expect(second.items.map((i) => i.bookingId)).toEqual([ids.d10, ids.d20]);
    const beyond = await history(me, "?page=9&pageSize=2");
    expect(beyond).toMatchObject({ items: [], total: 6 });
  });

  it("refuses bad and unknown parameters with field errors", async () => {
    for (const query of [
      "?pageSize=101",
      "?role=ADMIN",
      "?from=yesterday",
      "?userId=x",
      "?from=2026-06-02&to=2026-06-01",
    ]) {
      const response = await historyRoute(apiRequest(`/api/v1/me/history${query}`, { headers: bearer(me) }));
      expect(response.status, query).toBe(400);
    }
  });
});

describe("export", () => {
  it("downloads the whole visible history as CSV, one quoted row per score", async () => {
    const response = await csvRoute(apiRequest("/api/v1/me/history.csv", { headers: bearer(me) }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="mockloop-history-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const text = await response.text();
    expect(text.split("\r\n")[0]).toBe(
      '"bookingId","startsAt","role","interviewType","counterpartId","counterpartName","recommendation","rubricVersion","competencyKey","competencyName","score","calibratedScore","evidence","hasBoard","kind","soloAttemptId"',
    );
    // d5 (2) + d10 (1) + d20 (2) + d30 (2) + what I wrote on Bob (2); the unreleased score is absent.
    // Rows end in CRLF; the evidence's own line breaks (LF) stay inside their quotes.
    expect(text.trimEnd().split("\r\n").length - 1).toBe(9);
    expect(text).toContain('"Said ""use a queue"", then, on a new line:\nsharded by user."');
    expect(text).not.toContain(ids.unreleased);
  });

  it("downloads the same rows as JSON with rubric versions and competency keys", async () => {
    const response = await jsonExportRoute(apiRequest("/api/v1/me/history.json", { headers: bearer(me) }));
    expect(response.headers.get("content-disposition")).toMatch(/\.json"$/);
    const body = (await response.json()) as { rows: ExportRow[] };
    expect(body.rows).toHaveLength(9);
    expect(body.rows[0]).toMatchObject({
      bookingId: ids.d5,
      rubricVersion: sd.version,
      competencyKey: "arch",
      score: 4,
      role: "CANDIDATE",
    });
    expect(body.rows.filter((r) => r.role === "INTERVIEWER").map((r) => r.bookingId)).toEqual([
      ids.asInterviewer,
      ids.asInterviewer,
    ]);
  });

  it("says which interviews have a whiteboard with something on it", async () => {
    const doc = new Y.Doc();
    applyBoardElements(doc, [{ id: "queue", type: "rectangle", version: 1, versionNonce: 1, isDeleted: false }]);
    await unsafeStoreLiveRoomState(ids.d5 ?? "", Y.encodeStateAsUpdate(doc));
    const response = await jsonExportRoute(apiRequest("/api/v1/me/history.json", { headers: bearer(me) }));
    const { rows } = (await response.json()) as { rows: ExportRow[] };
    expect(new Set(rows.filter((r) => r.hasBoard).map((r) => r.bookingId))).toEqual(new Set([ids.d5]));
    expect(rows.some((r) => !r.hasBoard)).toBe(true);
  });
});

describe("GET /api/v1/me/interviewing", () => {
  it("counts feedback given and the released ratings received, with reliability", async () => {
    const response = await interviewingRoute(apiRequest("/api/v1/me/interviewing", { headers: bearer(bob) }));
    const stats = (await response.json()) as InterviewerStats;
    // Bob interviewed me three times; my rating of him on the unreleased one is not submitted, so: 30 days (2), 10 days (3).
    expect(stats.feedbackGiven).toBe(3);
    expect(stats.ratingsReceived.map((r) => r.rating)).toEqual([2, 3]);
    expect(stats.averageRating).toBe(2.5);
    expect(stats.wouldPractiseAgainShare).toBe(0);
    expect(stats.reliability).toMatchObject({ completed: 4, lateCancellations: 0, noShows: 0 });
    expect(stats.reliability.score).toBeGreaterThan(0.8);
    expect(stats.graderOffset).toBeNull();
  });
});

describe("a third user", () => {
  it("sees only their own empty history and export, never anyone else's", async () => {
    const stranger = await createTestUser();
    expect(await history(stranger)).toMatchObject({ items: [], total: 0 });
    expect((await history(stranger, `?counterpart=${me.caller.id}`)).items).toEqual([]);
    const csv = await (await csvRoute(apiRequest("/api/v1/me/history.csv", { headers: bearer(stranger) }))).text();
    expect(csv.trimEnd().split("\r\n")).toHaveLength(1);
    const json = (await (
      await jsonExportRoute(apiRequest("/api/v1/me/history.json", { headers: bearer(stranger) }))
    ).json()) as { rows: unknown[] };
    expect(json.rows).toEqual([]);
    const stats = (await (
      await interviewingRoute(apiRequest("/api/v1/me/interviewing", { headers: bearer(stranger) }))
    ).json()) as InterviewerStats;
    expect(stats).toMatchObject({ feedbackGiven: 0, ratingsReceived: [], averageRating: null });
    for (const route of [csvRoute, jsonExportRoute, interviewingRoute]) {
      expect(
        (await route(apiRequest(`/api/v1/me/x?userId=${me.caller.id}`, { headers: bearer(stranger) }))).status,
      ).toBe(400);
      expect((await route(apiRequest("/api/v1/me/x"))).status).toBe(401);
    }
  });
});
