import { get_dmmf } from "@prisma/prisma-schema-wasm";
import { ANY_DEFAULT, normaliseDefault, normaliseType, type ColumnShape } from "./schema-drift-shape";

/**
 * Reading schema.prisma: Prisma's parsed datamodel (DMMF, from the same wasm parser
 * the Prisma CLI uses) and the few facts the DMMF leaves out, taken from the text.
 */

// The slice of the DMMF this module reads (the wasm returns untyped JSON).
export type Literal = string | number | boolean;
interface DmmfDefaultFn {
  name: string;
  args: Literal[];
}
type DmmfDefault = Literal | Literal[] | DmmfDefaultFn;
export interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  type: string;
  nativeType?: [string, string[]] | null;
  isRequired: boolean;
  isList: boolean;
  isId: boolean;
  isUpdatedAt?: boolean;
  hasDefaultValue?: boolean;
  default?: DmmfDefault;
  relationName?: string;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}
export interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
export interface DmmfEnum {
  name: string;
  dbName?: string | null;
  values: { name: string; dbName: string | null }[];
}
export interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string;
  algorithm?: string;
  fields: { name: string; sortOrder?: "asc" | "desc"; operatorClass?: string }[];
}
export interface Datamodel {
  models: DmmfModel[];
  enums: DmmfEnum[];
  indexes: DmmfIndex[];
}

const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

export function prismaDatamodel(schemaText: string): Datamodel {
  let raw: string;
  try {
    raw = get_dmmf(JSON.stringify({ prismaSchema: schemaText }));
  } catch (error) {
    // The wasm throws an Error whose message is JSON around ANSI-coloured text; keep it readable.
    let message = error instanceof Error ? error.message : String(error);
    try {
      message = (JSON.parse(message) as { message?: string }).message ?? message;
    } catch {
      // not JSON: use as is
    }
    throw new Error(`schema.prisma does not parse: ${message.replace(ANSI_COLOUR, "")}`);
  }
  const datamodel = (JSON.parse(raw) as { datamodel?: Partial<Datamodel> }).datamodel;
  if (
    !datamodel ||
    !Array.isArray(datamodel.models) ||
    !Array.isArray(datamodel.enums) ||
    !Array.isArray(datamodel.indexes)
  ) {
    throw new Error("Unexpected DMMF from @prisma/prisma-schema-wasm: no datamodel.models/enums/indexes");
  }
  return datamodel as Datamodel;
}

// Prisma's PostgreSQL type for each scalar without @db.* (what `migrate dev` renders).
export const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  Json: "jsonb",
  Bytes: "bytea",
};

const precision = (base: string, args: string[], zone?: string) =>
  `${base}${args[0] ? `(${args[0]})` : ""}${zone ? ` ${zone}` : ""}`;

// @db.<Name>(args) → format_type() spelling.
export const NATIVE_TYPES: Record<string, (args: string[]) => string> = {
  Text: () => "text",
  Char: (a) => `character(${a[0] ?? 1})`,
  VarChar: (a) => precision("character varying", a),
  Bit: (a) => `bit(${a[0] ?? 1})`,
  VarBit: (a) => precision("bit varying", a),
  Uuid: () => "uuid",
  Xml: () => "xml",
  Inet: () => "inet",
  Citext: () => "citext",
  Boolean: () => "boolean",
  Integer: () => "integer",
  SmallInt: () => "smallint",
  BigInt: () => "bigint",
  Oid: () => "oid",
  DoublePrecision: () => "double precision",
  Real: () => "real",
  Decimal: (a) => (a.length ? `numeric(${a.join(",")})` : "numeric"),
  Money: () => "money",
  Timestamp: (a) => precision("timestamp", a, "without time zone"),
  Timestamptz: (a) => precision("timestamp", a, "with time zone"),
  Date: () => "date",
  Time: (a) => precision("time", a, "without time zone"),
  Timetz: (a) => precision("time", a, "with time zone"),
  Json: () => "json",
  JsonB: () => "jsonb",
  ByteA: () => "bytea",
};

/** Prisma's enum spelling (JsonbPathOps, Int4MinMaxOps) → PostgreSQL's (jsonb_path_ops, int4_minmax_ops); raw("x") arrives as x. */
export function operatorClassName(name: string): string {
  if (!/^[A-Z]/.test(name)) return name;
  return name
    .replace(/MinMax/g, "Minmax")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase();
}

/** Lines of each `model X { … }` block, comments stripped: for what the DMMF leaves out. */
export function modelBlocks(schemaText: string): Map<string, string[]> {
  const blocks = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const rawLine of schemaText.split(/\r?\n/)) {
    const line = rawLine.replace(/\/\/(?=(?:[^"]*"[^"]*")*[^"]*$).*$/, "");
    const start = /^\s*model\s+(\w+)\s*\{/.exec(line);
    if (start) blocks.set(start[1]!, (current = []));
    else if (current && /^\s*\}\s*$/.test(line)) current = null;
    else if (current && line.trim()) current.push(line);
  }
  return blocks;
}

export const fieldLine = (lines: string[] | undefined, field: string) =>
  lines?.find((l) => new RegExp(`^\\s*${field}\\s`).test(l));

/** `@relation(..., map: "x")`: the DMMF does not carry a foreign key's custom name. */
export function relationMapName(line: string | undefined): string | null {
  const at = line?.indexOf("@relation(") ?? -1;
  if (!line || at < 0) return null;
  let depth = 0;
  let end = at + "@relation".length;
  for (; end < line.length; end++) {
    if (line[end] === "(") depth++;
    if (line[end] === ")" && --depth === 0) break;
  }
  return /\bmap\s*:\s*"([^"]*)"/.exec(line.slice(at, end))?.[1] ?? null;
}

/** `x Unsupported("tsvector")?` fields: the DMMF omits them, but the columns are Prisma's to declare. */
export function unsupportedColumns(lines: string[]): Map<string, ColumnShape & { field: string }> {
  const out = new Map<string, ColumnShape & { field: string }>();
  for (const line of lines) {
    const m = /^\s*(\w+)\s+Unsupported\(\s*"((?:[^"\\]|\\.)*)"\s*\)(\?|\[\])?(.*)$/.exec(line);
    if (!m) continue;
    const [, field, rawType, modifier, attributes] = m;
    const column = /@map\(\s*"([^"]+)"\s*\)/.exec(attributes!)?.[1] ?? field!;
    const type = normaliseType(rawType!.toLowerCase()) + (modifier === "[]" ? "[]" : "");
    const generated = /@default\(\s*dbgenerated\(\s*(?:"((?:[^"\\]|\\.)*)")?\s*\)\s*\)/.exec(attributes!);
    const defaultValue = generated
      ? generated[1]
        ? normaliseDefault(generated[1].replaceAll('\\"', '"'), type)
        : ANY_DEFAULT
      : null;
    out.set(column, {
      field: field!,
      type,
      notNull: modifier === "[]" ? null : modifier !== "?",
      default: defaultValue,
    });
  }
  return out;
}
