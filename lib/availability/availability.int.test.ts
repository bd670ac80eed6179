import { beforeAll, describe, expect, it } from "vitest";
import { GET, PUT } from "../../app/api/v1/me/availability/route";
import { db } from "../db";
import { apiRequest } from "../../tests/factories/requests";
import { bearer, createTestUser, ensureInterviewTypes, type TestUser } from "../../tests/factories/users";
import type { AvailabilityInput } from "./availability.schema";

const empty = { "1": [], "2": [], "3": [], "4": [], "5": [], "6": [], "7": [] };
const valid: AvailabilityInput = {
  timeZone: "Europe/London",
  weekly: {
    ...empty,
    "1": [
      { start: "09:00", end: "12:00" },
      { start: "18:00", end: "21:30" },
    ],
    "3": [{ start: "19:00", end: "24:00" }],
  },
  overrides: [
    { date: "2027-03-28", ranges: [{ start: "10:00", end: "13:00" }] },
    { date: "2027-04-02", ranges: [] },
  ],
  offeredTypes: ["system-design", "technical-depth"],
  minNoticeHours: 24,
  bufferMinutes: 15,
  maxPerWeek: 3,
  horizonDays: 30,
};

beforeAll(ensureInterviewTypes);

const put = (user: TestUser, body: unknown) =>
  PUT(apiRequest("/api/v1/me/availability", { method: "PUT", body, headers: bearer(user) }));
const get = async (user: TestUser) =>
  (await (await GET(apiRequest("/api/v1/me/availability", { headers: bearer(user) }))).json()) as AvailabilityInput & {
    version: number;
  };

describe("GET/PUT /api/v1/me/availability", () => {
  it("starts with defaults and no hours", async () => {
    const user = await createTestUser();
    const availability = await get(user);
    expect(availability).toMatchObject({
      timeZone: "Europe/London",
      weekly: empty,
      overrides: [],
      offeredTypes: [],
      version: 0,
    });
  });

  it("stores weekly hours, overrides and rules, and reads them back unchanged", async () => {
    const user = await createTestUser();
    const response = await put(user, valid);
    expect(response.status).toBe(200);
    const { version, ...stored } = await get(user);
    expect(stored).toEqual(valid);
    expect(version).toBe(1);
    await put(user, { ...valid, bufferMinutes: 30 });
    expect((await get(user)).version).toBe(2);
  });

  it("stores hours that cross midnight, touching the next day's, and reads them back unchanged", async () => {
    const user = await createTestUser();
    const overnight: AvailabilityInput = {
      ...valid,
      weekly: {
        ...empty,
        "5": [{ start: "22:00", end: "02:00" }],
        "6": [
          { start: "02:00", end: "04:00" },
          { start: "21:00", end: "24:00" },
        ],
        "7": [{ start: "00:00", end: "01:30" }],
      },
      overrides: [{ date: "2027-03-28", ranges: [{ start: "23:00", end: "00:30" }] }],
    };
    expect((await put(user, overnight)).status).toBe(200);
    const { version: _version, ...stored } = await get(user);
    expect(stored).toEqual(overnight);
  });

  it("changes the profile's time zone with it", async () => {
    const user = await createTestUser();
    await put(user, { ...valid, timeZone: "Asia/Kolkata" });
    const profile = await db().profile.findUniqueOrThrow({ where: { userId: user.caller.id } });
    expect(profile.timeZone).toBe("Asia/Kolkata");
  });

  it.each([
    [
      "overlapping ranges",
      {
        weekly: {
          ...empty,
          "2": [
            { start: "09:00", end: "12:00" },
            { start: "11:00", end: "13:00" },
          ],
        },
      },
      "weekly.2.1.start",
    ],
    ["an empty range", { weekly: { ...empty, "4": [{ start: "17:00", end: "17:00" }] } }, "weekly.4.0.end"],
    [
      "overnight hours that run into the next day's hours",
      {
        weekly: {
          ...empty,
          "7": [{ start: "22:00", end: "02:00" }],
          "1": [{ start: "01:00", end: "03:00" }],
        },
      },
      "weekly.1.0.start",
    ],
    [
      "ranges overlapping past midnight on one day",
      {
        weekly: {
          ...empty,
          "2": [
            { start: "20:00", end: "01:00" },
            { start: "23:00", end: "23:30" },
          ],
        },
      },
      "weekly.2.1.start",
    ],
    ["an unknown zone", { timeZone: "Europe/Atlantis" }, "timeZone"],
    ["a malformed time", { weekly: { ...empty, "5": [{ start: "9am", end: "11:00" }] } }, "weekly.5.0.start"],
    [
      "a duplicate override date",
      {
        overrides: [
          { date: "2027-01-01", ranges: [] },
          { date: "2027-01-01", ranges: [] },
        ],
      },
      "overrides.1.date",
    ],
    [
      "an override range that ends where it starts",
      { overrides: [{ date: "2027-01-01", ranges: [{ start: "12:00", end: "12:00" }] }] },
      "overrides.0.ranges.0.end",
    ],
    ["an unknown interview type", { offeredTypes: ["juggling"] }, "offeredTypes"],
    ["a negative buffer", { bufferMinutes: -5 }, "bufferMinutes"],
  ])("rejects %s with a field error and keeps what was saved", async (_what, change, field) => {
    const user = await createTestUser();
    await put(user, valid);
    const response = await put(user, { ...valid, ...change });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: Record<string, string[]> };
    expect(Object.keys(problem.errors)).toContain(field);
    const { version, ...stored } = await get(user);
    expect(stored).toEqual(valid);
    expect(version).toBe(1);
  });

  it("needs a signed-in caller", async () => {
    const response = await GET(apiRequest("/api/v1/me/availability"));
    expect(response.status).toBe(401);
  });
});
