"use client";

import dynamic from "next/dynamic";

declare global {
  interface Window {
    EXCALIDRAW_ASSET_PATH?: string | string[];
  }
}

/** Excalidraw fetches its fonts from here (public/excalidraw/), never from a CDN: the CSP allows only 'self'. */
function useOwnAssets() {
  window.EXCALIDRAW_ASSET_PATH = "/excalidraw/";
}

const loading = () => <p className="text-sm text-slate-600">Loading the shared workspace…</p>;

/**
 * Excalidraw (~1 MB) and the sync client load only where they are used, after
 * the page: no other route's first-load JavaScript grows.
 */
export const LiveRoomLoader = dynamic(
  async () => {
    useOwnAssets();
    return import("./live-room");
  },
  { ssr: false, loading },
);

export const SavedWorkspaceLoader = dynamic(
  async () => {
    useOwnAssets();
    return import("./saved-workspace");
  },
  { ssr: false, loading },
);
