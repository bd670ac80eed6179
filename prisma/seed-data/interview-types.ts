/** The single list of interview types (focus areas, offered types, question categories, rubrics). */
export const INTERVIEW_TYPES = [
  {
    slug: "system-design",
    name: "System design",
    durationMinutes: 60,
    description:
      "Design a large system end to end: requirements, APIs, data, scaling and trade-offs — at a TPM's depth.",
  },
  {
    slug: "technical-depth",
    name: "Technical depth",
    durationMinutes: 45,
    description:
      "Programming concepts, databases, networking and algorithms: explain how things work and why they break.",
  },
  {
    slug: "program-execution",
    name: "Program execution",
    durationMinutes: 45,
    description:
      "Drive a cross-team program: planning, dependencies, risks, metrics and getting a slipping launch back.",
  },
  {
    slug: "behavioral-leadership",
    name: "Behavioural & leadership",
    durationMinutes: 45,
    description: "Stories of influence without authority, conflict, ambiguity and failure, told in STAR form.",
  },
  {
    slug: "product-sense",
    name: "Product sense",
    durationMinutes: 45,
    description: "Understand users and goals, prioritise, and define what success looks like for a technical product.",
  },
  {
    slug: "ai-ml",
    name: "AI/ML",
    durationMinutes: 45,
    description:
      "ML systems for TPMs: data pipelines, training and evaluation, model launches, risks and responsible AI.",
  },
  {
    slug: "program-deep-dive",
    name: "Program deep dive",
    durationMinutes: 45,
    description:
      "Walk through the most complex program you've run: its goal, architecture, decisions, conflicts, results and what you'd change.",
  },
] as const;
