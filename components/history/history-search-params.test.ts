import { describe, expect, it } from "vitest";
import {
  hasHistoryFilters,
  historyHref,
  historyQueryString,
  parseHistorySearch,
  toHistoryQuery,
} from "./history-search-params";

describe("parseHistorySearch", () => {
  it("keeps the filters that fit and defaults the page to 1", () => {
    expect(
      parseHistorySearch({
        role: "CANDIDATE",
        type: "system-design",
        competency: "databases-data",
        from: "2026-10-01",
        to: "2026-10-31",
        counterpart: "demo-marcus",
      }),
    ).toEqual({
      role: "CANDIDATE",
      type: "system-design",
      competency: "databases-data",
      from: "2026-10-01",
      to: "2026-10-31",
      counterpart: "demo-marcus",
      page: 1,
    });
  });

  it("drops values that don't fit instead of failing the page", () => {
    expect(
      parseHistorySearch({
        role: "ADMIN",
        type: "x'; drop table",
        from: "2026-02-30",
        to: "yesterday",
        page: "-3",
        counterpart: "a".repeat(41),
      }),
    ).toEqual({ page: 1 });
  });

  it("takes the first of repeated values, trims them and reads the page", () => {
    expect(parseHistorySearch({ type: [" product-sense ", "ai-ml"], page: "3" })).toEqual({
      type: "product-sense",
      page: 3,
    });
  });

  it("swaps a range given backwards", () => {
    expect(parseHistorySearch({ from: "2026-11-20", to: "2026-11-01" })).toMatchObject({
      from: "2026-11-01",
      to: "2026-11-20",
    });
  });
});

describe("toHistoryQuery", () => {
  it("turns the viewer's days into instants, with an exclusive end at the next local midnight", () => {
    const query = toHistoryQuery(
      { from: "2026-11-01", to: "2026-11-20", type: "system-design", page: 2 },
      "Asia/Kolkata",
    );
    expect(query).toEqual({
      page: 2,
      pageSize: 20,
      type: "system-design",
      from: "2026-10-31T18:30:00.000Z",
      to: "2026-11-20T18:30:00.000Z",
    });
  });

  it("follows a DST change: the last day of October in London ends at 00:00 GMT", () => {
    expect(toHistoryQuery({ to: "2026-10-25", page: 1 }, "Europe/London").to).toBe("2026-10-26T00:00:00.000Z");
    expect(toHistoryQuery({ from: "2026-10-25", page: 1 }, "Europe/London").from).toBe("2026-10-24T23:00:00.000Z");
  });

  it("becomes a query string without empty values", () => {
    expect(historyQueryString({ page: 1, pageSize: 20, role: "INTERVIEWER" })).toBe(
      "page=1&pageSize=20&role=INTERVIEWER",
    );
  });
});

describe("historyHref", () => {
  const current = { type: "system-design", counterpart: "demo-marcus", page: 3 };

  it("goes back to page 1 when a filter changes", () => {
    expect(historyHref(current, { counterpart: undefined })).toBe("/history?type=system-design");
  });

  it("keeps the filters when paging", () => {
    expect(historyHref(current, { page: 4 })).toBe("/history?type=system-design&counterpart=demo-marcus&page=4");
    expect(historyHref({ page: 2 }, { page: 1 })).toBe("/history");
  });

  it("knows when anything is filtered", () => {
    expect(hasHistoryFilters({ page: 5 })).toBe(false);
    expect(hasHistoryFilters({ page: 1, from: "2026-01-01" })).toBe(true);
  });
});
