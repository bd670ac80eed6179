import { LinkTabs } from "@/components/ui/link-tabs";

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
    <LinkTabs
      label="Whose progress"
      variant="segmented"
      tabs={TABS.map((tab) => ({
        href: tab.view === defaultView ? "/progress" : `/progress?view=${tab.view}`,
        label: tab.label,
        current: tab.view === view,
      }))}
    />
  );
}
