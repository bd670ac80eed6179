"use client";

import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from "@hocuspocus/provider";
import { useEffect, useState } from "react";
import * as Y from "yjs";
import { CLOSE, collabSocketUrl } from "@/lib/live-room/live-room";
import { roomDocumentName } from "@/lib/live-room/room-document";

export type SyncStatus = "connecting" | "connected" | "offline";

export interface LiveDocument {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  status: SyncStatus;
  /** True once the server's copy has arrived (the first sync after each connect). */
  synced: boolean;
  /** The server said this connection may only read. */
  serverReadOnly: boolean;
  /** The last sentence the server closed the socket with (size cap, rate cap, interview over…). */
  notice: string | null;
  unsynced: number;
}

const KNOWN_CLOSE_CODES = new Set<number>(Object.values(CLOSE).map((c) => c.code));

/**
 * One Yjs document per booking, synced with the sync server at the app's own
 * origin (`/collab/<bookingId>`). Edits made offline stay in the document and
 * the provider sends them when it reconnects (Yjs merges them).
 */
export function useLiveDocument(bookingId: string, user: { name: string; color: string }): LiveDocument | null {
  const [live, setLive] = useState<LiveDocument | null>(null);

  useEffect(() => {
    const doc = new Y.Doc();
    const patch = (next: Partial<LiveDocument>) => setLive((prev) => (prev ? { ...prev, ...next } : prev));
    // An interview is live: after a dropped connection the socket tries again every few seconds at most,
    // not backing off to the library's 30 s, so people are back together soon after their network is.
    const socket = new HocuspocusProviderWebsocket({
      url: collabSocketUrl(window.location, bookingId),
      maxDelay: 4_000,
    });
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: roomDocumentName(bookingId),
      document: doc,
      onStatus: ({ status }) =>
        patch({
          status:
            status === WebSocketStatus.Connected
              ? "connected"
              : status === WebSocketStatus.Connecting
                ? "connecting"
                : "offline",
        }),
      onSynced: ({ state }) => patch({ synced: state }),
      onAuthenticated: ({ scope }) => patch({ serverReadOnly: scope === "readonly" }),
      onAuthenticationFailed: ({ reason }) => patch({ notice: reason }),
      onClose: ({ event }) => {
        // Caps arrive as a document close (code 1000) with the server's sentence; access changes as 4001/4003.
        if (event.reason && (KNOWN_CLOSE_CODES.has(event.code) || event.code === 1000)) patch({ notice: event.reason });
        if (event.code === CLOSE.interviewOver.code) patch({ serverReadOnly: true });
        // Cancelled or moved: reconnecting would only be refused again.
        if (event.code === CLOSE.accessEnded.code) socket.disconnect();
      },
      onUnsyncedChanges: ({ number }) => patch({ unsynced: number }),
    });
    provider.attach(); // a socket passed in is not attached by the provider itself
    provider.awareness?.setLocalStateField("user", user);
    // The provider is the external system this effect creates; its handle is state so the room re-renders with it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setLive({ doc, provider, status: "connecting", synced: false, serverReadOnly: false, notice: null, unsynced: 0 });
    return () => {
      provider.destroy();
      socket.destroy();
      doc.destroy();
      setLive(null);
    };
    // The user's name and colour are set once per connection; a rename mid-interview can wait for a reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bookingId]);

  return live;
}
