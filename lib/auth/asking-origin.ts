import { AsyncLocalStorage } from "node:async_hooks";
import { DEFAULT_LOCALE, type Locale } from "../dates/locale";

/**
 * On a person's own computer MockLoop answers at localhost, 127.0.0.1 and [::1] alike, but the browser keeps
 * each name's cookies apart: a sign-in link to PUBLIC_URL's localhost, opened by someone who is at 127.0.0.1,
 * lands signed out. So sign-in links and Auth.js's redirects use the address the person asked at, but only
 * when it is another loopback name of PUBLIC_URL's own loopback address and port; any other Host header
 * (a deployment's, or one an attacker sends) is never used, and PUBLIC_URL stays the address.
 * Not done by redirecting in proxy.ts: Next treats the loopback names as one origin there and the browser looped.
 */
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The origin the person asked at, when it is a loopback alias of PUBLIC_URL; otherwise null. */
export function loopbackAliasOrigin(hostHeader: string | null, publicUrl: string): string | null {
  const canonical = new URL(publicUrl);
  if (!hostHeader || !LOOPBACK.has(canonical.hostname)) return null;
  let asked: URL;
  try {
    asked = new URL(`${canonical.protocol}//${hostHeader}`);
  } catch {
    return null;
  }
  // Only a bare host[:port]: anything more (a user, a path) is not a Host header we trust.
  if (asked.host !== hostHeader.toLowerCase()) return null;
  if (!LOOPBACK.has(asked.hostname) || asked.hostname === canonical.hostname) return null;
  if (portOf(asked) !== portOf(canonical)) return null;
  return asked.origin;
}

const portOf = (url: URL) => url.port || (url.protocol === "https:" ? "443" : "80");

/** `url` moved from PUBLIC_URL's origin to `origin`; any other URL is returned as it was. */
export function onOrigin(url: string, publicUrl: string, origin: string): string {
  const from = new URL(publicUrl).origin;
  return url === from || url.startsWith(`${from}/`) || url.startsWith(`${from}?`)
    ? origin + url.slice(from.length)
    : url;
}

/** Who asked for a sign-in link: where (a loopback alias, or null for PUBLIC_URL) and in which locale. */
export interface LinkRequest {
  origin: string | null;
  locale: Locale;
}

// Auth.js builds the link deep inside signIn(); this carries the request's origin and locale to sendMagicLinkEmail.
const linkRequest = new AsyncLocalStorage<LinkRequest>();

export function withLinkRequest<T>(request: LinkRequest, run: () => Promise<T>): Promise<T> {
  return linkRequest.run(request, run);
}

/** The sign-in link as the person can use it where they are. */
export function linkForAskingOrigin(url: string, publicUrl: string): string {
  const origin = linkRequest.getStore()?.origin;
  return origin ? onOrigin(url, publicUrl, origin) : url;
}

/** The locale the person asked in (the e-mail's dates follow it); en-GB outside a request. */
export function linkRequestLocale(): Locale {
  return linkRequest.getStore()?.locale ?? DEFAULT_LOCALE;
}

/** An Auth.js answer whose redirect goes back to the loopback alias the request came in at (see above). */
export function redirectToAskingOrigin(response: Response, hostHeader: string | null, publicUrl: string): Response {
  const location = response.headers.get("location");
  const origin = loopbackAliasOrigin(hostHeader, publicUrl);
  if (!location || !origin) return response;
  const headers = new Headers(response.headers);
  headers.set("location", onOrigin(location, publicUrl, origin));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
