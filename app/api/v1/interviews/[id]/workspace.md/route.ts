import { requireCaller } from "@/lib/auth/caller";
import { handle, parseQuery, REQUEST_ID_HEADER } from "@/lib/http";
import { getWorkspaceMarkdown } from "@/lib/live-room/get-live-room-snapshot";
import { noQuerySchema } from "@/lib/progress/progress.schema";

// A folder named workspace.md is an ordinary route segment: the URL ends in .md.
export const GET = handle<{ id: string }>(async ({ request, requestId, params }) => {
  const caller = await requireCaller(request);
  parseQuery(request, noQuerySchema);
  const { filename, markdown } = await getWorkspaceMarkdown(caller, params.id);
  return new Response(markdown, {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "private, no-store",
      [REQUEST_ID_HEADER]: requestId,
    },
  });
});
