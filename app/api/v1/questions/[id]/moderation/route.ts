import { requireAdmin } from "@/lib/auth/caller";
import { moderationSchema } from "@/lib/questions/question.schema";
import { moderateQuestion } from "@/lib/questions/write-question";
import { handle, jsonResponse, parseJson } from "@/lib/http";

/** Approve (optionally with edits), reject with a reason, or retire: admins only. */
export const POST = handle<{ id: string }>(async ({ request, requestId, params }) => {
  const caller = await requireAdmin(request);
  const input = await parseJson(request, moderationSchema);
  return jsonResponse(await moderateQuestion(caller, params.id, input), requestId);
});
