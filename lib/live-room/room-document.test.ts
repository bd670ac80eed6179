import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  addRow,
  applyBoardElements,
  bookingIdFromDocumentName,
  boardElements,
  defaultPanels,
  hasBoardContent,
  normalizePanels,
  panelsToMarkdown,
  removeRow,
  roomDocumentName,
  shouldReplaceElement,
  tableRows,
  updateCell,
  visibleBoardElements,
  getRequirements,
  type BoardElement,
} from "./room-document";

function element(id: string, version: number, versionNonce: number, extra: Partial<BoardElement> = {}): BoardElement {
  return { id, version, versionNonce, type: "rectangle", x: 0, y: 0, ...extra };
}

/** Exchanges the two documents' updates both ways, as the sync server does. */
function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe("document names", () => {
  it("round-trips a booking id and refuses other names", () => {
    expect(bookingIdFromDocumentName(roomDocumentName("cm1abc_X-9"))).toBe("cm1abc_X-9");
    expect(bookingIdFromDocumentName("other:cm1abc")).toBeNull();
    expect(bookingIdFromDocumentName("booking:")).toBeNull();
    expect(bookingIdFromDocumentName("booking:../x")).toBeNull();
  });
});

describe("the board merge rule", () => {
  it("keeps the higher version, and on a tie the lower versionNonce", () => {
    expect(shouldReplaceElement(undefined, element("a", 1, 5))).toBe(true);
    expect(shouldReplaceElement(element("a", 2, 5), element("a", 3, 9))).toBe(true);
    expect(shouldReplaceElement(element("a", 3, 5), element("a", 2, 1))).toBe(false);
    expect(shouldReplaceElement(element("a", 3, 5), element("a", 3, 4))).toBe(true);
    expect(shouldReplaceElement(element("a", 3, 5), element("a", 3, 6))).toBe(false);
    expect(shouldReplaceElement(element("a", 3, 5), element("a", 3, 5))).toBe(false);
  });

  it("writes only new or newer elements, and ignores values that are not elements", () => {
    const doc = new Y.Doc();
    expect(applyBoardElements(doc, [element("a", 1, 1), element("b", 1, 1)])).toBe(2);
    expect(applyBoardElements(doc, [element("a", 1, 1), element("b", 2, 1, { x: 10 })])).toBe(1);
    expect(applyBoardElements(doc, [{ id: "c" } as unknown as BoardElement])).toBe(0);
    expect(boardElements(doc).map((e) => [e.id, e.version, e.x])).toEqual([
      ["a", 1, 0],
      ["b", 2, 10],
    ]);
  });

  it("lets two people draw different elements at once and both survive", () => {
    const alice = new Y.Doc();
    const bob = new Y.Doc();
    applyBoardElements(alice, [element("box", 1, 1)]);
    applyBoardElements(bob, [element("arrow", 1, 1, { type: "arrow" })]);
    sync(alice, bob);
    expect(
      visibleBoardElements(alice)
        .map((e) => e.id)
        .sort(),
    ).toEqual(["arrow", "box"]);
    expect(
      visibleBoardElements(bob)
        .map((e) => e.id)
        .sort(),
    ).toEqual(["arrow", "box"]);
  });

  it("converges on the same element when both edit it offline, by Excalidraw's rule", () => {
    const alice = new Y.Doc();
    const bob = new Y.Doc();
    applyBoardElements(alice, [element("box", 1, 1)]);
    sync(alice, bob);
    applyBoardElements(alice, [element("box", 2, 70, { x: 1 })]);
    applyBoardElements(bob, [element("box", 2, 30, { x: 2 })]);
    sync(alice, bob);
    // Yjs settles the map key by client id; each side then re-applies what it had if it wins the rule.
    for (const [doc, mine] of [
      [alice, element("box", 2, 70, { x: 1 })],
      [bob, element("box", 2, 30, { x: 2 })],
    ] as const) {
      applyBoardElements(doc, [mine]);
    }
    sync(alice, bob);
    expect(getBoardX(alice)).toBe(2);
    expect(getBoardX(bob)).toBe(2);
  });

  it("keeps a deletion as a tombstone and orders by fractional index", () => {
    const doc = new Y.Doc();
    applyBoardElements(doc, [element("z", 1, 1, { index: "a2" }), element("y", 1, 1, { index: "a1" })]);
    expect(hasBoardContent(doc)).toBe(true);
    expect(boardElements(doc).map((e) => e.id)).toEqual(["y", "z"]);
    applyBoardElements(doc, [
      element("z", 2, 1, { index: "a2", isDeleted: true }),
      element("y", 2, 1, { index: "a1", isDeleted: true }),
    ]);
    expect(boardElements(doc)).toHaveLength(2);
    expect(visibleBoardElements(doc)).toHaveLength(0);
    expect(hasBoardContent(doc)).toBe(false);
  });
});

