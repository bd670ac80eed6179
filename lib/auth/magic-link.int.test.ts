import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { assertMagicLinkAllowed, sendMagicLinkEmail } from "./magic-link";

const address = () => `someone-${randomUUID().slice(0, 8)}@test.mockloop.dev`;
const ip = () => `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 4)}`;

describe("magic-link rate limits", () => {
  it("allows five links per address per window, then answers 429 with Retry-After", async () => {
    const email = address();
    for (let i = 0; i < 5; i++) await assertMagicLinkAllowed(email, ip());
    const error = await assertMagicLinkAllowed(email, ip()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "RATE_LIMITED", status: 429 });
    expect(Number((error as { headers: Record<string, string> }).headers["retry-after"])).toBeGreaterThan(0);
  });

  it("limits one network across many addresses", async () => {
    const network = ip();
    for (let i = 0; i < 20; i++) await assertMagicLinkAllowed(address(), network);
    await expect(assertMagicLinkAllowed(address(), network)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // Another network is unaffected.
    await expect(assertMagicLinkAllowed(address(), ip())).resolves.toBeUndefined();
  });

  it("counts concurrent requests exactly (the counter lives in PostgreSQL, shared by all instances)", async () => {
    const email = address();
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => assertMagicLinkAllowed(email, ip())));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(7);
  });
});

describe("magic-link e-mail", () => {
  it("goes to the outbox once per token, logged when there is no SMTP server", async () => {
    const email = address();
    const params = {
      identifier: email,
      url: "http://localhost:3000/api/auth/callback/email?token=abc",
      expires: new Date(),
      token: randomUUID(),
    };
    await sendMagicLinkEmail(params);
    await sendMagicLinkEmail(params);
    const rows = await db().emailOutbox.findMany({ where: { toAddress: email } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "LOGGED", kind: "magic-link" });
    expect(rows[0]?.textBody).toContain(params.url);
  });
});

describe("POST /api/v1/auth/magic-link", () => {
  it("answers 429 problem+json once an address has had its links", async () => {
    const { POST } = await import("../../app/api/v1/auth/magic-link/route");
    const email = address();
    for (let i = 0; i < 5; i++) await assertMagicLinkAllowed(email, ip());
    const response = await POST(
      new Request("http://localhost:3000/api/v1/auth/magic-link", {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.7" },
        body: JSON.stringify({ email }),
      }),
    );
    expect(response.status).toBe(429);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(((await response.json()) as { detail: string }).detail).toMatch(/wait 15 minutes/);
  });

  it("answers a bad address with a 400 naming the field", async () => {
    const { POST } = await import("../../app/api/v1/auth/magic-link/route");
    const response = await POST(
      new Request("http://localhost:3000/api/v1/auth/magic-link", {
        method: "POST",
        body: JSON.stringify({ email: "not-an-email" }),
      }),
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: Record<string, string[]> }).errors.email).toBeDefined();
  });
});
