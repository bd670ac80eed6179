import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  AppError,
  databaseOutage,
  isSerializationFailure,
  sqlState,
  STATUS,
  toAppError,
  zodFieldErrors,
} from "./errors";

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

  it.each([
    [
      "refused, as Prisma's adapter reports it",
      { code: "P2010", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } },
    ],
    ["admin shutdown", { code: "P2010", meta: { driverAdapterError: { cause: { originalCode: "57P01" } } } }],
    ["too many connections", Object.assign(new Error("sorry, too many clients already"), { code: "53300" })],
    ["a pool connect timeout", new Error("timeout exceeded when trying to connect")],
    ["a reset socket", Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" })],
  ])("answers a database outage (%s) with 503 and Retry-After", (_, error) => {
    expect(databaseOutage(error)).toBe("unreachable");
    expect(toAppError(error)?.status).toBe(503);
    expect(toAppError(error)?.headers?.["retry-after"]).toBe("5");
  });

  it("answers a write refused for lack of disk space (53100) with 503", () => {
    const error = Object.assign(new Error("could not extend file"), { code: "53100" });
    expect(databaseOutage(error)).toBe("disk-full");
    expect(toAppError(error)?.status).toBe(503);
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

describe("zodFieldErrors", () => {
  it("keeps a field named like an Object.prototype member", () => {
    const result = z.record(z.string(), z.number()).safeParse({ toString: "x", constructor: "y" });
    expect(result.success).toBe(false);
    const errors = zodFieldErrors(result.error!);
    expect(Object.keys(errors).sort()).toEqual(["constructor", "toString"]);
    expect(Object.entries(errors)).toContainEqual(["toString", [expect.any(String)]]);
  });
});
