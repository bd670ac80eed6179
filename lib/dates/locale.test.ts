import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, isSupportedLocale, negotiateLocale, storedLocale } from "./locale";

describe("negotiateLocale", () => {
  it("takes the browser's first supported language", () => {
    expect(negotiateLocale("en-US,en;q=0.9")).toBe("en-US");
    expect(negotiateLocale("en-GB,en;q=0.9")).toBe("en-GB");
    expect(negotiateLocale("de-DE,de;q=0.9,en;q=0.8")).toBe("de-DE");
    expect(negotiateLocale("EN-us")).toBe("en-US");
  });

  it("orders by q-value, keeping the header's order on ties", () => {
    expect(negotiateLocale("fr-FR;q=0.5,en-US;q=0.8")).toBe("en-US");
    expect(negotiateLocale("de-DE;q=0.8,en-US;q=0.8")).toBe("de-DE");
    expect(negotiateLocale("en-US;q=0,de-DE")).toBe("de-DE");
  });

  it("matches a region it does not list by its language, and skips languages it does not support", () => {
    expect(negotiateLocale("en")).toBe("en-GB");
    expect(negotiateLocale("en-NZ")).toBe("en-GB");
    expect(negotiateLocale("de-AT")).toBe("de-DE");
    expect(negotiateLocale("ja-JP,ja;q=0.9,en-US;q=0.5")).toBe("en-US");
  });

  it("falls back to en-GB for nothing, wildcards, unsupported languages and nonsense", () => {
    for (const header of [null, undefined, "", "*", "ja-JP", "zz", ";;;,", "en-US;q=abc", "<script>"]) {
      expect(negotiateLocale(header), String(header)).toBe(DEFAULT_LOCALE);
    }
  });

  it("knows its own list", () => {
    expect(isSupportedLocale("en-US")).toBe(true);
    expect(isSupportedLocale("en-us")).toBe(false);
    expect(isSupportedLocale("ja-JP")).toBe(false);
    expect(isSupportedLocale(null)).toBe(false);
  });
});

describe("storedLocale", () => {
  it("formats with a supported stored locale, and en-GB for none or one no longer supported", () => {
    expect(storedLocale("en-US")).toBe("en-US");
    expect(storedLocale(null)).toBe(DEFAULT_LOCALE);
    expect(storedLocale("ja-JP")).toBe(DEFAULT_LOCALE);
    expect(storedLocale("en-us")).toBe(DEFAULT_LOCALE);
  });
});
