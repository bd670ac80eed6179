import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";
import { requireOnboardedUser } from "@/app/_server/current-user";
import {
  BOOKINGS_PAGE_SIZE,
  myBookingsQuery,
  type BookingPage,
  type BookingWhen,
} from "@/components/bookings/booking-keys";
import { BookingList } from "@/components/bookings/booking-list";
import { BookingTabs } from "@/components/bookings/booking-tabs";
import { listMyBookings } from "@/lib/booking/list-bookings";
import { getTrack, interviewsOnly } from "@/lib/users/get-track";

export const metadata: Metadata = { title: "My interviews" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BookingsPage({ searchParams }: Props) {
  const caller = await requireOnboardedUser();
  const zone = caller.timeZone ?? "UTC";
  const when: BookingWhen = (await searchParams).when === "past" ? "past" : "upcoming";

  // The first page, with the same options as the list's hook; later pages come from the API.
  const queryClient = new QueryClient();
  await queryClient.prefetchInfiniteQuery({
    ...myBookingsQuery(when),
    queryFn: async ({ pageParam }) => {
      const page = await listMyBookings(caller, { when, limit: BOOKINGS_PAGE_SIZE, cursor: pageParam ?? undefined });
      // The same JSON the API sends (dates as ISO strings), so pages fetched later look alike.
      return JSON.parse(JSON.stringify(page)) as BookingPage;
    },
  });

  return (
    <div>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-2xl font-bold">My interviews</h1>
          <p className="mt-1 text-slate-700">
            Every interview you&apos;re in, as candidate or interviewer. Times in{" "}
            <strong className="font-semibold">{zone}</strong>.
          </p>
        </div>
        <Link
          href="/find"
          className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
        >
          Find a peer
        </Link>
      </div>
      <BookingTabs when={when} />
      <div className="mt-4">
        <HydrationBoundary state={dehydrate(queryClient)}>
          <BookingList
            when={when}
            viewerId={caller.id}
            timeZone={zone}
            interviewsOnly={interviewsOnly(await getTrack(caller))}
          />
        </HydrationBoundary>
      </div>
    </div>
  );
}
