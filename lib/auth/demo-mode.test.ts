import { describe, expect, it } from "vitest";
import { isDemoMode } from "./demo-mode";

const local = "postgresql://postgres@127.0.0.1:5432/mockloop";
const remote = "postgresql://app:secret@db.internal:5432/mockloop";

describe("isDemoMode", () => {
  it("is on when the app runs on its embedded database", () => {
    expect(isDemoMode({ MOCKLOOP_EMBEDDED: true, DEMO_MODE: false, DATABASE_URL: local })).toBe(true);
  });

  it("is on with DEMO_MODE=1 and a localhost database", () => {
    expect(isDemoMode({ MOCKLOOP_EMBEDDED: false, DEMO_MODE: true, DATABASE_URL: local })).toBe(true);
    expect(isDemoMode({ MOCKLOOP_EMBEDDED: false, DEMO_MODE: true, DATABASE_URL: "postgres://u@localhost/x" })).toBe(
      true,
    );
  });

  it("is off otherwise, even with DEMO_MODE=1 on a remote database", () => {
    expect(isDemoMode({ MOCKLOOP_EMBEDDED: false, DEMO_MODE: true, DATABASE_URL: remote })).toBe(false);
    expect(isDemoMode({ MOCKLOOP_EMBEDDED: false, DEMO_MODE: false, DATABASE_URL: local })).toBe(false);
  });
});
