import { z } from "zod";
import { dateOrInstant, HISTORY } from "../input/dates";
import { line } from "../input/text";

/**
 * Query strings of the history, progress and interviewing API. Strict: an
 * unknown parameter is a 400, so a typo never silently widens a query.
 */
const isoDate = (label: string) => dateOrInstant(label, HISTORY);

export const historyQuerySchema = z
  .strictObject({
    kind: z.enum(["live", "solo"], { error: "kind is live or solo" }).optional(),
    role: z.enum(["CANDIDATE", "INTERVIEWER"], { error: "role is CANDIDATE or INTERVIEWER" }).optional(),
    type: line().min(1).max(40).optional(),
    competency: line().min(1).max(60).optional(),
    from: isoDate("from").optional(),
    to: isoDate("to").optional(),
    counterpart: line().min(1).max(40).optional(),
    page: z.coerce.number().int().min(1, "page starts at 1").max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100, "pageSize is at most 100").default(20),
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), {
    path: ["to"],
    error: "to must be after from",
  });

export const progressQuerySchema = z.strictObject({
  type: line().min(1).max(40).optional(),
});

/** Endpoints that take no parameters at all. */
export const noQuerySchema = z.strictObject({});

// ---- Answers ----

const recommendation = z.enum(["STRONG_NO_HIRE", "NO_HIRE", "HIRE", "STRONG_HIRE"]);
const typeRef = z.object({ slug: z.string(), name: z.string() });

/** GET /api/v1/me/history */
export const historyPageResponseSchema = z.object({
  items: z.array(
    z.object({
      kind: z.enum(["live", "solo"]),
      bookingId: z.string().nullable().describe("The interview's booking; null for solo practice"),
      soloAttemptId: z.string().nullable().describe("The solo attempt; null for live interviews"),
      question: z.object({ id: z.string(), title: z.string() }).nullable().describe("The question, for solo practice"),
      startsAt: z.iso.datetime(),
      endsAt: z.iso.datetime(),
      status: z.string(),
      role: z.enum(["CANDIDATE", "INTERVIEWER"]),
      interviewType: typeRef,
      counterpart: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
      recommendation: recommendation.nullable(),
      scores: z.array(z.object({ key: z.string(), name: z.string(), score: z.number() })),
      released: z.boolean(),
    }),
  ),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});

/** One row of the history export: one competency score of one interview. */
export const historyExportRowSchema = z.object({
  bookingId: z.string().nullable(),
  startsAt: z.iso.datetime(),
  role: z.enum(["CANDIDATE", "INTERVIEWER"]),
  interviewType: z.string(),
  counterpartId: z.string().nullable(),
  counterpartName: z.string().nullable(),
  recommendation: z.string().nullable(),
  rubricVersion: z.number().int(),
  competencyKey: z.string(),
  competencyName: z.string(),
  score: z.number(),
  calibratedScore: z.number().nullable().describe("Null for a self-assessment"),
  evidence: z.string(),
  hasBoard: z.boolean(),
  kind: z.enum(["live", "solo"]),
  soloAttemptId: z.string().nullable(),
});

/** GET /api/v1/me/history.json */
export const historyExportResponseSchema = z.object({
  exportedAt: z.iso.datetime(),
  rows: z.array(historyExportRowSchema),
});

/** GET /api/v1/me/interviewing */
export const interviewerStatsResponseSchema = z.object({
  feedbackGiven: z.number().int(),
  ratingsReceived: z.array(z.object({ at: z.iso.datetime(), rating: z.number() })),
  averageRating: z.number().nullable(),
  wouldPractiseAgainShare: z.number().nullable(),
  reliability: z.object({
    completed: z.number().int(),
    lateCancellations: z.number().int(),
    noShows: z.number().int(),
    score: z.number().nullable(),
  }),
  graderOffset: z.number().nullable(),
});

/** GET /api/v1/me/progress */
export const progressResponseSchema = z.object({
  interviewTypes: z.array(typeRef.extend({ interviews: z.number().int(), soloAttempts: z.number().int() })),
  type: typeRef.nullable(),
  interviews: z.number().int(),
  soloAttempts: z.number().int().describe("Handed-in solo attempts of the selected type; they feed only selfAssessed"),
  competencies: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      series: z.array(
        z.object({
          bookingId: z.string(),
          at: z.iso.datetime(),
          score: z.number(),
          calibrated: z.number(),
          interviewerId: z.string(),
          rubricVersion: z.number().int(),
        }),
      ),
      current: z.number().nullable(),
      calibratedCurrent: z.number().nullable(),
      first: z.number().nullable(),
      change: z.number().nullable(),
      selfAssessed: z.number().nullable().describe("From solo practice; never averaged into the peer figures"),
      selfAssessedAttempts: z.number().int(),
    }),
  ),
  readiness: z
    .object({
      ready: z.boolean(),
      reason: z.string(),
      lastThreeAverage: z.number().nullable(),
      weakest: z.object({ key: z.string(), name: z.string(), score: z.number() }).nullable(),
    })
    .nullable(),
  practiseNext: z
    .object({
      competencies: z.array(z.object({ key: z.string(), name: z.string(), score: z.number().nullable() })),
      questions: z.array(
        z.object({ id: z.string(), title: z.string(), difficulty: z.string(), competencyKeys: z.array(z.string()) }),
      ),
      learning: z
        .object({
          explainers: z.array(z.object({ questionId: z.string(), title: z.string() })),
          resources: z.array(z.string()),
          soloQuestions: z.array(z.object({ id: z.string(), title: z.string(), difficulty: z.string() })),
        })
        .nullable(),
    })
    .nullable(),
  calibration: z.object({ computedAt: z.iso.datetime().nullable(), explanation: z.string() }),
});
