import { randomUUID } from "node:crypto";
import { AppError } from "../errors";
import { problemResponse, requestIdOf } from "../http";

/**
 * Next decodes every dynamic segment with decodeURIComponent before a route
 * handler or page runs, and answers a malformed one (`/users/%ZZ`, a cut UTF-8
 * sequence like `%E0%A4%A`) with its own plain-text 500. proxy.ts asks this
 * first, so such an address gets a clear 400 instead.
 */
export function malformedPathSegment(pathname: string): string | undefined {
  for (const segment of pathname.split("/")) {
    try {
      decodeURIComponent(segment);
    } catch {
      return segment;
    }
  }
  return undefined;
}

export function malformedPathResponse(request: Request): Response | undefined {
  const { pathname } = new URL(request.url);
  const segment = malformedPathSegment(pathname);
  if (segment === undefined) return undefined;
  if (pathname.startsWith("/api/")) {
    const error = new AppError("BAD_REQUEST", "This address has malformed percent-encoding.", {
      fieldErrors: { path: [`"${segment}" is not valid percent-encoded UTF-8`] },
    });
    // `instance` is left out: it would echo the malformed path back.
    return problemResponse(error, requestIdOf(request));
  }
  // A page: a short HTML answer, not Next's error page (which would try to decode the path again).
  const html = `<!doctype html><title>Bad address</title><h1>This address is not valid</h1><p><a href="/">Go to MockLoop</a></p>`;
  return new Response(html, {
    status: 400,
    headers: { "content-type": "text/html; charset=utf-8", "x-request-id": randomUUID() },
  });
}
