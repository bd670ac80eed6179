import { describe, expect, it } from "vitest";
import { callerFromSessionToken } from "../auth/sessions";
import { db } from "../db";
import { createTestUser } from "../../tests/factories/users";
import { rememberLocale } from "./user-locale";

describe("rememberLocale", () => {
  it("stores the locale once, rewrites it only when it changes, and the session lookup reads it", async () => {
    const user = await createTestUser();
    expect((await callerFromSessionToken(user.sessionToken))?.locale).toBeNull();
    expect(await rememberLocale(user.caller.id, "en-US")).toBe(true);
    expect(await rememberLocale(user.caller.id, "en-US")).toBe(false);
    expect((await callerFromSessionToken(user.sessionToken))?.locale).toBe("en-US");
    expect(await rememberLocale(user.caller.id, "de-DE")).toBe(true);
    expect((await db().user.findUnique({ where: { id: user.caller.id }, select: { locale: true } }))?.locale).toBe(
      "de-DE",
    );
  });

  it("leaves a deleted account alone", async () => {
    const user = await createTestUser();
    await db().user.update({ where: { id: user.caller.id }, data: { deletedAt: new Date() } });
    expect(await rememberLocale(user.caller.id, "en-US")).toBe(false);
  });
});
