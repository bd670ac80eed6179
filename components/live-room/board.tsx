"use client";

import "@excalidraw/excalidraw/index.css";
import {
  CaptureUpdateAction,
  convertToExcalidrawElements,
  Excalidraw,
  exportToBlob as untypedExportToBlob,
  exportToSvg as untypedExportToSvg,
  reconcileElements,
  restoreElements,
} from "@excalidraw/excalidraw";
import type { RemoteExcalidrawElement } from "@excalidraw/excalidraw/data/reconcile";
import type { ExcalidrawElement } from "@excalidraw/excalidraw/element/types";
import type { Collaborator, ExcalidrawImperativeAPI, SocketId } from "@excalidraw/excalidraw/types";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Awareness } from "y-protocols/awareness";
import type * as Y from "yjs";
import { Button } from "@/components/ui/button";
import { visibleBoardElements, type BoardElement } from "@/lib/live-room/room-document";
import { BoardBinding, isSyncable } from "./board-binding";
import { PALETTE, paletteSkeleton, type PaletteItem } from "./palette";

interface Props {
  doc: Y.Doc;
  readOnly: boolean;
  awareness?: Awareness | null;
  /** Names the downloaded files. */
  fileName: string;
}

type AwarenessState = {
  user?: { name?: string; color?: string };
  pointer?: { x: number; y: number };
  button?: "up" | "down";
};

// Their declarations come from a package (@excalidraw/utils) that 0.18.1 does not ship types for.
type ExportOptions = { elements: readonly ExcalidrawElement[]; appState: object; files: null; mimeType?: string };
const exportToSvg = untypedExportToSvg as unknown as (opts: ExportOptions) => Promise<SVGSVGElement>;
const exportToBlob = untypedExportToBlob as unknown as (opts: ExportOptions) => Promise<Blob>;

const asElements = (elements: readonly BoardElement[]) => elements as unknown as ExcalidrawElement[];
const asBoard = (elements: readonly ExcalidrawElement[]) => elements as unknown as BoardElement[];

/**
 * The shared whiteboard: Excalidraw bound to the document's `board` map, the
 * other participant's cursor and name from Yjs awareness, a palette of system
 * shapes, and SVG/PNG downloads. Images and embeds are off.
 */
