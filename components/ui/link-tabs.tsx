import Link from "next/link";
import { cn } from "@/components/ui/cn";

export interface Tab {
  href: string;
  label: string;
  current: boolean;
}

const STYLES = {
  /** Under a page title: the admin sections, the bank's views, the bookings' times. */
  underline: {
    nav: "border-b border-slate-200",
    // Wraps on a phone rather than scrolling sideways, where the last tabs were cut off.
    list: "-mb-px flex flex-wrap gap-x-1",
    link: "border-b-2 px-3 whitespace-nowrap",
    current: "border-brand-600 text-brand-900",
    other: "border-transparent text-slate-600 hover:text-slate-900",
  },
  /** Two or three views of one page, as a segmented control. */
  segmented: {
    nav: "",
    list: "inline-flex rounded-lg bg-slate-100 p-1",
    link: "rounded-md px-4 py-2",
    current: "bg-white text-brand-900 shadow-sm",
    other: "text-slate-700 hover:text-slate-900",
  },
} as const;

/**
 * A row of links styled as tabs. Links, not ARIA tabs: each view is its own
 * URL, so it can be shared and reloaded; the current one says so with
 * aria-current.
 */
export function LinkTabs({
  tabs,
  label,
  variant = "underline",
  className = "mt-4",
}: {
  tabs: Tab[];
  label: string;
  variant?: keyof typeof STYLES;
  className?: string;
}) {
  const style = STYLES[variant];
  return (
    <nav aria-label={label} className={cn(className, style.nav)}>
      <ul className={style.list}>
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={tab.current ? "page" : undefined}
              className={cn(
                "inline-flex min-h-11 items-center text-sm font-semibold",
                style.link,
                tab.current ? style.current : style.other,
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
