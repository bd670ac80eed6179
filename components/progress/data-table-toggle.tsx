"use client";

import { useId, useState, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/**
 * A chart's data as a table. The table is always in the page (visually hidden
 * until asked for), so screen readers get every value without finding a button;
 * sighted keyboard and mouse users can show it too.
 */
export function DataTableToggle({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false);
  const id = useId();
  return (
    <div className="mt-2">
      <button
        type="button"
        aria-expanded={shown}
        aria-controls={id}
        onClick={() => setShown((v) => !v)}
        className="min-h-11 rounded-md px-2 text-sm font-semibold text-brand-700 underline-offset-2 hover:underline"
      >
        {shown ? "Hide the table" : "Show as table"}
      </button>
      <div id={id} className={cn(shown ? "mt-1 overflow-x-auto" : "sr-only")}>
        {children}
      </div>
    </div>
  );
}
