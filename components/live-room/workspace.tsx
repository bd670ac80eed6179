"use client";

import type { Awareness } from "y-protocols/awareness";
import type * as Y from "yjs";
import { TABLE_NAMES, type PanelId, type TableName } from "@/lib/live-room/room-document";
import Board from "./board";
import { RequirementsPad } from "./requirements-pad";
import { RowTable } from "./row-table";

interface Props {
  doc: Y.Doc;
  panels: readonly PanelId[];
  readOnly: boolean;
  awareness?: Awareness | null;
  fileName: string;
  /** The panels as Markdown (the server's export), shown as a download link. */
  markdownHref?: string;
}

/** The board and the TPM panels an interview type shows, over one shared document. */
export function Workspace({ doc, panels, readOnly, awareness, fileName, markdownHref }: Props) {
  const tables = TABLE_NAMES.filter((t): t is TableName => panels.includes(t));
  const textPanels = panels.some((p) => p !== "board");
  return (
    <div className="space-y-5">
      {panels.includes("board") ? (
        <Board doc={doc} readOnly={readOnly} awareness={awareness} fileName={fileName} />
      ) : null}
      {panels.includes("requirements") ? <RequirementsPad doc={doc} readOnly={readOnly} /> : null}
      {tables.map((table) => (
        <RowTable key={table} doc={doc} table={table} readOnly={readOnly} />
      ))}
      {textPanels && markdownHref ? (
        <p>
          <a href={markdownHref} download className="text-sm font-semibold text-brand-700 underline">
            Download the panels as Markdown
          </a>
        </p>
      ) : null}
    </div>
  );
}
