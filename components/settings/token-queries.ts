import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "@/components/api-request";
import type { ApiTokenResponse, CreatedApiTokenResponse } from "@/lib/auth/auth.schema";

/** An API token as GET /api/v1/me/tokens returns it (never the secret). */
export type ApiTokenRow = ApiTokenResponse;
/** Its secret is shown once, straight after creation; MockLoop keeps only its hash. */
export type CreatedApiToken = CreatedApiTokenResponse;

export const tokenKeys = {
  all: ["api-tokens"] as const,
  list: () => [...tokenKeys.all, "list"] as const,
};

/** Shared by the server prefetch (settings page) and the client hook. */
export const tokenListQuery = () =>
  queryOptions({
    queryKey: tokenKeys.list(),
    queryFn: async () => (await apiRequest<{ tokens: ApiTokenRow[] }>("/api/v1/me/tokens")).tokens,
  });
