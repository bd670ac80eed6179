import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "@/components/api-request";
import { slotKeys, type RankedPeer, type SlotSearchResult } from "@/components/find-peer/slot-keys";

export interface OneInterviewerSearch {
  interviewType: string;
  interviewer: string;
  from: string;
  to: string;
}

/**
 * One interviewer's open times (GET /api/v1/slots?interviewer=), under Find a peer's key prefix so
 * a booking anywhere refreshes them too.
 */
export const personSlotsQuery = (search: OneInterviewerSearch) =>
  queryOptions({
    queryKey: [...slotKeys.searches(), search],
    queryFn: () => apiRequest<SlotSearchResult>(`/api/v1/slots?${new URLSearchParams({ ...search })}`),
    staleTime: 15_000,
  });

/** GET /api/v1/slots/peers: every peer free at one start, best match first. */
export interface FreePeers {
  start: string;
  end: string;
  peers: RankedPeer[];
}

export const freePeersQuery = (interviewType: string, start: string) =>
  queryOptions({
    queryKey: [...slotKeys.all, "peers", { interviewType, start }],
    queryFn: () => apiRequest<FreePeers>(`/api/v1/slots/peers?${new URLSearchParams({ interviewType, start })}`),
    staleTime: 15_000,
  });
