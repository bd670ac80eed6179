import type { DatabaseShape } from "./schema-drift";
import type { ColumnShape, TableShape } from "./schema-drift-shape";
import { prismaDatamodel } from "./schema-drift-prisma";
import type { DmmfField, DmmfModel } from "./schema-drift-dmmf";

/**
 * Changes to schema.prisma and to a migrated database that the drift check must notice,
 * generated from whatever models and tables exist so the test keeps proving the check
 * can fail as the schema grows. Used by schema-drift.int.test.ts.
 */

const tableOf = (m: DmmfModel) => m.dbName ?? m.name;
const columnOf = (f: DmmfField) => f.dbName ?? f.name;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Replaces a line inside `model Name { … }` (or appends one before its closing brace when `line` is null). */
function editModel(text: string, model: string, match: RegExp | null, edit: (line: string) => string): string | null {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => new RegExp(`^\\s*model\\s+${model}\\s*\\{`).test(l));
  if (start < 0) return null;
  const end = lines.findIndex((l, i) => i > start && /^\s*\}\s*$/.test(l));
  if (match === null) {
    lines.splice(end, 0, edit(""));
    return lines.join("\n");
  }
  const at = lines.findIndex((l, i) => i > start && i < end && match.test(l));
  if (at < 0) return null;
  lines[at] = edit(lines[at]!);
  return lines.join("\n");
}
/** Appends `argument` inside the field's `@relation(…)`, after the arguments already there. */
function addRelationArgument(line: string, argument: string): string {
  const start = line.indexOf("@relation(");
  let depth = 0;
  for (let i = start + "@relation".length; i < line.length; i++) {
    if (line[i] === "(") depth++;
    if (line[i] === ")" && --depth === 0) return `${line.slice(0, i)}, ${argument}${line.slice(i)}`;
  }
  return line;
}
const fieldLine = (f: DmmfField) => new RegExp(`^\\s*${f.name}\\s`);

export interface Mutation {
  name: string;
  text: string | null;
  expected: RegExp;
}

const TYPE_SWAP: Record<string, string> = {
  String: "Int",
  Int: "BigInt",
  BigInt: "Int",
  Boolean: "Int",
  DateTime: "String",
  Float: "Decimal",
  Decimal: "Float",
  Json: "String",
  Bytes: "String",
};

