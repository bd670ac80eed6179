import type { RecommendationValue } from "../../lib/feedback/feedback.schema";
import { suggestRecommendation, type ScoreMap, type WeightedCompetency } from "../../lib/rubrics/recommendation-rule";
import { SCORE_MAX, SCORE_MIN } from "../../lib/rubrics/score-scale";
import { CANDIDATE_COMMENTS, evidenceFor, improvementsFor, strengthsFor, type Pick } from "./feedback-text";
import { INTERVIEW_TYPES } from "./interview-types";
import { ALL_QUESTIONS } from "./questions/all-questions";
import type { InterviewTypeSlug, SeedCompetency } from "./questions/seed-question";
import { RUBRICS } from "./rubrics";

/**
 * Six months of finished interviews for the demo people, with feedback both
 * ways, so History and Progress have real shape. Pure and deterministic (one
 * fixed PRNG seed): the same `now` and busy times give the same plan.
 *
 * Scores follow score = ability(candidate, competency, time) + grader offset + noise,
 * where ability rises along a saturating curve. Two interviewers have planted
 * offsets (Marcus grades hard, Lena soft) for calibration to find.
 */
export const PAST_ID_PREFIX = "seed-past-";
export const AWAITING_ID_PREFIX = "seed-await-";

/** Planted grading offsets on the 1–4 scale; everyone else grades at 0. */
export const PLANTED_GRADER_OFFSETS: Record<string, number> = { "demo-marcus": -0.45, "demo-lena": 0.45 };

/** Two interviews that ended an hour before the seed ran, with no feedback yet (end-to-end tests use the first). */
export const AWAITING_FEEDBACK = [
  {
    id: `${AWAITING_ID_PREFIX}wei-oliver`,
    candidateId: "demo-wei",
    interviewerId: "demo-oliver",
    type: "system-design",
  },
  {
    id: `${AWAITING_ID_PREFIX}daniel-lena`,
    candidateId: "demo-daniel",
    interviewerId: "demo-lena",
    type: "program-execution",
  },
] as const;

const POOLS: Record<InterviewTypeSlug, string[]> = {
  "system-design": ["demo-marcus", "demo-oliver", "demo-ananya", "demo-grace"],
  "technical-depth": ["demo-marcus", "demo-ananya", "demo-kenji"],
  "program-execution": ["demo-oliver", "demo-sofia", "demo-lena", "demo-admin"],
  "behavioral-leadership": ["demo-sofia", "demo-grace"],
  "product-sense": ["demo-lena", "demo-sofia"],
  "ai-ml": ["demo-marcus", "demo-ananya", "demo-kenji"],
  // No past interviews of this type yet (no track uses it); interviewers who would run one.
  "program-deep-dive": ["demo-oliver", "demo-sofia"],
};

/** How well each interviewer is rated by candidates (1–5 scale, before noise). */
const INTERVIEWER_QUALITY: Record<string, number> = {
  "demo-marcus": 4.5,
  "demo-oliver": 4.3,
  "demo-ananya": 3.9,
  "demo-grace": 4.2,
  "demo-kenji": 3.7,
  "demo-sofia": 4.4,
  "demo-lena": 4.6,
  "demo-admin": 4.0,
};

interface Track {
  type: InterviewTypeSlug;
  count: number;
  /** Level at the first interview and total gain by the last, on the 1–4 scale. */
  start: number;
  gain: number;
  /** Per-competency adjustments (a known weak spot). */
  bias?: Record<string, number>;
}

