import { requireCaller } from "@/lib/auth/caller";
import { reportFeedbackSchema } from "@/lib/feedback/feedback.schema";
import { reportFeedback } from "@/lib/feedback/feedback-reports";
import { handle, jsonResponse, parseJson } from "@/lib/http";

export const POST = handle<{ id: string }>(async ({ request, requestId, params }) => {
  const caller = await requireCaller(request);
  const { reason } = await parseJson(request, reportFeedbackSchema);
  return jsonResponse(await reportFeedback(caller, params.id, reason), requestId, { status: 201 });
});
