import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "@/components/api-request";

/** An API token as GET /api/v1/me/tokens returns it (never the secret). */
export interface ApiTokenRow {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface CreatedApiToken extends ApiTokenRow {
  /** Shown once, straight after creation; MockLoop keeps only its hash. */
  secret: string;
}

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
