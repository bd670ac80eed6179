import { describe, expect, it } from "vitest";
import { isPrivateAddress } from "./calendar-fetch";
import { calendarKey, openCalendarSecret, sealCalendarSecret } from "./calendar-secret";

const keyOf = (secret: string) =>
  calendarKey({ NODE_ENV: "test", AUTH_SECRET: secret, CALENDAR_ENCRYPTION_KEY: undefined });

describe("sealed calendar secrets", () => {
  const secret = {
    kind: "CALDAV" as const,
    url: "https://caldav.example.com/dav/",
    username: "ada",
    password: "app-password-1",
  };

  it("opens what it sealed, and the sealed text shows none of it", () => {
    const key = keyOf("a".repeat(32));
    const sealed = sealCalendarSecret(secret, key);
    expect(sealed).not.toMatch(/example|ada|app-password/);
    expect(openCalendarSecret(sealed, key)).toEqual(secret);
    // A fresh IV each time: the same secret never seals to the same text.
    expect(sealCalendarSecret(secret, key)).not.toBe(sealed);
  });

  it("asks to connect again when the key changed or the text was tampered with", () => {
    const sealed = sealCalendarSecret(secret, keyOf("a".repeat(32)));
    expect(() => openCalendarSecret(sealed, keyOf("b".repeat(32)))).toThrow(/Remove it and connect it again/);
    const tampered = sealed.slice(0, -2) + (sealed.endsWith("A") ? "BB" : "AA");
    expect(() => openCalendarSecret(tampered, keyOf("a".repeat(32)))).toThrow(/connect it again/);
  });

  it("prefers CALENDAR_ENCRYPTION_KEY and refuses to fall back to the development key in production", () => {
    const fromAuth = keyOf("a".repeat(32));
    const own = calendarKey({
      NODE_ENV: "production",
      AUTH_SECRET: "a".repeat(32),
      CALENDAR_ENCRYPTION_KEY: "c".repeat(32),
    });
    expect(own.equals(fromAuth)).toBe(false);
    expect(() =>
      calendarKey({ NODE_ENV: "production", AUTH_SECRET: undefined, CALENDAR_ENCRYPTION_KEY: undefined }),
    ).toThrow(/CALENDAR_ENCRYPTION_KEY/);
  });
});

describe("private addresses", () => {
  it.each([
    "127.0.0.1",
    "10.1.2.3",
    "172.20.0.1",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "::1",
    "fd00::1",
    "fe80::1",
    "::ffff:127.0.0.1",
    "0.0.0.0",
  ])("%s is private", (address) => expect(isPrivateAddress(address)).toBe(true));
  it.each(["8.8.8.8", "17.253.144.10", "2a00:1450:4001:80b::200e"])("%s is public", (address) =>
    expect(isPrivateAddress(address)).toBe(false),
  );
});
