import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** Padding for every cell of an admin table, header and rows alike. */
export const ADMIN_CELL = "px-3 py-3 sm:px-4";

export interface AdminColumn {
  label: ReactNode;
  /** Alignment, and from which width the column shows. */
  className?: string;
}

/** The admin pages' tables: a card, a caption for screen readers and one header row; the rows are the page's. */
export function AdminTable({
  caption,
  columns,
  tableClassName,
  children,
}: {
  /** Read by screen readers, and names the region a keyboard user scrolls a wide table in. */
  caption: string;
  columns: AdminColumn[];
  tableClassName?: string;
  children: ReactNode;
}) {
  return (
    <ScrollRegion label={caption} className="mt-4 rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className={cn("w-full text-left text-sm", tableClassName)}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-xs font-semibold tracking-wide text-slate-600 uppercase">
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={cn(ADMIN_CELL, column.className)}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">{children}</tbody>
      </table>
    </ScrollRegion>
  );
}
