import pg from "pg";
import { logger } from "../logger";

export const BOOKING_CHANGED_CHANNEL = "live_room_booking_changed";

/**
 * Calls `onChange(bookingId)` whenever a booking's status or times change, from any
 * code path and any app instance: a trigger on `bookings` NOTIFYs (migration
 * 20261205140000). Reconnects after a lost connection; a change made while it was
 * away is caught by each connection's own timer and by the next connect.
 */
export async function listenForBookingChanges(
  databaseUrl: string,
  onChange: (bookingId: string) => void,
): Promise<{ stop(): Promise<void> }> {
  const log = logger.child({ part: "collab" });
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: databaseUrl });
    c.on("notification", (message) => {
      if (message.channel === BOOKING_CHANGED_CHANNEL && message.payload) onChange(message.payload);
    });
    c.on("error", (error) => {
      log.warn({ err: error }, "booking-change listener lost its connection; reconnecting");
      void c.end().catch(() => undefined);
      if (!stopped) retry = setTimeout(() => void connect().catch(() => undefined), 1_000);
    });
    await c.connect();
    await c.query(`LISTEN ${BOOKING_CHANGED_CHANNEL}`);
    client = c;
  };
  await connect();

  return {
    async stop() {
      stopped = true;
      clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
  };
}
