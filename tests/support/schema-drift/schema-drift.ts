import {
  ANY_DEFAULT,
  type ColumnShape,
  type DatabaseShape,
  type ForeignKeyShape,
  type IndexColumn,
  type IndexShape,
  type PrimaryKeyShape,
  type RawSqlObject,
  type SchemaShape,
  type TableShape,
} from "./schema-drift-shape";

/**
 * Drift between schema.prisma and a database built from the migrations. Because our
 * migrations are hand-written (docs/decisions/0001-migrations-offline.md), nothing
 * else guarantees that the SQL creates what the Prisma Client believes exists.
 *
 * Objects the migrations create on purpose outside Prisma's vocabulary (CHECK and
 * EXCLUDE constraints, triggers, search columns, extensions…) are declared in
 * prisma/raw-sql-objects.ts: they must exist, and they are exempt from comparison.
 */

export { expectedSchemaFromPrisma } from "./schema-drift-prisma";
export { actualSchemaFromDatabase } from "./schema-drift-postgres";
export type { DatabaseShape, RawSqlObject, SchemaShape } from "./schema-drift-shape";

const ALLOW_LIST_FILE = "prisma/raw-sql-objects.ts";

type Kind = RawSqlObject["kind"];

class AllowList {
  private readonly keys: Set<string>;
  constructor(entries: readonly RawSqlObject[]) {
    this.keys = new Set(entries.map((e) => AllowList.key(e.kind, "table" in e ? e.table : "", e.name)));
  }
  static key(kind: Kind, table: string, name: string): string {
    return JSON.stringify([kind, table, name]);
  }
  has(kind: Kind, table: string, name: string): boolean {
    return this.keys.has(AllowList.key(kind, table, name));
  }
}

const q = (name: string) => `"${name}"`;
const list = (items: readonly string[]) => `(${items.join(", ")})`;

function describeColumn(c: ColumnShape): string {
  const nullability = c.notNull === null ? "" : c.notNull ? " NOT NULL" : " NULL";
  return `${c.type}${nullability}${c.default === null ? "" : ` DEFAULT ${c.default}`}`;
}

function describeIndexColumn(c: IndexColumn): string {
  const opclass = c.opclass && !c.isDefaultOpclass ? ` ${c.opclass}` : "";
  return `${c.expr}${opclass}${c.order ? ` ${c.order}` : ""}`;
}

function describeIndex(i: IndexShape): string {
  const include = i.include.length ? ` INCLUDE ${list(i.include)}` : "";
  const where = i.predicate ? ` WHERE ${i.predicate}` : "";
  return `${i.unique ? "UNIQUE " : ""}${i.method} ${list(i.columns.map(describeIndexColumn))}${include}${where}`;
}

function describeForeignKey(f: ForeignKeyShape): string {
  const deferrable = f.deferrable ? " DEFERRABLE" : "";
  return `${list(f.columns)} → ${f.referencedTable}${list(f.referencedColumns)} ON DELETE ${f.onDelete} ON UPDATE ${f.onUpdate}${deferrable}`;
}

const describePrimaryKey = (p: PrimaryKeyShape | null) => (p ? `${q(p.name)} ${list(p.columns)}` : "none");

/** Expected (Prisma) vs actual (pg_catalog) index column: Prisma may leave a default operator class unnamed. */
function sameIndexColumn(e: IndexColumn, a: IndexColumn): boolean {
  if (e.expr !== a.expr || e.order !== a.order) return false;
  return e.opclass === null ? a.isDefaultOpclass !== false : e.opclass === a.opclass;
}

function sameIndex(e: IndexShape, a: IndexShape): boolean {
  return (
    e.unique === a.unique &&
    e.method === a.method &&
    e.predicate === a.predicate &&
    e.include.join() === a.include.join() &&
    e.columns.length === a.columns.length &&
    e.columns.every((c, i) => sameIndexColumn(c, a.columns[i]!))
  );
}

function sameForeignKey(e: ForeignKeyShape, a: ForeignKeyShape): boolean {
  return describeForeignKey(e) === describeForeignKey(a);
}

