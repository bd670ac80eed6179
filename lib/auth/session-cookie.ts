import { env } from "../env";

/** The one session cookie, shared by Auth.js, demo sign-in and our own session lookups. */
export function sessionCookie() {
  const secure = env().PUBLIC_URL.startsWith("https://");
  return {
    // The __Secure- prefix makes browsers refuse the cookie over plain http.
    name: secure ? "__Secure-mockloop.session" : "mockloop.session",
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/**
 * Whether a cookie value could be one of our session tokens (random hex or a UUID,
 * printable ASCII either way). Anything else, e.g. a NUL or a cut percent-escape,
 * is no session: the caller is signed out, and the database never sees it.
 */
export function isPlausibleSessionToken(token: string): boolean {
  return /^[\x21-\x7E]{1,512}$/.test(token);
}

/** Reads the session token from a Cookie header (route handlers get a plain Request). */
export function sessionTokenFromCookieHeader(header: string | null): string | undefined {
  if (!header) return undefined;
  const name = sessionCookie().name;
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key !== name) continue;
    let token: string;
    try {
      token = decodeURIComponent(rest.join("="));
    } catch {
      return undefined;
    }
    return isPlausibleSessionToken(token) ? token : undefined;
  }
  return undefined;
}

export function serializeSessionCookie(token: string, expires: Date): string {
  const { name, options } = sessionCookie();
  const parts = [
    `${name}=${encodeURIComponent(token)}`,
    `Path=${options.path}`,
    `Expires=${expires.toUTCString()}`,
    "HttpOnly",
    "SameSite=Lax",
  ];
  if (options.secure) parts.push("Secure");
  return parts.join("; ");
}

export function clearSessionCookie(): string {
  return serializeSessionCookie("", new Date(0));
}
