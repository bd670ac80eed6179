import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { dropDatabase, uniqueDatabaseName, withDatabase } from "../../setup/test-server";
import {
  actualSchemaFromDatabase,
  diffSchemas,
  expectedSchemaFromPrisma,
  type DatabaseShape,
  type RawSqlObject,
} from "./schema-drift";

/**
 * Features today's schema.prisma does not use yet, checked against what PostgreSQL
 * really reports: FIXTURE_SQL is what `prisma migrate` renders for FIXTURE_SCHEMA
 * (plus a few raw-SQL objects), written in its spelling (SERIAL, DEFAULT 1.50,
 * ARRAY[]::TEXT[], CURRENT_TIMESTAMP), so the normalisers must see through pg's
 * deparsing ('x'::text, nextval(...), ARRAY['a'::text]) to report no drift.
 */

const FIXTURE_SCHEMA = String.raw`
datasource db {
  provider = "postgresql"
}

enum Mood {
  HAPPY
  SAD   @map("sad")

  @@map("mood")
}

model Author {
  id        Int                      @id @default(autoincrement())
  uid       String                   @unique @default(uuid()) @db.Uuid
  email     String                   @db.VarChar(120)
  nick      String?                  @map("nick_name")
  mood      Mood                     @default(SAD)
  moods     Mood[]                   @default([HAPPY])
  tags      String[]                 @default([])
  nums      Int[]                    @default([1, 2])
  score     Decimal                  @default(1.50) @db.Decimal(10, 2)
  ratio     Float                    @default(-3)
  big       BigInt                   @default(5)
  active    Boolean                  @default(true)
  meta      Json                     @default("{\"b\": 2, \"a\": [1]}")
  born      DateTime                 @default("2020-01-01T00:00:00Z") @db.Timestamptz(3)
  plain     DateTime                 @default(now())
  day       DateTime                 @db.Date
  quote     String                   @default("it's")
  token     String                   @default(dbgenerated("gen_random_uuid()")) @db.Uuid
  updatedAt DateTime                 @updatedAt
  search    Unsupported("tsvector")?
  posts     Post[]
  tagsRel   Tag[]

  @@unique([email, nick], map: "author_email_nick")
  @@index([email(sort: Desc), nick])
  @@index([meta(ops: JsonbPathOps)], type: Gin)
  @@index([uid], type: Hash)
  @@map("authors")
}

model Post {
  a        Int
  b        String
  authorId Int?
  author   Author? @relation(fields: [authorId], references: [id])
  editorId Int
  editor   Editor  @relation(fields: [editorId], references: [id], onDelete: Cascade, onUpdate: NoAction, map: "post_editor_fk")

  @@id([a, b])
  @@index([authorId])
}

model Editor {
  id    Int    @id
  posts Post[]
}

model Tag {
  id      String   @id
  authors Author[]
}
`;

