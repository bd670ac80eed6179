import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HISTORY } from "@/components/progress/progress.fixture";
import type { HistoryPage } from "@/lib/progress/progress.types";
import { historyQuery } from "./history-keys";
import { HistoryList } from "./history-list";
import { toHistoryQuery, type HistoryFilters } from "./history-search-params";

function render(filters: HistoryFilters, data: HistoryPage): string {
  const query = toHistoryQuery(filters, "Europe/London");
  const client = new QueryClient();
  client.setQueryData(historyQuery(query).queryKey, data);
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <HistoryList filters={filters} query={query} timeZone="Europe/London" />
    </QueryClientProvider>,
  );
}

describe("HistoryList", () => {
  const html = render({ page: 1, type: "system-design" }, HISTORY);

  it("opens each interview's feedback and shows the time in the viewer's zone", () => {
    expect(html).toContain('href="/interviews/bk-2"');
    expect(html).toContain("20 Nov 2026, 13:00");
  });

  it("shows the recommendation and a chip per competency score", () => {
    expect(html).toContain("Hire");
    expect(html).toMatch(/Architecture<\/span><strong[^>]*>3<\/strong><span class="sr-only">out of 4/);
  });

  it("tells an interviewer who hasn't written feedback to do so, and names deleted people plainly", () => {
    expect(html).toContain("You haven&#x27;t sent your feedback yet.");
    expect(html).toContain("Deleted user");
  });

  it("explains a candidate's feedback not yet released", () => {
    const waiting = render(
      { page: 1 },
      { ...HISTORY, total: 1, items: [{ ...HISTORY.items[0]!, recommendation: null, scores: [], released: false }] },
    );
    expect(waiting).toContain("Feedback isn&#x27;t released yet");
  });

  it("filters by a counterpart with a link that keeps the other filters", () => {
    expect(html).toContain('href="/history?type=system-design&amp;counterpart=demo-marcus"');
  });

  it("invites a first booking when there is no history at all", () => {
    const empty = render({ page: 1 }, { items: [], page: 1, pageSize: 20, total: 0 });
    expect(empty).toMatch(/href="\/find"[^>]*>Book your first mock/);
  });

  it("offers to clear filters when they match nothing", () => {
    const none = render({ page: 1, from: "2001-01-01" }, { items: [], page: 1, pageSize: 20, total: 0 });
    expect(none).toContain("No interviews match these filters.");
  });

  it("pages through a long history, keeping the filters", () => {
    const long = render({ page: 2, type: "system-design" }, { ...HISTORY, page: 2, total: 45 });
    expect(long).toContain("Page 2 of 3");
    expect(long).toContain('href="/history?type=system-design&amp;page=3"');
    expect(long).toContain('href="/history?type=system-design"');
  });
});
