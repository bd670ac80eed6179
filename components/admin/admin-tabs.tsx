import { LinkTabs } from "@/components/ui/link-tabs";

const TABS = [
  { href: "/admin/users", label: "Users" },
  { href: "/admin/interview-types", label: "Interview types" },
  { href: "/admin/questions", label: "Questions" },
  { href: "/admin/rubrics", label: "Rubrics" },
  { href: "/admin/feedback", label: "Reports" },
  { href: "/admin/jobs", label: "Jobs" },
] as const;

/** The admin area's own navigation, under the page title: one list for every admin page. */
export function AdminTabs({ current }: { current: (typeof TABS)[number]["href"] }) {
  return <LinkTabs label="Admin" tabs={TABS.map((tab) => ({ ...tab, current: tab.href === current }))} />;
}
