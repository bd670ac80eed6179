import Link from "next/link";
import { cn } from "@/components/ui/cn";

export interface Tab {
  href: string;
  label: string;
  current: boolean;
}

/** A row of links styled as tabs (the bank's views, the admin sections, the moderation statuses). */
export function LinkTabs({ tabs, label }: { tabs: Tab[]; label: string }) {
  return (
    <nav aria-label={label} className="mt-4 border-b border-slate-200">
      <ul className="-mb-px flex gap-1 overflow-x-auto">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={tab.current ? "page" : undefined}
              className={cn(
                "inline-flex min-h-11 items-center border-b-2 px-3 text-sm font-semibold whitespace-nowrap",
                tab.current
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
