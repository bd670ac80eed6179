import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { OpenSlot } from "./slot-keys";
import { WeekCalendar } from "./week-calendar";

// Monday 7 December 2026; in Kolkata (UTC+5:30) 13:00Z is 18:30 local.
const slot = (start: string): OpenSlot => ({ start, end: start, available: 2, interviewers: [] });
const SLOTS = [slot("2026-12-07T13:00:00.000Z"), slot("2026-12-07T14:00:00.000Z"), slot("2026-12-09T13:00:00.000Z")];

const render = (slots: OpenSlot[] | undefined) =>
  renderToStaticMarkup(
    <WeekCalendar
      week="2026-12-07"
      timeZone="Asia/Kolkata"
      today="2026-12-07"
      isCurrentWeek
      typeName="System design"
      slots={slots}
      loading={!slots}
      failed={false}
      onRetry={() => {}}
      canGoNext
      onNextWeek={() => {}}
      selectedStart={null}
      onPick={() => {}}
    />,
  );

describe("WeekCalendar", () => {
  it("draws the first day's times first and keeps placeholders for the rest until they are drawn", () => {
    const html = render(SLOTS);
    expect(html).toContain("3 open times this week");
    // Monday's two times in the viewer's zone; Wednesday's time waits for its own task (use-days-drawn.ts).
    expect(html).toContain("18:30");
    expect(html).toContain("19:30");
    expect(html.match(/<button/g)).toHaveLength(2);
    expect(html).toContain('aria-busy="true"');
    expect(html.match(/animate-pulse/g)).toHaveLength(6 * 3);
  });

  it("shows placeholders for every day while the week loads", () => {
    const html = render(undefined);
    expect(html).toContain("Loading open times…");
    expect(html.match(/animate-pulse/g)).toHaveLength(7 * 3);
    expect(html).not.toContain("<button");
  });
});
