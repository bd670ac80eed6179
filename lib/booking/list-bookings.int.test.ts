import { beforeAll, describe, expect, it } from "vitest";
import { GET as listRoute } from "../../app/api/v1/bookings/route";
import { insertTestBooking } from "../../tests/factories/bookings";
import { apiRequest } from "../../tests/factories/requests";
import { bearer, createTestUser, ensureInterviewTypes, type TestUser } from "../../tests/factories/users";

const DAY = 86_400_000;
const at = (days: number, hour: number) => {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(hour, 0, 0, 0);
  return d;
};

type Page = { bookings: { id: string }[]; nextCursor: string | null };

async function list(user: TestUser, query: string) {
  return listRoute(apiRequest(`/api/v1/bookings?${query}`, { headers: bearer(user) }));
}

let candidate: TestUser;
let interviewer: TestUser;
let outsider: TestUser;
const mine: string[] = [];
let theirs: string;

beforeAll(async () => {
  await ensureInterviewTypes();
  [candidate, interviewer, outsider] = [await createTestUser(), await createTestUser(), await createTestUser()];
  // Two at the same start would need two people; the same hour on different days keeps the order plain.
  for (const days of [2, 3, 4]) mine.push((await insertTestBooking(candidate, interviewer, at(days, 9))).id);
  const stranger = await createTestUser();
  theirs = (await insertTestBooking(outsider, stranger, at(5, 9))).id;
});

describe("booking list cursors", () => {
  it("page through the caller's bookings in order", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await list(candidate, `limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      expect(response.status).toBe(200);
      const page = (await response.json()) as Page;
      seen.push(...page.bookings.map((b) => b.id));
      cursor = page.nextCursor;
      // Opaque: not a bare booking id.
      if (cursor) expect(mine).not.toContain(cursor);
    } while (cursor);
    expect(seen).toEqual(mine);
  });

  it("refuse a booking id, someone else's or the caller's own, and a cursor made for another person", async () => {
    for (const id of [theirs, mine[0]!]) {
      const response = await list(candidate, `cursor=${id}`);
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
    const page = (await (await list(interviewer, "limit=1")).json()) as Page;
    expect(page.nextCursor).not.toBeNull();
    expect((await list(candidate, `limit=1&cursor=${encodeURIComponent(page.nextCursor!)}`)).status).toBe(400);
    // The same cursor works for the person it was made for.
    expect((await list(interviewer, `limit=1&cursor=${encodeURIComponent(page.nextCursor!)}`)).status).toBe(200);
  });
});
