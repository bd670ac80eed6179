import Link from "next/link";
import { cn } from "@/components/ui/cn";

export type ProgressViewName = "candidate" | "interviewer";

const TABS: { view: ProgressViewName; label: string }[] = [
  { view: "candidate", label: "As candidate" },
  { view: "interviewer", label: "As interviewer" },
];

/**
 * The two sides of practice, each its own URL so it can be linked and reloaded. The person's own side (the
 * interviewer's for someone who only interviews) is plain /progress; the other carries ?view=.
 */
export function ViewTabs({ view, defaultView }: { view: ProgressViewName; defaultView: ProgressViewName }) {
  return (
    <nav aria-label="Whose progress" className="mt-4">
      <ul className="inline-flex rounded-lg bg-slate-100 p-1">
        {TABS.map((tab) => (
          <li key={tab.view}>
            <Link
              href={tab.view === defaultView ? "/progress" : `/progress?view=${tab.view}`}
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
