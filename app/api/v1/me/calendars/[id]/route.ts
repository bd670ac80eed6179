import { requireCaller } from "@/lib/auth/caller";
import { removeCalendar } from "@/lib/external-calendars/external-calendars";
import { handle, noContent } from "@/lib/http";

export const DELETE = handle<{ id: string }>(async ({ request, requestId, params }) => {
  const caller = await requireCaller(request);
  await removeCalendar(caller, params.id);
  return noContent(requestId);
});
