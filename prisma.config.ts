import { defineConfig } from "prisma/config";

// `env()` from prisma/config throws when DATABASE_URL is unset, which would
// break `prisma generate` during `npm install`; a plain default keeps it working.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "node --import tsx scripts/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/mockloop" },
});
