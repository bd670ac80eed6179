import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";
import { requireOnboardedUser } from "@/app/_server/current-user";
import { AvailabilityEditor } from "@/components/availability/availability-editor";
import { myAvailabilityQuery } from "@/components/availability/availability-keys";
import { myCalendarsQuery } from "@/components/availability/calendar-keys";
import { ExternalCalendarsSection } from "@/components/availability/external-calendars-section";
import { interviewTypeListQuery } from "@/components/availability/interview-type-keys";
import { getAvailability } from "@/lib/availability/get-availability";
import { listCalendars } from "@/lib/external-calendars/external-calendars";
import { listInterviewTypes } from "@/lib/interview-types/list-interview-types";
import { bookabilityOf } from "@/lib/people/bookable";

export const metadata: Metadata = { title: "Availability" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AvailabilityPage({ searchParams }: { searchParams: SearchParams }) {
  const caller = await requireOnboardedUser();
  const welcome = (await searchParams).welcome === "1";
  const { bookable } = await bookabilityOf(caller.id);

  // A QueryClient of this request's own. The same query options as the editor's hooks, with the
  // lib/ functions as queryFn so the server skips an HTTP round trip to itself.
  // (getQueryClient() lives in a "use client" module, so a server component can't call it.)
  const queryClient = new QueryClient();
  await Promise.all([
    queryClient.fetchQuery({ ...myAvailabilityQuery(), queryFn: () => getAvailability(caller) }),
    queryClient.fetchQuery({ ...interviewTypeListQuery(), queryFn: () => listInterviewTypes() }),
    queryClient.fetchQuery({
      ...myCalendarsQuery(),
      queryFn: async () => ({ calendars: await listCalendars(caller) }),
    }),
  ]);

  return (
    <div>
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link
          href="/settings"
          className="inline-flex min-h-11 items-center gap-1 font-medium text-brand-700 underline-offset-2 hover:underline"
        >
          <span aria-hidden="true">←</span>
          <span className="sr-only">Back to </span>Settings
        </Link>
      </nav>
      <h1 className="text-2xl font-bold">Your availability</h1>
      <p className="mt-1 max-w-prose text-slate-700">
        When peers can book a mock interview with you. MockLoop only offers them times inside these hours, and never
        more than your rules allow.
      </p>
      {!bookable ? (
        <div role="note" className="mt-4 max-w-prose rounded-lg bg-amber-50 p-4 text-amber-950 ring-1 ring-amber-300">
          <p className="font-semibold">{welcome ? "One more step: your hours" : "You're not bookable yet"}</p>
          <p className="mt-1">
            People can book you only once you add your weekly hours and the interview types you run, then save.
            {welcome ? " We've ticked the focus areas you chose; change them if you run others." : ""}
          </p>
        </div>
      ) : welcome ? (
        <p className="mt-4 max-w-prose text-slate-700">
          You&apos;re bookable.{" "}
          <Link href={`/people/${caller.id}`} className="font-semibold text-brand-700 underline">
            Share your booking page
          </Link>{" "}
          with your study group.
        </p>
      ) : null}
      <div className="mt-6">
        <HydrationBoundary state={dehydrate(queryClient)}>
          <AvailabilityEditor />
          <div className="mt-6">
            <ExternalCalendarsSection viewerZone={caller.timeZone ?? "UTC"} />
          </div>
        </HydrationBoundary>
      </div>
    </div>
  );
}