/** Who practised what. Priya has the fullest history: ready for system design, not yet for technical depth. */
const PROGRAMMES: { candidateId: string; tracks: Track[] }[] = [
  {
    candidateId: "demo-priya",
    tracks: [
      { type: "system-design", count: 8, start: 1.9, gain: 1.5, bias: { "rollout-operations": 0.3 } },
      { type: "technical-depth", count: 6, start: 1.7, gain: 0.8, bias: { "databases-data": -0.5 } },
    ],
  },
  {
    candidateId: "demo-aisha",
    tracks: [
      { type: "technical-depth", count: 5, start: 1.6, gain: 1.1 },
      { type: "product-sense", count: 4, start: 2.4, gain: 0.7 },
    ],
  },
  {
    candidateId: "demo-wei",
    tracks: [
      { type: "behavioral-leadership", count: 5, start: 2.0, gain: 1.0, bias: { influence: -0.3 } },
      { type: "program-execution", count: 4, start: 2.2, gain: 0.8 },
    ],
  },
  {
    candidateId: "demo-daniel",
    tracks: [
      { type: "system-design", count: 4, start: 1.8, gain: 0.9 },
      { type: "program-execution", count: 4, start: 2.7, gain: 0.6 },
      { type: "behavioral-leadership", count: 3, start: 2.6, gain: 0.5 },
    ],
  },
  { candidateId: "demo-sofia", tracks: [{ type: "behavioral-leadership", count: 2, start: 2.8, gain: 0.3 }] },
  { candidateId: "demo-kenji", tracks: [{ type: "technical-depth", count: 3, start: 2.6, gain: 0.5 }] },
  { candidateId: "demo-grace", tracks: [{ type: "system-design", count: 2, start: 2.7, gain: 0.4 }] },
];

export interface PastInterviewPlan {
  id: string;
  candidateId: string;
  interviewerId: string;
  type: InterviewTypeSlug;
  questionSlug: string;
  startsAt: Date;
  endsAt: Date;
  scores: { key: string; score: number; evidence: string }[];
  recommendation: RecommendationValue;
  strengths: string;
  improvements: string;
  nextTopics: string[];
  interviewerSubmittedAt: Date;
  rating: {
    preparedness: number;
    questionQuality: number;
    feedbackUsefulness: number;
    respect: number;
    comments: string;
    wouldPractiseAgain: boolean;
  };
  candidateSubmittedAt: Date;
}

export type Busy = Map<string, { start: number; end: number }[]>;

/** mulberry32: tiny, fast and good enough for demo data. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick: Pick = (items) => items[Math.floor(next() * items.length)]!;
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return { next, pick, normal };
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Competencies added to a rubric after the demo history was first drawn (issue #24). They draw
 * from a stream of their own, so adding one never changes anyone's scores on the others.
 */
const ADDED_LATER: ReadonlySet<string> = new Set([
  "code-query-literacy",
  "impact-scope",
  "communication",
  "goal-framing",
]);
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** The demo interviewers follow the rubric's recommendation rule, as its written rule asks. */
export function recommendationFor(competencies: readonly WeightedCompetency[], scores: ScoreMap): RecommendationValue {
  return suggestRecommendation(competencies, scores)!.recommendation;
}

function overlaps(busy: Busy, people: string[], start: number, end: number) {
  return people.some((p) => (busy.get(p) ?? []).some((b) => b.start < end && start < b.end));
}

