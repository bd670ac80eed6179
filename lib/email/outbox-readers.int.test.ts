import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { createTestUser } from "../../tests/factories/users";
import { listOutbox } from "./list-outbox";
import { addressesFromOutboxCookie, OUTBOX_COOKIE, outboxCookieWith } from "./outbox-readers";

// The outbox exists only in demo mode (DEMO_MODE=1 with this machine's database); env() is read lazily.
process.env.DEMO_MODE = "1";

async function mailTo(address: string) {
  await db().emailOutbox.create({
    data: { dedupeKey: randomUUID(), kind: "test", toAddress: address, subject: `For ${address}`, textBody: "Hello" },
  });
}

const cookieValue = (setCookie: string) => setCookie.split(";")[0]!.slice(OUTBOX_COOKIE.length + 1);
const addressesOf = (rows: { toAddress: string }[]) => [...new Set(rows.map((r) => r.toAddress))].sort();

describe("the demo outbox", () => {
  it("shows an anonymous reader nothing, not everyone's links", async () => {
    await mailTo(`someone-${randomUUID().slice(0, 8)}@example.com`);
    expect(await listOutbox({ caller: null, requestedAddresses: [] })).toEqual([]);
  });

  it("shows a signed-in person their own mail only, even when they filter for another address", async () => {
    const me = await createTestUser();
    const other = await createTestUser();
    await mailTo(me.email);
    await mailTo(other.email);
    const reader = { caller: me.caller, requestedAddresses: [] };
    expect(addressesOf(await listOutbox(reader))).toEqual([me.email]);
    expect(await listOutbox(reader, { to: other.email })).toEqual([]);
  });

  // The magic-link route sets this cookie (it needs Next's request scope: tests/e2e/auth-magic-link.spec.ts).
  it("shows mail to the addresses this browser asked a link for, as its signed cookie vouches", async () => {
    const asked = `asked-${randomUUID().slice(0, 8)}@example.com`;
    const earlier = cookieValue(outboxCookieWith(undefined, `earlier-${asked}`));
    const requestedAddresses = addressesFromOutboxCookie(cookieValue(outboxCookieWith(earlier, asked)));
    expect(requestedAddresses).toEqual([asked, `earlier-${asked}`]);
    await mailTo(asked);
    await mailTo(`not-asked-${randomUUID().slice(0, 8)}@example.com`);
    expect(addressesOf(await listOutbox({ caller: null, requestedAddresses }))).toEqual([asked]);
  });

  it("ignores a forged or tampered cookie", () => {
    const real = cookieValue(outboxCookieWith(undefined, "mine@example.com"));
    const [payload, signature] = real.split(".");
    const forged = Buffer.from(JSON.stringify(["victim@example.com"])).toString("base64url");
    expect(addressesFromOutboxCookie(`${forged}.${signature}`)).toEqual([]);
    expect(addressesFromOutboxCookie(`${payload}.AAAA`)).toEqual([]);
    expect(addressesFromOutboxCookie(real)).toEqual(["mine@example.com"]);
  });

  it("shows an admin everyone's mail", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const someone = `anyone-${randomUUID().slice(0, 8)}@example.com`;
    await mailTo(someone);
    expect(addressesOf(await listOutbox({ caller: admin.caller, requestedAddresses: [] }))).toContain(someone);
    expect(addressesOf(await listOutbox({ caller: admin.caller, requestedAddresses: [] }, { to: someone }))).toEqual([
      someone,
    ]);
  });
});
