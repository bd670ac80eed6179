-- The live room's shared document (whiteboard and workspace panels), one row per booking:
-- the Yjs state as one merged update, loaded when the sync server opens the document and
-- written back (debounced) while people edit (docs/decisions/0022-live-room-sync.md).
CREATE TABLE "live_room_documents" (
    "booking_id" TEXT NOT NULL,
    "state" BYTEA NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "has_board" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "live_room_documents_pkey" PRIMARY KEY ("booking_id")
);

ALTER TABLE "live_room_documents" ADD CONSTRAINT "live_room_documents_booking_id_fkey"
    FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A cancelled or moved booking must close its room at once, whichever code path changed it
-- (cancel, reschedule, admin, no-show): the sync servers LISTEN on this channel and check
-- the booking's open connections again. A trigger catches every path without touching them.
CREATE FUNCTION "live_room_booking_changed"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('live_room_booking_changed', NEW.id);
    RETURN NULL;
END $$;

CREATE TRIGGER "bookings_live_room_notify"
    AFTER UPDATE OF "status", "starts_at", "ends_at" ON "bookings"
    FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.starts_at IS DISTINCT FROM NEW.starts_at
          OR OLD.ends_at IS DISTINCT FROM NEW.ends_at)
    EXECUTE FUNCTION "live_room_booking_changed"();