/** Matches by name (Prisma's names are deterministic), and says so when only the name differs. */
function diffNamed<T extends { name: string }>(
  label: string,
  table: string,
  expected: readonly T[],
  actual: readonly T[],
  same: (e: T, a: T) => boolean,
  describe: (x: T) => string,
  allowed: (name: string) => boolean,
  out: string[],
): void {
  const actualByName = new Map(actual.map((a) => [a.name, a]));
  const expectedNames = new Set(expected.map((e) => e.name));
  const explained = new Set<string>();
  for (const e of expected) {
    const a = actualByName.get(e.name);
    if (a) {
      if (!allowed(e.name) && !same(e, a)) {
        out.push(
          `${label} ${q(e.name)} on ${q(table)}: database has ${describe(a)}, schema.prisma expects ${describe(e)}`,
        );
      }
      continue;
    }
    const renamed = actual.find((x) => !expectedNames.has(x.name) && !explained.has(x.name) && same(e, x));
    if (renamed) {
      explained.add(renamed.name);
      out.push(
        `${label} on ${q(table)} ${describe(e)} is named ${q(renamed.name)} in the database, schema.prisma expects ${q(e.name)}`,
      );
    } else {
      out.push(`${label} ${q(e.name)} on ${q(table)} is missing from the database: ${describe(e)}`);
    }
  }
  for (const a of actual) {
    if (expectedNames.has(a.name) || explained.has(a.name) || allowed(a.name)) continue;
    out.push(
      `${label} ${q(a.name)} on ${q(table)} is in the database but not in schema.prisma: ${describe(a)} (declare it, or allow-list it in ${ALLOW_LIST_FILE})`,
    );
  }
}

function diffTable(name: string, expected: TableShape, actual: TableShape, allow: AllowList, out: string[]): void {
  for (const [column, e] of Object.entries(expected.columns)) {
    const a = actual.columns[column];
    const where = `column ${q(name)}.${q(column)}`;
    if (!a) {
      out.push(`${where} is missing from the database (schema.prisma: ${describeColumn(e)})`);
      continue;
    }
    if (allow.has("column", name, column)) continue;
    if (a.generated)
      out.push(
        `${where} is a GENERATED column, which schema.prisma cannot express: allow-list it in ${ALLOW_LIST_FILE}`,
      );
    if (e.type !== a.type) out.push(`${where}: type is ${a.type} in the database, schema.prisma expects ${e.type}`);
    if (e.notNull !== null && e.notNull !== a.notNull) {
      out.push(
        `${where}: database has ${a.notNull ? "NOT NULL" : "NULL"}, schema.prisma expects ${e.notNull ? "NOT NULL" : "NULL"}`,
      );
    }
    const defaultMatches =
      e.default === ANY_DEFAULT ? a.default !== null || a.generated === true : e.default === a.default;
    if (!a.generated && !defaultMatches) {
      out.push(
        `${where}: default is ${a.default ?? "none"} in the database, schema.prisma expects ${e.default ?? "none"}`,
      );
    }
  }
  for (const [column, a] of Object.entries(actual.columns)) {
    if (column in expected.columns || allow.has("column", name, column)) continue;
    out.push(
      `column ${q(name)}.${q(column)} (${describeColumn(a)}) is in the database but not in schema.prisma (declare it, or allow-list it in ${ALLOW_LIST_FILE})`,
    );
  }

  if (describePrimaryKey(expected.primaryKey) !== describePrimaryKey(actual.primaryKey)) {
    out.push(
      `primary key of ${q(name)}: database has ${describePrimaryKey(actual.primaryKey)}, schema.prisma expects ${describePrimaryKey(expected.primaryKey)}`,
    );
  }
  // An exclusion or UNIQUE constraint owns an index of the same name; allow-listing either covers both.
  const indexAllowed = (index: string) => allow.has("index", name, index) || allow.has("constraint", name, index);
  diffNamed("index", name, expected.indexes, actual.indexes, sameIndex, describeIndex, indexAllowed, out);
  const fkAllowed = (fk: string) => allow.has("constraint", name, fk);
  diffNamed(
    "foreign key",
    name,
    expected.foreignKeys,
    actual.foreignKeys,
    sameForeignKey,
    describeForeignKey,
    fkAllowed,
    out,
  );
}

