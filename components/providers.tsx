"use client";

import { QueryClient, QueryClientProvider, isServer } from "@tanstack/react-query";
import { useEffect, type ReactNode } from "react";
import { keepEarlyInput } from "@/components/ui/keep-early-input";

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Above zero so data prefetched on the server is not refetched at once.
        staleTime: 30_000,
        // A 4xx will not get better by asking again.
        retry: (failureCount, error) => {
          const status = (error as { status?: number }).status;
          return !(status && status >= 400 && status < 500) && failureCount < 2;
        },
      },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}

export function Providers({ children }: { children: ReactNode }) {
  // After the page hydrates (this effect runs after its children's): what was typed into each field before it hydrated.
  useEffect(() => keepEarlyInput(), []);
  return <QueryClientProvider client={getQueryClient()}>{children}</QueryClientProvider>;
}
