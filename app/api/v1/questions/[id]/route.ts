import { requireCaller } from "@/lib/auth/caller";
import { getQuestion } from "@/lib/questions/get-question";
import { questionPatchSchema } from "@/lib/questions/question.schema";
import { editQuestion } from "@/lib/questions/write-question";
import { handle, jsonResponse, parseJson } from "@/lib/http";

export const GET = handle<{ id: string }>(async ({ request, requestId, params }) => {
  const caller = await requireCaller(request);
  return jsonResponse(await getQuestion(caller, params.id), requestId);
});

export const PATCH = handle<{ id: string }>(async ({ request, requestId, params }) => {
  const caller = await requireCaller(request);
  const patch = await parseJson(request, questionPatchSchema);
  return jsonResponse(await editQuestion(caller, params.id, patch), requestId);
});
