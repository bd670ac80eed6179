// `npm run migrate`: applies prisma/migrations to DATABASE_URL (the Dockerfile runs this too).
import { applyMigrations } from "../lib/platform/apply-migrations";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is required but not set.");
  process.exit(1);
}
applyMigrations(url, { log: (line) => console.log(line) })
  .then((r) => console.log(`migrations: ${r.applied.length} applied, ${r.alreadyApplied.length} already applied`))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
