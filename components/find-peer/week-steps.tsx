"use client";

import { Button, type ButtonVariant } from "@/components/ui/button";
import { useLocale } from "@/components/locale/locale-provider";
import { shiftWeek, weekRangeLabel } from "@/lib/dates/viewer-time";

const maxDate = (a: string, b: string) => (a > b ? a : b);

/** The seven days shown, named for screen readers as such; the caller wraps it in its own live heading or line. */
export function WeekRange({ week }: { week: string }) {
  const locale = useLocale();
  return (
    <>
      <span className="sr-only">Seven days: </span>
      {weekRangeLabel(week, locale)}
    </>
  );
}

interface Props {
  /** The first of the seven days shown, the earliest it may be (today), and the latest, as ISO dates. */
  week: string;
  first: string;
  last: string;
  onGo: (week: string) => void;
  variant?: ButtonVariant;
  className?: string;
  /** The pointer or keyboard focus reached "Next week": a moment to fetch it ahead. */
  onNextIntent?: () => void;
}

/** "Previous week" and "Next week", seven days at a time between first and last; the caller lays them out. */
export function WeekSteps({ week, first, last, onGo, variant = "secondary", className, onNextIntent }: Props) {
  return (
    <>
      <Button
        type="button"
        variant={variant}
        className={className}
        disabled={week <= first}
        // Seven days back, but never before the first day.
        onClick={() => onGo(maxDate(shiftWeek(week, -1), first))}
      >
        <span aria-hidden="true">←</span> Previous<span className="sr-only"> week</span>
      </Button>
      <Button
        type="button"
        variant={variant}
        className={className}
        disabled={week >= last}
        onClick={() => onGo(shiftWeek(week, 1))}
        onPointerEnter={onNextIntent}
        onFocus={onNextIntent}
      >
        Next<span className="sr-only"> week</span> <span aria-hidden="true">→</span>
      </Button>
    </>
  );
}
