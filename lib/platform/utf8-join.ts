/**
 * Joins JSON pieces straight into one UTF-8 buffer. A large answer built as
 * one string (a 14-day slot search is ~300 kB) lands in V8's large-object
 * space, which only a full mark-compact frees: at a few hundred answers a
 * second under the app's heap cap (lib/platform/app-heap.ts) that was a full
 * collection every second and most of the process's CPU (docs/benchmarks.md).
 * A Buffer's bytes live outside the V8 heap and its small handle dies young,
 * so the pieces (cached strings) are encoded once per answer into memory that
 * a scavenge releases.
 */
export function utf8Join(parts: readonly string[], separator: string, prefix = "", suffix = ""): Buffer<ArrayBuffer> {
  let length = Buffer.byteLength(prefix) + Buffer.byteLength(suffix);
  const separatorBytes = Buffer.byteLength(separator);
  for (const part of parts) length += Buffer.byteLength(part);
  if (parts.length > 1) length += separatorBytes * (parts.length - 1);
  const out = Buffer.allocUnsafe(length);
  let at = out.write(prefix, 0);
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) at += out.write(separator, at);
    at += out.write(parts[i]!, at);
  }
  out.write(suffix, at);
  return out;
}
