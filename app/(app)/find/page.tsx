import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";
import { requireOnboardedUser } from "@/app/_server/current-user";
import { FindPeer } from "@/components/find-peer/find-peer";
import { slotSearchQuery } from "@/components/find-peer/slot-keys";
import { currentWeekStart, resolveWeek, weekBounds } from "@/components/find-peer/zoned-time";
import { searchSlots } from "@/lib/booking/search-slots";
import { listInterviewTypes } from "@/lib/interview-types/list-interview-types";
import { getPublicProfile } from "@/lib/users/get-public-profile";

export const metadata: Metadata = { title: "Find a peer" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export default async function FindPage({ searchParams }: Props) {
  const caller = await requireOnboardedUser();
  const zone = caller.timeZone ?? "UTC";
  const [types, me, params] = await Promise.all([listInterviewTypes(), getPublicProfile(caller.id), searchParams]);

  if (types.length === 0) {
    return (
      <div>
        <h1 className="text-2xl font-bold">Find a peer</h1>
        <p className="mt-2 text-slate-700">
          There are no interview types to book yet. Check back soon, or{" "}
          <Link href="/settings" className="text-brand-700 underline">
            review your profile
          </Link>{" "}
          meanwhile.
        </p>
      </div>
    );
  }

  // What they said they're preparing for comes first; otherwise the first type.
  const defaultType = me.focusAreas.find((f) => types.some((t) => t.slug === f.slug))?.slug ?? types[0]!.slug;
  const typeParam = one(params.type);
  const type = types.some((t) => t.slug === typeParam) ? typeParam! : defaultType;
  const thisWeek = currentWeekStart(zone);
  const week = resolveWeek(one(params.week), zone, thisWeek);

  // A QueryClient of this request's own, primed with the same options the calendar's hook uses;
  // searchSlots is called directly so the server skips an HTTP round trip to itself.
  const queryClient = new QueryClient();
  const search = { interviewType: type, ...weekBounds(week, zone) };
  await queryClient.prefetchQuery({
    ...slotSearchQuery(search),
    queryFn: () => searchSlots(caller, { interviewType: type, from: new Date(search.from), to: new Date(search.to) }),
  });

  return (
    <div>
      <h1 className="text-2xl font-bold">Find a peer</h1>
      <p className="mt-1 max-w-prose text-slate-700">
        Pick the kind of interview you want to practise and a time that suits you. Peers free then are listed best match
        first; one click books.
      </p>
      <div className="mt-6">
        <HydrationBoundary state={dehydrate(queryClient)}>
          <FindPeer
            timeZone={zone}
            types={types.map(({ slug, name, durationMinutes, description }) => ({
              slug,
              name,
              durationMinutes,
              description,
            }))}
            defaultType={defaultType}
            thisWeek={thisWeek}
          />
        </HydrationBoundary>
      </div>
    </div>
  );
}
