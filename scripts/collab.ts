/**
 * The live room's sync server (Hocuspocus): `tsx scripts/collab.ts`, with DATABASE_URL
 * and COLLAB_PORT (and REDIS_URL to share documents with other sync servers).
 * Browsers never reach it directly: each app process passes WebSocket upgrades on
 * `/collab` to it (scripts/collab-proxy.mts). `npm start`, the e2e server and
 * docker-compose run it beside the app. Decision 0022.
 */
import { env } from "../lib/env";
import { logger } from "../lib/logger";
import { listenForBookingChanges } from "../lib/live-room/booking-changes";
import { startCollabServer } from "../lib/live-room/collab-server";

async function main(): Promise<void> {
  const config = env(); // a bad environment stops here, naming the variable
  const port = config.COLLAB_PORT ?? config.PORT + 1000;
  const collab = await startCollabServer({
    port,
    // Loopback unless the app reaches it over a network (docker-compose's `collab` service).
    host: ["127.0.0.1", "localhost"].includes(config.COLLAB_HOST) ? "127.0.0.1" : "0.0.0.0",
    redisUrl: config.REDIS_URL,
  });
  const changes = await listenForBookingChanges(config.DATABASE_URL, (bookingId) => {
    collab
      .recheckBooking(bookingId)
      .catch((error: unknown) => logger.error({ err: error, bookingId }, "recheck failed"));
  });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // Whatever waits (a store on a slow database), a stop must end: a deploy must not hang on it.
    setTimeout(() => process.exit(0), 10_000).unref();
    await collab.stop(); // stores every open document first
    await changes.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  // Tells npm start's supervisor (lib/platform/supervise.mts) that this start worked.
  process.send?.("ready");
}

main().catch((error: unknown) => {
  console.error(`[collab] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
