import { assertSameOrigin } from "@/lib/auth/caller";
import { clearSessionCookie, sessionTokenFromCookieHeader } from "@/lib/auth/session-cookie";
import { revokeSession } from "@/lib/auth/sessions";
import { handle, noContent } from "@/lib/http";

/** Signs this browser out (its session row goes, so the cookie is useless even if kept). */
export const POST = handle(async ({ request, requestId }) => {
  assertSameOrigin(request);
  const token = sessionTokenFromCookieHeader(request.headers.get("cookie"));
  if (token) await revokeSession(token);
  return noContent(requestId, { "set-cookie": clearSessionCookie() });
});
