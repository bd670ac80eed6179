/**
 * On a person's own computer MockLoop answers at localhost and at 127.0.0.1 alike, but a browser keeps their
 * cookies apart: someone who opened 127.0.0.1 and follows a sign-in link to PUBLIC_URL's localhost lands
 * signed out. So a page asked for at another loopback name of PUBLIC_URL's own port is sent to PUBLIC_URL's
 * address, the one the links use. Only loopback names: a deployment's real host is never rewritten.
 */
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

export function canonicalLoopbackUrl(requestUrl: URL, hostHeader: string | null, publicUrl: string): string | null {
  const canonical = new URL(publicUrl);
  if (!hostHeader || !LOOPBACK.has(canonical.hostname)) return null;
  let asked: URL;
  try {
    asked = new URL(`${canonical.protocol}//${hostHeader}`);
  } catch {
    return null;
  }
  if (!LOOPBACK.has(asked.hostname) || asked.hostname === canonical.hostname) return null;
  if ((asked.port || defaultPort(asked)) !== (canonical.port || defaultPort(canonical))) return null;
  return `${canonical.origin}${requestUrl.pathname}${requestUrl.search}`;
}

const defaultPort = (url: URL) => (url.protocol === "https:" ? "443" : "80");
