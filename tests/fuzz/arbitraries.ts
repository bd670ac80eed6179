import fc from "fast-check";
import type { z } from "zod";

/**
 * Values for the route fuzz: strings no person would type, numbers at the
 * edges, dates PostgreSQL or the calendar refuse, and shapes derived from the
 * zod schema a route parses, so a hostile value sits among valid ones and
 * reaches past the first field.
 */
const DAY = 86_400_000;
const soon = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** Strings that broke the API before (issue #20) and their relatives. */
export const HOSTILE_STRINGS = [
  "\u0000",
  "a\u0000b",
  "\ud800x",
  "x\udc00",
  "\ud83d",
  "\u202e\u2066evil",
  "\u200b\u200b\u200b",
  "\u200f",
  " ",
  "",
  "\t\n",
  "\u001b[31mred",
  "\u007f",
  "Cafe\u0301",
  "%00",
  "%ZZ",
  "%E0%A4%A",
  "\uFFFD",
  "'; SELECT pg_sleep(1); --",
  "../../../etc/passwd",
  "<script>alert(1)</script>",
  "1e309",
  "-1",
  "NaN",
  "Infinity",
  "null",
  "{}",
  "x".repeat(70_000),
  "é".repeat(5_000),
];

export const HOSTILE_DATES = [
  "0000-01-01",
  "0000-01-01T00:00:00Z",
  "9999-12-31",
  "9999-12-31T23:59:59Z",
  "9999-12-31T23:59:59+14:00",
  "+275760-09-13T00:00:00Z",
  "1969-12-31T23:59:59Z",
  "1900-01-01",
  "2026-02-31",
  "2026-02-31T00:00:00Z",
  "2026-13-01",
  "2026-01-01T24:00:00Z",
  "garbage",
  "nope",
  "2026-06-01T",
  "2026-06-01Tgarbage",
];

/** Plausible values the fixtures fill in (ids of real rows, slugs, near dates). */
export interface ValuePool {
  ids: string[];
  slugs: string[];
}

/** Strings a client might rightly send: real ids and slugs, near dates, zones, times, text, links. */
export function plausibleValues(pool: ValuePool): string[] {
  return [
    ...pool.ids,
    ...pool.slugs,
    soon(1),
    soon(3),
    soon(10),
    soon(-30),
    soon(1).slice(0, 10),
    soon(40).slice(0, 10),
    soon(-400).slice(0, 10),
    "Europe/London",
    "09:00",
    "17:30",
    "English",
    "hello",
    "requirements-scoping",
    "A perfectly ordinary sentence of text, long enough for any minimum.",
    "https://meet.example.com/room-123",
    "someone@example.com",
  ];
}

export function plausibleStrings(pool: ValuePool): fc.Arbitrary<string> {
  return fc.constantFrom(...plausibleValues(pool));
}

/** Any UTF-16 code units: lone surrogates, controls and NUL included. */
export const rawUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 40,
});

export function hostileString(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_DATES) },
    { weight: 2, arbitrary: rawUnits },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  );
}

