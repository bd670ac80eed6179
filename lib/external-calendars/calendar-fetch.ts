import type { LookupAddress } from "node:dns";
import { lookup } from "node:dns/promises";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { env } from "../env";
import { pinnedRequest } from "./pinned-request";

/**
 * The only way MockLoop reaches a calendar server: http(s) only, public
 * addresses only (unless CALENDAR_ALLOW_PRIVATE_ADDRESSES), connected to the
 * address that was checked, a deadline and a size cap, redirects followed by
 * hand so each hop is checked again. A person
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
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  privateRanges.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [
  ["::", 128],
  ["::1", 128],
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
] as const) {
  privateRanges.addSubnet(net, bits, "ipv6");
}

/** An IPv4 address carried inside an IPv6 one (mapped, compatible, NAT64, 6to4), which a route can reach. */
function embeddedIpv4(address: string): string | null {
  const groups = ipv6Groups(address);
  if (!groups) return null;
  const [a, b, c, d, e, f, g, h] = groups as [number, number, number, number, number, number, number, number];
  const quad = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  if (a === 0 && b === 0 && c === 0 && d === 0 && e === 0 && (f === 0 || f === 0xffff)) return quad(g, h);
  if (a === 0x64 && b === 0xff9b && c === 0 && d === 0 && e === 0 && f === 0) return quad(g, h);
  if (a === 0x2002) return quad(b, c);
  return null;
}

/** The eight 16-bit groups of an IPv6 address, a dotted tail included; null if it is not one. */
function ipv6Groups(address: string): number[] | null {
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  const text = dotted
    ? address.slice(0, dotted.index) +
      [((+dotted[1]! << 8) | +dotted[2]!).toString(16), ((+dotted[3]! << 8) | +dotted[4]!).toString(16)].join(":")
    : address;
  const [head, tail, more] = text.split("::");
  if (more !== undefined) return null;
  const part = (s: string | undefined) => (s ? s.split(":").map((g) => parseInt(g, 16)) : []);
  const left = part(head);
  const right = part(tail);
  const gap = Array.from({ length: Math.max(0, 8 - left.length - right.length) }, () => 0);
  const groups = tail === undefined ? left : [...left, ...gap, ...right];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return privateRanges.check(address, "ipv4");
  if (family !== 6) return true;
  const v4 = embeddedIpv4(address);
  return privateRanges.check(address, "ipv6") || (v4 !== null && privateRanges.check(v4, "ipv4"));
}

type Resolve = (host: string) => Promise<LookupAddress[]>;

export interface FetchPolicy {
  allowPrivate: boolean;
  /** How names are resolved; the system's resolver unless a test gives another. */
  resolve?: Resolve;
}

export const defaultPolicy = (): FetchPolicy => ({ allowPrivate: env().CALENDAR_ALLOW_PRIVATE_ADDRESSES });

const systemResolve: Resolve = (host) => lookup(host, { all: true });

/**
 * Every address of the host, from one lookup, refused if any is private (unless the policy
 * allows them): a name that answers a public and a private address is refused either way.
 */
export async function checkedAddresses(hostname: string, policy: FetchPolicy): Promise<LookupAddress[]> {
  const host = hostname.replace(/^\[|\]$/g, "");
  const literal = isIP(host);
  let addresses: LookupAddress[];
  try {
    addresses = literal ? [{ address: host, family: literal }] : await (policy.resolve ?? systemResolve)(host);
  } catch (cause) {
    throw new CalendarReadError(`The server ${hostname} could not be found.`, { cause });
  }
  if (addresses.length === 0) throw new CalendarReadError(`The server ${hostname} could not be found.`);
  if (!policy.allowPrivate && addresses.some((a) => isPrivateAddress(a.address))) {
    throw new CalendarReadError(`${hostname} is on a private network, which MockLoop does not read from.`);
  }
  return addresses;
}

/** A lookup for node:net that answers only with addresses checkedAddresses passed, so the connection goes where the check looked. */
export function checkedLookup(policy: FetchPolicy): LookupFunction {
  return (hostname, options, callback) => {
    checkedAddresses(hostname, policy).then(
      (addresses) => {
        const usable = options.family ? addresses.filter((a) => a.family === options.family) : addresses;
        const first = usable[0];
        if (!first) {
          callback(new CalendarReadError(`The server ${hostname} could not be found.`), "", 0);
        } else if (options.all) {
          (callback as unknown as (err: null, all: LookupAddress[]) => void)(null, usable);
        } else {
          callback(null, first.address, first.family);
        }
      },
      (error: Error) => callback(error, "", 0),
    );
  };
}

/** A web address a person typed, read as http(s) (webcal:// is https://). */
function parseCalendarUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim().replace(/^webcals?:\/\//i, "https://"));
  } catch {
    throw new CalendarReadError("That is not a web address.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new CalendarReadError("The address must start with https:// (or webcal://).");
  }
  return url;
}

/** Checks an address a person typed, before it is saved (each request checks again as it connects). */
export async function checkCalendarUrl(raw: string, policy: FetchPolicy = defaultPolicy()): Promise<URL> {
  const url = parseCalendarUrl(raw);
  if (!policy.allowPrivate) await checkedAddresses(url.hostname, policy);
  return url;
}

/**
 * A fetch with the checks above, for node-ical's text and for tsdav's requests alike. Each hop
 * resolves its host once, in the connection's own lookup, and connects to an address it checked.
 */
export function calendarFetch(policy: FetchPolicy = defaultPolicy()): typeof fetch {
  const connectLookup = checkedLookup(policy);
  return async (input, init = {}) => {
    let url = parseCalendarUrl(input instanceof Request ? input.url : String(input));
    const signal = AbortSignal.timeout(CALENDAR_TIMEOUT_MS);
    for (let hop = 0; ; hop++) {
      // An address written as an IP is never looked up, so it is checked here.
      if (isIP(url.hostname.replace(/^\[|\]$/g, ""))) await checkedAddresses(url.hostname, policy);
      let response: Response;
      try {
        response = await pinnedRequest(url, init, connectLookup, signal);
      } catch (cause) {
        if (cause instanceof CalendarReadError) throw cause;
        throw new CalendarReadError(
          signal.aborted
            ? `${url.hostname} did not answer within ${CALENDAR_TIMEOUT_MS / 1000} seconds.`
            : `${url.hostname} could not be reached.`,
          { cause },
        );
      }
      const location = response.headers.get("location");
      const method = (init.method ?? "GET").toUpperCase();
      const follows =
        [307, 308].includes(response.status) || ([301, 302, 303].includes(response.status) && method === "GET");
      if (!location || !follows) return capped(response, url);
      await response.body?.cancel();
      if (hop >= MAX_REDIRECTS) throw new CalendarReadError(`${url.hostname} redirected too many times.`);
      url = parseCalendarUrl(new URL(location, url).href);
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
  new CalendarReadError(
    `${url.hostname} sent more than ${CALENDAR_MAX_BYTES / 1024 / 1024} MB; MockLoop reads calendars up to that size.`,
  );
