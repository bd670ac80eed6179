import { cn } from "@/components/ui/cn";
import type { BookingPerson, BookingRow, BookingStatus } from "./booking-keys";

const STATUS: Record<BookingStatus, { label: string; className: string }> = {
  SCHEDULED: { label: "Booked", className: "bg-brand-50 text-brand-900 ring-brand-100" },
  COMPLETED: { label: "Done", className: "bg-green-50 text-green-900 ring-green-200" },
  CANCELLED: { label: "Cancelled", className: "bg-slate-100 text-slate-700 ring-slate-300" },
  RESCHEDULED: { label: "Moved", className: "bg-amber-50 text-amber-900 ring-amber-200" },
  NO_SHOW: { label: "No-show", className: "bg-red-50 text-red-900 ring-red-200" },
};

export function statusLabel(status: BookingStatus): string {
  return STATUS[status]?.label ?? status;
}

// A booked interview whose end has passed is no longer "Booked": it waits for feedback.
const OVER = { label: "Over", className: "bg-slate-100 text-slate-800 ring-slate-300" };

export function StatusBadge({
  status,
  over,
  className,
}: {
  status: BookingStatus;
  over?: boolean;
  className?: string;
}) {
  const style =
    status === "SCHEDULED" && over
      ? OVER
      : (STATUS[status] ?? { label: status, className: "bg-slate-100 ring-slate-200" });
  return (
    <span className={cn("rounded-full px-2 py-0.5 text-xs font-semibold ring-1", style.className, className)}>
      {style.label}
    </span>
  );
}

/** The other person in the booking, from the viewer's side. */
export function counterpartOf(booking: Pick<BookingRow, "role" | "candidate" | "interviewer">): BookingPerson {
  return booking.role === "CANDIDATE" ? booking.interviewer : booking.candidate;
}

export function nameOf(person: { profile: { displayName: string } | null } | null | undefined): string {
  return person?.profile?.displayName ?? "a deleted user";
}

/** The first name, for friendlier sentences ("Tell Kenji why"). */
export function firstName(person: { profile: { displayName: string } | null } | null | undefined): string {
  const name = person?.profile?.displayName;
  return name ? (name.split(/\s+/)[0] ?? name) : "them";
}
