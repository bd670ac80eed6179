import { expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { FeedbackForViewer, ReceivedFeedbackPage, RubricView } from "../feedback/feedback.types";
import type {
  feedbackForViewerResponseSchema,
  receivedFeedbackPageResponseSchema,
  rubricViewSchema,
} from "../feedback/feedback.schema";
import type { InterviewRoom } from "../interview-room/room.types";
import type { interviewRoomResponseSchema } from "../interview-room/room.schema";
import type { HistoryPage, InterviewerStats, ProgressResponse } from "../progress/progress.types";
import type {
  historyPageResponseSchema,
  interviewerStatsResponseSchema,
  progressResponseSchema,
} from "../progress/progress.schema";

/**
 * Some answers also have a named type in their domain's *.types.ts, read by lib/ and the UI alike;
 * tsc holds each to its response schema, so the published contract and the code cannot drift apart.
 */
it("the domains' named answer types are their response schemas' types", () => {
  expectTypeOf<z.infer<typeof feedbackForViewerResponseSchema>>().toEqualTypeOf<FeedbackForViewer>();
  expectTypeOf<z.infer<typeof receivedFeedbackPageResponseSchema>>().toEqualTypeOf<ReceivedFeedbackPage>();
  expectTypeOf<z.infer<typeof rubricViewSchema>>().toEqualTypeOf<RubricView>();
  expectTypeOf<z.infer<typeof interviewRoomResponseSchema>>().toEqualTypeOf<InterviewRoom>();
  expectTypeOf<z.infer<typeof historyPageResponseSchema>>().toEqualTypeOf<HistoryPage>();
  expectTypeOf<z.infer<typeof progressResponseSchema>>().toEqualTypeOf<ProgressResponse>();
  expectTypeOf<z.infer<typeof interviewerStatsResponseSchema>>().toEqualTypeOf<InterviewerStats>();
});
