import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, isSerializationFailure, sqlState, STATUS, toAppError } from "./errors";

describe("toAppError", () => {
  it("turns a zod error into a 400 with dotted field paths", () => {
    const schema = z.object({ slots: z.array(z.object({ start: z.iso.datetime() })) });
    const result = schema.safeParse({ slots: [{ start: "tomorrow" }] });
    expect(result.success).toBe(false);
    const error = toAppError(result.error);
    expect(error?.status).toBe(400);
    expect(Object.keys(error?.fieldErrors ?? {})).toEqual(["slots.0.start"]);
  });

  it.each([
    ["23505", 409],
    ["23P01", 409],
    ["40001", 409],
    ["23503", 409],
  ])("maps PostgreSQL %s to %i, also when wrapped by Prisma's driver adapter", (code, status) => {
    const raw = Object.assign(new Error("pg"), { code });
    expect(toAppError(raw)?.status).toBe(status);
    const wrapped = { code: "P2010", meta: { driverAdapterError: { cause: { originalCode: code } } } };
    expect(toAppError(wrapped)?.status).toBe(status);
  });

  it("leaves unknown errors unmapped so they become a logged 500", () => {
    expect(toAppError(new Error("boom"))).toBeUndefined();
    expect(toAppError(Object.assign(new Error("x"), { code: "XX000" }))).toBeUndefined();
  });

  it("detects serialization failures through cause chains", () => {
    expect(isSerializationFailure(new Error("outer", { cause: { code: "40001" } }))).toBe(true);
    expect(sqlState({ code: "P2034" })).toBe("40001");
    expect(isSerializationFailure(new Error("plain"))).toBe(false);
  });

  it("keeps AppErrors as they are, with the status from the one table", () => {
    const e = new AppError("RATE_LIMITED", "slow down");
    expect(toAppError(e)).toBe(e);
    expect(e.status).toBe(STATUS.RATE_LIMITED);
  });
});
