import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "@/components/api-request";
import type { HistoryPage, HistoryQuery } from "@/lib/progress/progress.types";
import { historyQueryString } from "./history-search-params";

export const historyKeys = {
  all: ["history"] as const,
  page: (query: HistoryQuery) => [...historyKeys.all, "page", query] as const,
};

/** One page of the caller's history; the server page prefetches it with a direct getHistory call. */
export const historyQuery = (query: HistoryQuery) =>
  queryOptions({
    queryKey: historyKeys.page(query),
    queryFn: () => apiRequest<HistoryPage>(`/api/v1/me/history?${historyQueryString(query)}`),
  });

/** The whole history, for keeping or for a spreadsheet; every score carries its rubric version and competency key. */
export const EXPORT_LINKS = [
  { href: "/api/v1/me/history.csv", label: "Download CSV", hint: "for a spreadsheet" },
  { href: "/api/v1/me/history.json", label: "Download JSON", hint: "for your own tools" },
] as const;
