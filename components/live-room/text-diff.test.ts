import { describe, expect, it } from "vitest";
import { moveCaret, textSplice } from "./text-diff";

describe("textSplice", () => {
  it("finds the one edit between two strings", () => {
    expect(textSplice("abc", "abc")).toBeNull();
    expect(textSplice("abc", "abXc")).toEqual({ index: 2, remove: 0, insert: "X" });
    expect(textSplice("abcd", "ad")).toEqual({ index: 1, remove: 2, insert: "" });
    expect(textSplice("aaa", "aaaa")).toEqual({ index: 3, remove: 0, insert: "a" });
    expect(textSplice("", "hi")).toEqual({ index: 0, remove: 0, insert: "hi" });
  });
});

describe("moveCaret", () => {
  it("shifts the caret by what others inserted or deleted before it", () => {
    expect(moveCaret(5, [{ insert: "abc" }])).toBe(8);
    expect(moveCaret(5, [{ retain: 6 }, { insert: "abc" }])).toBe(5);
    expect(moveCaret(5, [{ retain: 1 }, { delete: 2 }])).toBe(3);
    expect(moveCaret(5, [{ retain: 3 }, { delete: 10 }])).toBe(3);
  });
});
