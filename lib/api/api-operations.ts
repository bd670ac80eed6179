import { z } from "zod";
import { createApiTokenSchema } from "../auth/api-tokens";
import { magicLinkSchema } from "../auth/magic-link";
import { availabilitySchema } from "../availability/availability.schema";
import { createBookingSchema } from "../booking/booking.schema";
import { freePeersResponseSchema, freePeersSchema, slotSearchSchema } from "../slot-search/slot-search.schema";
import { cancelSchema, noShowSchema, rescheduleSchema, swapQuestionSchema } from "../booking/lifecycle.schema";
import { listBookingsSchema } from "../booking/list-bookings";
import { rescheduleTimesResponseSchema, rescheduleTimesSchema } from "../booking/reschedule-times.schema";
import {
  notesSchema,
  receivedFeedbackQuerySchema,
  reportFeedbackSchema,
  resolveReportSchema,
} from "../feedback/feedback.schema";
import {
  calendarListResponseSchema,
  calendarRefreshResponseSchema,
  connectCalendarSchema,
  externalCalendarViewSchema,
} from "../external-calendars/external-calendar.schema";
import { createInterviewTypeSchema } from "../interview-types/create-interview-type";
import { setLivePanelsSchema } from "../interview-types/live-panels";
import { boardQuerySchema } from "../live-room/live-room.schema";
import { matchRequestSchema } from "../matching/match-request.schema";
import { historyQuerySchema, progressQuerySchema } from "../progress/progress.schema";
import {
  moderationSchema,
  questionInputSchema,
  questionPatchSchema,
  questionSearchSchema,
} from "../questions/question.schema";
import { rubricInputSchema } from "../rubrics/rubric.schema";
import {
  soloAttemptListResponseSchema,
  soloAttemptResponseSchema,
  soloQuestionListResponseSchema,
  soloQuestionsQuerySchema,
  startSoloAttemptSchema,
  submitSoloAttemptSchema,
} from "../solo/solo.schema";
import { listUsersSchema, updateUserSchema } from "../users/admin-users";
import { peopleSearchResponseSchema, peopleSearchSchema } from "../people/people.schema";
import { notificationSettingsSchema } from "../users/notification-settings";
import { profilePatchSchema } from "../users/profile.schema";

// The answers' schemas, in a block of their own so that request imports merge cleanly.
import { availabilityResponseSchema } from "../availability/availability.schema";
import {
  apiTokenListResponseSchema,
  createdApiTokenResponseSchema,
  magicLinkResponseSchema,
  signedOutEverywhereResponseSchema,
} from "../auth/auth.schema";
import {
  bookingDetailResponseSchema,
  bookingPageResponseSchema,
  bookingResponseSchema,
} from "../booking/booking.schema";
import { cancelResponseSchema, noShowResponseSchema, swapQuestionResponseSchema } from "../booking/lifecycle.schema";
import { calendarFeedResponseSchema } from "../calendar/calendar.schema";
import {
  feedbackForViewerResponseSchema,
  feedbackReportListResponseSchema,
  feedbackReportResponseSchema,
  notesResponseSchema,
  receivedFeedbackPageResponseSchema,
  resolvedReportResponseSchema,
} from "../feedback/feedback.schema";
import { healthResponseSchema } from "../health/health.schema";
import { interviewRoomResponseSchema } from "../interview-room/room.schema";
import {
  interviewTypeListResponseSchema,
  interviewTypeResponseSchema,
  livePanelsResponseSchema,
} from "../interview-types/interview-types.schema";
import { liveRoomSnapshotResponseSchema } from "../live-room/live-room.schema";
import { matchRequestListResponseSchema, matchRequestResponseSchema } from "../matching/match-request.schema";
import {
  historyExportResponseSchema,
  historyPageResponseSchema,
  interviewerStatsResponseSchema,
  progressResponseSchema,
} from "../progress/progress.schema";
import {
  questionDetailResponseSchema,
  questionPageResponseSchema,
  questionResponseSchema,
} from "../questions/question.schema";
import { rubricListResponseSchema, rubricResponseSchema } from "../rubrics/rubric.schema";
import { slotSearchResponseSchema } from "../slot-search/slot-search.schema";
import {
  adminUserPageResponseSchema,
  adminUserResponseSchema,
  blockedListResponseSchema,
  meResponseSchema,
  notificationSettingsResponseSchema,
  publicProfileResponseSchema,
} from "../users/profile.schema";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

