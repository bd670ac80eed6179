/**
 * The normalised description of a database schema that both sides of the drift check
 * (schema.prisma via the DMMF, and pg_catalog) are reduced to, plus the normalisers
 * they share. Both sides go through the same functions so that spelling differences
 * (CURRENT_TIMESTAMP vs now(), 'x'::text vs 'x', "Role" vs Role) never count as drift.
 */

export interface ColumnShape {
  /** PostgreSQL type as format_type() spells it, unquoted, e.g. "timestamp(3) with time zone", "Role[]". */
  type: string;
  /** null = not compared: Prisma has no way to say whether a scalar list column is nullable. */
  notNull: boolean | null;
  /** Normalised default expression; null = no default; ANY_DEFAULT = `dbgenerated()` without an expression. */
  default: string | null;
  /** Database only: GENERATED ALWAYS AS (…) STORED, which Prisma cannot express. */
  generated?: boolean;
}

export interface IndexColumn {
  /** Column name, or the expression for an expression index. */
  expr: string;
  /** "" for the default ASC NULLS LAST; otherwise e.g. "DESC", "NULLS FIRST". */
  order: string;
  /** Operator class: Prisma's when given, else null; in the database always the real one. */
  opclass: string | null;
  /** Database only: whether `opclass` is the default for the column type (so Prisma need not name it). */
  isDefaultOpclass?: boolean;
}

export interface IndexShape {
  name: string;
  unique: boolean;
  method: string;
  columns: IndexColumn[];
  /** INCLUDE (…) columns; Prisma cannot express them. */
  include: string[];
  /** WHERE clause of a partial index; Prisma's DMMF does not carry one. */
  predicate: string | null;
}

export interface PrimaryKeyShape {
  name: string;
  columns: string[];
}

export type ReferentialAction = "CASCADE" | "RESTRICT" | "NO ACTION" | "SET NULL" | "SET DEFAULT";

export interface ForeignKeyShape {
  name: string;
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
  deferrable: boolean;
}

export interface TableShape {
  columns: Record<string, ColumnShape>;
  primaryKey: PrimaryKeyShape | null;
  /** Unique and non-unique indexes (a UNIQUE constraint counts as its unique index); not the primary key. */
  indexes: IndexShape[];
  foreignKeys: ForeignKeyShape[];
}

export interface SchemaShape {
  tables: Record<string, TableShape>;
  /** Enum type name → labels in declaration order. */
  enums: Record<string, string[]>;
}

export type ConstraintType = "primary" | "unique" | "foreign" | "check" | "exclusion" | "trigger";

/** What only the database side has: objects Prisma cannot describe, to be checked against the allow-list. */
export interface DatabaseShape extends SchemaShape {
  constraints: { table: string; name: string; type: ConstraintType; definition: string }[];
  triggers: { table: string; name: string }[];
  extensions: string[];
  functions: string[];
  views: string[];
  sequences: string[];
}

/** An object created by raw SQL in a migration that schema.prisma cannot (or does not) describe. */
export type RawSqlObject =
  | { kind: "extension" | "function" | "sequence" | "table" | "view"; name: string; why: string }
  | { kind: "column" | "index" | "constraint" | "trigger"; table: string; name: string; why: string };

export const ANY_DEFAULT = "dbgenerated()";

/** PostgreSQL's NAMEDATALEN - 1; Prisma truncates its default constraint names to fit. */
const MAX_IDENTIFIER_BYTES = 63;

/** Prisma's default names (psl ConstraintNames): built from database table/column names, truncated to 63 bytes. */
export function prismaConstraintName(
  table: string,
  columns: readonly string[],
  suffix: "_pkey" | "_key" | "_idx" | "_fkey",
): string {
  const base = suffix === "_pkey" ? table : `${table}_${columns.join("_")}`;
  const limit = MAX_IDENTIFIER_BYTES - suffix.length;
  const bytes = Buffer.from(base, "utf8");
  if (bytes.length < limit) return base + suffix;
  let cut = bytes.subarray(0, limit).toString("utf8");
  // Never split a multi-byte character (Prisma uses floor_char_boundary).
  while (Buffer.byteLength(cut, "utf8") > limit || cut.endsWith("\uFFFD")) cut = cut.slice(0, -1);
  return cut + suffix;
}

/** format_type() output, made comparable: no identifier quotes, no public. prefix, default time precision dropped. */
export function normaliseType(type: string): string {
  return type
    .replaceAll('"', "")
    .replace(/^public\./, "")
    .replace(/\b(timestamp|time)\(6\)/g, "$1")
    .trim();
}

export function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** Index of the quote that closes the literal or identifier opened at `start` (doubled quotes escape). */
function closingQuote(sql: string, start: number): number {
  const quote = sql[start];
  for (let j = start + 1; j < sql.length; j++) {
    if (sql[j] !== quote) continue;
    if (sql[j + 1] === quote) j++;
    else return j;
  }
  return sql.length - 1;
}

