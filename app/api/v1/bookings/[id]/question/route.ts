import { requireCaller } from "@/lib/auth/caller";
import { swapQuestion } from "@/lib/booking/booking-lifecycle";
import { swapQuestionSchema } from "@/lib/booking/lifecycle.schema";
import { handle, jsonResponse, parseJson } from "@/lib/http";

export const POST = handle<{ id: string }>(async ({ request, requestId, params }) => {
  const caller = await requireCaller(request);
  const { questionId } = await parseJson(request, swapQuestionSchema);
  return jsonResponse(await swapQuestion(caller, params.id, questionId), requestId);
});
