import { malformedPathResponse } from "@/lib/input/malformed-path";

/**
 * Runs only for addresses with a `%` in the path (see the matcher), so ordinary
 * pages and API calls skip it (docs/ARCHITECTURE.md: a proxy pass costs ~1 ms of
 * CPU). It answers malformed percent-encoding before Next's route matching turns
 * it into a 500 (docs/decisions/0017-input-rules.md); access is never checked here.
 */
export function proxy(request: Request): Response | undefined {
  return malformedPathResponse(request);
}

export const config = {
  matcher: ["/:path(.*%.*)"],
};
