/** Everything but the guide: what any signed-in person may see of a visible question. */
export const questionSummarySelect = {
  id: true,
  slug: true,
  title: true,
  prompt: true,
  difficulty: true,
  tags: true,
  companies: true,
  competencyKeys: true,
  status: true,
  createdAt: true,
  interviewType: { select: { slug: true, name: true } },
  author: { select: { id: true, profile: { select: { displayName: true } } } },
} as const;

export const questionWithGuideSelect = { ...questionSummarySelect, guide: true } as const;
