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

/** Reads the session token from a Cookie header (route handlers get a plain Request). */
export function sessionTokenFromCookieHeader(header: string | null): string | undefined {
  if (!header) return undefined;
  const name = sessionCookie().name;
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

export function serializeSessionCookie(token: string, expires: Date): string {
  const { name, options } = sessionCookie();
  const parts = [`${name}=${encodeURIComponent(token)}`, `Path=${options.path}`, `Expires=${expires.toUTCString()}`, "HttpOnly", "SameSite=Lax"];
  if (options.secure) parts.push("Secure");
  return parts.join("; ");
}

export function clearSessionCookie(): string {
  return serializeSessionCookie("", new Date(0));
}