/** One operation of the public API, with the zod schemas its handler parses. */
export interface ApiOperation {
  method: HttpMethod;
  /** OpenAPI form: `{id}` for a dynamic segment. */
  path: string;
  tag: string;
  summary: string;
  query?: z.ZodType;
  body?: z.ZodType;
  /**
   * The JSON answer's schema (in the domain's `*.schema.ts`), or "empty" for a
   * 204; openapi.test.ts lists the JSON operations still without one.
   */
  response?: z.ZodType | "empty";
  /** The answer's media type when it is not JSON. */
  produces?: "text/csv" | "text/calendar" | "text/markdown";
  /** Open to anyone (no session or token needed). */
  public?: boolean;
}

const openApiDocumentSchema = z
  .looseObject({ openapi: z.literal("3.1.0"), info: z.looseObject({}), paths: z.record(z.string(), z.unknown()) })
  .describe("An OpenAPI 3.1 document");

const userIdBody = z.object({ userId: z.string().min(1).max(40) });
// The feedback forms depend on the booking's rubric version, so the handler validates them itself.
const feedbackForm = z
  .record(z.string(), z.unknown())
  .describe("The caller's side: the interviewer's or the candidate's form.");

/**
 * Every route under app/api/v1, as the handlers parse it. openapi-document.ts
 * turns it into the published document; openapi.test.ts fails when a route
 * exists that is not listed here.
 */
