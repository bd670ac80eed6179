import { requireCaller } from "@/lib/auth/caller";
import { questionInputSchema, questionSearchSchema } from "@/lib/questions/question.schema";
import { searchQuestions } from "@/lib/questions/search-questions";
import { createQuestion } from "@/lib/questions/write-question";
import { handle, jsonResponse, parseJson, parseQuery } from "@/lib/http";

export const GET = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  return jsonResponse(await searchQuestions(caller, parseQuery(request, questionSearchSchema)), requestId);
});

/** Propose a question (pending until an admin approves); admins' questions are approved at once. */
export const POST = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  const input = await parseJson(request, questionInputSchema);
  return jsonResponse(await createQuestion(caller, input), requestId, { status: 201 });
});
