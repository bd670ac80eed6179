-- Which live-room panels (board, requirements, risks, milestones, stakeholders) an interview
-- type shows, chosen by an admin. Empty means the type's defaults (lib/live-room/room-document.ts
-- defaultPanels), so existing and new types need no backfill. Decision 0022.
ALTER TABLE "interview_types" ADD COLUMN "live_panels" TEXT[] DEFAULT ARRAY[]::TEXT[];
