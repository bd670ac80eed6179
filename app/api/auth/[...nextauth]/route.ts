import { handlers } from "@/auth";
import { AppError } from "@/lib/errors";
import { problemResponse, requestIdOf } from "@/lib/http";

export const GET = handlers.GET;

// Magic links are requested through POST /api/v1/auth/magic-link, which rate-limits
// them; Auth.js's own endpoint for that would bypass the limit.
export async function POST(request: Parameters<typeof handlers.POST>[0]) {
  if (new URL(request.url).pathname.endsWith("/signin/email")) {
    return problemResponse(new AppError("NOT_FOUND", "Request a sign-in link at /api/v1/auth/magic-link."), requestIdOf(request));
  }
  return handlers.POST(request);
}
