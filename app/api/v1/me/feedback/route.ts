import { requireCaller } from "@/lib/auth/caller";
import { receivedFeedbackQuerySchema } from "@/lib/feedback/feedback.schema";
import { listReceivedFeedback } from "@/lib/feedback/list-received-feedback";
import { handle, jsonResponse, parseQuery } from "@/lib/http";

export const GET = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  return jsonResponse(await listReceivedFeedback(caller, parseQuery(request, receivedFeedbackQuerySchema)), requestId);
});
