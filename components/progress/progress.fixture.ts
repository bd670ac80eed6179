import type { HistoryPage, InterviewerStats, ProgressResponse, ScorePoint } from "@/lib/progress/progress.types";

/** Contract-shaped data for component tests (no database): two competencies over three interviews. */
const AT = ["2026-09-30T18:30:00.000Z", "2026-10-15T18:30:00.000Z", "2026-11-05T18:30:00.000Z"];
const point = (n: number, score: number, calibrated: number): ScorePoint => ({
  bookingId: `b${n}`,
  at: AT[n]!,
  score,
  calibrated,
  interviewerId: `i${n}`,
  rubricVersion: 1,
});

export const PROGRESS: ProgressResponse = {
  interviewTypes: [
    { slug: "system-design", name: "System design", interviews: 3, soloAttempts: 2 },
    { slug: "technical-depth", name: "Technical depth", interviews: 1, soloAttempts: 0 },
  ],
  type: { slug: "system-design", name: "System design" },
  interviews: 3,
  soloAttempts: 2,
  competencies: [
    {
      key: "architecture",
      name: "Architecture",
      series: [point(0, 2, 2.3), point(1, 3, 3.1), point(2, 3, 2.8)],
      current: 2.9,
      calibratedCurrent: 2.8,
      first: 2.67,
      change: 0.23,
      selfAssessed: 3.5,
      selfAssessedAttempts: 2,
    },
    {
      key: "data-modeling",
      name: "Data & storage",
      series: [point(0, 1, 1.4), point(1, 2, 2.2), point(2, 2, 1.9)],
      current: 1.8,
      calibratedCurrent: 1.9,
      first: 1.67,
      change: 0.13,
      selfAssessed: null,
      selfAssessedAttempts: 0,
    },
  ],
  readiness: {
    ready: false,
    reason: "Data & storage is at 1.8, below 2.5.",
    lastThreeAverage: 2.3,
    weakest: { key: "data-modeling", name: "Data & storage", score: 1.8 },
  },
  practiseNext: {
    competencies: [{ key: "data-modeling", name: "Data & storage", score: 1.8 }],
    questions: [
      { id: "q-1", title: "Design a URL shortener", difficulty: "MEDIUM", competencyKeys: ["data-modeling"] },
    ],
    learning: {
      explainers: [{ questionId: "q-2", title: "Pick a store for an order history" }],
      resources: ["Designing Data-Intensive Applications (Martin Kleppmann)"],
      soloQuestions: [{ id: "q-3", title: "Shard a growing table", difficulty: "EASY" }],
    },
  },
  calibration: { computedAt: "2026-11-20T03:00:00.000Z", explanation: "Offsets are re-estimated nightly." },
};

export const NO_PROGRESS: ProgressResponse = {
  interviewTypes: [],
  type: null,
  interviews: 0,
  soloAttempts: 0,
  competencies: [],
  readiness: null,
  practiseNext: null,
  calibration: { computedAt: null, explanation: "" },
};

export const HISTORY: HistoryPage = {
  page: 1,
  pageSize: 20,
  total: 2,
  items: [
    {
      kind: "live",
      bookingId: "bk-2",
      soloAttemptId: null,
      question: null,
      startsAt: "2026-11-20T13:00:00.000Z",
      endsAt: "2026-11-20T14:00:00.000Z",
      status: "COMPLETED",
      role: "CANDIDATE",
      interviewType: { slug: "system-design", name: "System design" },
      counterpart: { id: "demo-marcus", name: "Marcus" },
      recommendation: "HIRE",
      scores: [
        { key: "architecture", name: "Architecture", score: 3 },
        { key: "data-modeling", name: "Data & storage", score: 2 },
      ],
      released: true,
    },
    {
      kind: "live",
      bookingId: "bk-1",
      soloAttemptId: null,
      question: null,
      startsAt: "2026-11-10T13:00:00.000Z",
      endsAt: "2026-11-10T14:00:00.000Z",
      status: "COMPLETED",
      role: "INTERVIEWER",
      interviewType: { slug: "product-sense", name: "Product sense" },
      counterpart: { id: "demo-wei", name: null },
      recommendation: null,
      scores: [],
      released: false,
    },
  ],
};

export const INTERVIEWING: InterviewerStats = {
  feedbackGiven: 12,
  ratingsReceived: [
    { at: "2026-10-01T10:00:00.000Z", rating: 4.5 },
    { at: "2026-11-01T10:00:00.000Z", rating: 4 },
  ],
  averageRating: 4.25,
  wouldPractiseAgainShare: 0.9,
  reliability: { completed: 12, lateCancellations: 1, noShows: 0, score: 0.89 },
  graderOffset: -0.45,
};
