// Kept for its importers: the formatting itself lives in lib/dates (one module owns it, decision 0030).
export { dateTimeFormatter, formatDate, formatDateTime } from "@/lib/dates/date-labels";
