/**
 * A program that owns an embedded PostgreSQL the way `npm start` does, for
 * lib/platform/embedded-postgres.int.test.ts. Arguments: <dataDir> <port> <mode>.
 * - "sigint": runs until SIGINT, then keeps using the database for a moment (as npm start's
 *   app and worker do while they stop), stops the server and prints "stopped in order".
 * - "exit": exits without stopping the server, as a crash or an error path would.
 */
import pg from "pg";
import { createEmbeddedServer } from "../../lib/platform/embedded-postgres";

const [dataDir = "", port = "", mode = ""] = process.argv.slice(2);

async function main(): Promise<void> {
  const server = await createEmbeddedServer({
    dataDir,
    port: Number(port),
    callerHandlesSignals: mode === "sigint",
    durable: false,
  });

  if (mode === "sigint") {
    // Once only: tsx may pass the signal on a second time when the process is slow to answer.
    let stopping = false;
    process.on("SIGINT", () => {
      if (stopping) return;
      stopping = true;
      void (async () => {
        // The app and worker take a while to stop; the database must outlive them.
        await new Promise((resolve) => setTimeout(resolve, 300));
        const client = new pg.Client({ connectionString: server.url() });
        await client.connect();
        await client.query("SELECT 1");
        await client.end();
        await server.stop();
        console.log("stopped in order");
        process.exit(0);
      })().catch((error: unknown) => {
        console.log(`failed: ${String(error)}`);
        process.exit(1);
      });
    });
  }

  await server.start();
  console.log("started");
  if (mode === "exit") process.exit(1);
}

void main();
