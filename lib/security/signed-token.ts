import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "../env";

// Without AUTH_SECRET (which sign-in needs anyway) a per-process key still keeps tokens unforgeable;
// they just stop verifying after a restart or on another instance.
let fallbackKey: Buffer | undefined;
function key(): string | Buffer {
  return env().AUTH_SECRET ?? (fallbackKey ??= randomBytes(32));
}

function mac(purpose: string, payload: string): Buffer {
  return createHmac("sha256", key()).update(`${purpose}\n${payload}`).digest();
}

/**
 * A value a client carries and hands back unchanged (a page cursor, a remembered
 * address): base64url JSON plus an HMAC over `purpose`, which binds it to one use
 * and, when the purpose names a person, to that person.
 */
export function signValue(purpose: string, value: unknown): string {
  const payload = Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${payload}.${mac(purpose, payload).toString("base64url")}`;
}

/** The value, or null when the token was not made by signValue for this purpose. */
export function verifyValue(purpose: string, token: string): unknown {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = mac(purpose, payload);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as unknown;
  } catch {
    return null;
  }
}
