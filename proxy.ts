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

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