export const hostileNumber = fc.oneof(
  fc.constantFrom(0, -0, -1, 1.5, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 1e308, Number.MAX_VALUE, Number.MIN_VALUE),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Anything JSON can hold, with hostile leaves, nested a little or a lot. */
export function hostileJson(depth = 3): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(hostileString(), hostileNumber, fc.boolean(), fc.constant(null));
  if (depth <= 0) return leaf;
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    { weight: 1, arbitrary: fc.array(hostileJson(depth - 1), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.dictionary(hostileString(), hostileJson(depth - 1), { maxKeys: 4 }) },
  );
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/**
 * Values shaped like `schema`: each leaf is mostly a value the schema accepts
 * (picked from the pool by asking the schema itself), sometimes a hostile one,
 * now and then of the wrong type altogether; so a single bad field often sits
 * among valid ones and gets past validation to the code and the database.
 */
export function shapedBy(
  schema: z.ZodType,
  pool: ValuePool,
  depth = 0,
  hostile = true,
  key = "",
): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (child: z.ZodType, childDepth = depth + 1, childKey = key) =>
    shapedBy(child, pool, childDepth, hostile, childKey);
  const accepted = (candidates: unknown[]) => candidates.filter((v) => schema.safeParse(v).success);
  const plausible = ((): fc.Arbitrary<unknown> => {
    switch (def.type) {
      case "string": {
        // The field's name says which real values fit best: slugs for types and focus areas, ids for ids.
        const preferred = /type|focus|slug|offered|competenc/i.test(key)
          ? pool.slugs
          : /id$/i.test(key)
            ? pool.ids
            : [];
        const fitting = accepted(preferred);
        const valid = fitting.length ? fitting : accepted(plausibleValues(pool));
        return valid.length ? fc.constantFrom(...valid) : plausibleStrings(pool);
      }
      case "number": {
        const valid = accepted([0, 1, 2, 3, 4, 5, 15, 30, 60, 0.5, 100]);
        return valid.length ? fc.constantFrom(...valid) : fc.integer({ min: 0, max: 5 });
      }
      case "boolean":
        return fc.boolean();
      case "enum":
        return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
      case "literal":
        return fc.constantFrom(...(def.values as unknown[]));
      case "optional":
      case "nullable":
      case "default":
      case "prefault":
      case "readonly":
      case "catch":
      case "nonoptional":
        return hostile
          ? fc.option(inner(def.innerType as z.ZodType, depth), { nil: undefined, freq: 4 })
          : inner(def.innerType as z.ZodType, depth);
      case "pipe": {
        const valid = accepted(plausibleValues(pool));
        return valid.length ? fc.constantFrom(...valid) : inner(def.in as z.ZodType, depth);
      }
      case "array":
        return depth > 4
          ? fc.constant([])
          : fc.uniqueArray(inner(def.element as z.ZodType), {
              minLength: 1,
              maxLength: 3,
              selector: (v) => JSON.stringify(v),
            });
      case "tuple":
        return fc.tuple(...(def.items as z.ZodType[]).map((item) => inner(item)));
      case "record":
        return fc.dictionary(
          hostile
            ? fc.oneof({ weight: 4, arbitrary: plausibleStrings(pool) }, { weight: 1, arbitrary: hostileString() })
            : plausibleStrings(pool),
          inner(def.valueType as z.ZodType),
          { minKeys: 1, maxKeys: 3 },
        );
      case "union":
        return fc.oneof(...(def.options as z.ZodType[]).map((option) => inner(option, depth)));
      case "object": {
        const shape = def.shape as Record<string, z.ZodType>;
        const entries = Object.entries(shape).map(([name, value]) => [name, inner(value, depth + 1, name)] as const);
        return fc.record(Object.fromEntries(entries));
      }
      default:
        return hostileJson(2);
    }
  })();
  if (!hostile) return plausible;
  if (["object", "optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional"].includes(def.type))
    return fc.oneof({ weight: 30, arbitrary: plausible }, { weight: 1, arbitrary: hostileJson(1) });
  const hostileLeaf = def.type === "number" ? hostileNumber : hostileString();
  return fc.oneof(
    { weight: 16, arbitrary: plausible },
    { weight: 2, arbitrary: hostileLeaf },
    { weight: 1, arbitrary: hostileJson(1) },
  );
}

/**
 * The sweep beside the random search: one plausible value, then each string
 * leaf in turn given each kind of trouble (a NUL, a lone surrogate, a control
 * character, only invisible characters; for a date, year 0, year 9999 and no
 * date at all), every other leaf left valid. Random cases rarely put exactly one
 * bad value among many good ones; this does it for every field of every route.
 */
export function oneBadLeaf(value: unknown): unknown[] {
  const out: unknown[] = [];
  const visit = (node: unknown, replace: (v: unknown) => unknown) => {
    if (typeof node === "string") {
      for (const bad of badVariants(node)) out.push(replace(bad));
    } else if (Array.isArray(node)) {
      const items = node as unknown[];
      items.forEach((item, i) => visit(item, (v) => replace(items.map((x, j) => (j === i ? v : x)))));
    } else if (node && typeof node === "object") {
      for (const key of Object.keys(node))
        visit((node as Record<string, unknown>)[key], (v) => replace({ ...node, [key]: v }));
    }
  };
  visit(value, (v) => v);
  return out;
}

function badVariants(value: string): string[] {
  const variants = [`${value}\u0000`, `\ud800${value}`, `${value}\u0007`, "\u200b\u202e"];
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) variants.push("0000-01-01", "9999-12-31", "2026-02-31", "garbage");
  if (/^\d{4}-\d{2}-\d{2}T/.test(value))
    variants.push("0000-01-01T00:00:00Z", "9999-12-31T23:59:59+14:00", "2026-02-31T10:00:00Z", "garbage");
  return variants;
}
