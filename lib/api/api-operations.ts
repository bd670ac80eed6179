import { z } from "zod";
import { createApiTokenSchema } from "../auth/api-tokens";
import { magicLinkSchema } from "../auth/magic-link";
import { availabilitySchema } from "../availability/availability.schema";
import { createBookingSchema } from "../booking/booking.schema";
import { freePeersSchema, slotSearchSchema } from "../slot-search/slot-search.schema";
import { cancelSchema, noShowSchema, rescheduleSchema, swapQuestionSchema } from "../booking/lifecycle.schema";
import { listBookingsSchema } from "../booking/list-bookings";
import { rescheduleTimesSchema } from "../booking/reschedule-times.schema";
import {
  notesSchema,
  receivedFeedbackQuerySchema,
  reportFeedbackSchema,
  resolveReportSchema,
} from "../feedback/feedback.schema";
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
import { listUsersSchema, updateUserSchema } from "../users/admin-users";
import { peopleSearchSchema } from "../people/people.schema";
import { notificationSettingsSchema } from "../users/notification-settings";
import { profilePatchSchema } from "../users/profile.schema";

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
  /** The answer's media type when it is not JSON. */
  produces?: "text/csv" | "text/calendar";
  /** Open to anyone (no session or token needed). */
  public?: boolean;
}

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
  { method: "get", path: "/health", tag: "Platform", summary: "Whether the app and its database answer", public: true },
  { method: "get", path: "/openapi.json", tag: "Platform", summary: "This document", public: true },

  {
    method: "post",
    path: "/auth/demo",
    tag: "Auth",
    summary: "Sign in as a demo user (demo mode only)",
    body: userIdBody,
    public: true,
  },
  {
    method: "post",
    path: "/auth/magic-link",
    tag: "Auth",
    summary: "E-mail a sign-in link",
    body: magicLinkSchema,
    public: true,
  },
  { method: "post", path: "/auth/sign-out", tag: "Auth", summary: "End this session" },

  { method: "get", path: "/me", tag: "Me", summary: "The caller's account and profile" },
  { method: "patch", path: "/me", tag: "Me", summary: "Change the profile", body: profilePatchSchema },
  { method: "delete", path: "/me", tag: "Me", summary: "Delete the account (anonymised)" },
  { method: "get", path: "/me/availability", tag: "Me", summary: "Weekly hours, overrides and booking rules" },
  {
    method: "put",
    path: "/me/availability",
    tag: "Me",
    summary: "Replace weekly hours, overrides and rules",
    body: availabilitySchema,
  },
  { method: "post", path: "/me/calendar-feed", tag: "Me", summary: "Create (or replace) the secret calendar feed URL" },
  { method: "delete", path: "/me/calendar-feed", tag: "Me", summary: "Revoke the calendar feed" },
  {
    method: "get",
    path: "/me/feedback",
    tag: "Feedback",
    summary: "Released feedback the caller received",
    query: receivedFeedbackQuerySchema,
  },
  {
    method: "get",
    path: "/me/history",
    tag: "Progress",
    summary: "Past interviews, filtered and paged",
    query: historyQuerySchema,
  },
  {
    method: "get",
    path: "/me/history.csv",
    tag: "Progress",
    summary: "The whole visible history as CSV",
    produces: "text/csv",
  },
  { method: "get", path: "/me/history.json", tag: "Progress", summary: "The whole visible history as JSON" },
  {
    method: "get",
    path: "/me/interviewing",
    tag: "Progress",
    summary: "The interviewer view: feedback given, ratings, reliability",
  },
  { method: "get", path: "/me/notifications", tag: "Me", summary: "E-mail settings" },
  {
    method: "patch",
    path: "/me/notifications",
    tag: "Me",
    summary: "Change e-mail settings",
    body: notificationSettingsSchema,
  },
  {
    method: "get",
    path: "/me/progress",
    tag: "Progress",
    summary: "Levels and trends per competency",
    query: progressQuerySchema,
  },
  { method: "delete", path: "/me/sessions", tag: "Me", summary: "Sign out everywhere" },
  { method: "get", path: "/me/tokens", tag: "Me", summary: "API tokens" },
  {
    method: "post",
    path: "/me/tokens",
    tag: "Me",
    summary: "Create an API token (its secret is shown once)",
    body: createApiTokenSchema,
  },
  { method: "delete", path: "/me/tokens/{id}", tag: "Me", summary: "Revoke an API token" },

  { method: "get", path: "/users/{id}", tag: "People", summary: "Someone's public profile card" },
  { method: "get", path: "/blocks", tag: "People", summary: "People the caller blocked" },
  { method: "post", path: "/blocks", tag: "People", summary: "Block someone", body: userIdBody },
  { method: "delete", path: "/blocks/{userId}", tag: "People", summary: "Unblock someone" },

  { method: "get", path: "/interview-types", tag: "Interview types", summary: "The interview types", public: true },
  {
    method: "post",
    path: "/interview-types",
    tag: "Interview types",
    summary: "Add an interview type (admins)",
    body: createInterviewTypeSchema,
  },

  {
    method: "get",
    path: "/slots",
    tag: "Booking",
    summary: "Open times across interviewers, ranked",
    query: slotSearchSchema,
  },
  { method: "get", path: "/bookings", tag: "Booking", summary: "The caller's interviews", query: listBookingsSchema },
  {
    method: "post",
    path: "/bookings",
    tag: "Booking",
    summary: "Book a time (idempotent per key)",
    body: createBookingSchema,
  },
  { method: "get", path: "/bookings/{id}", tag: "Booking", summary: "One interview" },
  {
    method: "post",
    path: "/bookings/{id}/cancel",
    tag: "Booking",
    summary: "Cancel, with a reason",
    body: cancelSchema,
  },
  {
    method: "post",
    path: "/bookings/{id}/reschedule",
    tag: "Booking",
    summary: "Move to another time",
    body: rescheduleSchema,
  },
  {
    method: "post",
    path: "/bookings/{id}/no-show",
    tag: "Booking",
    summary: "Report or dispute a no-show",
    body: noShowSchema,
  },
  {
    method: "post",
    path: "/bookings/{id}/question",
    tag: "Booking",
    summary: "Swap the question",
    body: swapQuestionSchema,
  },
  {
    method: "get",
    path: "/calendar/{file}",
    tag: "Booking",
    summary: "The secret calendar feed (iCalendar)",
    produces: "text/calendar",
    public: true,
  },

  { method: "get", path: "/match-requests", tag: "Match me", summary: "The caller's match requests" },
  {
    method: "post",
    path: "/match-requests",
    tag: "Match me",
    summary: "Ask to be matched within time windows",
    body: matchRequestSchema,
  },
  { method: "get", path: "/match-requests/{id}", tag: "Match me", summary: "One match request" },
  { method: "delete", path: "/match-requests/{id}", tag: "Match me", summary: "Cancel a match request" },

  {
    method: "get",
    path: "/interviews/{id}",
    tag: "Interview room",
    summary: "The interview room: question, guide and rubric as the caller may see them",
  },
  { method: "get", path: "/interviews/{id}/notes", tag: "Interview room", summary: "The caller's private notes" },
  {
    method: "put",
    path: "/interviews/{id}/notes",
    tag: "Interview room",
    summary: "Save the caller's private notes",
    body: notesSchema,
  },
  {
    method: "get",
    path: "/interviews/{id}/feedback",
    tag: "Feedback",
    summary: "Both sides' feedback, as released to the caller",
  },
  {
    method: "put",
    path: "/interviews/{id}/feedback",
    tag: "Feedback",
    summary: "Save a draft, or edit a submission before release",
    body: feedbackForm,
  },
  {
    method: "get",
    path: "/interviews/{id}/board",
    tag: "Interview room",
    summary: "The live room's stored board and panels (participants only); ?format=yjs for the Yjs update",
    query: boardQuerySchema,
  },
  {
    method: "get",
    path: "/interviews/{id}/workspace.md",
    tag: "Interview room",
    summary: "The live room's workspace panels as Markdown (participants only)",
  },
  {
    method: "post",
    path: "/interviews/{id}/feedback/submit",
    tag: "Feedback",
    summary: "Submit the caller's side",
    body: feedbackForm,
  },
  {
    method: "post",
    path: "/feedback/{id}/report",
    tag: "Feedback",
    summary: "Report released feedback",
    body: reportFeedbackSchema,
  },

  {
    method: "get",
    path: "/questions",
    tag: "Questions",
    summary: "Search the question bank",
    query: questionSearchSchema,
  },
  { method: "post", path: "/questions", tag: "Questions", summary: "Propose a question", body: questionInputSchema },
  {
    method: "get",
    path: "/questions/{id}",
    tag: "Questions",
    summary: "One question (the guide when the caller may see it)",
  },
  { method: "patch", path: "/questions/{id}", tag: "Questions", summary: "Edit a question", body: questionPatchSchema },
  {
    method: "post",
    path: "/questions/{id}/moderation",
    tag: "Questions",
    summary: "Approve or reject (admins)",
    body: moderationSchema,
  },
  { method: "get", path: "/rubrics", tag: "Questions", summary: "The current rubric of every interview type" },
  { method: "get", path: "/rubrics/{type}", tag: "Questions", summary: "One type's current rubric" },
  {
    method: "put",
    path: "/rubrics/{type}",
    tag: "Questions",
    summary: "Publish a new rubric version (admins)",
    body: rubricInputSchema,
  },

  { method: "get", path: "/admin/users", tag: "Admin", summary: "Find people", query: listUsersSchema },
  {
    method: "patch",
    path: "/admin/users/{id}",
    tag: "Admin",
    summary: "Change someone's role or suspend them",
    body: updateUserSchema,
  },
  {
    method: "put",
    path: "/admin/interview-types/{id}/live-panels",
    tag: "Admin",
    summary: "Choose which live-room panels an interview type shows",
    body: setLivePanelsSchema,
  },
  { method: "get", path: "/admin/feedback-reports", tag: "Admin", summary: "Open feedback reports" },
  {
    method: "post",
    path: "/admin/feedback-reports/{id}",
    tag: "Admin",
    summary: "Hide the feedback or dismiss the report",
    body: resolveReportSchema,
  },
  // Personal booking pages (decision 0032).
  {
    method: "get",
    path: "/slots/peers",
    tag: "Booking",
    summary: "Every peer free at one start, best match first",
    query: freePeersSchema,
  },
  {
    method: "get",
    path: "/people",
    tag: "Booking",
    summary: "Bookable peers by name, interview type or company",
    query: peopleSearchSchema,
  },
  {
    method: "get",
    path: "/bookings/{id}/open-times",
    tag: "Booking",
    summary: "Times an upcoming interview can move to, for either of its people",
    query: rescheduleTimesSchema,
  },
];