export function planPastInterviews(now: Date, busy: Busy = new Map()): PastInterviewPlan[] {
  const rand = prng(20261125);
  // Questions are drawn from a stream of their own, so growing the bank never changes anyone's scores.
  const questionRand = prng(20261205);
  const addedRand = prng(20261206);
  const rubrics = new Map(RUBRICS.map((r) => [r.type, r]));
  const durations = new Map<string, number>(INTERVIEW_TYPES.map((t) => [t.slug, t.durationMinutes]));
  const taken: Busy = new Map([...busy].map(([k, v]) => [k, [...v]]));
  // Evenings at 17:00 UTC, six months back up to three days ago: clear of upcoming and just-ended seeded interviews.
  const today = Math.floor(now.getTime() / DAY) * DAY;
  const plans: PastInterviewPlan[] = [];

  for (const { candidateId, tracks } of PROGRAMMES) {
    const total = tracks.reduce((n, t) => n + t.count, 0);
    // Interleave the tracks so types alternate over the months, as people really practise.
    const order = tracks.flatMap((t) => Array.from({ length: t.count }, (_, i) => ({ t, i, at: (i + 0.5) / t.count })));
    order.sort((x, y) => x.at - y.at);
    const abilities = new Map<string, number>();
    const questions = new Map<string, string[]>();
    order.forEach(({ t, i }, n) => {
      const rubric = rubrics.get(t.type)!;
      const minutes = durations.get(t.type)!;
      const pool = POOLS[t.type].filter((p) => p !== candidateId);
      const interviewerId = pool[Math.floor(rand.next() * pool.length)]!;
      const daysAgo = 180 - Math.round((n * 175) / Math.max(1, total - 1)) + Math.floor(rand.next() * 3);
      let start = today - Math.max(3, daysAgo) * DAY + 17 * HOUR;
      while (overlaps(taken, [candidateId, interviewerId], start, start + minutes * 60_000)) start += 3 * HOUR;
      const end = start + minutes * 60_000;
      for (const p of [candidateId, interviewerId]) taken.set(p, [...(taken.get(p) ?? []), { start, end }]);

      if (!questions.has(t.type)) {
        const slugs = ALL_QUESTIONS.filter((q) => q.type === t.type).map((q) => q.slug);
        for (let k = slugs.length - 1; k > 0; k--) {
          const j = Math.floor(questionRand.next() * (k + 1));
          [slugs[k], slugs[j]] = [slugs[j]!, slugs[k]!];
        }
        questions.set(t.type, slugs);
      }
      const question = ALL_QUESTIONS.find((q) => q.slug === questions.get(t.type)![i % questions.get(t.type)!.length])!;

      const progress = t.count > 1 ? i / (t.count - 1) : 1;
      const curve = (1 - Math.exp(-2.5 * progress)) / (1 - Math.exp(-2.5));
      const offset = PLANTED_GRADER_OFFSETS[interviewerId] ?? 0;
      const scored = rubric.competencies.map((c) => {
        const r = ADDED_LATER.has(c.key) ? addedRand : rand;
        const id = `${candidateId}/${c.key}`;
        if (!abilities.has(id)) abilities.set(id, r.normal() * 0.25);
        const ability = t.start + t.gain * curve + (t.bias?.[c.key] ?? 0) + abilities.get(id)!;
        const score = clamp(Math.round(ability + offset + r.normal() * 0.35), SCORE_MIN, SCORE_MAX);
        return { c, score, evidence: evidenceFor(c, score, r.pick) };
      });
      const ranked = [...scored].sort((x, y) => y.score - x.score || x.c.weight - y.c.weight);
      const bottom: SeedCompetency[] = ranked
        .slice(-2)
        .reverse()
        .map((x) => x.c);

      const quality = INTERVIEWER_QUALITY[interviewerId] ?? 4;
      const rate = () => clamp(Math.round(quality + rand.normal() * 0.6), 1, 5);
      const rating = { preparedness: rate(), questionQuality: rate(), feedbackUsefulness: rate(), respect: rate() };
      const avg = (rating.preparedness + rating.questionQuality + rating.feedbackUsefulness + rating.respect) / 4;

      plans.push({
        id: `${PAST_ID_PREFIX}${candidateId.replace(/^demo-/, "")}-${String(n + 1).padStart(2, "0")}`,
        candidateId,
        interviewerId,
        type: t.type,
        questionSlug: question.slug,
        startsAt: new Date(start),
        endsAt: new Date(end),
        scores: scored.map((x) => ({ key: x.c.key, score: x.score, evidence: x.evidence })),
        recommendation: recommendationFor(
          rubric.competencies,
          Object.fromEntries(scored.map((x) => [x.c.key, x.score])),
        ),
        strengths: strengthsFor(ranked.slice(0, 2).map((x) => x.c)),
        improvements: improvementsFor(bottom),
        nextTopics: bottom.map((c) => c.name),
        interviewerSubmittedAt: new Date(end + (1 + Math.floor(rand.next() * 30)) * HOUR),
        rating: { ...rating, comments: rand.pick(CANDIDATE_COMMENTS), wouldPractiseAgain: avg >= 3.5 },
        candidateSubmittedAt: new Date(end + (0.5 + rand.next() * 20) * HOUR),
      });
    });
  }
  return plans;
}
