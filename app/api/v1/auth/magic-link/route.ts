import { signIn } from "@/auth";
import { loopbackAliasOrigin, withLinkRequest } from "@/lib/auth/asking-origin";
import { isDemoMode } from "@/lib/auth/demo-mode";
import { assertMagicLinkAllowed, magicLinkSchema } from "@/lib/auth/magic-link";
import { safeReturnPath } from "@/lib/auth/return-to";
import { outboxCookieFromHeader, outboxCookieWith } from "@/lib/email/outbox-readers";
import { negotiateLocale } from "@/lib/dates/locale";
import { env } from "@/lib/env";
import { clientIp, handle, jsonResponse, parseJson } from "@/lib/http";

/** Requests a sign-in link by e-mail; rate-limited per address and per network (429). */
export const POST = handle(async ({ request, requestId }) => {
  const { email, next } = await parseJson(request, magicLinkSchema);
  await assertMagicLinkAllowed(email, clientIp(request));
  // Someone using a local MockLoop at 127.0.0.1 gets a link to 127.0.0.1, where their cookies are,
  // and the e-mail writes its expiry in the locale they asked in.
  const linkRequest = {
    origin: loopbackAliasOrigin(request.headers.get("host"), env().PUBLIC_URL),
    locale: negotiateLocale(request.headers.get("accept-language")),
  };
  await withLinkRequest(linkRequest, () =>
    signIn("email", { email, redirect: false, redirectTo: safeReturnPath(next) ?? "/dashboard" }),
  );
  // Demo mode: this browser may read the link in the demo outbox, and only mail to the addresses it asked for.
  const remember = isDemoMode(env())
    ? { "set-cookie": outboxCookieWith(outboxCookieFromHeader(request.headers.get("cookie")), email) }
    : undefined;
  return jsonResponse(
    { sent: true, message: `We sent a sign-in link to ${email}. It works once, for 30 minutes.` },
    requestId,
    {
      status: 202,
      headers: remember,
    },
  );
});
