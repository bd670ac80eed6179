import { handlers } from "@/auth";
import { redirectToAskingOrigin } from "@/lib/auth/asking-origin";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { problemResponse, requestIdOf } from "@/lib/http";

type AuthRequest = Parameters<typeof handlers.GET>[0];

// Auth.js redirects to PUBLIC_URL; a local person at 127.0.0.1 is sent back there, where the new cookie is.
const atAskingOrigin = async (request: AuthRequest, answer: Promise<Response>) =>
  redirectToAskingOrigin(await answer, request.headers.get("host"), env().PUBLIC_URL);

export const GET = (request: AuthRequest) => atAskingOrigin(request, handlers.GET(request));

// Magic links are requested through POST /api/v1/auth/magic-link, which rate-limits
// them; Auth.js's own endpoint for that would bypass the limit.
export async function POST(request: AuthRequest) {
  if (new URL(request.url).pathname.endsWith("/signin/email")) {
    return problemResponse(
      new AppError("NOT_FOUND", "Request a sign-in link at /api/v1/auth/magic-link."),
      requestIdOf(request),
    );
  }
  return atAskingOrigin(request, handlers.POST(request));
}
