"use client";

import type { PanelId } from "@/lib/live-room/room-document";
import { userColor } from "./palette";
import { Presence } from "./presence";
import { useLiveDocument } from "./use-live-document";
import { Workspace } from "./workspace";

export interface LiveRoomProps {
  bookingId: string;
  panels: readonly PanelId[];
  me: { id: string; name: string };
  /** The room's clock says the interview is over (its end plus the grace): show, don't edit. */
  readOnly: boolean;
}

/** The shared workspace, live: loaded only on the room page (see live-room-loader.tsx). */
export default function LiveRoom({ bookingId, panels, me, readOnly: overByClock }: LiveRoomProps) {
  const live = useLiveDocument(bookingId, { name: me.name, color: userColor(me.id) });
  if (!live) return <p className="text-sm text-slate-600">Connecting to the shared workspace…</p>;
  const readOnly = overByClock || live.serverReadOnly;
  return (
    <div className="space-y-3" data-testid="live-room" data-synced={live.synced ? "true" : "false"}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        {live.provider.awareness ? <Presence awareness={live.provider.awareness} /> : <span />}
        <SyncStatusLine status={live.status} unsynced={live.unsynced} readOnly={readOnly} />
      </div>
      {live.notice ? (
        <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-950 ring-1 ring-amber-300">
          {live.notice}
        </p>
      ) : null}
      <Workspace
        doc={live.doc}
        panels={panels}
        readOnly={readOnly}
        awareness={live.provider.awareness}
        fileName={`mockloop-board-${bookingId}`}
        markdownHref={`/api/v1/interviews/${bookingId}/workspace.md`}
      />
    </div>
  );
}

function SyncStatusLine({ status, unsynced, readOnly }: { status: string; unsynced: number; readOnly: boolean }) {
  const text = readOnly
    ? "The interview is over: the workspace is read-only."
    : status === "connected"
      ? unsynced > 0
        ? "Saving…"
        : "All changes saved and shared."
      : status === "connecting"
        ? "Connecting… your edits are kept and sent when the connection is back."
        : "Offline: keep working, your edits are kept and merged when the connection is back.";
  return (
    <p role="status" className="text-sm text-slate-700" data-testid="sync-status" data-status={status}>
      {text}
    </p>
  );
}
