import { describe, expect, it } from "vitest";
import { DEFAULT_LAMBDA, estimateOffsets, type Rating } from "./estimate-offsets";

/** mulberry32 with a fixed seed: the synthetic world is the same on every run. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return { next, normal };
}

const COMPETENCIES = ["a", "b", "c", "d", "e"];

/** 40 interviewers with planted offsets, 200 candidates of varied ability, 10 interviews each, integer 1–4 scores. */
function syntheticWorld(seed: number) {
  const rand = prng(seed);
  const raw = Array.from({ length: 40 }, () => (rand.next() - 0.5) * 1.2); // within ±0.6
  const mean = raw.reduce((x, y) => x + y, 0) / raw.length;
  const planted = raw.map((o) => o - mean);
  const ratings: Rating[] = [];
  for (let c = 0; c < 200; c++) {
    const base = 1.9 + rand.next() * 1.2;
    const abilities = COMPETENCIES.map(() => base + rand.normal() * 0.3);
    for (let k = 0; k < 10; k++) {
      const r = Math.floor(rand.next() * planted.length);
      COMPETENCIES.forEach((key, j) => {
        const score = Math.min(4, Math.max(1, Math.round(abilities[j]! + planted[r]! + rand.normal() * 0.35)));
        ratings.push({ candidateId: `c${c}`, competencyKey: key, interviewerId: `r${r}`, score });
      });
    }
  }
  return { planted, ratings };
}

describe("estimateOffsets", () => {
  it("recovers planted interviewer offsets within ±0.15", () => {
    const { planted, ratings } = syntheticWorld(42);
    const estimates = new Map(estimateOffsets(ratings).map((e) => [e.interviewerId, e.offset]));
    expect(estimates.size).toBe(40);
    const errors = planted.map((o, r) => Math.abs(estimates.get(`r${r}`)! - o));
    expect(Math.max(...errors)).toBeLessThanOrEqual(0.15);
    // Not vacuous: the planted offsets are far apart, and ignoring them would miss by more than the tolerance.
    expect(Math.max(...planted.map(Math.abs))).toBeGreaterThan(0.4);
  });

  it("centres offsets to a rating-weighted mean of zero", () => {
    const { ratings } = syntheticWorld(7);
    const estimates = estimateOffsets(ratings);
    const total = estimates.reduce((n, e) => n + e.ratings, 0);
    const mean = estimates.reduce((s, e) => s + e.offset * e.ratings, 0) / total;
    expect(Math.abs(mean)).toBeLessThan(1e-9);
  });

  it("shrinks a rater with one or two ratings toward zero", () => {
    const { ratings } = syntheticWorld(3);
    // A newcomer who gave the two candidates a full point more than everyone else did.
    const extra: Rating[] = [
      { candidateId: "c1", competencyKey: "a", interviewerId: "newcomer", score: 4 },
      { candidateId: "c2", competencyKey: "a", interviewerId: "newcomer", score: 4 },
    ];
    const apparent =
      extra.reduce((sum, e) => {
        const others = ratings.filter((r) => r.candidateId === e.candidateId && r.competencyKey === "a");
        return sum + (e.score - others.reduce((x, r) => x + r.score, 0) / others.length);
      }, 0) / extra.length;
    const estimates = estimateOffsets([...ratings, ...extra]);
    const newcomer = estimates.find((e) => e.interviewerId === "newcomer")!;
    expect(newcomer.ratings).toBe(2);
    expect(apparent).toBeGreaterThan(0.5);
    // Kept at most n / (n + λ) of the apparent offset, give or take the centring.
    expect(Math.abs(newcomer.offset)).toBeLessThan((2 / (2 + DEFAULT_LAMBDA)) * apparent + 0.05);
    expect(newcomer.offset).toBeGreaterThan(0);

    const single = estimateOffsets([...ratings, extra[0]!]).find((e) => e.interviewerId === "newcomer")!;
    expect(Math.abs(single.offset)).toBeLessThan(Math.abs(newcomer.offset));
  });

  it("returns nothing for no ratings", () => {
    expect(estimateOffsets([])).toEqual([]);
  });
});
