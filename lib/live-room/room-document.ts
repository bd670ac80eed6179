/**
 * The layout of a live room's Yjs document, shared by the browser (which edits
 * it) and the sync server (which stores and exports it). Pure: no database, no
 * Next.js, no DOM. See docs/decisions/0022-live-room-sync.md.
 *
 *   board         Y.Map   Excalidraw element id → the element's JSON
 *   requirements  Y.Text  the shared scratchpad
 *   risks         Y.Array<Y.Map> {id, risk, likelihood, impact, owner, mitigation}
 *   milestones    Y.Array<Y.Map> {id, milestone, date, dependsOn, owner, status}
 *   stakeholders  Y.Array<Y.Map> {id, name, role, notes}
 */
import * as Y from "yjs";
import { normalizePanels, PANEL_IDS, PANEL_TITLES, type PanelId } from "./panels";

// The panel list has no Yjs in it, so pages that only name panels (the admin page) stay light.
export { defaultPanels, normalizePanels, PANEL_IDS, PANEL_TITLES, type PanelId } from "./panels";

const DOCUMENT_PREFIX = "booking:";

export function roomDocumentName(bookingId: string): string {
  return `${DOCUMENT_PREFIX}${bookingId}`;
}

/** The booking id a document name refers to, or null for a name that is not a room's. */
export function bookingIdFromDocumentName(name: string): string | null {
  if (!name.startsWith(DOCUMENT_PREFIX)) return null;
  const id = name.slice(DOCUMENT_PREFIX.length);
  return /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : null;
}

// ---------------------------------------------------------------- the board

/** The fields of an Excalidraw element that the merge reads; the rest is carried as-is. */
export interface BoardElement {
  id: string;
  version: number;
  versionNonce: number;
  isDeleted?: boolean;
  /** Excalidraw 0.18's fractional index: the z-order. */
  index?: string | null;
  [field: string]: unknown;
}

export function getBoard(doc: Y.Doc): Y.Map<BoardElement> {
  return doc.getMap<BoardElement>("board");
}

/**
 * Excalidraw's own reconciliation rule, so two people editing one element end
 * on the same state: the higher version wins; on a tie the lower versionNonce.
 */
export function shouldReplaceElement(current: BoardElement | undefined, incoming: BoardElement): boolean {
  if (!current) return true;
  if (incoming.version !== current.version) return incoming.version > current.version;
  return incoming.versionNonce < current.versionNonce;
}

/**
 * Writes the elements that are new or newer than the stored ones, in one
 * transaction; returns how many were written. An element is a tombstone when
 * deleted (isDeleted), never removed from the map, so a deletion merges too.
 */
export function applyBoardElements(doc: Y.Doc, elements: readonly BoardElement[], origin?: unknown): number {
  const board = getBoard(doc);
  let written = 0;
  doc.transact(() => {
    for (const element of elements) {
      if (!isBoardElement(element)) continue;
      if (!shouldReplaceElement(board.get(element.id), element)) continue;
      board.set(element.id, element);
      written += 1;
    }
  }, origin);
  return written;
}

/** All elements, tombstones included, in z-order (fractional index, then id). */
export function boardElements(doc: Y.Doc): BoardElement[] {
  const elements = [...getBoard(doc).values()].filter(isBoardElement);
  return elements.sort((a, b) => compareIndex(a, b));
}

export function visibleBoardElements(doc: Y.Doc): BoardElement[] {
  return boardElements(doc).filter((e) => !e.isDeleted);
}

export function hasBoardContent(doc: Y.Doc): boolean {
  for (const element of getBoard(doc).values()) if (isBoardElement(element) && !element.isDeleted) return true;
  return false;
}

