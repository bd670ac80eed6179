import Link from "next/link";
import { cn } from "@/components/ui/cn";

const TABS = [
  { href: "/admin/users", label: "Users" },
  { href: "/admin/interview-types", label: "Interview types" },
  { href: "/admin/questions", label: "Questions" },
  { href: "/admin/rubrics", label: "Rubrics" },
  { href: "/admin/feedback", label: "Reports" },
  { href: "/admin/jobs", label: "Jobs" },
] as const;

/** The admin area's own navigation, under the page title: one list for every admin page. */
export function AdminTabs({ current }: { current: (typeof TABS)[number]["href"] }) {
  return (
    <nav aria-label="Admin" className="mt-4 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-x-1">
        {TABS.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={tab.href === current ? "page" : undefined}
              className={cn(
                "inline-flex min-h-11 items-center border-b-2 px-3 text-sm font-semibold whitespace-nowrap",
                tab.href === current
                  ? "border-brand-600 text-brand-900"
                  : "border-transparent text-slate-600 hover:text-slate-900",
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
