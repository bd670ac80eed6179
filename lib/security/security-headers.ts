import { DEFAULT_JITSI_DOMAIN } from "../interview-room/jitsi";

/**
 * The security headers of every page and API answer, set in one place (proxy.ts).
 * Plain functions of their inputs so they can be tested without a server
 * (docs/decisions/0018-security-headers-and-proxy-trust.md).
 */

/** Where the live interview room may frame its video call from. One function, so JITSI_DOMAIN can extend it. */
export function frameSources(config: { jitsiDomain?: string } = {}): string[] {
  return [`https://${config.jitsiDomain ?? DEFAULT_JITSI_DOMAIN}`];
}

export interface PagePolicyOptions {
  nonce: string;
  /** `next dev` evaluates modules with eval() for fast refresh; a production build never does. */
  dev?: boolean;
  frameSrc?: string[];
}

/**
 * A strict, nonce-based policy for HTML pages. Next puts the nonce on its own
 * scripts when it finds it in the request's policy; 'strict-dynamic' lets those
 * scripts load the chunks they import. Styles allow 'unsafe-inline': recharts
 * and Excalidraw set style attributes, which no nonce can cover.
 */
export function pageContentSecurityPolicy({
  nonce,
  dev = false,
  frameSrc = frameSources(),
}: PagePolicyOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // The room's collaboration socket is same-origin (/collab); 'self' covers ws(s):// to this host.
    "connect-src 'self'",
    "worker-src 'self' blob:",
    `frame-src ${frameSrc.join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** JSON, calendar files and redirects: nothing in them should ever run or be framed. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

const HSTS = "max-age=31536000; includeSubDomains";

/** Headers every answer gets, page or API. HSTS only where MockLoop is served over https. */
export function commonSecurityHeaders(publicUrl: string): Record<string, string> {
  return {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "strict-origin-when-cross-origin",
    ...(publicUrl.startsWith("https://") ? { "strict-transport-security": HSTS } : {}),
  };
}

/** A fresh, unguessable nonce per page (16 random bytes). */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
