import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { getRouteMatcher } from "next/dist/shared/lib/router/utils/route-matcher";
import { getRouteRegex } from "next/dist/shared/lib/router/utils/route-regex";

/**
 * The API's routes, read from the files under app/api/v1 (a new route is in the
 * table without anyone listing it), and the way Next turns a raw address into a
 * handler's params: its own route matcher, which decodes each segment.
 */
export const API_ROOT = path.join(process.cwd(), "app", "api", "v1");
export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof METHODS)[number];

type Handler = (request: Request, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

export interface Route {
  /** e.g. "/api/v1/bookings/[id]/cancel" */
  template: string;
  file: string;
  /** Dynamic segments in order, e.g. [{ name: "id", catchAll: false }]. */
  segments: { name: string; catchAll: boolean }[];
  /** Decodes a raw pathname as Next does; throws Next's DecodeError on malformed percent-encoding. */
  match(rawPathname: string): Record<string, string | string[]> | false;
  load(): Promise<Partial<Record<Method, Handler>>>;
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}

export function routeTable(): Route[] {
  return routeFiles(API_ROOT)
    .sort()
    .map((file) => {
      const relative = path.relative(API_ROOT, path.dirname(file)).split(path.sep).filter(Boolean);
      const template = ["/api/v1", ...relative].join("/");
      const segments = relative.flatMap((segment) => {
        const dynamic = /^\[(\.\.\.)?(\w+)\]$/.exec(segment);
        return dynamic ? [{ name: dynamic[2]!, catchAll: Boolean(dynamic[1]) }] : [];
      });
      const matcher = getRouteMatcher(getRouteRegex(template));
      return {
        template,
        file,
        segments,
        match: (rawPathname: string) => matcher(rawPathname) as Record<string, string | string[]> | false,
        load: async () => (await import(file)) as Partial<Record<Method, Handler>>,
      };
    });
}

/** The raw pathname for a template with each dynamic segment replaced by an already-encoded value. */
export function fillTemplate(route: Route, rawValues: string[]): string {
  let i = 0;
  return route.template
    .split("/")
    .map((segment) => (/^\[.*\]$/.test(segment) ? (rawValues[i++] ?? "x") : segment))
    .join("/");
}