export const API_OPERATIONS: ApiOperation[] = [
  {
    method: "get",
    path: "/health",
    tag: "Platform",
    summary: "Whether the app and its database answer",
    public: true,
    response: healthResponseSchema,
  },
  {
    method: "get",
    path: "/openapi.json",
    tag: "Platform",
    summary: "This document",
    public: true,
    response: openApiDocumentSchema,
  },

  {
    method: "post",
    path: "/auth/demo",
    tag: "Auth",
    summary: "Sign in as a demo user (demo mode only)",
    body: userIdBody,
    public: true,
    response: "empty",
  },
  {
    method: "post",
    path: "/auth/magic-link",
    tag: "Auth",
    summary: "E-mail a sign-in link",
    body: magicLinkSchema,
    public: true,
    response: magicLinkResponseSchema,
  },
  { method: "post", path: "/auth/sign-out", tag: "Auth", summary: "End this session", response: "empty" },

  { method: "get", path: "/me", tag: "Me", summary: "The caller's account and profile", response: meResponseSchema },
  {
    method: "patch",
    path: "/me",
    tag: "Me",
    summary: "Change the profile",
    body: profilePatchSchema,
    response: meResponseSchema,
  },
  { method: "delete", path: "/me", tag: "Me", summary: "Delete the account (anonymised)", response: "empty" },
  {
    method: "get",
    path: "/me/availability",
    tag: "Me",
    summary: "Weekly hours, overrides and booking rules",
    response: availabilityResponseSchema,
  },
  {
    method: "put",
    path: "/me/availability",
    tag: "Me",
    summary: "Replace weekly hours, overrides and rules",
    body: availabilitySchema,
    response: availabilityResponseSchema,
  },
  {
    method: "post",
    path: "/me/calendar-feed",
    tag: "Me",
    summary: "Create (or replace) the secret calendar feed URL",
    response: calendarFeedResponseSchema,
  },
  { method: "delete", path: "/me/calendar-feed", tag: "Me", summary: "Revoke the calendar feed", response: "empty" },
  {
    method: "get",
    path: "/me/feedback",
    tag: "Feedback",
    summary: "Released feedback the caller received",
    query: receivedFeedbackQuerySchema,
    response: receivedFeedbackPageResponseSchema,
  },
  {
    method: "get",
    path: "/me/history",
    tag: "Progress",
    summary: "Past interviews, filtered and paged",
    query: historyQuerySchema,
    response: historyPageResponseSchema,
  },
  {
    method: "get",
    path: "/me/history.csv",
    tag: "Progress",
    summary: "The whole visible history as CSV",
    produces: "text/csv",
  },
  {
    method: "get",
    path: "/me/history.json",
    tag: "Progress",
    summary: "The whole visible history as JSON",
    response: historyExportResponseSchema,
  },
  {
    method: "get",
    path: "/me/interviewing",
    tag: "Progress",
    summary: "The interviewer view: feedback given, ratings, reliability",
    response: interviewerStatsResponseSchema,
  },
  {
    method: "get",
    path: "/me/notifications",
    tag: "Me",
    summary: "E-mail settings",
    response: notificationSettingsResponseSchema,
  },
  {
    method: "patch",
    path: "/me/notifications",
    tag: "Me",
    summary: "Change e-mail settings",
    body: notificationSettingsSchema,
    response: notificationSettingsResponseSchema,
  },
  {
    method: "get",
    path: "/me/progress",
    tag: "Progress",
    summary: "Levels and trends per competency",
    query: progressQuerySchema,
    response: progressResponseSchema,
  },
  {
    method: "delete",
    path: "/me/sessions",
    tag: "Me",
    summary: "Sign out everywhere",
    response: signedOutEverywhereResponseSchema,
  },
  { method: "get", path: "/me/tokens", tag: "Me", summary: "API tokens", response: apiTokenListResponseSchema },
  {
    method: "post",
    path: "/me/tokens",
    tag: "Me",
    summary: "Create an API token (its secret is shown once)",
    body: createApiTokenSchema,
    response: createdApiTokenResponseSchema,
  },
  { method: "delete", path: "/me/tokens/{id}", tag: "Me", summary: "Revoke an API token", response: "empty" },
  {
    method: "get",
    path: "/me/calendars",
    tag: "Me",
    summary: "Connected calendars: when each was last read, its error, and the busy times taken from it",
    response: calendarListResponseSchema,
  },
  {
    method: "post",
    path: "/me/calendars",
    tag: "Me",
    summary: "Connect a calendar (iCalendar address or CalDAV) whose busy times block your open times",
    body: connectCalendarSchema,
    response: externalCalendarViewSchema,
  },
  {
    method: "delete",
    path: "/me/calendars/{id}",
    tag: "Me",
    summary: "Remove a connected calendar and its busy times",
    response: "empty",
  },
  {
    method: "post",
    path: "/me/calendars/{id}/refresh",
    tag: "Me",
    summary: "Read a connected calendar again now",
    response: calendarRefreshResponseSchema,
  },

  {
    method: "get",
    path: "/users/{id}",
    tag: "People",
    summary: "Someone's public profile card",
    response: publicProfileResponseSchema,
  },
  {
    method: "get",
    path: "/blocks",
    tag: "People",
    summary: "People the caller blocked",
    response: blockedListResponseSchema,
  },
  { method: "post", path: "/blocks", tag: "People", summary: "Block someone", body: userIdBody, response: "empty" },
  { method: "delete", path: "/blocks/{userId}", tag: "People", summary: "Unblock someone", response: "empty" },

  {
    method: "get",
    path: "/interview-types",
    tag: "Interview types",
    summary: "The interview types",
    public: true,
    response: interviewTypeListResponseSchema,
  },
  {
    method: "post",
    path: "/interview-types",
    tag: "Interview types",
    summary: "Add an interview type (admins)",
    body: createInterviewTypeSchema,
    response: interviewTypeResponseSchema,
  },

  {
    method: "get",
    path: "/slots",
    tag: "Booking",
    summary: "Open times across interviewers, ranked",
    query: slotSearchSchema,
    response: slotSearchResponseSchema,
  },
  {
    method: "get",
    path: "/bookings",
    tag: "Booking",
    summary: "The caller's interviews",
    query: listBookingsSchema,
    response: bookingPageResponseSchema,
  },
  {
    method: "post",
    path: "/bookings",
    tag: "Booking",
    summary: "Book a time (idempotent per key)",
    body: createBookingSchema,
    response: bookingResponseSchema,
  },
  {
    method: "get",
    path: "/bookings/{id}",
    tag: "Booking",
    summary: "One interview",
    response: bookingDetailResponseSchema,
  },
  {
    method: "post",
    path: "/bookings/{id}/cancel",
    tag: "Booking",
    summary: "Cancel, with a reason",
    body: cancelSchema,
    response: cancelResponseSchema,
  },
  {
    method: "post",
    path: "/bookings/{id}/reschedule",
    tag: "Booking",
    summary: "Move to another time",
    body: rescheduleSchema,
    response: bookingResponseSchema,
  },
  {
    method: "post",
    path: "/bookings/{id}/no-show",
    tag: "Booking",
    summary: "Report or dispute a no-show",
    body: noShowSchema,
    response: noShowResponseSchema,
  },
  {
    method: "post",
    path: "/bookings/{id}/question",
    tag: "Booking",
    summary: "Swap the question",
    body: swapQuestionSchema,
    response: swapQuestionResponseSchema,
  },
  {
    method: "get",
    path: "/calendar/{file}",
    tag: "Booking",
    summary: "The secret calendar feed (iCalendar)",
    produces: "text/calendar",
    public: true,
  },

  {
    method: "get",
    path: "/match-requests",
    tag: "Match me",
    summary: "The caller's match requests",
    response: matchRequestListResponseSchema,
  },
  {
    method: "post",
    path: "/match-requests",
    tag: "Match me",
    summary: "Ask to be matched within time windows",
    body: matchRequestSchema,
    response: matchRequestResponseSchema,
  },
  {
    method: "get",
    path: "/match-requests/{id}",
    tag: "Match me",
    summary: "One match request",
    response: matchRequestResponseSchema,
  },
  {
    method: "delete",
    path: "/match-requests/{id}",
    tag: "Match me",
    summary: "Cancel a match request",
    response: "empty",
  },

  {
    method: "get",
    path: "/interviews/{id}",
    tag: "Interview room",
    summary: "The interview room: question, guide and rubric as the caller may see them",
    response: interviewRoomResponseSchema,
  },
  {
    method: "get",
    path: "/interviews/{id}/notes",
    tag: "Interview room",
    summary: "The caller's private notes",
    response: notesResponseSchema,
  },
  {
    method: "put",
    path: "/interviews/{id}/notes",
    tag: "Interview room",
    summary: "Save the caller's private notes",
    body: notesSchema,
    response: notesResponseSchema,
  },
  {
    method: "get",
    path: "/interviews/{id}/feedback",
    tag: "Feedback",
    summary: "Both sides' feedback, as released to the caller",
    response: feedbackForViewerResponseSchema,
  },
  {
    method: "put",
    path: "/interviews/{id}/feedback",
    tag: "Feedback",
    summary: "Save a draft, or edit a submission before release",
    body: feedbackForm,
    response: feedbackForViewerResponseSchema,
  },
  {
    method: "get",
    path: "/interviews/{id}/board",
    tag: "Interview room",
    summary: "The live room's stored board and panels (participants only); ?format=yjs for the Yjs update",
    query: boardQuerySchema,
    response: liveRoomSnapshotResponseSchema,
  },
  {
    method: "get",
    path: "/interviews/{id}/workspace.md",
    tag: "Interview room",
    summary: "The live room's workspace panels as Markdown (participants only)",
    produces: "text/markdown",
  },
  {
    method: "post",
    path: "/interviews/{id}/feedback/submit",
    tag: "Feedback",
    summary: "Submit the caller's side",
    body: feedbackForm,
    response: feedbackForViewerResponseSchema,
  },
  {
    method: "post",
    path: "/feedback/{id}/report",
    tag: "Feedback",
    summary: "Report released feedback",
    body: reportFeedbackSchema,
    response: feedbackReportResponseSchema,
  },

  {
    method: "get",
    path: "/questions",
    tag: "Questions",
    summary: "Search the question bank",
    query: questionSearchSchema,
    response: questionPageResponseSchema,
  },
  {
    method: "post",
    path: "/questions",
    tag: "Questions",
    summary: "Propose a question",
    body: questionInputSchema,
    response: questionResponseSchema,
  },
  {
    method: "get",
    path: "/questions/{id}",
    tag: "Questions",
    summary: "One question (the guide when the caller may see it)",
    response: questionDetailResponseSchema,
  },
  {
    method: "patch",
    path: "/questions/{id}",
    tag: "Questions",
    summary: "Edit a question",
    body: questionPatchSchema,
    response: questionResponseSchema,
  },
  {
    method: "post",
    path: "/questions/{id}/moderation",
    tag: "Questions",
    summary: "Approve or reject (admins)",
    body: moderationSchema,
    response: questionResponseSchema,
  },
  {
    method: "get",
    path: "/rubrics",
    tag: "Questions",
    summary: "The current rubric of every interview type",
    response: rubricListResponseSchema,
  },
  {
    method: "get",
    path: "/rubrics/{type}",
    tag: "Questions",
    summary: "One type's current rubric",
    response: rubricResponseSchema,
  },
  {
    method: "put",
    path: "/rubrics/{type}",
    tag: "Questions",
    summary: "Publish a new rubric version (admins)",
    body: rubricInputSchema,
    response: rubricResponseSchema,
  },

  {
    method: "get",
    path: "/admin/users",
    tag: "Admin",
    summary: "Find people",
    query: listUsersSchema,
    response: adminUserPageResponseSchema,
  },
  {
    method: "patch",
    path: "/admin/users/{id}",
    tag: "Admin",
    summary: "Change someone's role or suspend them",
    body: updateUserSchema,
    response: adminUserResponseSchema,
  },
  {
    method: "put",
    path: "/admin/interview-types/{id}/live-panels",
    tag: "Admin",
    summary: "Choose which live-room panels an interview type shows",
    body: setLivePanelsSchema,
    response: livePanelsResponseSchema,
  },
  {
    method: "get",
    path: "/admin/feedback-reports",
    tag: "Admin",
    summary: "Open feedback reports",
    response: feedbackReportListResponseSchema,
  },
  {
    method: "post",
    path: "/admin/feedback-reports/{id}",
    tag: "Admin",
    summary: "Hide the feedback or dismiss the report",
    body: resolveReportSchema,
    response: resolvedReportResponseSchema,
  },

  {
    method: "get",
    path: "/me/solo-questions",
    tag: "Solo practice",
    summary: "Questions offered for solo practice (never the live-only share)",
    query: soloQuestionsQuerySchema,
    response: soloQuestionListResponseSchema,
  },
  {
    method: "get",
    path: "/me/solo-attempts",
    tag: "Solo practice",
    summary: "The caller's solo attempts, newest first",
    response: soloAttemptListResponseSchema,
  },
  {
    method: "post",
    path: "/me/solo-attempts",
    tag: "Solo practice",
    summary: "Start (or resume) a solo attempt on a question; its timer starts now",
    body: startSoloAttemptSchema,
    response: soloAttemptResponseSchema,
  },
  {
    method: "get",
    path: "/me/solo-attempts/{id}",
    tag: "Solo practice",
    summary: "One of the caller's solo attempts; the guide only once it is handed in",
    response: soloAttemptResponseSchema,
  },
  {
    method: "post",
    path: "/me/solo-attempts/{id}/submit",
    tag: "Solo practice",
    summary: "Hand in the written answer with a self-assessed score per competency",
    body: submitSoloAttemptSchema,
    response: soloAttemptResponseSchema,
  },
  // Personal booking pages (decision 0032).
  {
    method: "get",
    path: "/slots/peers",
    tag: "Booking",
    summary: "Every peer free at one start, best match first",
    query: freePeersSchema,
    response: freePeersResponseSchema,
  },
  {
    method: "get",
    path: "/people",
    tag: "Booking",
    summary: "Bookable peers by name, interview type or company",
    query: peopleSearchSchema,
    response: peopleSearchResponseSchema,
  },
  {
    method: "get",
    path: "/bookings/{id}/open-times",
    tag: "Booking",
    summary: "Times an upcoming interview can move to, for either of its people",
    query: rescheduleTimesSchema,
    response: rescheduleTimesResponseSchema,
  },
];
