import { requireCaller } from "@/lib/auth/caller";
import { clearSessionCookie } from "@/lib/auth/session-cookie";
import { revokeAllSessions } from "@/lib/auth/sessions";
import { handle, jsonResponse } from "@/lib/http";

/** Sign out everywhere: every session of the caller, this one included, and every API token. */
export const DELETE = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  const revoked = await revokeAllSessions(caller.id);
  return jsonResponse({ revoked: revoked.sessions, tokensRevoked: revoked.tokens }, requestId, {
    headers: { "set-cookie": clearSessionCookie() },
  });
});
