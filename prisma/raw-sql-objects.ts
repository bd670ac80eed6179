import type { RawSqlObject } from "../tests/support/schema-drift/schema-drift-shape";

/**
 * Database objects that migrations create in raw SQL and schema.prisma cannot describe
 * (CHECK / EXCLUDE constraints, triggers, generated search columns, extensions, …).
 *
 * tests/support/schema-drift/schema-drift.int.test.ts compares a database built from the migrations
 * with schema.prisma: anything in the database that Prisma does not declare is drift
 * unless it is listed here, and everything listed here must exist. A listed object is
 * only checked for existence, not compared, so an index listed here may differ from
 * an @@index of the same name (e.g. to add a WHERE clause).
 *
 * Add one entry per object, named exactly as in the database, with the reason:
 *   { kind: "constraint", table: "bookings", name: "bookings_no_overlap", why: "EXCLUDE USING gist: no double booking" },
 *   { kind: "trigger", table: "questions", name: "questions_search_update", why: "keeps search in sync" },
 *   { kind: "column", table: "questions", name: "search", why: "tsvector GENERATED column for full-text search" },
 *   { kind: "index", table: "questions", name: "questions_search_idx", why: "GIN index on the tsvector column" },
 *   { kind: "function", name: "questions_search_refresh", why: "trigger function" },
 *   { kind: "extension", name: "btree_gist", why: "needed by the EXCLUDE constraint" },
 * kinds with `table`: column, index, constraint, trigger; without: extension, function, sequence, table, view.
 */
