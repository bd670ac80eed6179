import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "@/components/api-request";
import type { InterviewerStats, ProgressResponse } from "@/lib/progress/progress.types";

export const progressKeys = {
  all: ["progress"] as const,
  /** `null`: the type the server picks (the one with the most interviews). */
  type: (type: string | null) => [...progressKeys.all, "type", type] as const,
  interviewing: () => [...progressKeys.all, "interviewing"] as const,
};

/** The aggregates for one interview type; the server page prefetches them with a direct getProgress call. */
export const progressQuery = (type: string | null) =>
  queryOptions({
    queryKey: progressKeys.type(type),
    queryFn: () =>
      apiRequest<ProgressResponse>(
        type ? `/api/v1/me/progress?type=${encodeURIComponent(type)}` : "/api/v1/me/progress",
      ),
  });

export const interviewingQuery = () =>
  queryOptions({
    queryKey: progressKeys.interviewing(),
    queryFn: () => apiRequest<InterviewerStats>("/api/v1/me/interviewing"),
  });
