import { requireCaller } from "@/lib/auth/caller";
import { requestCalendarRefresh } from "@/lib/external-calendars/external-calendars";
import { handle, jsonResponse } from "@/lib/http";

export const POST = handle<{ id: string }>(async ({ request, requestId, params }) => {
  const caller = await requireCaller(request);
  await requestCalendarRefresh(caller, params.id);
  return jsonResponse({ queued: true }, requestId, { status: 202 });
});
