import { describe, expect, it } from "vitest";
import { parseEnv, requireAuthSecret } from "./env";

const base = { DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/mockloop" };

describe("parseEnv", () => {
  it("applies defaults", () => {
    const env = parseEnv(base);
    expect(env.PORT).toBe(3000);
    expect(env.DEMO_MODE).toBe(false);
    expect(env.MOCKLOOP_DATA_DIR).toBe(".data");
  });

  it("names a missing variable in a sentence", () => {
    expect(() => parseEnv({})).toThrow("MockLoop cannot start: DATABASE_URL is required but not set.");
  });

  it("names a bad variable and says what is wrong", () => {
    expect(() => parseEnv({ ...base, PORT: "eighty" })).toThrow(/PORT is invalid/);
    expect(() => parseEnv({ ...base, DATABASE_URL: "mysql://x" })).toThrow(
      /DATABASE_URL is invalid: must be a postgresql:\/\/ URL/,
    );
    expect(() => parseEnv({ ...base, AUTH_SECRET: "short" })).toThrow(
      /AUTH_SECRET is invalid: must be at least 32 characters/,
    );
  });

  it("names a DATABASE_URL that is not a URL instead of passing on the driver's 'Invalid URL'", () => {
    expect(() => parseEnv({ ...base, DATABASE_URL: "postgresql://me:pa/ss@db.example.com/mockloop" })).toThrow(
      /DATABASE_URL is invalid: it is not a valid URL \(in a user name or password, write \/ as %2F/,
    );
  });

  it("refuses to serve in production without AUTH_SECRET, except on npm start's embedded database", () => {
    expect(() => requireAuthSecret(parseEnv({ ...base, NODE_ENV: "production" }))).toThrow(
      /MockLoop cannot start: AUTH_SECRET is required in production .*openssl rand -base64 32/,
    );
    expect(() =>
      requireAuthSecret(parseEnv({ ...base, NODE_ENV: "production", MOCKLOOP_EMBEDDED: "1" })),
    ).not.toThrow();
    expect(() => requireAuthSecret(parseEnv({ ...base, NODE_ENV: "development" }))).not.toThrow();
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ ...base, SMTP_URL: "", DEMO_MODE: "" }).SMTP_URL).toBeUndefined();
  });
});
