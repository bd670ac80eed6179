import type * as Y from "yjs";
import {
  applyBoardElements,
  boardElements,
  getBoard,
  shouldReplaceElement,
  type BoardElement,
} from "@/lib/live-room/room-document";

/** Element types that would carry files or third-party pages into the board: never synced. */
const BLOCKED_TYPES = new Set(["image", "embeddable", "iframe"]);

export function isSyncable(element: object): boolean {
  return !BLOCKED_TYPES.has(String((element as { type?: unknown }).type));
}

/** The part of Excalidraw's API the binding needs (kept narrow so it can be tested without a canvas). */
export interface BoardScene<E extends BoardElement = BoardElement> {
  getSceneElementsIncludingDeleted(): readonly E[];
  /** Merges the document's elements into the scene and applies them without an undo step. */
  applyRemote(remote: readonly BoardElement[]): void;
}

const LOCAL = Symbol("local-board-edit");

/**
 * Binds an Excalidraw scene to the document's `board` map, element by element
 * (y-excalidraw targets Excalidraw 0.17; this is the same idea for 0.18):
 * local changes write the elements whose version moved; remote changes are
 * reconciled into the scene with Excalidraw's own rule. When a local element
 * beats what arrived (same version, lower nonce), it is written back so both
 * sides end on the same element.
 */
export class BoardBinding {
  private lastHash = -1;
  private readonly board;
  private readonly observer: (event: Y.YMapEvent<BoardElement>, tx: Y.Transaction) => void;
  private applyingRemote = false;
  private pending: readonly BoardElement[] | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  /**
   * `flushMs` coalesces a drag's many onChange calls into ~20 updates a second,
   * well under the server's per-document rate cap; 0 writes at once (tests).
   */
  constructor(
    private readonly doc: Y.Doc,
    private readonly scene: BoardScene,
    private readonly readOnly: () => boolean,
    private readonly flushMs = 50,
  ) {
    this.board = getBoard(doc);
    this.observer = (event, tx) => {
      if (tx.origin === LOCAL) return;
      this.pullRemote(Array.from(event.keysChanged as Set<string>));
    };
    this.board.observe(this.observer);
  }

  /** Everything in the document into the scene (once Excalidraw has loaded: its start would reset an earlier scene). */
  pullAll(): void {
    this.pullRemote(boardElements(this.doc).map((e) => e.id));
  }

  /** Excalidraw's onChange: called on every pointer move, so it returns early when no version moved. */
  onSceneChange(elements: readonly BoardElement[]): void {
    if (this.applyingRemote || this.readOnly()) return;
    if (this.flushMs === 0) return this.writeLocal(elements);
    this.pending = elements;
    this.timer ??= setTimeout(() => this.flush(), this.flushMs);
  }

  /** Writes what is waiting now (before a reload or unmount). */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const elements = this.pending;
    this.pending = null;
    if (elements && !this.readOnly()) this.writeLocal(elements);
  }

  private writeLocal(elements: readonly BoardElement[]): void {
    const hash = versionHash(elements);
    if (hash === this.lastHash) return;
    this.lastHash = hash;
    const changed = elements.filter((e) => isSyncable(e) && shouldReplaceElement(this.board.get(e.id), e));
    if (changed.length > 0) applyBoardElements(this.doc, changed.map(plain), LOCAL);
  }

  private pullRemote(keys: string[]): void {
    const remote: BoardElement[] = [];
    for (const key of keys) {
      const value = this.board.get(key);
      if (value && isSyncable(value)) remote.push(value);
    }
    if (remote.length === 0) return;
    this.applyingRemote = true;
    try {
      this.scene.applyRemote(remote);
    } finally {
      this.applyingRemote = false;
    }
    // Elements where the local copy wins the rule go back into the document.
    if (this.readOnly()) return;
    const local = new Map(this.scene.getSceneElementsIncludingDeleted().map((e) => [e.id, e]));
    const winners = remote.flatMap((r) => {
      const mine = local.get(r.id);
      return mine && isSyncable(mine) && shouldReplaceElement(r, mine) ? [plain(mine)] : [];
    });
    if (winners.length > 0) applyBoardElements(this.doc, winners, LOCAL);
  }

  destroy(): void {
    this.flush();
    this.board.unobserve(this.observer);
  }
}

/** Excalidraw's elements are frozen class-free objects; a JSON copy drops anything Yjs cannot encode. */
function plain(element: BoardElement): BoardElement {
  return JSON.parse(JSON.stringify(element)) as BoardElement;
}

/** Cheap fingerprint of the scene's versions (as Excalidraw's hashElementsVersion). */
export function versionHash(elements: readonly BoardElement[]): number {
  let hash = 5381;
  for (const e of elements) {
    hash = ((hash << 5) + hash + e.versionNonce) | 0;
    hash = ((hash << 5) + hash + e.version) | 0;
  }
  return hash >>> 0;
}
