import { describe, expect, it } from "vitest";
import { APP_HEAP_MB, APP_SEMI_SPACE_MB, appNodeOptions } from "./app-heap";

describe("appNodeOptions", () => {
  it("adds the heap sizes to whatever options are already set", () => {
    expect(appNodeOptions(undefined)).toBe(
      `--max-old-space-size=${APP_HEAP_MB} --max-semi-space-size=${APP_SEMI_SPACE_MB}`,
    );
    expect(appNodeOptions("--enable-source-maps", 256)).toBe(
      `--enable-source-maps --max-old-space-size=256 --max-semi-space-size=${APP_SEMI_SPACE_MB}`,
    );
  });

  it("leaves an operator's own sizes alone", () => {
    expect(appNodeOptions("--max-old-space-size=1024")).toBe(
      `--max-old-space-size=1024 --max-semi-space-size=${APP_SEMI_SPACE_MB}`,
    );
    expect(appNodeOptions("--max-old-space-size=1024 --max-semi-space-size=32")).toBe(
      "--max-old-space-size=1024 --max-semi-space-size=32",
    );
  });
});
