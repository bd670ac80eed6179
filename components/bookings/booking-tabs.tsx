import Link from "next/link";
import { cn } from "@/components/ui/cn";
import type { BookingWhen } from "./booking-keys";

const TABS: { when: BookingWhen; label: string; href: string }[] = [
  { when: "upcoming", label: "Upcoming", href: "/bookings" },
  { when: "past", label: "Past", href: "/bookings?when=past" },
];

/** Links, not ARIA tabs: each is its own URL (?when=), so it can be shared and reloaded. */
export function BookingTabs({ when }: { when: BookingWhen }) {
  return (
    <nav aria-label="Which interviews" className="mt-6 border-b border-slate-200">
      <ul className="-mb-px flex gap-1">
        {TABS.map((tab) => (
          <li key={tab.when}>
            <Link
              href={tab.href}
              aria-current={tab.when === when ? "page" : undefined}
              className={cn(
                "inline-flex min-h-11 items-center border-b-2 px-4 py-2 text-sm font-semibold",
                tab.when === when
                  ? "border-brand-600 text-brand-900"
                  : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
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
