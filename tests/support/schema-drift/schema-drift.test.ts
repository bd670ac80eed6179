import { describe, expect, it } from "vitest";
import { diffSchemas, expectedSchemaFromPrisma, type DatabaseShape } from "./schema-drift";
import { operatorClassName } from "./schema-drift-prisma";
import {
  ANY_DEFAULT,
  normaliseDefault,
  normaliseType,
  prismaConstraintName,
  stripCasts,
  type TableShape,
} from "./schema-drift-shape";

describe("normaliseDefault", () => {
  // Left: what pg_get_expr returns (seen on PostgreSQL 15); right: how a migration or Prisma spells it.
  it.each([
    ["'-3'::integer", "-3", "integer"],
    ["'it''s'::text", "'it''s'", "text"],
    ["'x'::character varying", "'x'", "character varying(10)"],
    [
      "'2020-01-01 00:00:00+00'::timestamp with time zone",
      "'2020-01-01T00:00:00+00:00'",
      "timestamp(3) with time zone",
    ],
    [
      "'2020-01-01 01:00:00+01'::timestamp with time zone",
      "'2020-01-01 00:00:00 +00:00'",
      "timestamp(3) with time zone",
    ],
    ["'2020-01-01 00:00:00'::timestamp without time zone", "'2020-01-01T00:00:00'", "timestamp(3) without time zone"],
    ["1.5", "1.50", "numeric(65,30)"],
    ["'-1.50'::numeric", "-1.5", "numeric(10,2)"],
    ["'{}'::jsonb", "'{}'", "jsonb"],
    [`'{"a": 1, "b": [2]}'::jsonb`, `'{"b":[2],"a":1}'`, "jsonb"],
    ["ARRAY[]::text[]", "ARRAY[]::TEXT[]", "text[]"],
    ["ARRAY['a'::text, 'b'::text]", "ARRAY['a','b']::TEXT[]", "text[]"],
    ["ARRAY[1, 2]", "ARRAY[1,2]::INTEGER[]", "integer[]"],
    [`ARRAY['ADMIN'::"Role"]`, `ARRAY['ADMIN']::"Role"[]`, "Role[]"],
    [`'user'::"Role"`, "'user'", "Role"],
    ["CURRENT_TIMESTAMP", "now()", "timestamp(3) with time zone"],
    ["nextval('t_id_seq'::regclass)", "autoincrement()", "integer"],
    ["true", "TRUE", "boolean"],
    ["gen_random_uuid()", "GEN_RANDOM_UUID( )", "uuid"],
  ])("%s ≡ %s", (fromPg, written, type) => {
    expect(normaliseDefault(fromPg, type)).toBe(normaliseDefault(written, type));
  });

  it("keeps literals apart that differ", () => {
    expect(normaliseDefault("'A'::text", "text")).not.toBe(normaliseDefault("'a'", "text"));
    expect(normaliseDefault("'{\"a\":1}'", "jsonb")).not.toBe(normaliseDefault("'{\"a\":2}'", "jsonb"));
  });

  it("does not strip :: inside a literal", () => {
    expect(stripCasts("'a::b'::text")).toBe("'a::b'");
  });
});

describe("names and types", () => {
  it("normalises format_type output", () => {
    expect(normaliseType('"Role"[]')).toBe("Role[]");
    expect(normaliseType("timestamp(6) without time zone")).toBe("timestamp without time zone");
    expect(normaliseType("public.citext")).toBe("citext");
  });

  it("truncates Prisma's default constraint names to 63 bytes like Prisma does", () => {
    expect(prismaConstraintName("users", ["email"], "_key")).toBe("users_email_key");
    expect(prismaConstraintName("users", [], "_pkey")).toBe("users_pkey");
    const long = prismaConstraintName("a".repeat(40), ["b".repeat(30)], "_fkey");
    expect(long).toBe(`${"a".repeat(40)}_${"b".repeat(17)}_fkey`);
    expect(long).toHaveLength(63);
  });

  it("spells Prisma operator classes as PostgreSQL does", () => {
    expect(operatorClassName("JsonbPathOps")).toBe("jsonb_path_ops");
    expect(operatorClassName("Int4MinMaxOps")).toBe("int4_minmax_ops");
    expect(operatorClassName("text_pattern_ops")).toBe("text_pattern_ops");
  });
});

const SCHEMA = `
datasource db {
  provider = "postgresql"
}
model Owner {
  id      String  @id @default(cuid())
  pets    Pet[]
}
model Pet {
  id        Int      @id @default(autoincrement())
  name      String   @default("rex")
  tags      String[]
  seenAt    DateTime @updatedAt @map("seen_at") @db.Timestamptz(3)
  ownerId   String?  @map("owner_id")
  owner     Owner?   @relation(fields: [ownerId], references: [id])
  keeperId  String   @map("keeper_id")
  keeper    Owner    @relation("kept", fields: [keeperId], references: [id])
  @@map("pets")
}
`.replace("pets    Pet[]", 'pets    Pet[]\n  kept    Pet[] @relation("kept")');

