import { LinkTabs } from "@/components/ui/link-tabs";
import type { BookingWhen } from "./booking-keys";

const TABS: { when: BookingWhen; label: string; href: string }[] = [
  { when: "upcoming", label: "Upcoming", href: "/bookings" },
  { when: "past", label: "Past", href: "/bookings?when=past" },
];

/** Each is its own URL (?when=), so it can be shared and reloaded. */
export function BookingTabs({ when }: { when: BookingWhen }) {
  return (
    <LinkTabs
      label="Which interviews"
      className="mt-6"
      tabs={TABS.map((tab) => ({ href: tab.href, label: tab.label, current: tab.when === when }))}
    />
  );
}
