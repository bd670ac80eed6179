import { beforeAll, describe, expect, it } from "vitest";
import { GET as slotsGET } from "../../app/api/v1/slots/route";
import { GET as peersGET } from "../../app/api/v1/slots/peers/route";
import { getAvailability } from "../availability/get-availability";
import { db } from "../db";
import { blockUser } from "../users/blocks";
import { openAvailability } from "../../tests/factories/availability";
import { apiRequest } from "../../tests/factories/requests";
import { bearer, createTestUser, ensureInterviewTypes, type TestUser } from "../../tests/factories/users";
import { bookabilityOf } from "./bookable";
import { getBookingPage } from "./get-booking-page";
import { searchPeople } from "./search-people";

const HOUR = 3_600_000;
type Slots = { slots: { start: string; available: number; interviewers: { id: string }[] }[] };
type Peers = { peers: { id: string; displayName: string }[] };

/** An hour far enough ahead (five weeks, 07:00 UTC on a Wednesday) that notice never hides anyone. */
function farHour(): Date {
  const d = new Date();
  d.setUTCHours(7, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() + 35 + ((10 - d.getUTCDay()) % 7));
  return d;
}

const get = async <T>(handler: (r: Request) => Promise<Response>, viewer: TestUser, path: string) => {
  const response = await handler(apiRequest(path, { headers: bearer(viewer) }));
  expect(response.status).toBe(200);
  return (await response.json()) as T;
};

beforeAll(ensureInterviewTypes);

describe("bookable (one rule)", () => {
  it("asks a new person for hours and types, and is met once both are saved", async () => {
    const person = await createTestUser();
    expect(await bookabilityOf(person.caller.id)).toEqual({ bookable: false, missing: ["hours", "types"] });
    await openAvailability(person.caller, { offeredTypes: [] });
    expect(await bookabilityOf(person.caller.id)).toEqual({ bookable: false, missing: ["types"] });
    await openAvailability(person.caller);
    expect(await bookabilityOf(person.caller.id)).toEqual({ bookable: true, missing: [] });
  });

  it("ticks the focus areas chosen at onboarding until availability is first saved", async () => {
    const person = await createTestUser();
    const type = await db().interviewType.findUniqueOrThrow({ where: { slug: "technical-depth" } });
    await db().profileFocusArea.create({ data: { userId: person.caller.id, interviewTypeId: type.id } });
    expect((await getAvailability(person.caller)).offeredTypes).toEqual(["technical-depth"]);
    await openAvailability(person.caller, { offeredTypes: ["system-design"] });
    expect((await getAvailability(person.caller)).offeredTypes).toEqual(["system-design"]);
  });

  it("shows a booking page as not bookable either way across a block, and never bookable to its owner", async () => {
    const owner = await createTestUser();
    await openAvailability(owner.caller);
    const viewer = await createTestUser();
    expect((await getBookingPage(viewer.caller, owner.caller.id)).bookable).toBe(true);
    expect(await getBookingPage(owner.caller, owner.caller.id)).toMatchObject({
      self: true,
      bookable: false,
      missing: [],
    });
    await blockUser(owner.caller, viewer.caller.id);
    expect((await getBookingPage(viewer.caller, owner.caller.id)).bookable).toBe(false);
  });
});

describe("every free peer of a slot", () => {
  it("lists the N the calendar counts, its best three first, without the viewer or anyone blocked", async () => {
    const viewer = await createTestUser();
    await openAvailability(viewer.caller);
    const peers = await Promise.all([1, 2, 3, 4, 5].map(() => createTestUser()));
    for (const peer of peers) await openAvailability(peer.caller);
    const blocked = peers[4]!;
    await blockUser(blocked.caller, viewer.caller.id);
    const start = farHour();
    const week = await get<Slots>(
      slotsGET,
      viewer,
      `/api/v1/slots?${new URLSearchParams({
        interviewType: "system-design",
        from: start.toISOString(),
        to: new Date(start.getTime() + HOUR).toISOString(),
      })}`,
    );
    const slot = week.slots.find((s) => s.start === start.toISOString())!;
    const all = await get<Peers>(
      peersGET,
      viewer,
      `/api/v1/slots/peers?${new URLSearchParams({ interviewType: "system-design", start: start.toISOString() })}`,
    );
    const ids = all.peers.map((p) => p.id);
    expect(ids).toHaveLength(slot.available);
    expect(ids.slice(0, slot.interviewers.length)).toEqual(slot.interviewers.map((p) => p.id));
    for (const peer of peers.slice(0, 4)) expect(ids).toContain(peer.caller.id);
    expect(ids).not.toContain(blocked.caller.id);
    expect(ids).not.toContain(viewer.caller.id);
  });

  it("answers 404 for a type that does not exist and 400 for a start that is not a time", async () => {
    const viewer = await createTestUser();
    const missing = await peersGET(
      apiRequest(`/api/v1/slots/peers?interviewType=nope&start=${farHour().toISOString()}`, {
        headers: bearer(viewer),
      }),
    );
    expect(missing.status).toBe(404);
    const bad = await peersGET(
      apiRequest("/api/v1/slots/peers?interviewType=system-design&start=soon", { headers: bearer(viewer) }),
    );
    expect(bad.status).toBe(400);
  });
});

describe("peer search", () => {
  it("finds bookable peers by part of a name, by company and by type, never the viewer, the blocked or the unbookable", async () => {
    const viewer = await createTestUser();
    await openAvailability(viewer.caller);
    const ada = await createTestUser();
    await openAvailability(ada.caller, { offeredTypes: ["technical-depth"] });
    const company = `Acme ${ada.caller.id.slice(-6)}`;
    await db().profile.update({ where: { userId: ada.caller.id }, data: { targetCompanies: [company] } });
    const notYet = await createTestUser();
    const blocker = await createTestUser();
    await openAvailability(blocker.caller);
    await blockUser(blocker.caller, viewer.caller.id);

    const name = (u: TestUser) => u.caller.displayName!;
    const ids = async (query: Parameters<typeof searchPeople>[1]) =>
      (await searchPeople(viewer.caller, query)).map((p) => p.id);
    expect(await ids({ q: name(ada).slice(-6).toUpperCase() })).toEqual([ada.caller.id]);
    expect(await ids({ q: company.toLowerCase() })).toEqual([ada.caller.id]);
    expect(await ids({ company: company.slice(-6) })).toEqual([ada.caller.id]);
    expect(await ids({ company: company.slice(-6), focus: "system-design" })).toEqual([]);
    expect(await ids({ company: company.slice(-6), focus: "technical-depth" })).toEqual([ada.caller.id]);
    expect(await ids({ q: name(notYet) })).toEqual([]);
    expect(await ids({ q: name(blocker) })).toEqual([]);
    expect(await ids({ q: name(viewer) })).toEqual([]);
    // The user's % is a literal character, not a wildcard.
    expect(await ids({ company: "%" })).toEqual([]);
  });
});
