import type pg from "pg";
import {
  normaliseDefault,
  normaliseType,
  type ConstraintType,
  type DatabaseShape,
  type ReferentialAction,
  type TableShape,
} from "./schema-drift-shape";

/**
 * Reads the `public` schema of a live database from pg_catalog into the same shape
 * expectedSchemaFromPrisma produces, plus the objects Prisma cannot describe (CHECK and
 * EXCLUDE constraints, triggers, functions, extensions, views, free-standing sequences).
 * Objects that belong to an extension (pg_depend deptype 'e') are left out: the
 * extension itself is what gets allow-listed.
 */

// Prisma's own bookkeeping table is not part of the application schema.
const IGNORED_TABLES = ["_prisma_migrations"];

const NOT_FROM_EXTENSION = (classTable: string, oid: string) =>
  `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${classTable}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;

const RELATIONS_SQL = `
SELECT c.relname AS name, c.relkind AS kind,
  EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i')) AS owned
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND NOT c.relispartition
  AND ${NOT_FROM_EXTENSION("pg_class", "c.oid")}`;

const COLUMNS_SQL = `
SELECT c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
  pg_get_expr(d.adbin, d.adrelid) AS default, a.attidentity AS identity, a.attgenerated AS generated
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND a.attnum > 0 AND NOT a.attisdropped`;

const columnNames = (keys: string, rel: string) =>
  `ARRAY(SELECT a.attname::text FROM unnest(${keys}) WITH ORDINALITY u(num, ord)
         JOIN pg_attribute a ON a.attrelid = ${rel} AND a.attnum = u.num ORDER BY u.ord)`;

const CONSTRAINTS_SQL = `
SELECT c.relname AS table, k.conname AS name, k.contype AS type, pg_get_constraintdef(k.oid) AS definition,
  ${columnNames("k.conkey", "k.conrelid")} AS columns,
  f.relname AS referenced_table, ${columnNames("k.confkey", "k.confrelid")} AS referenced_columns,
  k.confdeltype AS on_delete, k.confupdtype AS on_update, k.condeferrable AS deferrable