/** Splits SQL into alternating unquoted text and quoted ('…' or "…") segments. */
function segments(sql: string): { text: string; quoted: boolean }[] {
  const out: { text: string; quoted: boolean }[] = [];
  let plain = "";
  for (let i = 0; i < sql.length; i++) {
    const ch = sql[i]!;
    if (ch !== "'" && ch !== '"') {
      plain += ch;
      continue;
    }
    if (plain) out.push({ text: plain, quoted: false });
    plain = "";
    const end = closingQuote(sql, i);
    out.push({ text: sql.slice(i, end + 1), quoted: true });
    i = end;
  }
  if (plain) out.push({ text: plain, quoted: false });
  return out;
}

const IDENT = String.raw`(?:"(?:[^"]|"")+"|[a-z_][a-z0-9_$]*)`;
const CAST = new RegExp(
  String.raw`^::\s*(?:${IDENT}\.)?(?:(?:timestamp|time)(?:\s*\(\d+\))?\s+with(?:out)?\s+time\s+zone|character\s+varying|double\s+precision|bit\s+varying|${IDENT})(?:\s*\(\s*\d+(?:\s*,\s*\d+)?\s*\))?(?:\s*\[\])*`,
  "i",
);

/** Drops `::type` casts outside literals: pg_get_expr adds them ('x'::text), migrations usually do not. */
export function stripCasts(sql: string): string {
  let out = "";
  for (let i = 0; i < sql.length; i++) {
    const ch = sql[i]!;
    if (ch === "'" || ch === '"') {
      const end = closingQuote(sql, i);
      out += sql.slice(i, end + 1);
      i = end;
      continue;
    }
    const cast = ch === ":" && sql[i + 1] === ":" ? CAST.exec(sql.slice(i)) : null;
    if (cast) i += cast[0].length - 1;
    else out += ch;
  }
  return out;
}

function canonicalNumber(n: string): string {
  let s = n.startsWith("+") ? n.slice(1) : n;
  if (s.includes(".") && !/e/i.test(s)) s = s.replace(/0+$/, "").replace(/\.$/, "");
  if (s === "-0" || s === "") s = "0";
  return s;
}

function sortedJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedJson);
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortedJson(v)]));
  }
  return value;
}

const TIMESTAMP_LITERAL = /^'(\d{4}-\d{2}-\d{2})[ t](\d{2}:\d{2}:\d{2}(?:\.\d+)?)\s*(z|[+-]\d{2}(?::?\d{2})?)?'$/i;

/**
 * One spelling per default: casts and case (outside literals) and spacing removed,
 * CURRENT_TIMESTAMP → now(), nextval()/identity → autoincrement(), numbers, JSON and
 * timestamps canonicalised, so a hand-written migration matches Prisma's intent.
 */
export function normaliseDefault(expr: string, type: string): string {
  let s = segments(stripCasts(expr))
    .map((seg) =>
      seg.quoted
        ? seg.text
        : seg.text
            .toLowerCase()
            .replace(/\s+/g, " ")
            .replace(/([[(])\s+/g, "$1")
            .replace(/\s+([\])])/g, "$1")
            .replace(/\s*,\s*/g, ", "),
    )
    .join("")
    .trim();
  while (/^\(.*\)$/.test(s) && balanced(s.slice(1, -1))) s = s.slice(1, -1).trim();
  if (/^nextval\(/.test(s)) return "autoincrement()";
  if (s === "current_timestamp" || s === "now()" || s === "transaction_timestamp()") return "now()";
  const number = /^'?\(?([+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\)?'?$/i.exec(s);
  if (number) return canonicalNumber(number[1]!);
  if (/^'.*'$/s.test(s)) {
    const literal = s.slice(1, -1).replaceAll("''", "'");
    if (/^jsonb?$/.test(type)) {
      try {
        return quoteLiteral(JSON.stringify(sortedJson(JSON.parse(literal))));
      } catch {
        return s;
      }
    }
    const ts = type.startsWith("timestamp") ? TIMESTAMP_LITERAL.exec(s) : null;
    if (ts) {
      const [, date, time, zone] = ts;
      if (!zone) return quoteLiteral(`${date}T${time}`);
      const offset =
        zone.toLowerCase() === "z"
          ? "Z"
          : zone.length === 3
            ? `${zone}:00`
            : zone.replace(/^([+-]\d{2})(\d{2})$/, "$1:$2");
      const parsed = new Date(`${date}T${time}${offset}`);
      if (!Number.isNaN(parsed.getTime())) return quoteLiteral(parsed.toISOString());
    }
  }
  return s;
}

function balanced(s: string): boolean {
  let depth = 0;
  for (const seg of segments(s)) {
    if (seg.quoted) continue;
    for (const ch of seg.text) {
      if (ch === "(") depth++;
      if (ch === ")" && --depth < 0) return false;
    }
  }
  return depth === 0;
}
