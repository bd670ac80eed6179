import { env } from "../env";
import { AppError } from "../errors";
import { callerFromApiToken } from "./api-tokens";
import { sessionTokenFromCookieHeader } from "./session-cookie";
import { callerFromSessionToken, type Caller } from "./sessions";

/**
 * Resolves who is calling an /api/v1 route: a Bearer token or the session
 * cookie, never both. A bad Bearer token is a 401 even if a cookie is present,
 * so a script never silently acts as the browser's user.
 */
export async function callerFromRequest(request: Request): Promise<Caller | null> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const caller = match?.[1] ? await callerFromApiToken(match[1]) : null;
    if (!caller) throw new AppError("UNAUTHORIZED", "That API token is not valid. It may have been revoked.");
    return caller;
  }
  const token = sessionTokenFromCookieHeader(request.headers.get("cookie"));
  if (!token) return null;
  const caller = await callerFromSessionToken(token);
  if (caller) assertSameOrigin(request);
  return caller;
}

export async function requireCaller(request: Request): Promise<Caller> {
  const caller = await callerFromRequest(request);
  if (!caller) throw new AppError("UNAUTHORIZED", "Sign in to continue.");
  return caller;
}

export async function requireAdmin(request: Request): Promise<Caller> {
  const caller = await requireCaller(request);
  // Not 403: an admin route should not even confirm that it exists.
  if (caller.role !== "ADMIN") throw new AppError("NOT_FOUND", "Not found.");
  return caller;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery guard for cookie-authenticated writes: the browser
 * always sends Origin on cross-site POSTs (including `text/plain` "simple"
 * requests that skip CORS preflight), so a write must come from our own origin.
 */
export function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.get("origin") ?? refererOrigin(request.headers.get("referer"));
  const url = new URL(request.url);
  const allowed = new Set([new URL(env().PUBLIC_URL).origin, url.origin]);
  // The address the browser actually used, e.g. http://127.0.0.1:3000 beside PUBLIC_URL's localhost
  // (Next gives handlers the configured host, not the one requested). A cross-site page cannot make a
  // browser send our Host with its own Origin, and a rebound name gets none of our cookies.
  const host = request.headers.get("host");
  if (host) allowed.add(`${url.protocol}//${host}`);
  if (!origin || !allowed.has(origin)) {
    throw new AppError("FORBIDDEN", "This request did not come from MockLoop itself, so it was refused.");
  }
}

function refererOrigin(referer: string | null): string | null {
  if (!referer) return null;
  try {
    return new URL(referer).origin;
  } catch {
    return null;
  }
}
