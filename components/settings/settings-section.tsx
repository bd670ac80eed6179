import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export function SettingsSection({
  id,
  title,
  intro,
  tone = "default",
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  tone?: "default" | "danger";
  children: ReactNode;
}) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className={cn(
        "scroll-mt-6 rounded-lg bg-white p-5 shadow-sm ring-1 sm:p-6",
        tone === "danger" ? "ring-red-200" : "ring-slate-200",
      )}
    >
      <h2 id={`${id}-heading`} className={cn("text-lg font-semibold", tone === "danger" && "text-red-800")}>
        {title}
      </h2>
      {intro ? <div className="mt-1 max-w-prose text-sm text-slate-700">{intro}</div> : null}
      <div className="mt-5">{children}</div>
    </section>
  );
}
