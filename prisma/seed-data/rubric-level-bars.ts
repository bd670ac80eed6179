import type { InterviewTypeSlug } from "./questions/seed-question";

/**
 * What "at the bar" looks like at each TPM level (lib/rubrics/tpm-levels.ts:
 * TPM II, Senior TPM, Staff TPM), per rubric: behaviour an interviewer can
 * observe in this interview, not adjectives. Kept apart from rubrics.ts so
 * the competencies and the level bars can be edited separately.
 */
export const LEVEL_BARS: Record<InterviewTypeSlug, readonly [string, string, string]> = {
  "system-design": [
    "Designs one service end to end for a stated scale: asks for the numbers, walks a request through every component, names two failure modes and a phased rollout, with hints accepted along the way.",
    "Drives the whole design unprompted: finds the requirement that shapes it, makes two or three explicit trade-offs with their costs, plans migration and rollback, and names the teams and dependencies the build needs.",
    "Frames the design as a multi-team platform decision: says which choices are one-way doors, sequences the work by risk across organisations, sets service-level objectives and budgets, and re-plans cleanly when the interviewer changes a constraint.",
  ],
  "technical-depth": [
    "Explains core concepts (a request's path, an index, a transaction, a cache) correctly one level down with an example, reads a short piece of code or SQL and says what it does, and says plainly where their knowledge ends.",
    "Explains two or three levels down and connects layers, traces a query or a function through an edge case and says what the bug did to numbers already reported, debugs a described incident by forming and testing hypotheses in order, and translates the technical risk into schedule and scope consequences.",
    "Spots the misconception in a question or design without being asked, weighs competing technical options against cost and team skills, and can explain a deep topic to an executive and to an engineer in the same answer.",
  ],
  "program-execution": [
    "Turns a scoped project for one or two teams into milestones with owners, tracks dependencies in a visible plan, escalates a slip with a proposed fix, and reports status in numbers.",
    "Plans a programme across several teams: critical path, risks with owners and triggers, a decision forum and cadence, and a re-plan with clear trade-offs when a dependency slips.",
    "Sets up how a whole organisation delivers: portfolio-level sequencing, launch gates that leaders agree to, metrics that predict a slip weeks ahead, and a story of cutting or re-scoping work to protect the outcome.",
  ],
  "behavioral-leadership": [
    'Tells specific stories in order within a few minutes, with their own actions ("I", not "we"), a result measured against a baseline and what they would do differently; the scope is one team or a few, and the conflict stories end with a working relationship.',
    "Stories span several teams within an organisation: they changed a decision they did not own by bringing data and options, handled a senior stakeholder's disagreement, say how the impact was measured and which part of it was theirs, and answer probing follow-ups with specifics.",
    "Stories span organisations or the company: they set direction others followed without authority, made a call with incomplete data and stood by it or reversed it openly, and grew other leaders along the way.",
  ],
  "product-sense": [
    "States the goal in a sentence and names the user and their problem before any feature, proposes a reasonable first version with one success metric, and cuts scope when asked.",
    "Frames the goal and the problem before solving, compares two or three options against user value, effort and risk, sets a metric with a guardrail, and names the technical constraint that changes the plan.",
    "Questions whether the stated goal is the right one, ties the product bet to the business strategy, sequences bets over several releases, and says what result would make them stop.",
  ],
  "ai-ml": [
    "Explains the model lifecycle in plain words (data, training, evaluation, launch, monitoring), names one data risk such as leakage, and proposes an offline metric and a launch check.",
    "Plans an ML launch across data, model and product teams: labelling and evaluation plan, an online experiment with guardrails, responsible-AI review, and what happens when the model drifts.",
    "Decides when ML is not the answer, chooses between retrieval, fine-tuning and rules with cost and risk in numbers, and sets the evaluation and governance that several ML programmes share.",
  ],
  "program-deep-dive": [
    "Walks through a project they ran for one or two teams: the goal, their own decisions, one risk they caught early, and the measured result, answering follow-ups with specifics.",
    "Walks through a multi-team programme: why its structure was chosen, a technical trade-off they drove, a dependency or stakeholder conflict they resolved, and outcomes against the original goal, including what missed.",
    "Walks through a programme that changed how an organisation works: the strategy they set, decisions that needed leaders across organisations, second-order effects they anticipated, and what they would structure differently now.",
  ],
};
