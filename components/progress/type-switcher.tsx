import Link from "next/link";
import { cn } from "@/components/ui/cn";

/** Links, not ARIA tabs: each type is its own URL (?type=), so it can be shared, reloaded and walked back. */
export function TypeSwitcher({
  types,
  current,
}: {
  types: { slug: string; name: string; interviews: number }[];
  current: string;
}) {
  return (
    <nav aria-label="Interview type" className="border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-1">
        {types.map((t) => (
          <li key={t.slug}>
            <Link
              href={`/progress?type=${encodeURIComponent(t.slug)}`}
              aria-current={t.slug === current ? "page" : undefined}
              className={cn(
                "inline-flex min-h-11 items-center gap-2 border-b-2 px-4 py-2 text-sm font-semibold",
                t.slug === current
                  ? "border-brand-600 text-brand-900"
                  : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
              )}
            >
              {t.name}
              <span className="rounded-full bg-slate-100 px-2 text-xs text-slate-700">
                {t.interviews}
                <span className="sr-only">{t.interviews === 1 ? " interview" : " interviews"}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
