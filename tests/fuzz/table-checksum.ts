import { db } from "../../lib/db";

/**
 * A fingerprint of every table in the public schema, to tell whether a request
 * wrote anything: per table, its row count and the newest row version's
 * transaction id (an insert or update makes a row version with a new xmin, a
 * delete lowers the count). Left out: what a refused request may rightly touch —
 * rate-limit counters, and an API token's last-used time (the token was valid),
 * so api_tokens is hashed by content without that column.
 */
const SKIP_TABLES = new Set(["rate_limit_buckets", "_prisma_migrations", "schema_migrations"]);
const BY_CONTENT: Record<string, string[]> = { api_tokens: ["last_used_at"] };

let query: string | undefined;

async function checksumQuery(): Promise<string> {
  const tables = await db().$queryRaw<{ table_name: string }[]>`
    SELECT table_name::text FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
  const parts = tables
    .map((t) => t.table_name)
    .filter((name) => !SKIP_TABLES.has(name))
    .map((name) => {
      const skip = BY_CONTENT[name];
      if (!skip)
        return `SELECT '${name}:' || count(*) || ':' || coalesce(max(xmin::text::bigint), 0) AS part FROM "${name}"`;
      const row = `(to_jsonb(t)${skip.map((c) => ` - '${c}'`).join("")})::text`;
      return `SELECT '${name}:' || count(*) || ':' || coalesce(md5(string_agg(md5(${row}), '' ORDER BY md5(${row}))), '') AS part FROM "${name}" t`;
    });
  return `SELECT string_agg(part, ',') AS sum FROM (${parts.join(" UNION ALL ")}) s`;
}

export async function tableChecksum(): Promise<string> {
  query ??= await checksumQuery();
  const rows = await db().$queryRawUnsafe<{ sum: string }[]>(query);
  return rows[0]?.sum ?? "";
}

/** Which tables differ between two checksums (for the failure message). */
export function changedTables(before: string, after: string): string[] {
  const a = new Set(before.split(","));
  return after
    .split(",")
    .filter((part) => !a.has(part))
    .map((part) => part.split(":")[0]!);
}
