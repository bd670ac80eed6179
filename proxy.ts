import { NextResponse, type NextRequest } from "next/server";

// Gives every request an id that route handlers log and every response carries.
// Access checks do NOT live here (CVE-2025-29927): each page and handler checks its own.
export function proxy(request: NextRequest) {
  const given = request.headers.get("x-request-id");
  const requestId = given && /^[\w-]{8,64}$/.test(given) ? given : crypto.randomUUID();
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  return response;
}

// Route handlers under /api get their id from lib/http.ts handle(), which reads and answers the same
// header; running the proxy for them as well cost about a millisecond of CPU per API request (docs/benchmarks.md).
export const config = { matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)"] };
