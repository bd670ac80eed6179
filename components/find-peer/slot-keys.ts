import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "@/components/api-request";
import type { SlotSearchResponse } from "@/lib/slot-search/slot-search.schema";

/** GET /api/v1/slots, typed from its response schema (lib/slot-search/slot-search.schema.ts). */
export type SlotSearchResult = SlotSearchResponse;
/** How many peers are free then; `interviewers` holds the best few of them. */
export type OpenSlot = SlotSearchResult["slots"][number];
export type RankedPeer = OpenSlot["interviewers"][number];

export interface SlotSearch {
  interviewType: string;
  /** UTC ISO instants, the viewer's local week bounds (see weekBounds). */
  from: string;
  to: string;
}

export const slotKeys = {
  all: ["slots"] as const,
  searches: () => [...slotKeys.all, "search"] as const,
  search: (search: SlotSearch) => [...slotKeys.searches(), search] as const,
};

/**
 * Shared by the server page (which swaps in a direct searchSlots call as its
 * queryFn) and the calendar's hook. Kept fresh briefly: open times are what
 * other people are booking right now.
 */
export const slotSearchQuery = (search: SlotSearch) =>
  queryOptions({
    queryKey: slotKeys.search(search),
    queryFn: () =>
      apiRequest<SlotSearchResult>(
        `/api/v1/slots?${new URLSearchParams({ interviewType: search.interviewType, from: search.from, to: search.to })}`,
      ),
    staleTime: 15_000,
  });
