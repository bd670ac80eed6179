import { describe, expect, it } from "vitest";
import { utf8Join } from "./utf8-join";

describe("utf8Join", () => {
  it("joins pieces with a separator between them, inside the prefix and suffix", () => {
    expect(utf8Join(['{"a":1}', '{"b":2}'], ",", "[", "]").toString("utf8")).toBe('[{"a":1},{"b":2}]');
  });

  it("writes multi-byte characters whole and sizes the buffer by bytes, not characters", () => {
    const out = utf8Join(['"Zoë"', '"Łukasz 😀"'], ",", "[", "]");
    expect(out.length).toBe(Buffer.byteLength('["Zoë","Łukasz 😀"]'));
    expect(JSON.parse(out.toString("utf8"))).toEqual(["Zoë", "Łukasz 😀"]);
  });

  it("gives just the prefix and suffix when there are no pieces", () => {
    expect(utf8Join([], ",", "[", "]").toString("utf8")).toBe("[]");
    expect(utf8Join(["x"], ",").toString("utf8")).toBe("x");
  });
});
