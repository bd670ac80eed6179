import { apiRequest } from "@/components/api-request";
import type { ModerationInput, QuestionInput, QuestionResponse } from "@/lib/questions/question.schema";

/**
 * The question domain in the browser: the React Query key factory (mutations
 * invalidate by its prefix) and the calls to /api/v1/questions. The bank's
 * lists are rendered on the server from the URL, so after a write the screens
 * also call router.refresh().
 */
export const questionKeys = {
  all: ["questions"] as const,
  lists: () => [...questionKeys.all, "list"] as const,
  detail: (id: string) => [...questionKeys.all, "detail", id] as const,
};

export type CreatedQuestion = QuestionResponse;

export function proposeQuestion(input: QuestionInput): Promise<CreatedQuestion> {
  return apiRequest<CreatedQuestion>("/api/v1/questions", { method: "POST", body: input });
}

export function moderateQuestion(id: string, input: ModerationInput): Promise<QuestionResponse> {
  return apiRequest(`/api/v1/questions/${encodeURIComponent(id)}/moderation`, { method: "POST", body: input });
}
