import { describe, expect, it } from "vitest";
import { safeReturnPath, withReturnPath } from "./return-to";

describe("safeReturnPath", () => {
  it("keeps a path on this site", () => {
    expect(safeReturnPath("/people/abc")).toBe("/people/abc");
    expect(safeReturnPath("/find?type=x")).toBe("/find?type=x");
  });

  it("refuses anything a browser would take to another site", () => {
    for (const bad of ["//evil.example", "/\\evil.example", "https://evil.example", "evil", "", null, "/a\nb"]) {
      expect(safeReturnPath(bad)).toBeNull();
    }
  });

  it("adds ?next= only for a safe path", () => {
    expect(withReturnPath("/sign-in", "/people/a b")).toBe("/sign-in?next=%2Fpeople%2Fa%20b");
    expect(withReturnPath("/sign-in", "//evil")).toBe("/sign-in");
  });
});
