import { LinkTabs } from "@/components/ui/link-tabs";

export type ProgressViewName = "candidate" | "interviewer";

const TABS: { view: ProgressViewName; label: string; href: string }[] = [
  { view: "candidate", label: "As candidate", href: "/progress" },
  { view: "interviewer", label: "As interviewer", href: "/progress?view=interviewer" },
];

/** The two sides of practice, each its own URL (?view=interviewer) so it can be linked and reloaded. */
export function ViewTabs({ view }: { view: ProgressViewName }) {
  return (
    <LinkTabs
      label="Whose progress"
      variant="segmented"
      tabs={TABS.map((tab) => ({ href: tab.href, label: tab.label, current: tab.view === view }))}
    />
  );
}
