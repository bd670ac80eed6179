import { env } from "../env";

/**
 * The address of whoever opened the connection to this process. The server
 * launcher (scripts/serve-cluster.mts) writes it on every request, over any
 * value a client sent, because Next gives route handlers no socket.
 */
export const PEER_ADDRESS_HEADER = "x-mockloop-peer-address";

/**
 * The client's address, to key per-network rate limits (decision 0018).
 * With TRUST_PROXY=0 it is the socket's peer: X-Forwarded-For is whatever the
 * client typed. With N trusted proxies, each appends the address it got the
 * request from, so the client is the Nth entry from the right of
 * X-Forwarded-For followed by the peer; entries further left are the client's own.
 */
export function clientAddress(request: Request, trustedHops: number = env().TRUST_PROXY): string {
  // Without the launcher (`next dev`, a test calling a handler) there is no peer: one shared bucket,
  // which errs towards limiting, never towards letting a forged header through.
  const peer = request.headers.get(PEER_ADDRESS_HEADER)?.trim() || "unknown";
  if (trustedHops === 0) return peer;
  const forwarded = (request.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  return chain[Math.max(0, chain.length - 1 - trustedHops)] ?? peer;
}
