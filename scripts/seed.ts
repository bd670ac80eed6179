// `npm run seed`: (re)applies the demo data to DATABASE_URL.
import { createPrismaClient } from "../lib/db";
import { seed } from "../prisma/seed";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is required but not set.");
  process.exit(1);
}
const db = createPrismaClient(url, 2);
seed(db)
  .then(() => console.log("seeded"))
  .finally(() => db.$disconnect())
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
