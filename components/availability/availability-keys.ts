import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "@/components/api-request";
import type { AvailabilityInput, AvailabilityResponse } from "@/lib/availability/availability.schema";

/** GET /api/v1/me/availability: the editor's shape plus the version slot caches are keyed by. */
export type SavedAvailability = AvailabilityResponse;

export const availabilityKeys = {
  all: ["availability"] as const,
  mine: () => [...availabilityKeys.all, "me"] as const,
};

/**
 * Shared by the server prefetch (which swaps in a direct `getAvailability` call
 * as its queryFn, so it needs no cookie round trip) and the editor's hook.
 */
export const myAvailabilityQuery = () =>
  queryOptions({
    queryKey: availabilityKeys.mine(),
    queryFn: () => apiRequest<SavedAvailability>("/api/v1/me/availability"),
  });

export const saveMyAvailability = (input: AvailabilityInput) =>
  apiRequest<SavedAvailability>("/api/v1/me/availability", { method: "PUT", body: input });
