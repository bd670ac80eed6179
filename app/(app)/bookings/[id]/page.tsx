import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { requireOnboardedUser } from "@/app/_server/current-user";
import { BookingDetailView } from "@/components/bookings/booking-detail";
import { bookingQuery, type BookingDetail } from "@/components/bookings/booking-keys";
import type { Caller } from "@/lib/auth/sessions";
import { getBooking } from "@/lib/booking/list-bookings";
import { orNotFound } from "@/app/_server/or-not-found";
import { listBlocked } from "@/lib/users/blocks";

type Params = { params: Promise<{ id: string }> };

/** Not yours and not there are the same 404. The JSON round trip gives the API's shape (ISO dates). */
const loadBooking = cache(
  async (caller: Caller, id: string): Promise<BookingDetail> =>
    JSON.parse(JSON.stringify(await orNotFound(getBooking(caller, id)))) as BookingDetail,
);

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const caller = await requireOnboardedUser();
  const booking = await loadBooking(caller, (await params).id);
  return { title: booking.interviewType.name };
}

export default async function BookingPage({ params }: Params) {
  const caller = await requireOnboardedUser();
  const { id } = await params;
  const booking = await loadBooking(caller, id);
  const counterpartId = booking.role === "CANDIDATE" ? booking.interviewer.id : booking.candidate.id;
  const blocked = (await listBlocked(caller)).some((b) => b.id === counterpartId);

  const queryClient = new QueryClient();
  queryClient.setQueryData(bookingQuery(id).queryKey, booking);

  return (
    <div>
      <Link href="/bookings" className="text-sm font-semibold text-brand-700 underline">
        <span aria-hidden="true">← </span>My interviews
      </Link>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <BookingDetailView
          id={id}
          viewerId={caller.id}
          timeZone={caller.timeZone ?? "UTC"}
          renderedAt={new Date().toISOString()}
          blocked={blocked}
        />
      </HydrationBoundary>
    </div>
  );
}
