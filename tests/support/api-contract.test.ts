import { describe, expect, it } from "vitest";
import { openApiDocument } from "../../lib/api/openapi-document";
import { contractChecker } from "./api-contract";

const { contractProblems, operationFor } = contractChecker(openApiDocument());

describe("the answer checker", () => {
  it("finds an answer's operation by its path template, fixed paths first", () => {
    expect(operationFor("GET", "/api/v1/bookings/abc?x=1")).toMatchObject({ path: "/bookings/{id}" });
    expect(operationFor("GET", "/api/v1/me/history.json")).toMatchObject({ path: "/me/history.json" });
    expect(operationFor("GET", "/api/v1/nowhere")).toBeUndefined();
  });

  it("passes an answer that keeps the contract and names what breaks it", () => {
    const ok = { reminderEmails: true };
    expect(contractProblems("GET", "/api/v1/me/notifications", 200, "application/json", ok)).toEqual([]);
    const broken = contractProblems("GET", "/api/v1/me/notifications", 200, "application/json", { reminderEmails: 1 });
    expect(broken).toEqual([expect.stringContaining("/reminderEmails must be boolean")]);
  });

  it("holds every error to the one Problem schema, and a 204 to no body", () => {
    const problem = { type: "t", title: "Not found", status: 404, detail: "No such booking.", requestId: "r" };
    expect(contractProblems("GET", "/api/v1/bookings/x", 404, "application/problem+json", problem)).toEqual([]);
    expect(contractProblems("GET", "/api/v1/bookings/x", 404, "application/json", problem)).toHaveLength(1);
    expect(contractProblems("GET", "/api/v1/bookings/x", 404, "application/problem+json", {})).not.toEqual([]);
    expect(contractProblems("DELETE", "/api/v1/blocks/u1", 204, null, undefined)).toEqual([]);
    expect(contractProblems("GET", "/api/v1/me", 204, null, undefined)).toEqual([
      expect.stringContaining("promises a body"),
    ]);
  });
});