export const RAW_SQL_OBJECTS: readonly RawSqlObject[] = [
  // 20261125020000_availability
  {
    kind: "constraint",
    table: "availability_settings",
    name: "availability_settings_ranges_check",
    why: "CHECK: notice, buffer, weekly cap and horizon stay within the ranges the settings form allows",
  },
  {
    kind: "constraint",
    table: "availability_weekly_ranges",
    name: "availability_weekly_ranges_check",
    why: "CHECK: weekday 1-7, a start within the day and a non-empty range (an end <= start crosses midnight, 20261206030000)",
  },
  {
    kind: "constraint",
    table: "availability_override_ranges",
    name: "availability_override_ranges_check",
    why: "CHECK: a start within the day and a non-empty range (an end <= start crosses midnight, 20261206030000)",
  },
  // 20261125030000_bookings
  {
    kind: "extension",
    name: "btree_gist",
    why: "lets the exclusion constraint compare user ids with = inside a GiST index",
  },
  {
    kind: "constraint",
    table: "bookings",
    name: "bookings_ends_after_start",
    why: "CHECK: a booking ends after it starts",
  },
  { kind: "constraint", table: "bookings", name: "bookings_not_self", why: "CHECK: nobody books themselves" },
  { kind: "column", table: "booking_participants", name: "during", why: "tstzrange of the booking, filled by trigger" },
  {
    kind: "column",
    table: "booking_participants",
    name: "active",
    why: "whether the booking holds the time, kept by trigger",
  },
  {
    kind: "constraint",
    table: "booking_participants",
    name: "booking_participants_no_overlap",
    why: "EXCLUDE USING gist: nobody is in two overlapping active bookings, in any role",
  },
  { kind: "function", name: "booking_is_active", why: "which statuses hold a person's time" },
  {
    kind: "function",
    name: "booking_participants_fill",
    why: "trigger function: copy range and flag from the booking",
  },
  {
    kind: "trigger",
    table: "booking_participants",
    name: "booking_participants_fill",
    why: "fills during/active on insert",
  },
  { kind: "function", name: "bookings_sync_participants", why: "trigger function: move participants with the booking" },
  {
    kind: "trigger",
    table: "bookings",
    name: "bookings_sync_participants",
    why: "keeps during/active in step with status and time",
  },
  // 20261125040000_question_bank
  {
    kind: "column",
    table: "questions",
    name: "search",
    why: "tsvector GENERATED column: title (A) > prompt (B) > guide (C)",
  },
  { kind: "index", table: "questions", name: "questions_search_idx", why: "GIN index for full-text search" },
  {
    kind: "constraint",
    table: "questions",
    name: "questions_rejection_has_reason",
    why: "CHECK: a rejected question says why",
  },
  {
    kind: "constraint",
    table: "rubric_competencies",
    name: "rubric_competencies_weight_check",
    why: "CHECK: weights in (0, 1]",
  },
  // 20261205150000_rubric_descriptors_list
  {
    kind: "constraint",
    table: "rubric_competencies",
    name: "rubric_competencies_descriptor_per_score",
    why: "CHECK: one descriptor per score of the scale",
  },
  // 20261125050000_booking_lifecycle
  {
    kind: "constraint",
    table: "bookings",
    name: "bookings_cancel_has_reason",
    why: "CHECK: a cancellation says who and why",
  },
  {
    kind: "constraint",
    table: "no_show_reports",
    name: "no_show_reports_not_self",
    why: "CHECK: nobody reports themselves",
  },
  { kind: "constraint", table: "user_blocks", name: "user_blocks_not_self", why: "CHECK: nobody blocks themselves" },
  // 20261125060000_match_requests
  {
    kind: "constraint",
    table: "match_requests",
    name: "match_requests_matched_has_booking",
    why: "CHECK: matched exactly when it has a booking",
  },
  {
    kind: "constraint",
    table: "match_request_windows",
    name: "match_request_windows_check",
    why: "CHECK: a window ends after it starts",
  },
  // 20261125090000_feedback
  {
    kind: "constraint",
    table: "interview_notes",
    name: "interview_notes_body_length",
    why: "CHECK: notes stay under 20,000 characters",
  },
  {
    kind: "constraint",
    table: "feedback",
    name: "feedback_not_self",
    why: "CHECK: nobody writes feedback on themselves",
  },
  {
    kind: "constraint",
    table: "feedback",
    name: "feedback_submitted_complete",
    why: "CHECK: a submitted feedback has every required field of its direction",
  },
  { kind: "constraint", table: "feedback", name: "feedback_ratings_range", why: "CHECK: candidate ratings are 1-5" },
  { kind: "constraint", table: "feedback", name: "feedback_hidden_has_reason", why: "CHECK: hidden feedback says why" },
  {
    kind: "constraint",
    table: "feedback_scores",
    name: "feedback_scores_score_range",
    why: "CHECK: rubric scores are 1-4",
  },
  {
    kind: "constraint",
    table: "feedback_scores",
    name: "feedback_scores_evidence_present",
    why: "CHECK: every score has evidence",
  },
  // 20261125130000_schedule_versions
  { kind: "function", name: "schedule_version_bump", why: "upserts and increments one person's schedule version" },
  { kind: "function", name: "schedule_versions_touch_user", why: "trigger function: bump the row's user_id" },
  {
    kind: "function",
    name: "schedule_versions_touch_override_range",
    why: "trigger function: bump the override's owner",
  },
  {
    kind: "function",
    name: "schedule_versions_touch_account",
    why: "trigger function: bump a new or suspended/deleted user",
  },
  { kind: "function", name: "schedule_versions_touch_booking", why: "trigger function: bump both people, in id order" },
  {
    kind: "trigger",
    table: "availability_settings",
    name: "schedule_versions_availability_settings",
    why: "deferred: bumps schedule versions the slot cache is keyed by",
  },
  {
    kind: "trigger",
    table: "availability_weekly_ranges",
    name: "schedule_versions_weekly_ranges",
    why: "deferred: bumps schedule versions the slot cache is keyed by",
  },
  {
    kind: "trigger",
    table: "availability_overrides",
    name: "schedule_versions_overrides",
    why: "deferred: bumps schedule versions the slot cache is keyed by",
  },
  {
    kind: "trigger",
    table: "interviewer_offered_types",
    name: "schedule_versions_offered_types",
    why: "deferred: bumps schedule versions the slot cache is keyed by",
  },
  {
    kind: "trigger",
    table: "profile_focus_areas",
    name: "schedule_versions_focus_areas",
    why: "deferred: bumps schedule versions the slot cache is keyed by",
  },
  {
    kind: "trigger",
    table: "profiles",
    name: "schedule_versions_profiles",
    why: "deferred: bumps schedule versions the slot cache is keyed by",
  },
  {
    kind: "trigger",
    table: "availability_override_ranges",
    name: "schedule_versions_override_ranges",
    why: "deferred: bumps schedule versions the slot cache is keyed by",
  },
  {
    kind: "trigger",
    table: "users",
    name: "schedule_versions_users_insert",
    why: "deferred: bumps schedule versions the slot cache is keyed by",
  },
  {
    kind: "trigger",
    table: "users",
    name: "schedule_versions_users_state",
    why: "deferred: bumps schedule versions the slot cache is keyed by",
  },
  {
    kind: "trigger",
    table: "bookings",
    name: "schedule_versions_bookings_insert",
    why: "deferred: bumps schedule versions the slot cache is keyed by",
  },
  {
    kind: "trigger",
    table: "bookings",
    name: "schedule_versions_bookings_change",
    why: "deferred: bumps schedule versions the slot cache is keyed by",
  },
  // 20261125180000_progress_versions
  {
    kind: "constraint",
    table: "progress_versions",
    name: "progress_versions_user_id_fkey",
    why: "FK to users (cascade) without a Prisma relation: User needs no back-relation for a cache counter",
  },
  {
    kind: "constraint",
    table: "progress_global_version",
    name: "progress_global_version_one_row",
    why: "CHECK: the global progress version is one row",
  },
  {
    kind: "function",
    name: "progress_version_bump",
    why: "upserts and increments people's progress versions, in id order",
  },
  {
    kind: "function",
    name: "progress_versions_touch_feedback",
    why: "trigger function: bump a feedback's author and subject",
  },
  {
    kind: "function",
    name: "progress_versions_touch_score",
    why: "trigger function: bump a score's candidate and interviewer",
  },
  { kind: "function", name: "progress_versions_touch_booking", why: "trigger function: bump a booking's two people" },
  {
    kind: "function",
    name: "progress_global_version_touch",
    why: "trigger function: bump the global progress version",
  },
  {
    kind: "trigger",
    table: "feedback",
    name: "progress_versions_feedback_insert_delete",
    why: "deferred: bumps progress versions the progress cache is keyed by",
  },
  {
    kind: "trigger",
    table: "feedback",
    name: "progress_versions_feedback_change",
    why: "deferred: bumps progress versions when visibility columns change",
  },
  {
    kind: "trigger",
    table: "feedback_scores",
    name: "progress_versions_feedback_scores",
    why: "deferred: bumps progress versions the progress cache is keyed by",
  },
  {
    kind: "trigger",
    table: "bookings",
    name: "progress_versions_bookings_insert_delete",
    why: "deferred: bumps progress versions the progress cache is keyed by",
  },
  {
    kind: "trigger",
    table: "bookings",
    name: "progress_versions_bookings_change",
    why: "deferred: bumps progress versions when time, type, status or question change",
  },
  {
    kind: "trigger",
    table: "rater_offsets",
    name: "progress_global_rater_offsets",
    why: "per statement: bumps the global progress version",
  },
  {
    kind: "trigger",
    table: "rubrics",
    name: "progress_global_rubrics",
    why: "per statement: bumps the global progress version",
  },
  {
    kind: "trigger",
    table: "rubric_versions",
    name: "progress_global_rubric_versions",
    why: "per statement: bumps the global progress version",
  },
  {
    kind: "trigger",
    table: "rubric_competencies",
    name: "progress_global_rubric_competencies",
    why: "per statement: bumps the global progress version",
  },
  {
    kind: "trigger",
    table: "interview_types",
    name: "progress_global_interview_types",
    why: "per statement: bumps the global progress version",
  },
  {
    kind: "trigger",
    table: "questions",
    name: "progress_global_questions_insert",
    why: "bumps the global progress version for a new approved question",
  },
  {
    kind: "trigger",
    table: "questions",
    name: "progress_global_questions_change",
    why: "bumps the global progress version when an approved question changes",
  },
  {
    kind: "trigger",
    table: "questions",
    name: "progress_global_questions_delete",
    why: "bumps the global progress version when an approved question goes",
  },
  // 20261202030000_bookings_candidate_ends_at
  {
    kind: "index",
    table: "bookings",
    name: "bookings_candidate_id_ends_at_idx",
    why: "the @@index plus INCLUDE (id): the progress stamp walks it in order, index-only, and stops at the first match",
  },
  // 20261205110000_question_public_search
  {
    kind: "column",
    table: "questions",
    name: "search_public",
    why: "tsvector GENERATED column without the guide: what everyone who sees a question may search",
  },
  {
    kind: "index",
    table: "questions",
    name: "questions_search_public_idx",
    why: "GIN index for searches without guide access",
  },
  // 20261205140000_live_room_documents
  {
    kind: "trigger",
    table: "bookings",
    name: "bookings_live_room_notify",
    why: "NOTIFY live_room_booking_changed when a booking's status or times change: sync servers close or re-check its room",
  },
  { kind: "function", name: "live_room_booking_changed", why: "trigger function of bookings_live_room_notify" },
  // 20261206040000_external_calendars
  {
    kind: "constraint",
    table: "external_busy_times",
    name: "external_busy_times_ends_after_start",
    why: "CHECK: a busy time ends after it starts",
  },
  {
    kind: "trigger",
    table: "external_calendars",
    name: "schedule_versions_external_calendars",
    why: "bumps the owner's schedule version when a calendar comes, goes or its busy times change",
  },
  // 20261206070000_recommendation_rule
  {
    kind: "constraint",
    table: "feedback",
    name: "feedback_departure_has_reason",
    why: "CHECK: a recommendation other than the rule's suggestion says why",
  },
  {
    kind: "constraint",
    table: "feedback",
    name: "feedback_recommendation_reason_length",
    why: "CHECK: the reason is at most 1000 characters",
  },
  {
    kind: "constraint",
    table: "rubric_versions",
    name: "rubric_versions_level_bar_per_level",
    why: "CHECK: one bar per TPM level, or none",
  },
  // 20261206060000_solo_attempts (decision 0028)
  {
    kind: "constraint",
    table: "solo_attempts",
    name: "solo_attempts_time_limit_range",
    why: "CHECK: a solo timer runs 5-120 minutes",
  },
  {
    kind: "constraint",
    table: "solo_attempts",
    name: "solo_attempts_submitted_answer",
    why: "CHECK: a submitted solo attempt has a written answer",
  },
  {
    kind: "constraint",
    table: "solo_attempt_scores",
    name: "solo_attempt_scores_score_range",
    why: "CHECK: self-assessed scores are 1-4",
  },
  {
    kind: "function",
    name: "progress_versions_touch_solo_attempt",
    why: "trigger function: bump a solo attempt's person",
  },
  {
    kind: "function",
    name: "progress_versions_touch_solo_score",
    why: "trigger function: bump a self-assessed score's person",
  },
  {
    kind: "trigger",
    table: "solo_attempts",
    name: "progress_versions_solo_attempts_insert_delete",
    why: "deferred: bumps progress versions the progress cache is keyed by",
  },
  {
    kind: "trigger",
    table: "solo_attempts",
    name: "progress_versions_solo_attempts_change",
    why: "deferred: bumps progress versions when an attempt is submitted or moved",
  },
  {
    kind: "trigger",
    table: "solo_attempt_scores",
    name: "progress_versions_solo_attempt_scores",
    why: "deferred: bumps progress versions the progress cache is keyed by",
  },
];
