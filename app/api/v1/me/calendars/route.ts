import { requireCaller } from "@/lib/auth/caller";
import { connectCalendarSchema } from "@/lib/external-calendars/external-calendar.schema";
import { connectCalendar, listCalendars } from "@/lib/external-calendars/external-calendars";
import { handle, jsonResponse, parseJson } from "@/lib/http";

export const GET = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  return jsonResponse({ calendars: await listCalendars(caller) }, requestId, {
    headers: { "cache-control": "no-store" },
  });
});

export const POST = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  const input = await parseJson(request, connectCalendarSchema);
  return jsonResponse(await connectCalendar(caller, input), requestId, {
    status: 201,
    headers: { "cache-control": "no-store" },
  });
});
