"use client";

import type { ReactNode } from "react";
import { DataTableToggle } from "./data-table-toggle";
import { LazyTrendChart } from "./lazy-trend-chart";
import type { TrendChartProps } from "./trend-chart";

interface Column<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
}

/**
 * A chart over time, hidden from assistive technology, with the same points as
 * a table behind a toggle: one row per interview, its time as the row header.
 */
export function TrendWithTable<Row extends { at: string; when: string }>({
  rows,
  lines,
  domain,
  ticks,
  caption,
  columns,
}: Omit<TrendChartProps, "data"> & { rows: Row[]; caption: ReactNode; columns: Column<Row>[] }) {
  return (
    <>
      <div className="mt-2" aria-hidden="true">
        <LazyTrendChart data={rows.map((r) => ({ ...r }))} lines={lines} domain={domain} ticks={ticks} />
      </div>
      <DataTableToggle>
        <table className="w-full text-sm">
          <caption className="text-left text-sm text-slate-600">{caption}</caption>
          <thead>
            <tr className="border-b border-slate-200">
              {["Interview", ...columns.map((c) => c.header)].map((header) => (
                <th key={header} scope="col" className="px-2 py-1 text-left font-semibold">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={`${row.at}-${i}`} className="border-b border-slate-100">
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  <time dateTime={row.at}>{row.when}</time>
                </th>
                {columns.map((c) => (
                  <td key={c.header} className="px-2 py-1 tabular-nums">
                    {c.cell(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </DataTableToggle>
    </>
  );
}
