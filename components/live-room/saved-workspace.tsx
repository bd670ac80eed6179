"use client";

import { useQuery } from "@tanstack/react-query";
import * as Y from "yjs";
import type { PanelId } from "@/lib/live-room/room-document";
import { Workspace } from "./workspace";

/** The stored document after the interview: bytes of one Yjs update (or JSON carrying it in base64). */
async function fetchSavedDocument(bookingId: string): Promise<Y.Doc | null> {
  const response = await fetch(`/api/v1/interviews/${bookingId}/board?format=yjs`);
  if (response.status === 404 || response.status === 204) return null;
  if (!response.ok) throw new Error(`The saved workspace could not be loaded (${response.status}).`);
  let bytes: Uint8Array;
  if ((response.headers.get("content-type") ?? "").includes("json")) {
    const body = (await response.json()) as { update?: string; state?: string };
    const base64 = body.update ?? body.state;
    if (!base64) return null;
    bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  } else {
    bytes = new Uint8Array(await response.arrayBuffer());
  }
  if (bytes.byteLength === 0) return null;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, bytes);
  return doc;
}

/** Read-only board and panels kept with a finished interview, for its two participants. */
export default function SavedWorkspace({ bookingId, panels }: { bookingId: string; panels: readonly PanelId[] }) {
  const {
    data: doc,
    isPending,
    isError,
  } = useQuery({
    queryKey: ["live-room", bookingId, "saved"],
    queryFn: () => fetchSavedDocument(bookingId),
    staleTime: 60_000,
  });
  if (isPending) return <p className="text-sm text-slate-600">Loading the shared workspace…</p>;
  if (isError) return <p className="text-sm text-red-800">The shared workspace could not be loaded.</p>;
  if (!doc) return <p className="text-sm text-slate-600">Nothing was drawn or written in the shared workspace.</p>;
  return (
    <div data-testid="saved-workspace">
      <Workspace
        doc={doc}
        panels={panels}
        readOnly
        fileName={`mockloop-board-${bookingId}`}
        markdownHref={`/api/v1/interviews/${bookingId}/workspace.md`}
      />
    </div>
  );
}
