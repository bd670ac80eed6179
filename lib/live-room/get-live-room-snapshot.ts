import * as Y from "yjs";
import type { Caller } from "../auth/sessions";
import { db } from "../db";
import { AppError } from "../errors";
import { defaultPanels, normalizePanels, type PanelId } from "./panels";
import {
  getRequirements,
  panelsToMarkdown,
  tableRows,
  visibleBoardElements,
  type BoardElement,
  type TableRow,
} from "./room-document";

/** The board and workspace of an interview as stored, for reading after (or during) it. */
export interface LiveRoomSnapshot {
  bookingId: string;
  /** The panels the interview type shows, in order. */
  panels: PanelId[];
  /** When the sync server last stored the document; null when nobody opened the room. */
  updatedAt: string | null;
  hasBoard: boolean;
  /** Excalidraw elements, deleted ones left out: render with Excalidraw's exportToSvg or a read-only view. */
  elements: BoardElement[];
  requirements: string;
  risks: TableRow<"risks">[];
  milestones: TableRow<"milestones">[];
  stakeholders: TableRow<"stakeholders">[];
}

/**
 * The stored document of one of the caller's own interviews. Only its two participants:
 * the `where` proves the caller is one, and anyone else (an admin too) gets the same 404
 * as for a booking that does not exist.
 */
async function loadOwn(caller: Caller, bookingId: string) {
  const booking = await db().booking.findFirst({
    where: { id: bookingId, participants: { some: { userId: caller.id } } },
    select: {
      id: true,
      startsAt: true,
      interviewType: { select: { slug: true, name: true, livePanels: true } },
      liveRoomDocument: { select: { state: true, updatedAt: true, hasBoard: true } },
    },
  });
  if (!booking) throw new AppError("NOT_FOUND", "No such interview.");
  const chosen = normalizePanels(booking.interviewType.livePanels);
  const panels = chosen.length > 0 ? chosen : defaultPanels(booking.interviewType.slug);
  const doc = new Y.Doc();
  if (booking.liveRoomDocument) Y.applyUpdate(doc, new Uint8Array(booking.liveRoomDocument.state));
  return { booking, panels, doc };
}

export async function getLiveRoomSnapshot(caller: Caller, bookingId: string): Promise<LiveRoomSnapshot> {
  const { booking, panels, doc } = await loadOwn(caller, bookingId);
  try {
    return {
      bookingId: booking.id,
      panels,
      updatedAt: booking.liveRoomDocument?.updatedAt.toISOString() ?? null,
      hasBoard: booking.liveRoomDocument?.hasBoard ?? false,
      elements: visibleBoardElements(doc),
      requirements: getRequirements(doc).toJSON(),
      risks: tableRows(doc, "risks"),
      milestones: tableRows(doc, "milestones"),
      stakeholders: tableRows(doc, "stakeholders"),
    };
  } finally {
    doc.destroy();
  }
}

/** The stored Yjs state itself (one update), for a client that opens it in a Y.Doc. */
export async function getLiveRoomState(caller: Caller, bookingId: string): Promise<Uint8Array> {
  const { doc } = await loadOwn(caller, bookingId);
  try {
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/** The workspace panels the type shows, as Markdown, with a file name for the download. */
export async function getWorkspaceMarkdown(
  caller: Caller,
  bookingId: string,
): Promise<{ filename: string; markdown: string }> {
  const { booking, panels, doc } = await loadOwn(caller, bookingId);
  try {
    const day = booking.startsAt.toISOString().slice(0, 10);
    const title = `${booking.interviewType.name} — ${day}`;
    return {
      filename: `mockloop-workspace-${day}-${booking.id}.md`,
      markdown: panelsToMarkdown(doc, { title, panels }),
    };
  } finally {
    doc.destroy();
  }
}
