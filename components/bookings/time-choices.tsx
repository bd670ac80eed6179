"use client";

import { useLocale } from "@/components/locale/locale-provider";
import { Button } from "@/components/ui/button";
import { formatClock, formatDay } from "@/lib/dates/viewer-time";

interface Props {
  /** Ties the list to its heading, which names what the times are. */
  id: string;
  heading: string;
  starts: string[];
  timeZone: string;
  disabled: boolean;
  /** The button's accessible name for a time, e.g. "Book Mon 7 Dec, 10:00 with Bea". */
  label: (when: string) => string;
  onPick: (start: string) => void;
}

/** Times the server offered instead of a refused one, each a button that takes it (decisions 0031, 0034). */
export function TimeChoices({ id, heading, starts, timeZone, disabled, label, onPick }: Props) {
  const locale = useLocale();
  if (starts.length === 0) return null;
  return (
    <div className="mt-3">
      <p id={id} className="font-medium">
        {heading}
      </p>
      <ul aria-labelledby={id} className="mt-2 flex flex-wrap gap-2">
        {starts.map((start) => {
          const when = `${formatDay(start, timeZone, locale)}, ${formatClock(start, timeZone, locale)}`;
          return (
            <li key={start}>
              <Button
                type="button"
                variant="secondary"
                disabled={disabled}
                onClick={() => onPick(start)}
                aria-label={label(when)}
              >
                {when}
              </Button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
