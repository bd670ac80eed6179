import { describe, expect, it } from "vitest";
import { db } from "../lib/db";
import { DEMO_USERS } from "./seed-data/demo-users";
import { seed, seededVersion, SEED_VERSION } from "./seed";

describe("seed", () => {
  it("is idempotent and versioned", async () => {
    await seed(db());
    const counts = async () => ({
      users: await db().user.count(),
      profiles: await db().profile.count(),
      types: await db().interviewType.count(),
      weekly: await db().availabilityWeeklyRange.count(),
      bookings: await db().booking.count(),
    });
    const first = await counts();
    await seed(db());
    expect(await counts()).toEqual(first);
    expect(await seededVersion(db())).toBe(SEED_VERSION);
    expect(first.users).toBe(DEMO_USERS.length);
    expect(first.types).toBe(6);
    expect(first.bookings).toBeGreaterThanOrEqual(3);
  });

  it("has a dozen people across at least four zones and one admin", async () => {
    await seed(db());
    const profiles = await db().profile.findMany({ select: { timeZone: true } });
    expect(new Set(profiles.map((p) => p.timeZone)).size).toBeGreaterThanOrEqual(4);
    expect(await db().user.count({ where: { role: "ADMIN" } })).toBeGreaterThanOrEqual(1);
    expect(profiles.length).toBeGreaterThanOrEqual(12);
  });
});
