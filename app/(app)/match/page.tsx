import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";
import { requireOnboardedUser } from "@/app/_server/current-user";
import { matchRequestsQuery, type MatchRequest } from "@/components/match/match-keys";
import { MatchMe } from "@/components/match/match-me";
import { listInterviewTypes } from "@/lib/interview-types/list-interview-types";
import { listMatchRequests } from "@/lib/matching/match-requests";
import { getPublicProfile } from "@/lib/users/get-public-profile";

export const metadata: Metadata = { title: "Match me" };

export default async function MatchPage() {
  const caller = await requireOnboardedUser();
  const zone = caller.timeZone ?? "UTC";
  const [types, me] = await Promise.all([listInterviewTypes(), getPublicProfile(caller.id)]);

  const queryClient = new QueryClient();
  await queryClient.prefetchQuery({
    ...matchRequestsQuery(),
    // The API's JSON (ISO dates), without an HTTP round trip to ourselves.
    queryFn: async () => JSON.parse(JSON.stringify(await listMatchRequests(caller))) as MatchRequest[],
  });

  return (
    <div>
      <h1 className="text-2xl font-bold">Match me</h1>
      <p className="mt-1 max-w-prose text-slate-700">
        Tell us what you want to practise and when you&apos;re free. We book the best interviewer who fits, right away
        if we can, or as soon as someone opens a matching time. Rather choose yourself?{" "}
        <Link href="/find" className="font-semibold text-brand-700 underline">
          Find a peer
        </Link>
        .
      </p>
      <div className="mt-6">
        {types.length === 0 ? (
          <p className="text-slate-700">There are no interview types to book yet. Check back soon.</p>
        ) : (
          <HydrationBoundary state={dehydrate(queryClient)}>
            <MatchMe
              types={types.map(({ slug, name, durationMinutes }) => ({ slug, name, durationMinutes }))}
              defaultType={me.focusAreas.find((f) => types.some((t) => t.slug === f.slug))?.slug ?? types[0]!.slug}
              timeZone={zone}
              renderedAt={new Date().toISOString()}
            />
          </HydrationBoundary>
        )}
      </div>
    </div>
  );
}
