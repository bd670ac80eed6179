/**
 * Where to land after signing in (?next=), e.g. a shared booking page. Only a path on this site:
 * "//host" and "/\host" are other sites to a browser, so an open redirect would follow them.
 */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || value.length > 500) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  if (/[\u0000-\u001f\\]/.test(value)) return null;
  return value;
}

/** `base` with `?next=` when there is somewhere worth returning to. */
export function withReturnPath(base: string, next: string | null | undefined): string {
  const path = safeReturnPath(next);
  return path ? `${base}?next=${encodeURIComponent(path)}` : base;
}
