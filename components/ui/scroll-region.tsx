import type { ReactNode } from "react";
import { cn } from "./cn";

/**
 * A box that scrolls sideways on a narrow screen (a wide table). It is a named, focusable region so a
 * keyboard user can reach it and scroll it with the arrow keys (axe: scrollable-region-focusable).
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={cn("overflow-x-auto", className)}>
      {children}
    </div>
  );
}
