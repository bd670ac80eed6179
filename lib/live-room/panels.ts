/**
 * The live room's panels and which ones an interview type shows by default.
 * No Yjs here: the admin page and the room page name panels without loading the document code.
 */
export const PANEL_IDS = ["board", "requirements", "risks", "milestones", "stakeholders"] as const;
export type PanelId = (typeof PANEL_IDS)[number];

export const PANEL_TITLES: Record<PanelId, string> = {
  board: "Whiteboard",
  requirements: "Requirements and estimates",
  risks: "Risk register",
  milestones: "Milestones and dependencies",
  stakeholders: "Stakeholders (RACI)",
};

/** Used when an admin has not chosen the panels of an interview type. */
export function defaultPanels(interviewTypeSlug: string): PanelId[] {
  switch (interviewTypeSlug) {
    case "system-design":
    case "technical-depth":
    case "ai-ml":
      return ["board", "requirements"];
    case "program-execution":
      return ["requirements", "risks", "milestones", "stakeholders"];
    case "product-sense":
      return ["board", "requirements", "stakeholders"];
    default:
      return ["board", "requirements"];
  }
}

/** Keeps known panel ids, once each, in the canonical order. */
export function normalizePanels(panels: readonly string[]): PanelId[] {
  return PANEL_IDS.filter((id) => panels.includes(id));
}
