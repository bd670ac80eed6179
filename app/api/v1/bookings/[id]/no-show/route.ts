import { requireCaller } from "@/lib/auth/caller";
import { disputeNoShow, reportNoShow } from "@/lib/booking/booking-lifecycle";
import { noShowSchema } from "@/lib/booking/lifecycle.schema";
import { handle, jsonResponse, parseJson } from "@/lib/http";

/** `{ action: "report" }` by the one who turned up; `{ action: "dispute", reason }` once by the accused. */
export const POST = handle<{ id: string }>(async ({ request, requestId, params }) => {
  const caller = await requireCaller(request);
  const input = await parseJson(request, noShowSchema);
  const result =
    input.action === "report"
      ? await reportNoShow(caller, params.id, input.note)
      : await disputeNoShow(caller, params.id, input.reason);
  return jsonResponse(result, requestId);
});
