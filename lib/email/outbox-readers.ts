import { sessionCookie } from "../auth/session-cookie";
import { signValue, verifyValue } from "../security/signed-token";

/**
 * Who may read which mail in the demo outbox (decision 0018). A browser that asked
 * for a sign-in link remembers the address in a signed cookie, so it can read the
 * link without being signed in; it cannot name any other address.
 */
export const OUTBOX_COOKIE = "mockloop.outbox";
const PURPOSE = "outbox-addresses";
const MAX_ADDRESSES = 5;
const MAX_AGE_SECONDS = 24 * 60 * 60;

/** The addresses a signed outbox cookie vouches for; nothing for a missing or tampered one. */
export function addressesFromOutboxCookie(value: string | undefined): string[] {
  if (!value) return [];
  const addresses = verifyValue(PURPOSE, value);
  return Array.isArray(addresses) ? addresses.filter((a): a is string => typeof a === "string") : [];
}

/** Reads the outbox cookie out of a Cookie request header (route handlers get a plain Request). */
export function outboxCookieFromHeader(header: string | null): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === OUTBOX_COOKIE) return rest.join("=");
  }
  return undefined;
}

/** The Set-Cookie value after this browser asked for a link to `email`: the newest few addresses. */
export function outboxCookieWith(existing: string | undefined, email: string): string {
  const addresses = [email, ...addressesFromOutboxCookie(existing).filter((a) => a !== email)].slice(0, MAX_ADDRESSES);
  const parts = [
    `${OUTBOX_COOKIE}=${signValue(PURPOSE, addresses)}`,
    "Path=/dev/outbox",
    `Max-Age=${MAX_AGE_SECONDS}`,
    "HttpOnly",
    "SameSite=Lax",
  ];
  if (sessionCookie().options.secure) parts.push("Secure");
  return parts.join("; ");
}
