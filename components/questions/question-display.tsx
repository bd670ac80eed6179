import { Panel } from "@/components/ui/panel";
import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { formatDate } from "@/lib/dates/date-labels";
import type { Locale } from "@/lib/dates/locale";

/** Small pieces every question screen shares: labels, badges, chips and a plain-text preview. */

export type Difficulty = "EASY" | "MEDIUM" | "HARD";
export type QuestionStatus = "PENDING" | "APPROVED" | "REJECTED" | "RETIRED";

export const DIFFICULTIES: { value: Difficulty; label: string }[] = [
  { value: "EASY", label: "Easy" },
  { value: "MEDIUM", label: "Medium" },
  { value: "HARD", label: "Hard" },
];

const DIFFICULTY_STYLE: Record<Difficulty, string> = {
  EASY: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  MEDIUM: "bg-amber-50 text-amber-900 ring-amber-200",
  HARD: "bg-rose-50 text-rose-900 ring-rose-200",
};

export const STATUS_LABEL: Record<QuestionStatus, string> = {
  PENDING: "Pending review",
  APPROVED: "Approved",
  REJECTED: "Not accepted",
  RETIRED: "Retired",
};

const STATUS_STYLE: Record<QuestionStatus, string> = {
  PENDING: "bg-amber-50 text-amber-900 ring-amber-200",
  APPROVED: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  REJECTED: "bg-red-50 text-red-900 ring-red-200",
  RETIRED: "bg-slate-100 text-slate-700 ring-slate-200",
};

const badge = "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset";

export function DifficultyBadge({ difficulty }: { difficulty: Difficulty }) {
  const label = DIFFICULTIES.find((d) => d.value === difficulty)?.label ?? difficulty;
  return (
    <span className={cn(badge, DIFFICULTY_STYLE[difficulty])}>
      <span className="sr-only">Difficulty: </span>
      {label}
    </span>
  );
}

export function StatusBadge({ status }: { status: QuestionStatus }) {
  return (
    <span className={cn(badge, STATUS_STYLE[status])}>
      <span className="sr-only">Status: </span>
      {STATUS_LABEL[status]}
    </span>
  );
}

/** Tags or companies; with `hrefFor` each one links to the bank filtered by it. */
const CHIP_TONE = {
  tag: "bg-slate-100 text-slate-700",
  company: "bg-white text-slate-700 ring-1 ring-inset ring-slate-300",
  competency: "bg-brand-50 text-brand-900",
} as const;

export function Chips({
  items,
  label,
  hrefFor,
  tone = "tag",
}: {
  items: string[];
  label: string;
  hrefFor?: (item: string) => string;
  /** Tags, companies and competencies look different, so a row of mixed chips still reads. */
  tone?: keyof typeof CHIP_TONE;
}) {
  if (items.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1.5">
      {items.map((item) => (
        <li key={item}>
          {hrefFor ? (
            <Link
              href={hrefFor(item)}
              className={cn(
                "inline-flex min-h-6 items-center rounded-md px-2 text-xs font-medium hover:bg-brand-100 hover:text-brand-900",
                CHIP_TONE[tone],
              )}
            >
              {item}
            </Link>
          ) : (
            <span
              className={cn("inline-flex min-h-6 items-center rounded-md px-2 text-xs font-medium", CHIP_TONE[tone])}
            >
              {item}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The first words of some Markdown as plain text, for a listing (the full text is one click away). */
export function plainPreview(markdown: string, max = 240): string {
  const text = markdown
    .replace(/```[\s\S]*?```/g, " ")
    // Headings label sections; in a one-line preview they only run into the text after them.
    .replace(/^\s{0,3}#{1,6}\s.*$/gm, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s*[-*+]\s+/gm, "• ")
    .replace(/^\s{0,3}>\s+/gm, "")
    .replace(/[*_`~]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(" ") > max * 0.6 ? cut.lastIndexOf(" ") : max).trimEnd()}…`;
}

export function formatDay(date: Date | string, timeZone: string, locale: Locale): string {
  return formatDate(date, timeZone, locale);
}

/**
 * The Learn block: open to everyone at any time (unlike the guide), so a
 * candidate can study the concept before or after practising.
 */
export function LearnSection({
  learn,
}: {
  learn: { explainer: string; keyTerms: { term: string; definition: string }[]; resources: string[] };
}) {
  return (
    <Panel id="learn-heading" title="Learn" lead="The idea behind the question, in plain words. Open to everyone.">
      <p className="mt-3 text-slate-800">{learn.explainer}</p>
      {learn.keyTerms.length > 0 ? (
        <>
          <h3 className="mt-4 font-semibold text-slate-900">Key terms</h3>
          <dl className="mt-2 space-y-2">
            {learn.keyTerms.map((t) => (
              <div key={t.term}>
                <dt className="font-medium text-slate-900">{t.term}</dt>
                <dd className="text-slate-700">{t.definition}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      {learn.resources.length > 0 ? (
        <>
          <h3 className="mt-4 font-semibold text-slate-900">To study</h3>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">
            {learn.resources.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      ) : null}
    </Panel>
  );
}