/** Allow-listed objects that the database lacks: the list must not outlive the SQL that justified it. */
export function missingAllowListed(allowList: readonly RawSqlObject[], actual: DatabaseShape): string[] {
  const exists = (entry: RawSqlObject): boolean => {
    switch (entry.kind) {
      case "extension":
        return actual.extensions.includes(entry.name);
      case "function":
        return actual.functions.includes(entry.name);
      case "sequence":
        return actual.sequences.includes(entry.name);
      case "view":
        return actual.views.includes(entry.name);
      case "table":
        return entry.name in actual.tables;
      case "column":
        return actual.tables[entry.table]?.columns[entry.name] !== undefined;
      case "index":
        return actual.tables[entry.table]?.indexes.some((i) => i.name === entry.name) ?? false;
      case "constraint":
        return actual.constraints.some((c) => c.table === entry.table && c.name === entry.name);
      case "trigger":
        return actual.triggers.some((t) => t.table === entry.table && t.name === entry.name);
    }
  };
  return allowList
    .filter((entry) => !exists(entry))
    .map(
      (e) =>
        `allow-listed ${e.kind} ${q(e.name)}${"table" in e ? ` on ${q(e.table)}` : ""} does not exist in the database (fix the migration, or remove it from ${ALLOW_LIST_FILE})`,
    );
}

/** Human-readable differences; an empty list means the database matches schema.prisma. */
export function diffSchemas(
  expected: SchemaShape,
  actual: DatabaseShape,
  allowList: readonly RawSqlObject[] = [],
): string[] {
  const allow = new AllowList(allowList);
  const out: string[] = [];

  for (const [name, labels] of Object.entries(expected.enums)) {
    const actualLabels = actual.enums[name];
    if (!actualLabels) out.push(`enum ${q(name)} is missing from the database (schema.prisma: ${list(labels)})`);
    else if (labels.join("\n") !== actualLabels.join("\n")) {
      out.push(
        `enum ${q(name)}: database has ${list(actualLabels)}, schema.prisma expects ${list(labels)} (same values in the same order)`,
      );
    }
  }
  for (const [name, labels] of Object.entries(actual.enums)) {
    if (!(name in expected.enums))
      out.push(`enum ${q(name)} ${list(labels)} is in the database but not in schema.prisma`);
  }

  for (const [name, table] of Object.entries(expected.tables)) {
    const actualTable = actual.tables[name];
    if (!actualTable) out.push(`table ${q(name)} is missing from the database`);
    else if (!allow.has("table", "", name)) diffTable(name, table, actualTable, allow, out);
  }
  for (const name of Object.keys(actual.tables)) {
    if (!(name in expected.tables) && !allow.has("table", "", name)) {
      out.push(
        `table ${q(name)} is in the database but not in schema.prisma (add a model, or allow-list it in ${ALLOW_LIST_FILE})`,
      );
    }
  }

  // Kinds Prisma cannot express at all: each one must be on the allow-list. (A CONSTRAINT
  // TRIGGER is reported once, as a trigger.)
  for (const c of actual.constraints) {
    if ((c.type === "check" || c.type === "exclusion") && !allow.has("constraint", c.table, c.name)) {
      out.push(
        `${c.type} constraint ${q(c.name)} on ${q(c.table)} (${c.definition}) is not expressible in schema.prisma: allow-list it in ${ALLOW_LIST_FILE}`,
      );
    }
  }
  for (const t of actual.triggers) {
    if (!allow.has("trigger", t.table, t.name))
      out.push(`trigger ${q(t.name)} on ${q(t.table)} is not on the allow-list in ${ALLOW_LIST_FILE}`);
  }
  const global: [Extract<Kind, "extension" | "function" | "view" | "sequence">, string[]][] = [
    ["extension", actual.extensions],
    ["function", actual.functions],
    ["view", actual.views],
    ["sequence", actual.sequences],
  ];
  for (const [kind, names] of global) {
    for (const n of names)
      if (!allow.has(kind, "", n))
        out.push(`${kind} ${q(n)} is in the database but not on the allow-list in ${ALLOW_LIST_FILE}`);
  }

  out.push(...missingAllowListed(allowList, actual));
  return out;
}