export default function Board({ doc, readOnly, awareness, fileName }: Props) {
  const [api, setApi] = useState<ExcalidrawImperativeAPI | null>(null);
  const bindingRef = useRef<BoardBinding | null>(null);
  // Excalidraw calls onChange only once it has loaded; its loading resets the scene, so the document's
  // elements go in at the first call (or when the binding starts, if that comes later).
  const loadedRef = useRef(false);
  const readOnlyRef = useRef(readOnly);
  const [stats, setStats] = useState(() => describe(asElements(visibleBoardElements(doc))));

  useEffect(() => {
    readOnlyRef.current = readOnly;
  }, [readOnly]);

  useEffect(() => {
    if (!api) return;
    const binding = new BoardBinding(
      doc,
      {
        getSceneElementsIncludingDeleted: () => asBoard(api.getSceneElementsIncludingDeleted()),
        applyRemote: (remote) => {
          const restored = restoreElements(asElements(remote), null) as unknown as RemoteExcalidrawElement[];
          const merged = reconcileElements(api.getSceneElementsIncludingDeleted(), restored, api.getAppState());
          api.updateScene({ elements: merged, captureUpdate: CaptureUpdateAction.NEVER });
        },
      },
      () => readOnlyRef.current,
    );
    bindingRef.current = binding;
    if (loadedRef.current) binding.pullAll();
    const flush = () => binding.flush();
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      binding.destroy();
      bindingRef.current = null;
    };
  }, [api, doc]);

  useEffect(() => {
    if (!api || !awareness) return;
    const show = () => {
      const collaborators = new Map<SocketId, Collaborator>();
      for (const [clientId, raw] of awareness.getStates()) {
        if (clientId === awareness.clientID) continue;
        const state = raw as AwarenessState;
        const color = state.user?.color ?? "#1971c2";
        collaborators.set(String(clientId) as SocketId, {
          username: state.user?.name ?? "Participant",
          color: { background: color, stroke: color },
          pointer: state.pointer ? { ...state.pointer, tool: "pointer" } : undefined,
          button: state.button,
        });
      }
      api.updateScene({ collaborators });
    };
    show();
    // Our own cursor moves are not drawn by us: redraw only for the other participant's changes.
    const onChange = (_: unknown, origin: unknown) => {
      if (origin !== "local") show();
    };
    awareness.on("change", onChange);
    return () => awareness.off("change", onChange);
  }, [api, awareness]);

  const lastPointer = useRef(0);
  const onPointerUpdate = useCallback(
    ({ pointer, button }: { pointer: { x: number; y: number }; button: "up" | "down" }) => {
      if (!awareness) return;
      const now = performance.now();
      // About 20 cursor updates a second are smooth enough and keep awareness traffic small.
      if (now - lastPointer.current < 50 && button === "up") return;
      lastPointer.current = now;
      awareness.setLocalStateField("pointer", { x: Math.round(pointer.x), y: Math.round(pointer.y) });
      awareness.setLocalStateField("button", button);
    },
    [awareness],
  );

  const onChange = useCallback((elements: readonly ExcalidrawElement[]) => {
    if (!loadedRef.current) {
      loadedRef.current = true;
      bindingRef.current?.pullAll();
    }
    bindingRef.current?.onSceneChange(asBoard(elements));
    const next = describe(elements);
    setStats((prev) => (prev.count === next.count && prev.types === next.types ? prev : next));
  }, []);

  // Files pasted onto the board are refused: images are off (and never synced, see isSyncable).
  const onPaste = useCallback((data: { files?: object }) => !data.files || Object.keys(data.files).length === 0, []);

  const insert = (item: PaletteItem) => {
    if (!api) return;
    const { scrollX, scrollY, width, height, zoom } = api.getAppState();
    const placed = api.getSceneElements().length;
    const x = -scrollX + width / 2 / zoom.value + (placed % 5) * 24;
    const y = -scrollY + height / 2 / zoom.value + (placed % 5) * 24;
    const added = convertToExcalidrawElements([paletteSkeleton(item, x, y)], { regenerateIds: true });
    api.updateScene({
      elements: [...api.getSceneElementsIncludingDeleted(), ...added],
      captureUpdate: CaptureUpdateAction.IMMEDIATELY,
    });
  };

  const download = async (kind: "svg" | "png") => {
    const elements = api ? api.getSceneElements() : asElements(visibleBoardElements(doc)).filter(isSyncable);
    const appState = { exportBackground: true, viewBackgroundColor: "#ffffff" };
    const blob =
      kind === "svg"
        ? new Blob([(await exportToSvg({ elements, appState, files: null })).outerHTML], { type: "image/svg+xml" })
        : await exportToBlob({ elements, appState, files: null, mimeType: "image/png" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = `${fileName}.${kind}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const boardBox = useLabelledMenus();

  const uiOptions = useMemo(
    () => ({
      tools: { image: false },
      canvasActions: { loadScene: false, saveToActiveFile: false, export: false as const, toggleTheme: null },
    }),
    [],
  );

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        {readOnly ? null : (
          <div role="group" aria-label="Add a shape" className="flex flex-wrap gap-1">
            {PALETTE.map((item) => (
              <Button
                key={item.key}
                type="button"
                variant="secondary"
                className="min-h-9 px-3 py-1"
                onClick={() => insert(item)}
              >
                {item.label}
              </Button>
            ))}
          </div>
        )}
        <div className="ml-auto flex gap-1">
          <Button type="button" variant="secondary" className="min-h-9 px-3 py-1" onClick={() => void download("svg")}>
            Download SVG
          </Button>
          <Button type="button" variant="secondary" className="min-h-9 px-3 py-1" onClick={() => void download("png")}>
            Download PNG
          </Button>
        </div>
      </div>
      <div
        ref={boardBox}
        className="h-[560px] overflow-hidden rounded-lg ring-1 ring-slate-300"
        data-testid="live-board"
        data-element-count={stats.count}
        data-element-types={stats.types}
        data-read-only={readOnly ? "true" : "false"}
      >
        <Excalidraw
          excalidrawAPI={setApi}
          onChange={onChange}
          onPointerUpdate={readOnly ? undefined : onPointerUpdate}
          onPaste={onPaste}
          isCollaborating={!readOnly}
          viewModeEnabled={readOnly}
          UIOptions={uiOptions}
          name={fileName}
        />
      </div>
    </div>
  );
}

/**
 * Excalidraw 0.18 draws its main-menu and library-menu buttons as icons with no accessible name, so a
 * screen reader says only "button" (axe: button-name). Names them as they appear, and again if Excalidraw
 * redraws them (view mode, a narrow screen).
 */
function useLabelledMenus() {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = box.current;
    if (!root) return;
    const label = () => {
      for (const button of root.querySelectorAll<HTMLButtonElement>(
        ".dropdown-menu-button:not([aria-label]):not([title])",
      )) {
        button.setAttribute(
          "aria-label",
          button.classList.contains("main-menu-trigger") ? "Board menu" : "More options",
        );
      }
    };
    label();
    const observer = new MutationObserver(label);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return box;
}

/** What the test hook and the screen-reader summary report: how many elements, of which types. */
function describe(elements: readonly ExcalidrawElement[]) {
  const visible = elements.filter((e) => !e.isDeleted);
  return { count: visible.length, types: [...new Set(visible.map((e) => e.type))].sort().join(" ") };
}