describe("expectedSchemaFromPrisma", () => {
  const shape = expectedSchemaFromPrisma(SCHEMA);

  it("maps columns, defaults and nullability as Prisma migrate renders them", () => {
    expect(shape.tables.Owner?.columns).toEqual({ id: { type: "text", notNull: true, default: null } });
    expect(shape.tables.pets?.columns).toEqual({
      id: { type: "integer", notNull: true, default: "autoincrement()" },
      name: { type: "text", notNull: true, default: "'rex'" },
      tags: { type: "text[]", notNull: null, default: null },
      seen_at: { type: "timestamp(3) with time zone", notNull: true, default: null },
      owner_id: { type: "text", notNull: false, default: null },
      keeper_id: { type: "text", notNull: true, default: null },
    });
    expect(shape.tables.pets?.primaryKey).toEqual({ name: "pets_pkey", columns: ["id"] });
  });

  it("uses Prisma's default referential actions: SetNull when optional, Restrict when required, Cascade on update", () => {
    expect(shape.tables.pets?.foreignKeys.map((f) => [f.name, f.onDelete, f.onUpdate])).toEqual([
      ["pets_owner_id_fkey", "SET NULL", "CASCADE"],
      ["pets_keeper_id_fkey", "RESTRICT", "CASCADE"],
    ]);
  });

  it("explains a schema that does not parse", () => {
    expect(() => expectedSchemaFromPrisma("model {")).toThrow(/schema.prisma does not parse: [^\u001b]*$/);
  });
});

describe("diffSchemas", () => {
  const table = (over: Partial<TableShape> = {}): TableShape => ({
    columns: { id: { type: "integer", notNull: true, default: null } },
    primaryKey: { name: "t_pkey", columns: ["id"] },
    indexes: [],
    foreignKeys: [],
    ...over,
  });
  const db = (t: TableShape, extra: Partial<DatabaseShape> = {}): DatabaseShape => ({
    tables: { t },
    enums: {},
    constraints: [],
    triggers: [],
    extensions: [],
    functions: [],
    views: [],
    sequences: [],
    ...extra,
  });
  const index = {
    unique: true,
    method: "btree",
    columns: [{ expr: "id", order: "", opclass: null }],
    include: [],
    predicate: null,
  };

  it("says when only an index's name differs", () => {
    const expected = { tables: { t: table({ indexes: [{ name: "t_id_key", ...index }] }) }, enums: {} };
    const actualIndex = {
      name: "t_id_unique",
      ...index,
      columns: [{ expr: "id", order: "", opclass: "int4_ops", isDefaultOpclass: true }],
    };
    expect(diffSchemas(expected, db(table({ indexes: [actualIndex] })))).toEqual([
      'index on "t" UNIQUE btree (id) is named "t_id_unique" in the database, schema.prisma expects "t_id_key"',
    ]);
  });

  it("exempts allow-listed columns, but reports unlisted GENERATED ones", () => {
    const search = { type: "tsvector", notNull: false, default: null, generated: true };
    const actual = db(table({ columns: { ...table().columns, search } }));
    const expected = { tables: { t: table() }, enums: {} };
    expect(diffSchemas(expected, actual, [{ kind: "column", table: "t", name: "search", why: "search" }])).toEqual([]);
    const declared = {
      tables: {
        t: table({
          columns: { ...table().columns, search: { type: "tsvector", notNull: false, default: ANY_DEFAULT } },
        }),
      },
      enums: {},
    };
    expect(diffSchemas(declared, actual)).toEqual([expect.stringMatching(/"search" is a GENERATED column/)]);
  });

  it("requires CHECK constraints and extensions to be allow-listed, and allow-listed objects to exist", () => {
    const actual = db(table(), {
      constraints: [{ table: "t", name: "t_positive", type: "check", definition: "CHECK ((id > 0))" }],
      extensions: ["citext"],
    });
    const expected = { tables: { t: table() }, enums: {} };
    expect(diffSchemas(expected, actual)).toEqual([
      expect.stringMatching(/^check constraint "t_positive" on "t"/),
      expect.stringMatching(/^extension "citext" is in the database but not on the allow-list/),
    ]);
    expect(
      diffSchemas(expected, actual, [
        { kind: "constraint", table: "t", name: "t_positive", why: "no negative ids" },
        { kind: "extension", name: "citext", why: "case-insensitive e-mail" },
        { kind: "extension", name: "btree_gist", why: "gone" },
      ]),
    ).toEqual([expect.stringMatching(/^allow-listed extension "btree_gist" does not exist/)]);
  });
});
