import type { RawSqlObject } from "../lib/migrations/schema-drift-shape";

/**
 * Database objects that migrations create in raw SQL and schema.prisma cannot describe
 * (CHECK / EXCLUDE constraints, triggers, generated search columns, extensions, …).
 *
 * lib/migrations/schema-drift.int.test.ts compares a database built from the migrations
 * with schema.prisma: anything in the database that Prisma does not declare is drift
 * unless it is listed here, and everything listed here must exist. A listed object is
 * only checked for existence, not compared, so an index listed here may differ from
 * an @@index of the same name (e.g. to add a WHERE clause).
 *
 * Add one entry per object, named exactly as in the database, with the reason:
 *   { kind: "constraint", table: "bookings", name: "bookings_no_overlap", why: "EXCLUDE USING gist: no double booking" },
 *   { kind: "trigger", table: "questions", name: "questions_search_update", why: "keeps search in sync" },
 *   { kind: "column", table: "questions", name: "search", why: "tsvector GENERATED column for full-text search" },
 *   { kind: "index", table: "questions", name: "questions_search_idx", why: "GIN index on the tsvector column" },
 *   { kind: "function", name: "questions_search_refresh", why: "trigger function" },
 *   { kind: "extension", name: "btree_gist", why: "needed by the EXCLUDE constraint" },
 * kinds with `table`: column, index, constraint, trigger; without: extension, function, sequence, table, view.
 */
export const RAW_SQL_OBJECTS: readonly RawSqlObject[] = [
  // 20261125020000_availability
  {
    kind: "constraint",
    table: "availability_settings",
    name: "availability_settings_ranges_check",
    why: "CHECK: notice, buffer, weekly cap and horizon stay within the ranges the settings form allows",
  },
  {
    kind: "constraint",
    table: "availability_weekly_ranges",
    name: "availability_weekly_ranges_check",
    why: "CHECK: weekday 1-7 and a non-empty start < end range inside one day (minutes 0-1440)",
  },
  {
    kind: "constraint",
    table: "availability_override_ranges",
    name: "availability_override_ranges_check",
    why: "CHECK: a non-empty start < end range inside one day (minutes 0-1440)",
  },
];
