import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "@/components/api-request";
import type { MatchRequestResponse } from "@/lib/matching/match-request.schema";

/** A "Match me" request as /api/v1/match-requests returns it (dates as ISO strings). */
export type MatchRequest = MatchRequestResponse;
export type MatchStatus = MatchRequest["status"];

export const matchKeys = {
  all: ["match-requests"] as const,
  list: () => [...matchKeys.all, "list"] as const,
};

/**
 * The caller's requests, newest first. While one is still open the sweep may
 * book it at any moment, so the list checks again every minute.
 */
export const matchRequestsQuery = () =>
  queryOptions({
    queryKey: matchKeys.list(),
    queryFn: () => apiRequest<{ matchRequests: MatchRequest[] }>("/api/v1/match-requests").then((r) => r.matchRequests),
    refetchInterval: (query) => (query.state.data?.some((r) => r.status === "OPEN") ? 60_000 : false),
  });

export function createMatchRequest(input: {
  interviewType: string;
  windows: { start: string; end: string }[];
}): Promise<MatchRequest> {
  return apiRequest<MatchRequest>("/api/v1/match-requests", { method: "POST", body: input });
}

export function cancelMatchRequest(id: string): Promise<void> {
  return apiRequest(`/api/v1/match-requests/${encodeURIComponent(id)}`, { method: "DELETE" });
}
