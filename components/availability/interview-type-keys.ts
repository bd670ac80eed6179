import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "@/components/api-request";
import type { InterviewTypeResponse } from "@/lib/interview-types/interview-types.schema";

/** An interview type as GET /api/v1/interview-types returns it. */
export type InterviewTypeRow = InterviewTypeResponse;

// Lives beside the availability editor, its first client-side reader; move it to
// components/interview-types/ when a second screen needs it.
export const interviewTypeKeys = {
  all: ["interview-types"] as const,
  list: () => [...interviewTypeKeys.all, "list"] as const,
};

export const interviewTypeListQuery = () =>
  queryOptions({
    queryKey: interviewTypeKeys.list(),
    queryFn: async () =>
      (await apiRequest<{ interviewTypes: InterviewTypeRow[] }>("/api/v1/interview-types")).interviewTypes,
    // The catalogue changes when an admin edits it, not while someone edits their hours.
    staleTime: 5 * 60_000,
  });
