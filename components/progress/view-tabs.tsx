import Link from "next/link";
import { cn } from "@/components/ui/cn";

export type ProgressViewName = "candidate" | "interviewer";

const TABS: { view: ProgressViewName; label: string; href: string }[] = [
  { view: "candidate", label: "As candidate", href: "/progress" },
  { view: "interviewer", label: "As interviewer", href: "/progress?view=interviewer" },
];

/** The two sides of practice, each its own URL (?view=interviewer) so it can be linked and reloaded. */
export function ViewTabs({ view }: { view: ProgressViewName }) {
  return (
    <nav aria-label="Whose progress" className="mt-4">
      <ul className="inline-flex rounded-lg bg-slate-100 p-1">
        {TABS.map((tab) => (
          <li key={tab.view}>
            <Link
              href={tab.href}
              aria-current={tab.view === view ? "page" : undefined}
              className={cn(
                "inline-flex min-h-11 items-center rounded-md px-4 py-2 text-sm font-semibold",
                tab.view === view ? "bg-white text-brand-900 shadow-sm" : "text-slate-700 hover:text-slate-900",
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
