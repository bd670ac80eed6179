/**
 * Interviewer grading offsets, estimated jointly with candidate ability
 * (docs/decisions/0010-calibrated-scores.md):
 *
 *   score = ability(candidate, competency) + offset(interviewer) + noise
 *
 * fitted by alternating least squares. Offsets carry a Gaussian prior
 * N(0, τ²): with noise variance σ², the ridge penalty is λ = σ²/τ², so an
 * interviewer's offset is the mean residual of their ratings shrunk by
 * n / (n + λ). With σ ≈ 0.5 (a 1–4 scale with rounding) and τ ≈ 0.25 (few
 * graders are more than half a point off), λ = 4: a rater with one or two
 * ratings keeps at most a third of their apparent offset, one with a hundred
 * keeps 96 %. Abilities get no prior: they are free per candidate-competency.
 * Offsets are finally centred to a rating-weighted mean of zero (the mean is
 * moved into the abilities), so calibration never shifts the scale as a whole.
 */
export interface Rating {
  candidateId: string;
  competencyKey: string;
  interviewerId: string;
  score: number;
}

export interface OffsetEstimate {
  interviewerId: string;
  offset: number;
  ratings: number;
}

export const DEFAULT_LAMBDA = 4;

export function estimateOffsets(
  ratings: readonly Rating[],
  options: { lambda?: number; maxIterations?: number; tolerance?: number } = {},
): OffsetEstimate[] {
  const lambda = options.lambda ?? DEFAULT_LAMBDA;
  const maxIterations = options.maxIterations ?? 200;
  // Offsets are shown to two decimals: 1e-5 is far below anything visible.
  const tolerance = options.tolerance ?? 1e-5;

  // Index everything once: the loop then runs on typed arrays.
  const abilityIndex = new Map<string, number>();
  const raterIndex = new Map<string, number>();
  const n = ratings.length;
  const ai = new Int32Array(n);
  const ri = new Int32Array(n);
  const s = new Float64Array(n);
  ratings.forEach((r, i) => {
    const a = `${r.candidateId}\u0000${r.competencyKey}`;
    if (!abilityIndex.has(a)) abilityIndex.set(a, abilityIndex.size);
    if (!raterIndex.has(r.interviewerId)) raterIndex.set(r.interviewerId, raterIndex.size);
    ai[i] = abilityIndex.get(a)!;
    ri[i] = raterIndex.get(r.interviewerId)!;
    s[i] = r.score;
  });
  const abilityCount = new Float64Array(abilityIndex.size);
  const raterCount = new Float64Array(raterIndex.size);
  for (let i = 0; i < n; i++) {
    abilityCount[ai[i]!]! += 1;
    raterCount[ri[i]!]! += 1;
  }

  const ability = new Float64Array(abilityIndex.size);
  const offset = new Float64Array(raterIndex.size);
  const sumA = new Float64Array(abilityIndex.size);
  const sumR = new Float64Array(raterIndex.size);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    // Abilities given offsets: the plain mean of offset-corrected scores.
    sumA.fill(0);
    for (let i = 0; i < n; i++) sumA[ai[i]!]! += s[i]! - offset[ri[i]!]!;
    for (let a = 0; a < ability.length; a++) ability[a] = sumA[a]! / abilityCount[a]!;
    // Offsets given abilities: the ridge (posterior-mean) estimate.
    sumR.fill(0);
    for (let i = 0; i < n; i++) sumR[ri[i]!]! += s[i]! - ability[ai[i]!]!;
    let change = 0;
    for (let r = 0; r < offset.length; r++) {
      const next = sumR[r]! / (raterCount[r]! + lambda);
      change = Math.max(change, Math.abs(next - offset[r]!));
      offset[r] = next;
    }
    if (change < tolerance) break;
  }

  let weighted = 0;
  for (let r = 0; r < offset.length; r++) weighted += offset[r]! * raterCount[r]!;
  const mean = n > 0 ? weighted / n : 0;
  return [...raterIndex].map(([interviewerId, r]) => ({
    interviewerId,
    offset: offset[r]! - mean,
    ratings: raterCount[r]!,
  }));
}