export function schemaMutations(schemaText: string): Mutation[] {
  const dm = prismaDatamodel(schemaText);
  const fkFields = new Set(
    dm.models.flatMap((m) => m.fields.flatMap((f) => (f.relationFromFields ?? []).map((n) => `${m.name}.${n}`))),
  );
  const referencedFields = new Set(
    dm.models.flatMap((m) =>
      m.fields
        .filter((f) => f.relationToFields?.length)
        .flatMap((f) => f.relationToFields!.map((n) => `${f.type}.${n}`)),
    ),
  );
  const idFields = new Set(
    dm.indexes.filter((i) => i.type === "id").flatMap((i) => i.fields.map((f) => `${i.model}.${f.name}`)),
  );
  /** Plain scalar columns that a mutation may change without breaking a relation or the primary key. */
  const plainScalars = dm.models.flatMap((model) =>
    model.fields
      .filter(
        (f) =>
          f.kind === "scalar" &&
          !f.isList &&
          ![fkFields, referencedFields, idFields].some((s) => s.has(`${model.name}.${f.name}`)),
      )
      .map((field) => ({ model, field })),
  );
  const first = dm.models[0]!;
  const out: Mutation[] = [
    {
      name: "add a model",
      text: `${schemaText}\nmodel DriftProbe {\n  id Int @id\n}\n`,
      expected: /table "DriftProbe" is missing/,
    },
    {
      name: "add an optional String field to the first model",
      text: editModel(schemaText, first.name, null, () => "  driftProbe String?"),
      expected: new RegExp(`column "${esc(tableOf(first))}"\\."driftProbe" is missing`),
    },
    {
      name: "map the first model to another table",
      text: first.dbName
        ? editModel(schemaText, first.name, /^\s*@@map\(/, () => `  @@map("${first.dbName}_drift_probe")`)
        : editModel(schemaText, first.name, null, () => `  @@map("${first.name}_drift_probe")`),
      expected: new RegExp(`table "${esc(tableOf(first))}_drift_probe" is missing`),
    },
    {
      name: "add an enum",
      text: `${schemaText}\nenum DriftProbe {\n  A\n}\n`,
      expected: /enum "DriftProbe" is missing/,
    },
  ];

  const required = plainScalars.find(({ field }) => field.isRequired);
  if (required) {
    out.push({
      name: `make ${required.model.name}.${required.field.name} optional`,
      text: editModel(schemaText, required.model.name, fieldLine(required.field), (l) =>
        l.replace(/^(\s*\w+\s+\w+)/, "$1?"),
      ),
      expected: new RegExp(`"${esc(columnOf(required.field))}": database has NOT NULL, schema.prisma expects NULL`),
    });
  }
  const retype = plainScalars.find(
    ({ field }) => !field.hasDefaultValue && !field.isUpdatedAt && TYPE_SWAP[field.type],
  );
  if (retype) {
    const to = TYPE_SWAP[retype.field.type]!;
    out.push({
      name: `change ${retype.model.name}.${retype.field.name} from ${retype.field.type} to ${to}`,
      text: editModel(schemaText, retype.model.name, fieldLine(retype.field), (l) =>
        l.replace(/^(\s*\w+\s+)\w+/, `$1${to}`).replace(/\s@db\.\w+(\([^)]*\))?/, ""),
      ),
      expected: new RegExp(`"${esc(columnOf(retype.field))}": type is .* in the database, schema.prisma expects`),
    });
  }
  const indexable = plainScalars.find(({ field }) =>
    ["String", "Int", "BigInt", "DateTime", "Boolean"].includes(field.type),
  );
  if (indexable) {
    out.push({
      name: `add @@index([${indexable.field.name}]) to ${indexable.model.name}`,
      text: editModel(
        schemaText,
        indexable.model.name,
        null,
        () => `  @@index([${indexable.field.name}], map: "drift_probe_idx")`,
      ),
      expected: /index "drift_probe_idx" on "[^"]+" is missing/,
    });
  }
  const indexed = dm.models.find((m) => editModel(schemaText, m.name, /^\s*@@index\(/, (l) => l) !== null);
  if (indexed) {
    out.push({
      name: `drop an @@index from ${indexed.name}`,
      text: editModel(schemaText, indexed.name, /^\s*@@index\(/, () => ""),
      expected: /index "[^"]+" on "[^"]+" is in the database but not in schema.prisma/,
    });
  }
  const relation = dm.models.flatMap((model) =>
    model.fields.filter((f) => f.relationFromFields?.length).map((field) => ({ model, field })),
  )[0];
  if (relation) {
    const to = relation.field.relationOnDelete === "Cascade" ? "NoAction" : "Cascade";
    out.push({
      name: `set onDelete: ${to} on ${relation.model.name}.${relation.field.name}`,
      text: editModel(schemaText, relation.model.name, fieldLine(relation.field), (l) =>
        /onDelete\s*:\s*\w+/.test(l)
          ? l.replace(/onDelete\s*:\s*\w+/, `onDelete: ${to}`)
          : addRelationArgument(l, `onDelete: ${to}`),
      ),
      expected: new RegExp(
        `foreign key .* schema.prisma expects .*ON DELETE ${to === "Cascade" ? "CASCADE" : "NO ACTION"}`,
      ),
    });
  }
  const enumWithValues = dm.enums[0];
  if (enumWithValues) {
    out.push({
      name: `add a value to enum ${enumWithValues.name}`,
      text: schemaText.replace(new RegExp(`(^\\s*enum\\s+${enumWithValues.name}\\s*\\{)`, "m"), "$1\n  DRIFT_PROBE"),
      expected: new RegExp(`enum "${esc(enumWithValues.dbName ?? enumWithValues.name)}": database has`),
    });
  }
  return out;
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

export function databaseMutations(actual: DatabaseShape): { name: string; sql: string; expected: RegExp }[] {
  const [tableName, table] = Object.entries(actual.tables).sort(([a], [b]) => a.localeCompare(b))[0] ?? [];
  if (!tableName || !table) throw new Error("The migrations created no tables: nothing to mutate");
  const t = ident(tableName);
  const out = [
    {
      name: "add a column",
      sql: `ALTER TABLE ${t} ADD COLUMN drift_probe text`,
      expected: /column "[^"]+"\."drift_probe" \(text NULL\) is in the database but not in schema.prisma/,
    },
    {
      name: "add a CHECK constraint",
      sql: `ALTER TABLE ${t} ADD CONSTRAINT drift_probe_check CHECK (true)`,
      expected: /check constraint "drift_probe_check" .* allow-list it/,
    },
    {
      name: "add an enum type",
      sql: `CREATE TYPE drift_probe_enum AS ENUM ('a')`,
      expected: /enum "drift_probe_enum" \(a\) is in the database but not in schema.prisma/,
    },
    {
      name: "add a trigger and its function",
      sql: `CREATE FUNCTION drift_probe_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
            CREATE TRIGGER drift_probe_trg BEFORE UPDATE ON ${t} FOR EACH ROW EXECUTE FUNCTION drift_probe_fn()`,
      expected: /trigger "drift_probe_trg" on "[^"]+" is not on the allow-list/,
    },
    {
      name: "add a table",
      sql: `CREATE TABLE drift_probe (id int PRIMARY KEY)`,
      expected: /table "drift_probe" is in the database but not in schema.prisma/,
    },
  ];
  const [firstColumn] = Object.keys(table.columns);
  if (firstColumn)
    out.push({
      name: "add an index",
      sql: `CREATE INDEX drift_probe_idx ON ${t} (${ident(firstColumn)})`,
      expected: /index "drift_probe_idx" .* is in the database but not in schema.prisma/,
    });
  // The rest need a particular kind of column or object: take the first table that has one.
  const tables = Object.entries(actual.tables).sort(([a], [b]) => a.localeCompare(b));
  const findColumn = (pick: (column: ColumnShape, name: string, table: TableShape) => boolean) => {
    for (const [name, tbl] of tables) {
      const hit = Object.entries(tbl.columns).find(([column, c]) => pick(c, column, tbl));
      if (hit) return { table: ident(name), column: hit[0] };
    }
    return null;
  };
  const notNull = findColumn((c, name, tbl) => c.notNull === true && !tbl.primaryKey?.columns.includes(name));
  if (notNull)
    out.push({
      name: `drop NOT NULL on ${notNull.table}.${notNull.column}`,
      sql: `ALTER TABLE ${notNull.table} ALTER COLUMN ${ident(notNull.column)} DROP NOT NULL`,
      expected: /database has NULL, schema.prisma expects NOT NULL/,
    });
  const withDefault = findColumn((c) => c.default !== null);
  if (withDefault)
    out.push({
      name: `drop the default of ${withDefault.table}.${withDefault.column}`,
      sql: `ALTER TABLE ${withDefault.table} ALTER COLUMN ${ident(withDefault.column)} DROP DEFAULT`,
      expected: /default is none in the database, schema.prisma expects/,
    });
  const textColumn = findColumn((c, name, tbl) => c.type === "text" && !tbl.primaryKey?.columns.includes(name));
  if (textColumn)
    out.push({
      name: `change the type of ${textColumn.table}.${textColumn.column}`,
      sql: `ALTER TABLE ${textColumn.table} ALTER COLUMN ${ident(textColumn.column)} TYPE varchar(500)`,
      expected: /type is character varying\(500\) in the database, schema.prisma expects text/,
    });
  if (table.primaryKey)
    out.push({
      name: "drop the primary key",
      sql: `ALTER TABLE ${t} DROP CONSTRAINT ${ident(table.primaryKey.name)} CASCADE`,
      expected: /primary key of "[^"]+": database has none/,
    });
  const withFk = tables.flatMap(([name, tbl]) => tbl.foreignKeys.map((fk) => ({ table: name, fk })))[0];
  if (withFk) {
    const { table: fkTable, fk } = withFk;
    const onDelete = fk.onDelete === "CASCADE" ? "NO ACTION" : "CASCADE";
    out.push({
      name: `make ${fk.name} ON DELETE ${onDelete}`,
      sql: `ALTER TABLE ${ident(fkTable)} DROP CONSTRAINT ${ident(fk.name)},
            ADD CONSTRAINT ${ident(fk.name)} FOREIGN KEY (${fk.columns.map(ident).join(", ")})
            REFERENCES ${ident(fk.referencedTable)} (${fk.referencedColumns.map(ident).join(", ")})
            ON DELETE ${onDelete} ON UPDATE ${fk.onUpdate}`,
      expected: new RegExp(`foreign key "${esc(fk.name)}" on "[^"]+": database has .* ON DELETE ${onDelete}`),
    });
  }
  const withIndex = tables.find(([, tbl]) => tbl.indexes.some((i) => !i.unique));
  if (withIndex)
    out.push({
      name: `drop an index of ${withIndex[0]}`,
      sql: `DROP INDEX ${ident(withIndex[1].indexes.find((i) => !i.unique)!.name)}`,
      expected: /index "[^"]+" on "[^"]+" is missing from the database/,
    });
  return out;
}
