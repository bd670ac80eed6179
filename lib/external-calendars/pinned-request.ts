import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { Readable } from "node:stream";

/**
 * One HTTP request whose connection goes to the address `lookup` hands back, and nowhere else:
 * node:http asks the given lookup instead of resolving the name again, so the address checked is
 * the address connected to (decision 0034). TLS still verifies the certificate for the name.
 * A fresh agent each time, so no pooled socket opened without the check is reused.
 */
export function pinnedRequest(
  url: URL,
  init: RequestInit,
  lookup: LookupFunction,
  signal: AbortSignal,
): Promise<Response> {
  const method = (init.method ?? "GET").toUpperCase();
  const body = requestBody(init.body);
  return new Promise((resolve, reject) => {
    const request = (url.protocol === "https:" ? https : http).request(
      url,
      { method, headers: Object.fromEntries(new Headers(init.headers).entries()), lookup, agent: false, signal },
      (answer) => {
        const headers = new Headers();
        for (let i = 0; i + 1 < answer.rawHeaders.length; i += 2)
          headers.append(answer.rawHeaders[i]!, answer.rawHeaders[i + 1]!);
        const status = answer.statusCode ?? 502;
        const empty = method === "HEAD" || [204, 304].includes(status);
        if (empty) answer.resume();
        resolve(
          new Response(empty ? null : (Readable.toWeb(answer) as ReadableStream<Uint8Array>), {
            status,
            statusText: answer.statusMessage ?? "",
            headers,
          }),
        );
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

/** The request bodies calendar reads send (tsdav's XML is a string). */
function requestBody(body: RequestInit["body"]): string | Uint8Array | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === "string" || body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  throw new TypeError("Calendar requests send text or bytes only.");
}
