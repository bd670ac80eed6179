import { describe, expect, it } from "vitest";
import { assertLocalDatabaseUrl } from "./test-server";

describe("assertLocalDatabaseUrl", () => {
  it("allows loopback servers", () => {
    expect(() => assertLocalDatabaseUrl("postgresql://postgres@127.0.0.1:5432/x")).not.toThrow();
    expect(() => assertLocalDatabaseUrl("postgres://postgres@localhost/x")).not.toThrow();
  });

  it("refuses any other host, since tests drop databases", () => {
    expect(() => assertLocalDatabaseUrl("postgresql://u:p@db.example.com:5432/prod")).toThrow(/only a local server/);
    expect(() => assertLocalDatabaseUrl("postgresql://u:p@10.0.0.5/prod")).toThrow(/only a local server/);
    expect(() => assertLocalDatabaseUrl("not a url")).toThrow(/not a PostgreSQL URL/);
  });
});
