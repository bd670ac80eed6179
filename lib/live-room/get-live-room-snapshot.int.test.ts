import { beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { GET as boardRoute } from "../../app/api/v1/interviews/[id]/board/route";
import { GET as markdownRoute } from "../../app/api/v1/interviews/[id]/workspace.md/route";
import { insertTestBooking } from "../../tests/factories/bookings";
import { apiRequest } from "../../tests/factories/requests";
import { bearer, createTestUser, ensureInterviewTypes, type TestUser } from "../../tests/factories/users";
import { unsafeStoreLiveRoomState } from "./live-room-store";
import type { LiveRoomSnapshot } from "./get-live-room-snapshot";
import { addRow, applyBoardElements, getRequirements } from "./room-document";

let candidate: TestUser;
let interviewer: TestUser;
let bookingId: string;
const params = (id: string) => ({ params: Promise.resolve({ id }) });

beforeAll(async () => {
  await ensureInterviewTypes();
  [candidate, interviewer] = await Promise.all([createTestUser(), createTestUser()]);
  const booking = await insertTestBooking(candidate, interviewer, new Date(Date.now() - 3 * 3_600_000), {
    type: "program-execution",
  });
  bookingId = booking.id;
  const doc = new Y.Doc();
  applyBoardElements(doc, [{ id: "box-1", type: "rectangle", version: 3, versionNonce: 7, isDeleted: false }]);
  applyBoardElements(doc, [{ id: "gone", type: "arrow", version: 2, versionNonce: 1, isDeleted: true }]);
  getRequirements(doc).insert(0, "10k QPS, p99 < 200 ms");
  addRow(doc, "risks", {
    risk: "Vendor slips",
    likelihood: "High",
    impact: "High",
    owner: "Sam",
    mitigation: "Second source",
  });
  await unsafeStoreLiveRoomState(bookingId, Y.encodeStateAsUpdate(doc));
});

describe("GET /api/v1/interviews/[id]/board", () => {
  it("gives a participant the stored board and panels", async () => {
    const response = await boardRoute(
      apiRequest(`/api/v1/interviews/${bookingId}/board`, { headers: bearer(interviewer) }),
      params(bookingId),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as LiveRoomSnapshot;
    expect(body.hasBoard).toBe(true);
    expect(body.elements.map((e) => e.id)).toEqual(["box-1"]);
    expect(body.requirements).toBe("10k QPS, p99 < 200 ms");
    expect(body.risks).toEqual([expect.objectContaining({ risk: "Vendor slips", owner: "Sam" })]);
    expect(body.panels).toEqual(["requirements", "risks", "milestones", "stakeholders"]);
  });

  it("gives the Yjs update itself on ?format=yjs", async () => {
    const response = await boardRoute(
      apiRequest(`/api/v1/interviews/${bookingId}/board?format=yjs`, { headers: bearer(candidate) }),
      params(bookingId),
    );
    expect(response.headers.get("content-type")).toBe("application/octet-stream");
    const doc = new Y.Doc();
    Y.applyUpdate(doc, new Uint8Array(await response.arrayBuffer()));
    expect(getRequirements(doc).toJSON()).toBe("10k QPS, p99 < 200 ms");
  });

  it("answers 404 to anyone else, an admin too, and to a participant of an interview never opened it is empty", async () => {
    for (const stranger of [await createTestUser(), await createTestUser({ role: "ADMIN" })]) {
      const response = await boardRoute(
        apiRequest(`/api/v1/interviews/${bookingId}/board`, { headers: bearer(stranger) }),
        params(bookingId),
      );
      expect(response.status).toBe(404);
    }
    const [a, b] = await Promise.all([createTestUser(), createTestUser()]);
    const fresh = await insertTestBooking(a, b, new Date(Date.now() + 86_400_000));
    const response = await boardRoute(
      apiRequest(`/api/v1/interviews/${fresh.id}/board`, { headers: bearer(a) }),
      params(fresh.id),
    );
    expect(await response.json()).toMatchObject({ hasBoard: false, updatedAt: null, elements: [], requirements: "" });
  });
});

describe("GET /api/v1/interviews/[id]/workspace.md", () => {
  it("downloads the type's panels as Markdown, for participants only", async () => {
    const response = await markdownRoute(
      apiRequest(`/api/v1/interviews/${bookingId}/workspace.md`, { headers: bearer(candidate) }),
      params(bookingId),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="mockloop-workspace-\d{4}-\d{2}-\d{2}-.+\.md"$/,
    );
    const markdown = await response.text();
    expect(markdown).toContain("10k QPS, p99 < 200 ms");
    expect(markdown).toContain("Vendor slips");
    const stranger = await createTestUser();
    const refused = await markdownRoute(
      apiRequest(`/api/v1/interviews/${bookingId}/workspace.md`, { headers: bearer(stranger) }),
      params(bookingId),
    );
    expect(refused.status).toBe(404);
  });
});