FROM pg_constraint k
JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class f ON f.oid = k.confrelid
WHERE n.nspname = 'public'`;

// One row per index; key columns carry sort options and operator classes, INCLUDE columns do not.
const INDEXES_SQL = `
SELECT t.relname AS table, ic.relname AS name, i.indisunique AS unique, am.amname AS method,
  pg_get_expr(i.indpred, i.indrelid) AS predicate, i.indnkeyatts AS key_count,
  (SELECT json_agg(json_build_object(
      'expr', CASE WHEN u.attnum = 0 THEN pg_get_indexdef(i.indexrelid, u.ord::int, true) ELSE a.attname END,
      'option', u.opt, 'opclass', oc.opcname, 'isDefault', oc.opcdefault) ORDER BY u.ord)
   FROM unnest(i.indkey::int2[], i.indoption::int2[], i.indclass::oid[]) WITH ORDINALITY AS u(attnum, opt, cls, ord)
   LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = u.attnum
   LEFT JOIN pg_opclass oc ON oc.oid = u.cls) AS columns
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace JOIN pg_am am ON am.oid = ic.relam
WHERE n.nspname = 'public' AND NOT i.indisprimary`;

const ENUMS_SQL = `
SELECT t.typname AS name, ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE n.nspname = 'public' AND t.typtype = 'e' AND ${NOT_FROM_EXTENSION("pg_type", "t.oid")}`;

const TRIGGERS_SQL = `
SELECT c.relname AS table, tg.tgname AS name
FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'public' AND NOT tg.tgisinternal`;

const FUNCTIONS_SQL = `
SELECT DISTINCT p.proname AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = 'public' AND ${NOT_FROM_EXTENSION("pg_proc", "p.oid")}`;

// plpgsql ships installed in every database; it is not something a migration adds.
const EXTENSIONS_SQL = `SELECT extname AS name FROM pg_extension WHERE extname <> 'plpgsql'`;

const CONSTRAINT_TYPES: Record<string, ConstraintType> = {
  p: "primary",
  u: "unique",
  f: "foreign",
  c: "check",
  x: "exclusion",
  t: "trigger",
};
const ACTIONS: Record<string, ReferentialAction> = {
  a: "NO ACTION",
  r: "RESTRICT",
  c: "CASCADE",
  n: "SET NULL",
  d: "SET DEFAULT",
};

interface IndexColumnRow {
  expr: string;
  option: number | null;
  opclass: string | null;
  isDefault: boolean | null;
}

/** indoption bit 0 = DESC, bit 1 = NULLS FIRST; DESC implies NULLS FIRST, ASC implies NULLS LAST. */
function sortOrder(option: number | null): string {
  const desc = ((option ?? 0) & 1) === 1;
  const nullsFirst = ((option ?? 0) & 2) === 2;
  const parts = desc ? ["DESC"] : [];
  if (nullsFirst !== desc) parts.push(nullsFirst ? "NULLS FIRST" : "NULLS LAST");
  return parts.join(" ");
}

export async function actualSchemaFromDatabase(client: pg.ClientBase): Promise<DatabaseShape> {
  const rows = async <T extends pg.QueryResultRow>(sql: string) => (await client.query<T>(sql)).rows;
  const keep = (r: { table: string }) => !IGNORED_TABLES.includes(r.table);

  const shape: DatabaseShape = {
    tables: {},
    enums: {},
    constraints: [],
    triggers: [],
    extensions: [],
    functions: [],
    views: [],
    sequences: [],
  };
  const tableNamed = (name: string): TableShape | undefined => shape.tables[name];

  for (const r of await rows<{ name: string; kind: string; owned: boolean }>(RELATIONS_SQL)) {
    if (IGNORED_TABLES.includes(r.name)) continue;
    if (r.kind === "r" || r.kind === "p")
      shape.tables[r.name] = { columns: {}, primaryKey: null, indexes: [], foreignKeys: [] };
    else if (r.kind === "v" || r.kind === "m") shape.views.push(r.name);
    // SERIAL and IDENTITY sequences belong to their column and show up as its default.
    else if (r.kind === "S" && !r.owned) shape.sequences.push(r.name);
  }

  type ColumnRow = {
    table: string;
    name: string;
    type: string;
    not_null: boolean;
    default: string | null;
    identity: string;
    generated: string;
  };
  for (const r of (await rows<ColumnRow>(COLUMNS_SQL)).filter(keep)) {
    const table = tableNamed(r.table);
    if (!table) continue;
    const type = normaliseType(r.type);
    const generated = r.generated !== "";
    let defaultValue = r.default === null || generated ? null : normaliseDefault(r.default, type);
    if (r.identity !== "") defaultValue = "autoincrement()";
    table.columns[r.name] = { type, notNull: r.not_null, default: defaultValue, ...(generated ? { generated } : {}) };
  }

  type ConstraintRow = {
    table: string;
    name: string;
    type: string;
    definition: string;
    columns: string[];
    referenced_table: string | null;
    referenced_columns: string[];
    on_delete: string;
    on_update: string;
    deferrable: boolean;
  };
  for (const r of (await rows<ConstraintRow>(CONSTRAINTS_SQL)).filter(keep)) {
    const type = CONSTRAINT_TYPES[r.type] ?? "check";
    shape.constraints.push({ table: r.table, name: r.name, type, definition: r.definition });
    const table = tableNamed(r.table);
    if (!table) continue;
    if (type === "primary") table.primaryKey = { name: r.name, columns: r.columns };
    if (type === "foreign") {
      table.foreignKeys.push({
        name: r.name,
        columns: r.columns,
        referencedTable: r.referenced_table ?? "?",
        referencedColumns: r.referenced_columns,
        onDelete: ACTIONS[r.on_delete] ?? "NO ACTION",
        onUpdate: ACTIONS[r.on_update] ?? "NO ACTION",
        deferrable: r.deferrable,
      });
    }
  }

  type IndexRow = {
    table: string;
    name: string;
    unique: boolean;
    method: string;
    predicate: string | null;
    key_count: number;
    columns: IndexColumnRow[];
  };
  for (const r of (await rows<IndexRow>(INDEXES_SQL)).filter(keep)) {
    const table = tableNamed(r.table);
    if (!table) continue;
    table.indexes.push({
      name: r.name,
      unique: r.unique,
      method: r.method,
      columns: r.columns.slice(0, r.key_count).map((c) => ({
        expr: c.expr,
        order: sortOrder(c.option),
        opclass: c.opclass,
        isDefaultOpclass: c.isDefault ?? true,
      })),
      include: r.columns.slice(r.key_count).map((c) => c.expr),
      predicate: r.predicate,
    });
  }

  for (const r of await rows<{ name: string; labels: string[] }>(ENUMS_SQL)) shape.enums[r.name] = r.labels;
  shape.triggers = (await rows<{ table: string; name: string }>(TRIGGERS_SQL)).filter(keep);
  shape.functions = (await rows<{ name: string }>(FUNCTIONS_SQL)).map((r) => r.name).sort();
  shape.extensions = (await rows<{ name: string }>(EXTENSIONS_SQL)).map((r) => r.name).sort();
  return shape;
}
