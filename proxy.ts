import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { malformedPathResponse } from "@/lib/input/malformed-path";
import {
  API_CONTENT_SECURITY_POLICY,
  commonSecurityHeaders,
  frameSources,
  newNonce,
  pageContentSecurityPolicy,
} from "@/lib/security/security-headers";

/**
 * Security headers on every page and API answer (decision 0018). Pages get a
 * fresh CSP nonce: Next reads it from the request's Content-Security-Policy
 * header and puts it on its own scripts. A path with malformed percent-encoding
 * is answered here, before Next's route matching turns it into a 500 (decision
 * 0017). Access is NOT checked here (CVE-2025-29927): each page and handler
 * checks its own.
 */
export function proxy(request: NextRequest) {
  const e = env();
  const isApi = request.nextUrl.pathname.startsWith("/api/");
  const policy = isApi
    ? API_CONTENT_SECURITY_POLICY
    : pageContentSecurityPolicy({
        nonce: newNonce(),
        dev: e.NODE_ENV === "development",
        frameSrc: frameSources({ jitsiDomain: e.JITSI_DOMAIN }),
      });
  let response: Response;
  const malformed = malformedPathResponse(request);
  if (malformed) {
    response = malformed;
  } else if (isApi) {
    response = NextResponse.next();
  } else {
    const headers = new Headers(request.headers);
    headers.set("content-security-policy", policy);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("content-security-policy", policy);
  for (const [name, value] of Object.entries(commonSecurityHeaders(e.PUBLIC_URL))) response.headers.set(name, value);
  return response;
}

// Pages (and Auth.js's routes) for their nonce. The JSON API sets its own fixed headers in handle()
// (lib/http.ts), so it comes here only for a path with a `%`, to be checked for malformed encoding.
// Static assets carry no policy of their own to enforce.
export const config = {
  matcher: ["/((?!api/v1/|_next/static|_next/image|favicon.ico).*)", "/api/v1/:path(.*%.*)"],
};
