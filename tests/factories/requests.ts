import { sessionCookie } from "../../lib/auth/session-cookie";

/** Builds a Request like the browser or a script would send it to an /api/v1 route handler. */
export function apiRequest(
  path: string,
  init: {
    method?: string;
    body?: unknown;
    rawBody?: string;
    headers?: Record<string, string>;
    sessionToken?: string;
  } = {},
): Request {
  const headers: Record<string, string> = { ...init.headers };
  if (init.sessionToken) headers.cookie = `${sessionCookie().name}=${init.sessionToken}`;
  let body: string | undefined = init.rawBody;
  if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers["content-type"] ??= "application/json";
  }
  return new Request(`http://localhost:3000${path}`, { method: init.method ?? "GET", headers, body });
}

/** Same-origin headers a browser adds to a fetch from our own pages. */
export const sameOrigin = { origin: "http://localhost:3000" };
