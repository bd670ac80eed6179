import { feedForToken } from "@/lib/calendar/calendar-feed";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http";

/** `/api/v1/calendar/<token>.ics`: the token is the credential (calendar apps can't sign in). */
export const GET = handle<{ file: string }>(async ({ requestId, params }) => {
  const token = /^([\w-]{20,100})\.ics$/.exec(params.file)?.[1];
  if (!token) throw new AppError("NOT_FOUND", "No such calendar.");
  return new Response(await feedForToken(token), {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "cache-control": "private, max-age=300",
      "x-request-id": requestId,
    },
  });
});
