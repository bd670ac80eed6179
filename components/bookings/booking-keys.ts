import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { ApiError, apiRequest } from "@/components/api-request";
import type {
  BookingDetailResponse,
  BookingPageResponse,
  BookingResponse,
  BookingStatusValue,
} from "@/lib/booking/booking.schema";

/** The API's answers, typed from their response schemas (lib/booking/booking.schema.ts). */
export type BookingRow = BookingResponse;
export type BookingStatus = BookingStatusValue;
export type BookingPerson = BookingResponse["candidate"];
export type BookingDetail = BookingDetailResponse;
export type BookingPage = BookingPageResponse;

export type BookingWhen = "upcoming" | "past";

export const BOOKINGS_PAGE_SIZE = 10;

export const bookingKeys = {
  all: ["bookings"] as const,
  lists: () => [...bookingKeys.all, "list"] as const,
  list: (when: BookingWhen) => [...bookingKeys.lists(), { when }] as const,
  detail: (id: string) => [...bookingKeys.all, "detail", id] as const,
};

/**
 * The caller's bookings, a page at a time. The server page prefetches the first
 * page with the same options, swapping in a direct listMyBookings call.
 */
export const myBookingsQuery = (when: BookingWhen) =>
  infiniteQueryOptions({
    queryKey: bookingKeys.list(when),
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ when, limit: String(BOOKINGS_PAGE_SIZE) });
      if (pageParam) params.set("cursor", pageParam);
      return apiRequest<BookingPage>(`/api/v1/bookings?${params}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

/** One booking; the server page prefetches it with a direct getBooking call. */
export const bookingQuery = (id: string) =>
  queryOptions({
    queryKey: bookingKeys.detail(id),
    queryFn: () => apiRequest<BookingDetail>(`/api/v1/bookings/${encodeURIComponent(id)}`),
  });

export interface BookingAttempt {
  interviewerId: string;
  interviewType: string;
  start: string;
  /** One per attempt: a retry of the same attempt sends the same key, so it can't book twice. */
  idempotencyKey: string;
}

export async function createBooking(attempt: BookingAttempt): Promise<BookingRow> {
  let response: Response;
  try {
    response = await fetch("/api/v1/bookings", {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": attempt.idempotencyKey },
      body: JSON.stringify({
        interviewerId: attempt.interviewerId,
        interviewType: attempt.interviewType,
        start: attempt.start,
      }),
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError(
      0,
      "We couldn't reach MockLoop, so nothing was booked yet. Check your connection and try again.",
    );
  }
  if (response.ok) return (await response.json()) as BookingRow;
  const problem = (await response.json().catch(() => null)) as { detail?: unknown } | null;
  const detail = typeof problem?.detail === "string" ? problem.detail : "Something went wrong. Please try again.";
  throw new ApiError(response.status, detail);
}

/** A fresh key per booking attempt (randomUUID needs a secure context; fall back to random bytes). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