const FIXTURE_SQL = `
CREATE TYPE "mood" AS ENUM ('HAPPY', 'sad');
CREATE TABLE "authors" (
    "id" SERIAL NOT NULL,
    "uid" UUID NOT NULL,
    "email" VARCHAR(120) NOT NULL,
    "nick_name" TEXT,
    "mood" "mood" NOT NULL DEFAULT 'sad',
    "moods" "mood"[] DEFAULT ARRAY['HAPPY']::"mood"[],
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "nums" INTEGER[] DEFAULT ARRAY[1, 2]::INTEGER[],
    "score" DECIMAL(10,2) NOT NULL DEFAULT 1.50,
    "ratio" DOUBLE PRECISION NOT NULL DEFAULT -3,
    "big" BIGINT NOT NULL DEFAULT 5,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB NOT NULL DEFAULT '{"b": 2, "a": [1]}',
    "born" TIMESTAMPTZ(3) NOT NULL DEFAULT '2020-01-01 00:00:00 +00:00',
    "plain" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "day" DATE NOT NULL,
    "quote" TEXT NOT NULL DEFAULT 'it''s',
    "token" UUID NOT NULL DEFAULT gen_random_uuid(),
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "search" tsvector,
    CONSTRAINT "authors_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "Post" ("a" INTEGER NOT NULL, "b" TEXT NOT NULL, "authorId" INTEGER, "editorId" INTEGER NOT NULL,
    CONSTRAINT "Post_pkey" PRIMARY KEY ("a", "b"));
CREATE TABLE "Editor" ("id" INTEGER NOT NULL, CONSTRAINT "Editor_pkey" PRIMARY KEY ("id"));
CREATE TABLE "Tag" ("id" TEXT NOT NULL, CONSTRAINT "Tag_pkey" PRIMARY KEY ("id"));
CREATE TABLE "_AuthorToTag" ("A" INTEGER NOT NULL, "B" TEXT NOT NULL, CONSTRAINT "_AuthorToTag_AB_pkey" PRIMARY KEY ("A", "B"));
CREATE UNIQUE INDEX "authors_uid_key" ON "authors"("uid");
CREATE UNIQUE INDEX "author_email_nick" ON "authors"("email", "nick_name");
CREATE INDEX "authors_email_nick_name_idx" ON "authors"("email" DESC, "nick_name");
CREATE INDEX "authors_meta_idx" ON "authors" USING GIN ("meta" jsonb_path_ops);
CREATE INDEX "authors_uid_idx" ON "authors" USING HASH ("uid");
CREATE INDEX "Post_authorId_idx" ON "Post"("authorId");
CREATE INDEX "_AuthorToTag_B_index" ON "_AuthorToTag"("B");
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "authors"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Post" ADD CONSTRAINT "post_editor_fk" FOREIGN KEY ("editorId") REFERENCES "Editor"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "_AuthorToTag" ADD CONSTRAINT "_AuthorToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "authors"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "_AuthorToTag" ADD CONSTRAINT "_AuthorToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Raw SQL that schema.prisma cannot express.
ALTER TABLE "authors" ADD CONSTRAINT "authors_ratio_check" CHECK ("ratio" > -10);
CREATE INDEX "authors_search_idx" ON "authors" USING GIN ("search");
CREATE FUNCTION "authors_search_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.search := to_tsvector('simple', NEW.email); RETURN NEW; END $$;
CREATE TRIGGER "authors_search_update" BEFORE INSERT OR UPDATE ON "authors" FOR EACH ROW EXECUTE FUNCTION "authors_search_refresh"();
`;

const RAW: RawSqlObject[] = [
  { kind: "constraint", table: "authors", name: "authors_ratio_check", why: "CHECK" },
  { kind: "index", table: "authors", name: "authors_search_idx", why: "GIN on tsvector" },
  { kind: "function", name: "authors_search_refresh", why: "trigger function" },
  { kind: "trigger", table: "authors", name: "authors_search_update", why: "keeps search current" },
];

const adminUrl = inject("testAdminUrl");
const name = uniqueDatabaseName("mockloop_drift_fixture");
let actual: DatabaseShape;

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`).finally(() => admin.end());
  const client = new pg.Client({ connectionString: withDatabase(adminUrl, name) });
  await client.connect();
  try {
    await client.query(FIXTURE_SQL);
    actual = await actualSchemaFromDatabase(client);
  } finally {
    await client.end();
  }
});
afterAll(async () => {
  await dropDatabase(adminUrl, name);
});

describe("schema drift normalisation against real pg_catalog output", () => {
  it("finds no drift between the fixture schema and Prisma-style SQL for it", () => {
    expect(diffSchemas(expectedSchemaFromPrisma(FIXTURE_SCHEMA), actual, RAW)).toEqual([]);
  });

  it("reports each raw-SQL object that is not allow-listed", () => {
    const differences = diffSchemas(expectedSchemaFromPrisma(FIXTURE_SCHEMA), actual, []);
    expect(differences).toEqual([
      expect.stringMatching(/^index "authors_search_idx" on "authors" is in the database but not in schema.prisma/),
      expect.stringMatching(/^check constraint "authors_ratio_check" on "authors" \(CHECK \(\(ratio > .*allow-list it/),
      expect.stringMatching(/^trigger "authors_search_update" on "authors"/),
      expect.stringMatching(/^function "authors_search_refresh"/),
    ]);
  });

  it("sees a changed default, referential action and sort order", () => {
    const changed = FIXTURE_SCHEMA.replace("@default(1.50)", "@default(1.5001)")
      .replace("onDelete: Cascade", "onDelete: SetNull")
      .replace("email(sort: Desc)", "email");
    expect(diffSchemas(expectedSchemaFromPrisma(changed), actual, RAW)).toEqual([
      'column "authors"."score": default is 1.5 in the database, schema.prisma expects 1.5001',
      expect.stringMatching(
        /^index "authors_email_nick_name_idx" on "authors": database has btree \(email DESC, nick_name\), schema.prisma expects btree \(email, nick_name\)$/,
      ),
      expect.stringMatching(
        /^foreign key "post_editor_fk" on "Post": .* schema.prisma expects \(editorId\) → Editor\(id\) ON DELETE SET NULL ON UPDATE NO ACTION$/,
      ),
    ]);
  });
});