function getBoardX(doc: Y.Doc) {
  return boardElements(doc)[0]?.x;
}

describe("the tables", () => {
  it("keeps both rows when two people add a risk at the same moment", () => {
    const alice = new Y.Doc();
    const bob = new Y.Doc();
    addRow(alice, "risks", { risk: "Vendor late" });
    addRow(bob, "risks", { risk: "Key person leaves" });
    sync(alice, bob);
    expect(
      tableRows(alice, "risks")
        .map((r) => r.risk)
        .sort(),
    ).toEqual(["Key person leaves", "Vendor late"]);
    expect(tableRows(bob, "risks")).toEqual(tableRows(alice, "risks"));
  });

  it("updates and removes a row by id, and reads missing cells as empty", () => {
    const doc = new Y.Doc();
    const id = addRow(doc, "milestones", { milestone: "Beta" }, "m1");
    expect(updateCell(doc, "milestones", id, "status", "On track")).toBe(true);
    expect(updateCell(doc, "milestones", "nope", "status", "Done")).toBe(false);
    expect(tableRows(doc, "milestones")).toEqual([
      { id: "m1", milestone: "Beta", date: "", dependsOn: "", owner: "", status: "On track" },
    ]);
    expect(removeRow(doc, "milestones", "m1")).toBe(true);
    expect(removeRow(doc, "milestones", "m1")).toBe(false);
    expect(tableRows(doc, "milestones")).toEqual([]);
  });
});

describe("panelsToMarkdown", () => {
  it("renders the scratchpad and the tables, escaping what would break a table", () => {
    const doc = new Y.Doc();
    getRequirements(doc).insert(0, "10k QPS\n3 regions");
    addRow(
      doc,
      "risks",
      { risk: "A | B", likelihood: "High", impact: "Low", owner: "Sam", mitigation: "line one\nline two" },
      "r1",
    );
    addRow(doc, "stakeholders", { name: "CFO", role: "A" }, "s1");
    const md = panelsToMarkdown(doc, { title: "Mock interview" });
    expect(md).toBe(
      [
        "# Mock interview",
        "",
        "## Requirements and estimates",
        "",
        "10k QPS\n3 regions",
        "",
        "## Risk register",
        "",
        "| Risk | Likelihood | Impact | Owner | Mitigation |",
        "| --- | --- | --- | --- | --- |",
        "| A \\| B | High | Low | Sam | line one line two |",
        "",
        "## Milestones and dependencies",
        "",
        "_No rows._",
        "",
        "## Stakeholders (RACI)",
        "",
        "| Name | Role (RACI) | Notes |",
        "| --- | --- | --- |",
        "| CFO | A |   |",
        "",
      ].join("\n"),
    );
  });

  it("keeps only the panels asked for", () => {
    const doc = new Y.Doc();
    const md = panelsToMarkdown(doc, { panels: ["board", "requirements"] });
    expect(md).toBe("## Requirements and estimates\n\n_Empty._\n");
  });
});

describe("panels per interview type", () => {
  it("defaults system design to the board and program execution to the TPM tables", () => {
    expect(defaultPanels("system-design")).toEqual(["board", "requirements"]);
    expect(defaultPanels("program-execution")).toEqual(["requirements", "risks", "milestones", "stakeholders"]);
    expect(defaultPanels("something-new")).toEqual(["board", "requirements"]);
  });

  it("normalizes a stored list to known ids in canonical order", () => {
    expect(normalizePanels(["risks", "board", "bogus", "risks"])).toEqual(["board", "risks"]);
  });
});
