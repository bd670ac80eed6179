import type { ReactNode } from "react";
import { cn } from "./cn";

const TONES = {
  plain: "bg-white shadow-sm ring-1 ring-slate-200",
  highlight: "bg-white shadow-sm ring-2 ring-brand-600",
  dashed: "border border-dashed border-slate-300",
} as const;

/** A page's titled card: one section named by its heading, so screen readers list it as a region. */
export function Panel({
  id,
  title,
  lead,
  tone = "plain",
  className,
  children,
}: {
  id: string;
  title: ReactNode;
  lead?: ReactNode;
  tone?: keyof typeof TONES;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={cn("rounded-lg p-5 sm:p-6", TONES[tone], className)}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {lead ? <p className="text-sm text-slate-600">{lead}</p> : null}
      {children}
    </section>
  );
}
