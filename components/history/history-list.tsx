"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Pagination } from "@/components/questions/question-results";
import { Button } from "@/components/ui/button";
import type { HistoryQuery } from "@/lib/progress/progress.types";
import { historyQuery } from "./history-keys";
import { HistoryRow } from "./history-row";
import { hasHistoryFilters, historyHref, type HistoryFilters } from "./history-search-params";

interface Props {
  filters: HistoryFilters;
  query: HistoryQuery;
  timeZone: string;
}

export function HistoryList({ filters, query, timeZone }: Props) {
  const { data } = useSuspenseQuery(historyQuery(query));
  const pageCount = Math.max(1, Math.ceil(data.total / data.pageSize));

  if (data.items.length === 0) {
    return hasHistoryFilters(filters) || filters.page > 1 ? <NoMatches /> : <NoHistory />;
  }

  const firstShown = (data.page - 1) * data.pageSize + 1;
  return (
    <>
      <p className="text-sm text-slate-600" aria-live="polite">
        {data.total === 1
          ? "1 interview"
          : `Showing ${firstShown}–${firstShown + data.items.length - 1} of ${data.total} interviews`}
        , newest first. Times in {timeZone}.
      </p>
      <ol className="mt-3 space-y-3" aria-label="Past interviews">
        {data.items.map((item) => (
          <HistoryRow
            key={`${item.bookingId ?? item.soloAttemptId}:${item.role}`}
            item={item}
            filters={filters}
            timeZone={timeZone}
          />
        ))}
      </ol>
      <Pagination
        page={data.page}
        pageCount={pageCount}
        hrefFor={(page) => historyHref(filters, { page })}
        label="History pages"
      />
    </>
  );
}

function NoHistory() {
  return (
    <div className="rounded-lg bg-white p-6 text-center shadow-sm ring-1 ring-slate-200">
      <p className="font-semibold">No past interviews yet.</p>
      <p className="mt-1 text-slate-700">
        Every interview you have, as candidate or interviewer, lands here with its scores once feedback is released.
      </p>
      <Button asChild className="mt-4">
        <Link href="/find">Book your first mock</Link>
      </Button>
    </div>
  );
}

function NoMatches() {
  return (
    <div className="rounded-lg bg-white p-6 text-center shadow-sm ring-1 ring-slate-200">
      <p className="font-semibold">No interviews match these filters.</p>
      <p className="mt-1 text-slate-700">Try a wider date range or another type, or clear the filters.</p>
      <Button asChild variant="secondary" className="mt-4">
        <Link href="/history">Clear filters</Link>
      </Button>
    </div>
  );
}
