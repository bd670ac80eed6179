import { z } from "zod";
import { demoSignIn } from "@/lib/auth/demo-sign-in";
import { serializeSessionCookie } from "@/lib/auth/session-cookie";
import { handle, noContent, parseJson } from "@/lib/http";
import { line } from "@/lib/input/text";

const demoSchema = z.object({ userId: line().min(1).max(40) });

/** Demo sign-in as a seeded user; a 404 outside demo mode (lib/auth/demo-mode.ts). */
export const POST = handle(async ({ request, requestId }) => {
  const { userId } = await parseJson(request, demoSchema);
  const session = await demoSignIn(userId);
  return noContent(requestId, { "set-cookie": serializeSessionCookie(session.token, session.expires) });
});