function compareIndex(a: BoardElement, b: BoardElement): number {
  const ai = a.index ?? "";
  const bi = b.index ?? "";
  if (ai !== bi) return ai < bi ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The document is written by browsers: never trust a value to be an element. */
function isBoardElement(value: unknown): value is BoardElement {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === "string" && typeof v.version === "number" && typeof v.versionNonce === "number";
}

// --------------------------------------------------------------- the panels

export function getRequirements(doc: Y.Doc): Y.Text {
  return doc.getText("requirements");
}

export const TABLE_COLUMNS = {
  risks: ["risk", "likelihood", "impact", "owner", "mitigation"],
  milestones: ["milestone", "date", "dependsOn", "owner", "status"],
  stakeholders: ["name", "role", "notes"],
} as const;

export type TableName = keyof typeof TABLE_COLUMNS;
export type TableColumn<T extends TableName> = (typeof TABLE_COLUMNS)[T][number];
export type TableRow<T extends TableName> = { id: string } & Record<TableColumn<T>, string>;

export const TABLE_NAMES = Object.keys(TABLE_COLUMNS) as TableName[];

export const COLUMN_LABELS: Record<string, string> = {
  risk: "Risk",
  likelihood: "Likelihood",
  impact: "Impact",
  owner: "Owner",
  mitigation: "Mitigation",
  milestone: "Milestone",
  date: "Date",
  dependsOn: "Depends on",
  status: "Status",
  name: "Name",
  role: "Role (RACI)",
  notes: "Notes",
};

/** Columns whose values come from a short list (the UI shows a select). */
export const COLUMN_CHOICES: Partial<Record<string, readonly string[]>> = {
  likelihood: ["Low", "Medium", "High"],
  impact: ["Low", "Medium", "High"],
  status: ["Not started", "On track", "At risk", "Blocked", "Done"],
  role: ["R", "A", "C", "I"],
};

export function getTable(doc: Y.Doc, table: TableName): Y.Array<Y.Map<string>> {
  return doc.getArray<Y.Map<string>>(table);
}

function newRowId(): string {
  return globalThis.crypto.randomUUID();
}

/** Appends a row; two people adding at the same moment both keep their row (a CRDT array insert). */
export function addRow<T extends TableName>(
  doc: Y.Doc,
  table: T,
  values: Partial<Record<TableColumn<T>, string>> = {},
  id: string = newRowId(),
): string {
  const row = new Y.Map<string>();
  row.set("id", id);
  for (const column of TABLE_COLUMNS[table])
    row.set(column, (values as Record<string, string | undefined>)[column] ?? "");
  getTable(doc, table).push([row]);
  return id;
}

export function updateCell<T extends TableName>(
  doc: Y.Doc,
  table: T,
  rowId: string,
  column: TableColumn<T>,
  value: string,
): boolean {
  const row = findRow(doc, table, rowId);
  if (!row) return false;
  if (row.get(column) !== value) row.set(column, value);
  return true;
}

export function removeRow(doc: Y.Doc, table: TableName, rowId: string): boolean {
  const rows = getTable(doc, table);
  const index = rows.toArray().findIndex((row) => row instanceof Y.Map && row.get("id") === rowId);
  if (index < 0) return false;
  rows.delete(index, 1);
  return true;
}

function findRow(doc: Y.Doc, table: TableName, rowId: string): Y.Map<string> | undefined {
  return getTable(doc, table)
    .toArray()
    .find((row) => row instanceof Y.Map && row.get("id") === rowId);
}

/** The rows as plain objects; a missing or non-text cell reads as "". */
export function tableRows<T extends TableName>(doc: Y.Doc, table: T): TableRow<T>[] {
  const rows: TableRow<T>[] = [];
  for (const item of getTable(doc, table).toArray()) {
    if (!(item instanceof Y.Map)) continue;
    const id = item.get("id");
    if (typeof id !== "string") continue;
    const row: Record<string, string> = { id };
    for (const column of TABLE_COLUMNS[table]) {
      const value = item.get(column);
      row[column] = typeof value === "string" ? value : "";
    }
    rows.push(row as TableRow<T>);
  }
  return rows;
}

// ------------------------------------------------------- panels and export

function escapeCell(value: string): string {
  const text = value.replace(/\r?\n/g, " ").replace(/\\/g, "\\\\").replace(/\|/g, "\\|").trim();
  return text === "" ? " " : text;
}

function tableMarkdown<T extends TableName>(doc: Y.Doc, table: T): string {
  const rows = tableRows(doc, table);
  if (rows.length === 0) return "_No rows._";
  const columns = TABLE_COLUMNS[table] as readonly TableColumn<T>[];
  const header = `| ${columns.map((c) => COLUMN_LABELS[c] ?? c).join(" | ")} |`;
  const rule = `| ${columns.map(() => "---").join(" | ")} |`;
  const body = rows.map((row) => `| ${columns.map((c) => escapeCell(row[c])).join(" | ")} |`);
  return [header, rule, ...body].join("\n");
}

/**
 * The workspace panels as Markdown (the board is exported as SVG/PNG instead).
 * By default every text panel; pass `panels` to keep only those a type shows.
 */
export function panelsToMarkdown(doc: Y.Doc, options: { title?: string; panels?: readonly PanelId[] } = {}): string {
  const panels = options.panels ? normalizePanels(options.panels) : [...PANEL_IDS];
  const parts: string[] = [];
  if (options.title) parts.push(`# ${options.title.replace(/\r?\n/g, " ")}`);
  for (const panel of panels) {
    if (panel === "board") continue;
    parts.push(`## ${PANEL_TITLES[panel]}`);
    if (panel === "requirements") {
      const text = getRequirements(doc).toJSON().trim();
      parts.push(text === "" ? "_Empty._" : text);
    } else {
      parts.push(tableMarkdown(doc, panel));
    }
  }
  return `${parts.join("\n\n")}\n`;
}
