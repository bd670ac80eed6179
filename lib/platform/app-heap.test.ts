import { describe, expect, it } from "vitest";
import { APP_HEAP_MB, appNodeOptions } from "./app-heap";

describe("appNodeOptions", () => {
  it("adds the heap cap to whatever options are already set", () => {
    expect(appNodeOptions(undefined)).toBe(`--max-old-space-size=${APP_HEAP_MB}`);
    expect(appNodeOptions("--enable-source-maps", 256)).toBe("--enable-source-maps --max-old-space-size=256");
  });

  it("leaves an operator's own cap alone", () => {
    expect(appNodeOptions("--max-old-space-size=1024")).toBe("--max-old-space-size=1024");
  });
});
