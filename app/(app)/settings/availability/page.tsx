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

export const metadata: Metadata = { title: "Availability" };

export default async function AvailabilityPage() {
  const caller = await requireOnboardedUser();

  // A QueryClient of this request's own. The same query options as the editor's hooks, with the
  // lib/ functions as queryFn so the server skips an HTTP round trip to itself.
  // (getQueryClient() lives in a "use client" module, so a server component can't call it.)
  const queryClient = new QueryClient();
  await Promise.all([
    queryClient.fetchQuery({ ...myAvailabilityQuery(), queryFn: () => getAvailability(caller) }),
    queryClient.fetchQuery({ ...interviewTypeListQuery(), queryFn: () => listInterviewTypes() }),
    queryClient.fetchQuery({ ...myCalendarsQuery(), queryFn: async () => ({ calendars: await listCalendars(caller) }) }),
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
