import type { RubricView } from "../feedback/feedback.types";
import type { PanelId } from "../live-room/panels";

/** What GET /api/v1/interviews/{id} returns to one of the two participants (dates as ISO strings). */
export interface InterviewRoom {
  id: string;
  status: "SCHEDULED" | "COMPLETED" | "CANCELLED" | "RESCHEDULED" | "NO_SHOW";
  role: "CANDIDATE" | "INTERVIEWER";
  startsAt: string;
  endsAt: string;
  opensAt: string;
  /** The server's clock when it answered: both screens count from it, not from their own clocks. */
  serverNow: string;
  open: boolean;
  interviewType: { slug: string; name: string; durationMinutes: number };
  /** The live workspace's panels for this interview type (the admin's choice or the defaults). */
  livePanels: PanelId[];
  counterpart: { id: string; displayName: string | null; timeZone: string | null };
  meetingUrl: string | null;
  /** Null until the room opens (and when no question was set). */
  question: { id: string; title: string; prompt: string } | null;
  /** The interviewer's guide (Markdown): only for the interviewer, only once the room is open. */
  guide: string | null;
  /** The booking's rubric version: only for the interviewer, once the room is open. */
  rubric: RubricView | null;
}
