import * as Y from "yjs";
import { db } from "../db";
import { hasBoardContent } from "./room-document";

/**
 * Only the sync server calls these: it has already decided who may see the document.
 * Reads for people go through get-live-room-snapshot.ts, which scopes by participant.
 */
export async function unsafeLoadLiveRoomState(bookingId: string): Promise<Uint8Array | null> {
  const row = await db().liveRoomDocument.findUnique({ where: { bookingId }, select: { state: true } });
  return row ? new Uint8Array(row.state) : null;
}

/**
 * Writes a document's state, merged with what is stored: with several sync servers
 * (Redis) each holds the whole document, but one that missed an update must not
 * overwrite another's newer write. The row lock makes concurrent stores take turns.
 */
export async function unsafeStoreLiveRoomState(bookingId: string, state: Uint8Array): Promise<{ sizeBytes: number }> {
  return db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ state: Uint8Array }[]>`
      SELECT state FROM live_room_documents WHERE booking_id = ${bookingId} FOR UPDATE`;
    const stored = rows[0]?.state;
    const merged = stored ? Y.mergeUpdates([new Uint8Array(stored), state]) : state;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, merged);
    // Re-encoding drops what mergeUpdates keeps twice, so the stored size is the document's.
    const compact = Y.encodeStateAsUpdate(doc);
    const hasBoard = hasBoardContent(doc);
    doc.destroy();
    const bytes = Buffer.from(compact);
    await tx.liveRoomDocument.upsert({
      where: { bookingId },
      create: { bookingId, state: bytes, sizeBytes: bytes.byteLength, hasBoard },
      update: { state: bytes, sizeBytes: bytes.byteLength, hasBoard },
    });
    return { sizeBytes: bytes.byteLength };
  });
}
