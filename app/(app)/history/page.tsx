import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { requireOnboardedUser } from "@/app/_server/current-user";
import { ExportLinks } from "@/components/history/export-links";
import { HistoryFilters } from "@/components/history/history-filters";
import { historyQuery } from "@/components/history/history-keys";
import { HistoryList } from "@/components/history/history-list";
import { parseHistorySearch, toHistoryQuery, type SearchParams } from "@/components/history/history-search-params";
import { HistorySkeleton } from "@/components/history/history-skeleton";
import { QueryErrorBoundary } from "@/components/progress/query-error-boundary";
import { listInterviewTypes } from "@/lib/interview-types/list-interview-types";
import { getHistory } from "@/lib/progress/get-history";
import type { HistoryPage } from "@/lib/progress/progress.types";
import { listCurrentRubrics } from "@/lib/rubrics/rubrics";

export const metadata: Metadata = { title: "History" };

export default async function HistoryRoute({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const caller = await requireOnboardedUser();
  const zone = caller.timeZone ?? "UTC";
  const filters = parseHistorySearch(await searchParams);
  const query = toHistoryQuery(filters, zone);

  // The page's own QueryClient, primed with the list's options; getHistory is called directly
  // so the server skips an HTTP round trip to itself.
  const queryClient = new QueryClient();
  const [types, rubrics] = await Promise.all([
    listInterviewTypes(),
    listCurrentRubrics(),
    queryClient.prefetchQuery({
      ...historyQuery(query),
      // The same JSON the API sends, so a page fetched later in the browser looks alike.
      queryFn: async () => JSON.parse(JSON.stringify(await getHistory(caller, query))) as HistoryPage,
    }),
  ]);
  const counterpartName = filters.counterpart
    ? (queryClient.getQueryData<HistoryPage>(historyQuery(query).queryKey)?.items[0]?.counterpart?.name ?? null)
    : null;

  return (
    <div>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-2xl font-bold">History</h1>
          <p className="mt-1 max-w-prose text-slate-700">
            Every interview you&apos;ve had, as candidate and as interviewer, with its scores, and your solo practice
            (marked &ldquo;Solo&rdquo;, with the scores you gave yourself). Open one to read the full feedback, or see
            the trend on{" "}
            <Link href="/progress" className="font-semibold text-brand-700 underline">
              Progress
            </Link>
            .
          </p>
        </div>
        <ExportLinks />
      </div>
      <div className="mt-6">
        <HistoryFilters
          filters={filters}
          types={types.map(({ slug, name }) => ({ slug, name }))}
          competencyGroups={rubrics.map((r) => ({
            typeSlug: r.interviewType.slug,
            typeName: r.interviewType.name,
            competencies: r.competencies.map(({ key, name }) => ({ key, name })),
          }))}
          counterpartName={counterpartName}
          timeZone={zone}
        />
      </div>
      <section aria-label="Interviews" className="mt-6">
        <HydrationBoundary state={dehydrate(queryClient)}>
          <QueryErrorBoundary what="your history">
            <Suspense fallback={<HistorySkeleton />}>
              <HistoryList filters={filters} query={query} timeZone={zone} />
            </Suspense>
          </QueryErrorBoundary>
        </HydrationBoundary>
      </section>
    </div>
  );
}
