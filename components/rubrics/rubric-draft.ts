import { rubricInputSchema, type RubricInput } from "@/lib/rubrics/rubric.schema";
import { SCORES } from "@/lib/rubrics/score-scale";
import { TPM_LEVELS } from "@/lib/rubrics/tpm-levels";

export const MAX_COMPETENCIES = 8;
export const MIN_COMPETENCIES = 2;

/**
 * A rubric while an admin edits it: weights as the text in their boxes, and a
 * `uid` per competency so React keeps each card's fields while cards move.
 */
export interface CompetencyDraft {
  uid: string;
  key: string;
  /** Until someone types a key, a new competency's key follows its name. */
  keyFollowsName: boolean;
  name: string;
  description: string;
  weight: string;
  /** One per score of the scale, lowest first. */
  descriptors: string[];
}

export interface RubricDraft {
  title: string;
  /** The bar for each TPM level, in TPM_LEVELS order. */
  levelBars: string[];
  competencies: CompetencyDraft[];
  nextUid: number;
}

export interface RubricLike {
  title: string;
  levelBars: readonly string[];
  competencies: { key: string; name: string; description: string; weight: number; descriptors: readonly string[] }[];
}

/** "Trade-offs & judgement" → "trade-offs-judgement". */
export function keyFromName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

export function draftFromRubric(rubric: RubricLike | null): RubricDraft {
  if (!rubric) {
    const first = blankCompetency(0);
    const second = blankCompetency(1);
    return {
      title: "",
      levelBars: TPM_LEVELS.map(() => ""),
      competencies: [
        { ...first, weight: "0.5" },
        { ...second, weight: "0.5" },
      ],
      nextUid: 2,
    };
  }
  return {
    title: rubric.title,
    levelBars: TPM_LEVELS.map((_, i) => rubric.levelBars[i] ?? ""),
    competencies: rubric.competencies.map((c, i) => ({
      uid: `c${i}`,
      key: c.key,
      keyFollowsName: false,
      name: c.name,
      description: c.description,
      weight: String(c.weight),
      descriptors: SCORES.map((_, i) => c.descriptors[i] ?? ""),
    })),
    nextUid: rubric.competencies.length,
  };
}

function blankCompetency(n: number): CompetencyDraft {
  return {
    uid: `c${n}`,
    key: "",
    keyFollowsName: true,
    name: "",
    description: "",
    weight: "",
    descriptors: SCORES.map(() => ""),
  };
}

export function addCompetency(draft: RubricDraft): RubricDraft {
  if (draft.competencies.length >= MAX_COMPETENCIES) return draft;
  return {
    ...draft,
    competencies: [...draft.competencies, blankCompetency(draft.nextUid)],
    nextUid: draft.nextUid + 1,
  };
}

export function removeCompetency(draft: RubricDraft, uid: string): RubricDraft {
  return { ...draft, competencies: draft.competencies.filter((c) => c.uid !== uid) };
}

export function moveCompetency(draft: RubricDraft, uid: string, by: -1 | 1): RubricDraft {
  const from = draft.competencies.findIndex((c) => c.uid === uid);
  const to = from + by;
  if (from < 0 || to < 0 || to >= draft.competencies.length) return draft;
  const list = [...draft.competencies];
  const [moved] = list.splice(from, 1);
  list.splice(to, 0, moved!);
  return { ...draft, competencies: list };
}

export function updateCompetency(draft: RubricDraft, uid: string, patch: Partial<CompetencyDraft>): RubricDraft {
  return {
    ...draft,
    competencies: draft.competencies.map((c) => {
      if (c.uid !== uid) return c;
      const next = { ...c, ...patch };
      if (patch.key !== undefined) next.keyFollowsName = false;
      else if (patch.name !== undefined && c.keyFollowsName) next.key = keyFromName(patch.name);
      return next;
    }),
  };
}

/** Weights split as evenly as two decimals allow; the first ones take the leftover hundredths. */
export function spreadWeightsEvenly(draft: RubricDraft): RubricDraft {
  const n = draft.competencies.length;
  if (n === 0) return draft;
  const base = Math.floor(100 / n);
  const extra = 100 - base * n;
  return {
    ...draft,
    competencies: draft.competencies.map((c, i) => ({ ...c, weight: String((base + (i < extra ? 1 : 0)) / 100) })),
  };
}

const parseWeight = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));

/** The sum of the weights typed so far (blank or unreadable boxes count as 0). */
export function weightTotal(draft: RubricDraft): number {
  return draft.competencies.reduce((sum, c) => {
    const w = parseWeight(c.weight);
    return sum + (Number.isFinite(w) ? w : 0);
  }, 0);
}

export const weightsAddUp = (total: number) => Math.abs(total - 1) <= 0.001;

export function draftToInput(draft: RubricDraft): unknown {
  return {
    title: draft.title,
    levelBars: draft.levelBars,
    competencies: draft.competencies.map((c) => ({
      key: c.key.trim(),
      name: c.name,
      description: c.description,
      weight: parseWeight(c.weight),
      descriptors: c.descriptors,
    })),
  };
}

/** Errors keyed by path ("title", "competencies", "competencies.2.weight", "competencies.1.descriptors.3"). */
export type RubricErrors = Record<string, string>;

export function validateRubricDraft(draft: RubricDraft): { input: RubricInput } | { errors: RubricErrors } {
  const parsed = rubricInputSchema.safeParse(draftToInput(draft));
  if (parsed.success) return { input: parsed.data };
  // zod's own words for a blank number box ("expected number, received NaN") mean nothing to people.
  const blank = draft.competencies.flatMap((c, i) =>
    Number.isFinite(parseWeight(c.weight))
      ? []
      : [[`competencies.${i}.weight`, "Enter a weight between 0 and 1, e.g. 0.25"] as const],
  );
  return {
    errors: firstErrors([
      ...blank,
      ...parsed.error.issues.map((i) => [i.path.map(String).join("."), i.message] as const),
    ]),
  };
}

export function firstErrors(entries: Iterable<readonly [string, string | undefined]>): RubricErrors {
  const out: RubricErrors = {};
  for (const [path, message] of entries) {
    const key = path || "_";
    if (message && !out[key]) out[key] = message;
  }
  return out;
}

/** The draft as the preview shows it: what would be published, even half-typed. */
export function draftForPreview(draft: RubricDraft): RubricLike {
  return {
    title: draft.title,
    levelBars: draft.levelBars,
    competencies: draft.competencies.map((c) => {
      const w = parseWeight(c.weight);
      return { ...c, weight: Number.isFinite(w) ? w : 0 };
    }),
  };
}
