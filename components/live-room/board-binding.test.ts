import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { shouldReplaceElement, visibleBoardElements, type BoardElement } from "@/lib/live-room/room-document";
import { BoardBinding, type BoardScene } from "./board-binding";

/** A scene that merges like Excalidraw's reconcileElements (no element is being edited). */
class FakeScene implements BoardScene {
  elements = new Map<string, BoardElement>();
  getSceneElementsIncludingDeleted() {
    return [...this.elements.values()];
  }
  applyRemote(remote: readonly BoardElement[]) {
    for (const r of remote) {
      const mine = this.elements.get(r.id);
      if (!mine || shouldReplaceElement(mine, r)) this.elements.set(r.id, r);
    }
  }
  draw(e: BoardElement) {
    this.elements.set(e.id, e);
  }
}

function link(a: Y.Doc, b: Y.Doc) {
  a.on("update", (u: Uint8Array, origin: unknown) => origin !== "wire" && Y.applyUpdate(b, u, "wire"));
  b.on("update", (u: Uint8Array, origin: unknown) => origin !== "wire" && Y.applyUpdate(a, u, "wire"));
}

function el(id: string, version: number, versionNonce: number, extra: Partial<BoardElement> = {}): BoardElement {
  return { id, version, versionNonce, type: "rectangle", ...extra };
}

function participant() {
  const doc = new Y.Doc();
  const scene = new FakeScene();
  const binding = new BoardBinding(doc, scene, () => false, 0);
  const draw = (e: BoardElement) => {
    scene.draw(e);
    binding.onSceneChange(scene.getSceneElementsIncludingDeleted());
  };
  return { doc, scene, binding, draw };
}

describe("BoardBinding", () => {
  it("shows one side's drawing on the other side", () => {
    const alice = participant();
    const bob = participant();
    link(alice.doc, bob.doc);
    alice.draw(el("box", 1, 10));
    alice.draw(el("arrow", 1, 11, { type: "arrow" }));
    expect([...bob.scene.elements.keys()].sort()).toEqual(["arrow", "box"]);
  });

  it("never syncs images or embeds", () => {
    const alice = participant();
    alice.draw(el("img", 1, 1, { type: "image", fileId: "f" }));
    alice.draw(el("web", 1, 1, { type: "embeddable" }));
    expect(visibleBoardElements(alice.doc)).toEqual([]);
  });

  it("converges when both change one element offline", () => {
    const alice = participant();
    const bob = participant();
    alice.draw(el("box", 1, 5));
    Y.applyUpdate(bob.doc, Y.encodeStateAsUpdate(alice.doc));
    alice.draw(el("box", 2, 70, { x: 1 }));
    bob.draw(el("box", 2, 30, { x: 2 }));
    link(alice.doc, bob.doc);
    Y.applyUpdate(bob.doc, Y.encodeStateAsUpdate(alice.doc), "wire");
    Y.applyUpdate(alice.doc, Y.encodeStateAsUpdate(bob.doc), "wire");
    for (const side of [alice, bob]) {
      expect(side.scene.elements.get("box")?.x).toBe(2);
      expect(visibleBoardElements(side.doc)[0]?.x).toBe(2);
    }
  });

  it("writes nothing while read-only", () => {
    const doc = new Y.Doc();
    const scene = new FakeScene();
    const binding = new BoardBinding(doc, scene, () => true, 0);
    scene.draw(el("box", 1, 1));
    binding.onSceneChange(scene.getSceneElementsIncludingDeleted());
    expect(visibleBoardElements(doc)).toEqual([]);
  });
});
