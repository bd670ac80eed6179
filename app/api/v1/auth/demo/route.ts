import { z } from "zod";
import { assertSameOrigin } from "@/lib/auth/caller";
import { assertDemoMode, demoSignIn } from "@/lib/auth/demo-sign-in";
import { serializeSessionCookie } from "@/lib/auth/session-cookie";
import { handle, noContent, parseJson } from "@/lib/http";
import { line } from "@/lib/input/text";

const demoSchema = z.object({ userId: line().min(1).max(40) });

/** Demo sign-in as a seeded user; a 404 outside demo mode (lib/auth/demo-mode.ts). */
export const POST = handle(async ({ request, requestId }) => {
  assertDemoMode();
  // A cookie write: a cross-site form must not sign a visitor in as someone else (login CSRF).
  assertSameOrigin(request);
  const { userId } = await parseJson(request, demoSchema);
  const session = await demoSignIn(userId);
  return noContent(requestId, { "set-cookie": serializeSessionCookie(session.token, session.expires) });
});
