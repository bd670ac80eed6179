import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { requireOnboardedUser } from "@/app/_server/current-user";
import { InterviewerView } from "@/components/progress/interviewer-view";
import { interviewingQuery, progressQuery } from "@/components/progress/progress-keys";
import { ProgressSkeleton } from "@/components/progress/progress-skeleton";
import { ProgressView } from "@/components/progress/progress-view";
import { QueryErrorBoundary } from "@/components/progress/query-error-boundary";
import { ViewTabs, type ProgressViewName } from "@/components/progress/view-tabs";
import { AppError } from "@/lib/errors";
import { getInterviewerStats } from "@/lib/progress/get-interviewer-stats";
import { getProgress } from "@/lib/progress/get-progress";
import { getTrack, interviewsOnly } from "@/lib/users/get-track";
import type { InterviewerStats, ProgressResponse } from "@/lib/progress/progress.types";

export const metadata: Metadata = { title: "Progress" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);
const SLUG = /^[\w-]{1,100}$/;

export default async function ProgressRoute({ searchParams }: Props) {
  const caller = await requireOnboardedUser();
  const zone = caller.timeZone ?? "UTC";
  const params = await searchParams;
  const defaultView: ProgressViewName = interviewsOnly(await getTrack(caller)) ? "interviewer" : "candidate";
  const asked = one(params.view);
  const view: ProgressViewName = asked === "interviewer" || asked === "candidate" ? asked : defaultView;
  const typeParam = one(params.type);
  const type = typeParam && SLUG.test(typeParam) ? typeParam : null;

  // Only the side on screen is fetched, by calling lib/ directly (no HTTP round trip to ourselves),
  // as the same JSON the API sends.
  const queryClient = new QueryClient();
  if (view === "candidate") {
    try {
      await queryClient.fetchQuery({
        ...progressQuery(type),
        queryFn: async () =>
          JSON.parse(JSON.stringify(await getProgress(caller, { type: type ?? undefined }))) as ProgressResponse,
      });
    } catch (error) {
      // A hand-edited or retired ?type= shows the default type rather than an error.
      if (type && error instanceof AppError && error.code === "BAD_REQUEST") redirect("/progress");
      // Anything else: the browser asks the API again, and the error boundary explains if that fails too.
    }
  } else {
    await queryClient.prefetchQuery({
      ...interviewingQuery(),
      queryFn: async () => JSON.parse(JSON.stringify(await getInterviewerStats(caller))) as InterviewerStats,
    });
  }

  return (
    <div>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-2xl font-bold">Progress</h1>
          <p className="mt-1 max-w-prose text-slate-700">
            {view === "candidate"
              ? "Are you getting better, and at what? Your scores per competency over time, whether you look ready, and what to practise next."
              : "How your interviewing is going: the feedback you've given, how candidates rate you, and how you grade."}
          </p>
        </div>
        <Link href="/history" className="text-sm font-semibold text-brand-700 underline">
          See every interview in History
        </Link>
      </div>
      <ViewTabs view={view} defaultView={defaultView} />
      <div className="mt-6">
        <HydrationBoundary state={dehydrate(queryClient)}>
          <QueryErrorBoundary what={view === "candidate" ? "your progress" : "your interviewing figures"}>
            <Suspense fallback={<ProgressSkeleton />}>
              {view === "candidate" ? (
                <ProgressView type={type} timeZone={zone} />
              ) : (
                <InterviewerView timeZone={zone} />
              )}
            </Suspense>
          </QueryErrorBoundary>
        </HydrationBoundary>
      </div>
    </div>
  );
}
