import { describe, expect, it } from "vitest";
import { PLAN_PER_CALL, statementNamer } from "./statement-names";

describe("statementNamer", () => {
  it("gives one text one name, and different texts different names", () => {
    const nameOf = statementNamer();
    const a = nameOf("SELECT 1");
    expect(a).not.toBe("");
    expect(nameOf("SELECT 1")).toBe(a);
    const b = nameOf("SELECT 2");
    expect(b).not.toBe(a);
    // PostgreSQL truncates identifiers at 63 bytes: names stay far shorter.
    expect(b.length).toBeLessThan(20);
  });

  it("runs texts past its limit unnamed, and keeps naming the ones it knows", () => {
    const nameOf = statementNamer(2);
    const first = nameOf("SELECT 1");
    nameOf("SELECT 2");
    expect(nameOf("SELECT 3")).toBe("");
    expect(nameOf("SELECT 1")).toBe(first);
  });

  it("leaves a query marked for per-call planning unnamed", () => {
    const nameOf = statementNamer();
    expect(nameOf(`SELECT ${PLAN_PER_CALL} 1`)).toBe("");
    expect(nameOf("SELECT 1")).not.toBe("");
  });
});
