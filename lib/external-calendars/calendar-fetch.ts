import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { env } from "../env";

/**
 * The only way MockLoop reaches a calendar server: http(s) only, public
 * addresses only (unless CALENDAR_ALLOW_PRIVATE_ADDRESSES), a deadline and a
 * size cap, redirects followed by hand so each hop is checked again. A person
 * types the address, so without this the server would fetch whatever they ask
 * from inside its own network (decision 0026).
 */
export const CALENDAR_TIMEOUT_MS = 15_000;
export const CALENDAR_MAX_BYTES = 10 * 1024 * 1024;
const MAX_REDIRECTS = 5;

/** A calendar that could not be read, with a sentence the availability page shows as it is. */
export class CalendarReadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CalendarReadError";
  }
}

const privateRanges = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16],
  ["172.16.0.0", 12], ["192.0.0.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) privateRanges.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8]] as const) {
  privateRanges.addSubnet(net, bits, "ipv6");
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return privateRanges.check(address, "ipv4");
  if (family !== 6) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? privateRanges.check(mapped[1]!, "ipv4") : privateRanges.check(address, "ipv6");
}

export interface FetchPolicy {
  allowPrivate: boolean;
}

export const defaultPolicy = (): FetchPolicy => ({ allowPrivate: env().CALENDAR_ALLOW_PRIVATE_ADDRESSES });

/** Checks an address a person typed, before it is saved and before every request. */
export async function checkCalendarUrl(raw: string, policy: FetchPolicy = defaultPolicy()): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw.trim().replace(/^webcals?:\/\//i, "https://"));
  } catch {
    throw new CalendarReadError("That is not a web address.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new CalendarReadError("The address must start with https:// (or webcal://).");
  }
  if (policy.allowPrivate) return url;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  } catch (cause) {
    throw new CalendarReadError(`The server ${url.hostname} could not be found.`, { cause });
  }
  if (addresses.length === 0 || addresses.some(isPrivateAddress)) {
    throw new CalendarReadError(`${url.hostname} is on a private network, which MockLoop does not read from.`);
  }
  return url;
}

/** A fetch with the checks above, for node-ical's text and for tsdav's requests alike. */
export function calendarFetch(policy: FetchPolicy = defaultPolicy()): typeof fetch {
  return async (input, init = {}) => {
    let url = await checkCalendarUrl(input instanceof Request ? input.url : String(input), policy);
    const signal = AbortSignal.timeout(CALENDAR_TIMEOUT_MS);
    for (let hop = 0; ; hop++) {
      let response: Response;
      try {
        response = await fetch(url, { ...init, redirect: "manual", signal });
      } catch (cause) {
        throw new CalendarReadError(
          signal.aborted
            ? `${url.hostname} did not answer within ${CALENDAR_TIMEOUT_MS / 1000} seconds.`
            : `${url.hostname} could not be reached.`,
          { cause },
        );
      }
      const location = response.headers.get("location");
      const method = (init.method ?? "GET").toUpperCase();
      const follows = [307, 308].includes(response.status) || ([301, 302, 303].includes(response.status) && method === "GET");
      if (!location || !follows) return capped(response, url);
      if (hop >= MAX_REDIRECTS) throw new CalendarReadError(`${url.hostname} redirected too many times.`);
      url = await checkCalendarUrl(new URL(location, url).href, policy);
    }
  };
}

/** The whole body read under the size cap, handed on as a fresh Response. */
async function capped(response: Response, url: URL): Promise<Response> {
  const declared = Number(response.headers.get("content-length") ?? 0);
  if (declared > CALENDAR_MAX_BYTES) throw tooLarge(url);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > CALENDAR_MAX_BYTES) throw tooLarge(url);
      chunks.push(chunk);
    }
  }
  const body = [204, 304].includes(response.status) ? null : Buffer.concat(chunks);
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

const tooLarge = (url: URL) =>
  new CalendarReadError(`${url.hostname} sent more than ${CALENDAR_MAX_BYTES / 1024 / 1024} MB; MockLoop reads calendars up to that size.`);
