"use client";

import { useId, useRef } from "react";
import type * as Y from "yjs";
import { Button } from "@/components/ui/button";
import {
  addRow,
  COLUMN_CHOICES,
  COLUMN_LABELS,
  getTable,
  PANEL_TITLES,
  removeRow,
  TABLE_COLUMNS,
  tableRows,
  updateCell,
  type TableColumn,
  type TableName,
} from "@/lib/live-room/room-document";
import { useYValue } from "./use-y-value";

const ROW_NOUN: Record<TableName, string> = { risks: "risk", milestones: "milestone", stakeholders: "stakeholder" };

const cellClass =
  "block w-full min-w-28 rounded border border-transparent bg-transparent px-2 py-1.5 text-sm hover:border-slate-300 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600";

/**
 * A shared table as a real <table>: every cell is a labelled input or select,
 * so the whole register can be worked through with Tab and typing alone.
 * Each cell is its own key in the row's Y.Map: two people editing different
 * cells of one row both keep their edit.
 */
export function RowTable({ doc, table, readOnly }: { doc: Y.Doc; table: TableName; readOnly: boolean }) {
  const headingId = useId();
  const rows = useYValue(getTable(doc, table), () => tableRows(doc, table));
  const columns = TABLE_COLUMNS[table] as readonly TableColumn<TableName>[];
  const tableRef = useRef<HTMLTableElement>(null);
  const noun = ROW_NOUN[table];

  const add = () => {
    const id = addRow(doc, table);
    // Focus the new row's first cell once React has rendered it.
    requestAnimationFrame(() =>
      tableRef.current?.querySelector<HTMLElement>(`[data-row="${id}"] input, [data-row="${id}"] select`)?.focus(),
    );
  };

  return (
    <section aria-labelledby={headingId} className="space-y-2" data-testid={`table-${table}`}>
      <h3 id={headingId} className="text-sm font-semibold text-slate-800">
        {PANEL_TITLES[table]}
      </h3>
      <div className="overflow-x-auto rounded-lg ring-1 ring-slate-200">
        <table
          ref={tableRef}
          className="min-w-full divide-y divide-slate-200 bg-white text-left"
          aria-labelledby={headingId}
        >
          <thead className="bg-slate-50">
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col" className="px-2 py-2 text-xs font-semibold text-slate-700">
                  {COLUMN_LABELS[column] ?? column}
                </th>
              ))}
              {readOnly ? null : (
                <th scope="col" className="px-2 py-2 text-xs font-semibold text-slate-700">
                  <span className="sr-only">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columns.length + 1} className="px-2 py-3 text-sm text-slate-600">
                  No {noun}s yet.
                </td>
              </tr>
            ) : (
              rows.map((row, index) => (
                <tr key={row.id} data-row={row.id}>
                  {columns.map((column) => {
                    const label = `${COLUMN_LABELS[column] ?? column}, ${noun} ${index + 1}`;
                    const value = row[column];
                    if (readOnly) {
                      return (
                        <td key={column} className="px-2 py-1.5 text-sm whitespace-pre-wrap">
                          {value}
                        </td>
                      );
                    }
                    const choices = COLUMN_CHOICES[column];
                    return (
                      <td key={column} className="p-0.5">
                        {choices ? (
                          <select
                            aria-label={label}
                            value={value}
                            onChange={(e) => updateCell(doc, table, row.id, column, e.target.value)}
                            className={cellClass}
                          >
                            <option value="">—</option>
                            {choices.map((choice) => (
                              <option key={choice} value={choice}>
                                {choice}
                              </option>
                            ))}
                          </select>
                        ) : (
                          <input
                            aria-label={label}
                            type={column === "date" ? "date" : "text"}
                            value={value}
                            onChange={(e) => updateCell(doc, table, row.id, column, e.target.value)}
                            className={cellClass}
                          />
                        )}
                      </td>
                    );
                  })}
                  {readOnly ? null : (
                    <td className="p-0.5">
                      <Button
                        type="button"
                        variant="ghost"
                        className="min-h-9 px-2 py-1 text-xs"
                        onClick={() => removeRow(doc, table, row.id)}
                      >
                        Remove
                        <span className="sr-only">
                          {" "}
                          {noun} {index + 1}
                        </span>
                      </Button>
                    </td>
                  )}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {readOnly ? null : (
        <Button type="button" variant="secondary" className="min-h-9 px-3 py-1" onClick={add}>
          Add {noun}
        </Button>
      )}
    </section>
  );
}
