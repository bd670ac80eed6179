import { requireCaller } from "@/lib/auth/caller";
import { createCalendarFeed, revokeCalendarFeed } from "@/lib/calendar/calendar-feed";
import { handle, jsonResponse, noContent } from "@/lib/http";

/** Makes a new secret feed URL (revoking any older one); shown once. */
export const POST = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  return jsonResponse(await createCalendarFeed(caller), requestId, {
    status: 201,
    headers: { "cache-control": "no-store" },
  });
});

export const DELETE = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  await revokeCalendarFeed(caller);
  return noContent(requestId);
});
