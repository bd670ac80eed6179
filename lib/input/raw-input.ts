import { addFieldError, type FieldErrors } from "../errors";
import { unsafeTextReason } from "./text";

/**
 * The net under every schema: walks raw input (a parsed JSON body, a query
 * string, path segments) and reports every string or key that can never be
 * stored (NUL, lone surrogates, control characters), by field path. Schemas
 * built from lib/input/text.ts say the same; this catches the fields that take
 * any string (ids, record keys, `z.unknown()` bodies) before PostgreSQL does.
 */
export function unsafeStrings(value: unknown, path: string[] = [], out: FieldErrors = {}, depth = 0): FieldErrors {
  const field = () => (path.length ? path.join(".") : "_");
  if (depth > 64) {
    addFieldError(out, field(), "This value is nested too deeply");
    return out;
  }
  if (typeof value === "string") {
    const reason = unsafeTextReason(value);
    if (reason) addFieldError(out, field(), reason);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => unsafeStrings(item, [...path, String(i)], out, depth + 1));
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const reason = unsafeTextReason(key);
      const safeKey = reason ? JSON.stringify(key).slice(1, -1) : key;
      if (reason) addFieldError(out, [...path, safeKey].join("."), `The field name is not allowed: ${reason}`);
      else unsafeStrings(item, [...path, key], out, depth + 1);
    }
  }
  return out;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}

/**
 * Query-string pairs as the browser sent them, decoded strictly: URLSearchParams
 * turns malformed percent-encoding (`%ZZ`, a cut UTF-8 sequence) silently into
 * U+FFFD, which we refuse rather than store.
 */
export function malformedQueryFields(url: URL): FieldErrors {
  const out: FieldErrors = {};
  const raw = url.search.replace(/^\?/, "");
  if (!raw) return out;
  for (const pair of raw.split("&")) {
    const [rawKey = "", ...rest] = pair.split("=");
    const key = strictDecode(rawKey);
    if (key === undefined) {
      addFieldError(out, "_", "A parameter name is not valid percent-encoded UTF-8");
      continue;
    }
    if (strictDecode(rest.join("=")) === undefined) {
      addFieldError(out, key || "_", "This value is not valid percent-encoded UTF-8");
    }
  }
  return out;
}

function strictDecode(component: string): string | undefined {
  try {
    return decodeURIComponent(component.replaceAll("+", " "));
  } catch {
    return undefined;
  }
}
