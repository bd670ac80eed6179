import { signIn } from "@/auth";
import { assertMagicLinkAllowed, magicLinkSchema } from "@/lib/auth/magic-link";
import { clientIp, handle, jsonResponse, parseJson } from "@/lib/http";

/** Requests a sign-in link by e-mail; rate-limited per address and per network (429). */
export const POST = handle(async ({ request, requestId }) => {
  const { email } = await parseJson(request, magicLinkSchema);
  await assertMagicLinkAllowed(email, clientIp(request));
  await signIn("email", { email, redirect: false, redirectTo: "/dashboard" });
  return jsonResponse({ sent: true, message: `We sent a sign-in link to ${email}. It works once, for 30 minutes.` }, requestId, {
    status: 202,
  });
});
