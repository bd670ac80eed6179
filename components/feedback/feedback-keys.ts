import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "@/components/api-request";
import { roomKeys } from "@/components/interview-room/room-keys";
import type { FeedbackForViewer } from "@/lib/feedback/feedback.types";

export const feedbackKeys = {
  detail: (bookingId: string) => [...roomKeys.all, bookingId, "feedback"] as const,
};

const path = (bookingId: string) => `/api/v1/interviews/${encodeURIComponent(bookingId)}/feedback`;

/** What the caller may see now; release is decided by the server on every read. */
export const feedbackQuery = (bookingId: string) =>
  queryOptions({
    queryKey: feedbackKeys.detail(bookingId),
    queryFn: () => apiRequest<FeedbackForViewer>(path(bookingId)),
    // The other person may submit at any moment: look again when the tab comes back.
    refetchOnWindowFocus: true,
    staleTime: 15_000,
  });

/** PUT: a draft while unfinished; after submission (before release) a full edit. */
export const putFeedback = (bookingId: string, body: unknown) =>
  apiRequest<FeedbackForViewer>(path(bookingId), { method: "PUT", body });

export const submitFeedback = (bookingId: string, body: unknown) =>
  apiRequest<FeedbackForViewer>(`${path(bookingId)}/submit`, { method: "POST", body });

export const reportFeedback = (feedbackId: string, reason: string) =>
  apiRequest<unknown>(`/api/v1/feedback/${encodeURIComponent(feedbackId)}/report`, {
    method: "POST",
    body: { reason },
  });
