import { R } from "./learn-resources";
import { strong, type SeedQuestion } from "./seed-question";

/**
 * Incident management and post-mortems: running the response, talking to
 * customers while it burns, and making sure the same thing doesn't happen twice.
 */
export const INCIDENT_MANAGEMENT_QUESTIONS: SeedQuestion[] = [
  {
    slug: "inc-first-thirty-minutes",
    type: "program-execution",
    title: "You're the incident commander: the first thirty minutes",
    prompt:
      "It's 19:40 on a Thursday. Alerts show checkout errors at 30% and rising; support is getting calls; three engineers from different teams have joined a chat channel and are each trying different things. You're the incident commander on call. Walk me through what you do in the first thirty minutes.",
    difficulty: "EASY",
    tags: ["incident-response", "incident-commander", "on-call"],
    companies: ["Google", "Amazon", "PagerDuty"],
    competencies: ["course-correction", "stakeholder-alignment", "metrics-delivery"],
    guide: {
      strongAnswer: strong(
        "A strong answer establishes command and roles, focuses the responders on stopping the harm before finding the cause, keeps a rhythm of updates, and writes things down.",
        [
          "**Take command:** announce yourself as incident commander, open a dedicated channel or bridge, set severity.",
          "**Roles:** an operations lead for technical work, a communications lead for support and status page, a scribe for the timeline.",
          "**Mitigate first:** what changed recently (deploys, flags, config, traffic)? Roll back the likeliest change; fail over; turn off non-essential features. Cause comes later.",
          "**Coordinate:** stop engineers from making parallel changes without telling others; one change at a time, announced.",
          "**Communicate:** updates every 15–30 minutes internally and on the status page, even if 'still investigating'.",
          "**Escalate:** page more help or leaders by clear criteria rather than hesitation.",
        ],
      ),
      followUps: [
        "The rollback doesn't help. What next?",
        "A senior VP joins the channel and starts directing engineers. What do you do?",
        "Errors drop to 2% but don't go to zero. When do you call the incident resolved?",
      ],
      pitfalls: [
        "Jumping into debugging yourself and leaving nobody coordinating.",
        "Hunting for the root cause while customers are still affected.",
      ],
    },
    learn: {
      explainer:
        "During an incident, the incident commander coordinates rather than fixes: they set roles, keep everyone working on one plan, make decisions and make sure communication happens. The first priority is to stop the harm to users, often by undoing a recent change; understanding exactly why comes afterwards.",
      terms: [
        ["Incident commander", "The person who coordinates the response and makes decisions."],
        ["Mitigation", "An action that stops or reduces user harm, even before the cause is known."],
        ["Severity level", "A label for how serious an incident is, which sets who is involved."],
      ],
      resources: [R.pagerdutyIncident, R.sre, R.srw],
    },
  },
  {
    slug: "inc-blameless-review-config-push",
    type: "program-execution",
    title: "The VP wants to know who pushed the bad config",
    prompt:
      "A configuration change pushed by an engineer took down login for 50 minutes. You're running the post-incident review. Before it starts, the VP of engineering asks you privately for the name of the engineer 'so we can deal with it'. How do you respond, and how do you run the review so it actually prevents the next one?",
    difficulty: "EASY",
    tags: ["post-mortem", "blameless", "culture"],
    companies: ["Google", "Etsy", "Atlassian"],
    competencies: ["stakeholder-alignment", "course-correction"],
    guide: {
      strongAnswer: strong(
        "A strong answer explains why blame makes systems less safe (people hide mistakes), redirects the VP to what allowed one person's change to cause an outage, and runs a review focused on systemic fixes.",
        [
          "**To the VP:** the name doesn't prevent recurrence; the system let a single change reach all users with no check. Blame leads to hidden mistakes and slower detection next time.",
          "**The review:** a factual timeline; how the change was made, reviewed, tested and rolled out; why detection and recovery took 50 minutes.",
          "**Questions:** why was it possible? why wasn't it caught? why did recovery take as long as it did?",
          "**Actions:** config changes validated and rolled out gradually; faster rollback; alerts; each action with an owner and date.",
          "**Follow-through:** the VP sees the actions and their progress.",
        ],
      ),
      followUps: [
        "The engineer involved is very upset and wants to skip the review. What do you do?",
        "The VP insists on a name. What now?",
        "How do you tell a blameless review from one that avoids accountability?",
      ],
      pitfalls: [
        "Giving in to blame, or refusing the VP without explaining why.",
        "Concluding 'human error' as the root cause.",
      ],
    },
    learn: {
      explainer:
        "A blameless post-mortem looks at how a failure happened in order to fix the system, not to punish a person. If people fear blame, they hide mistakes and the organisation stops learning. 'Human error' is a starting point: the useful question is why the system allowed one person's error to hurt users.",
      terms: [
        ["Post-mortem", "A written review of an incident: what happened, why, and what will change."],
        ["Blameless culture", "Treating failures as system problems so people report them openly."],
        ["Contributing factor", "One of several conditions that together allowed an incident."],
      ],
      resources: [R.blamelessPostmortem, R.sre, R.pagerdutyIncident],
    },
  },
  {
    slug: "inc-action-items-never-done",
    type: "program-execution",
    title: "The same outage, again, with last time's fixes still open",
    prompt:
      "Your payments service had a two-hour outage today. In the review, someone notices that a nearly identical outage happened four months ago, and three of its five action items were never done because feature work always came first. You're asked to make sure this stops. What would you change?",
    difficulty: "MEDIUM",
    tags: ["post-mortem", "follow-through", "reliability"],
    companies: ["Amazon", "Stripe", "Microsoft"],
    competencies: ["course-correction", "metrics-delivery", "stakeholder-alignment"],
    guide: {
      strongAnswer: strong(
        "A strong answer treats action items as commitments with owners, priority and visibility, makes the cost of skipping them visible to leadership, and fixes the prioritisation process that let them slip.",
        [
          "**Immediate:** finish the open items from last time now; the repeat proves their value.",
          "**Better action items:** fewer and specific, each with an owner, date and priority; separate 'must do to prevent recurrence' from 'nice to have'.",
          "**Tracking:** in the teams' normal backlog, reviewed weekly; overdue high-priority items reported to leadership.",
          "**Prioritisation:** agree with product and engineering leaders that prevention items rank above features by default, with explicit sign-off to defer.",
          "**Measure:** repeat incidents and closure rates over time.",
        ],
      ),
      followUps: [
        "A product VP signs off on deferring a fix and the incident recurs. What happens then?",
        "Action items from 40 incidents are open across 15 teams. How do you prioritise them?",
        "How would you know whether the action items actually reduce incidents?",
      ],
      pitfalls: ["Blaming the team that didn't do them.", "Adding more action items without a way to prioritise them."],
    },
    learn: {
      explainer:
        "A post-mortem is only worth its action items, and action items compete with feature work. Organisations that learn from incidents keep action items few and specific, track them like any commitment, make deferrals a visible decision by a named leader, and watch for repeat incidents.",
      terms: [
        ["Action item", "A specific change agreed after an incident, with an owner and date."],
        ["Repeat incident", "An incident with the same cause as an earlier one."],
        ["Deferral", "A decision to postpone work, ideally recorded with who made it."],
      ],
      resources: [R.sre, R.srw, R.blamelessPostmortem],
    },
  },
  {
    slug: "inc-customer-communication-outage",
    type: "program-execution",
    title: "Talking to enterprise customers during a four-hour outage",
    prompt:
      "Your B2B software has been down for enterprise customers in Europe for two hours, and engineering thinks it may take two more. Account managers are being called by angry customers, a large bank is threatening to invoke its SLA penalties, and the status page still says 'investigating'. You own customer communication for this incident. What do you do?",
    difficulty: "MEDIUM",
    tags: ["incident-communication", "customers", "sla"],
    companies: ["Salesforce", "Microsoft", "Atlassian"],
    competencies: ["stakeholder-alignment", "course-correction"],
    guide: {
      strongAnswer: strong(
        "A strong answer sets a steady, honest rhythm of updates across channels, equips account managers with consistent messages, and handles SLA questions through the right process rather than improvising.",
        [
          "**Status page:** update now with what's affected, what's being done, and when the next update comes; keep that promise every 30 minutes.",
          "**Account managers:** a short internal brief they can use, updated each cycle; one place for their questions.",
          "**Key customers:** direct contact for the largest, by a named senior person.",
          "**SLA:** acknowledge, don't negotiate on the call; capture the claim for the post-incident process with legal and finance.",
          "**After:** a customer-facing incident report with cause and prevention within an agreed number of days.",
        ],
      ),
      followUps: [
        "Engineering asks you not to give an estimate in case it's wrong. What do you write?",
        "A customer posts about the outage on social media, and it's spreading. What changes?",
        "After the incident, how do you decide which customers get credits?",
      ],
      pitfalls: ["Silence until the fix.", "Promising a fix time engineering hasn't given."],
    },
    learn: {
      explainer:
        "Customers forgive outages more easily than silence. Good incident communication is honest about impact, regular (a next-update time, and keeping it), consistent across every channel, and followed by a report of what happened and what will change. An SLA is a contract promise about availability, often with credits when it's missed.",
      terms: [
        ["Status page", "A public page showing current incidents and updates."],
        ["SLA", "Service-level agreement: a contractual promise of availability or response time."],
        ["Service credit", "A refund or discount owed when an SLA is missed."],
      ],
      resources: [R.pagerdutyIncident, R.sre, R.crucialConversations],
    },
  },
  {
    slug: "inc-define-severity-levels",
    type: "program-execution",
    title: "Everything pages everyone: define severity levels",
    prompt:
      "At your growing startup, every problem, from a typo on the pricing page to a full outage, gets the same treatment: all engineers are pinged in one channel and the CTO joins. People are exhausted and real emergencies get lost. You're asked to introduce severity levels. What would you define, and how would you roll it out?",
    difficulty: "EASY",
    tags: ["incident-management", "severity", "process"],
    companies: ["PagerDuty", "Atlassian", "Shopify"],
    competencies: ["planning-scoping", "stakeholder-alignment"],
    guide: {
      strongAnswer: strong(
        "A strong answer defines three or four levels by customer and business impact, ties each to a response (who's paged, how fast, who's told), and rolls it out with examples and a review after a few weeks.",
        [
          "**Levels by impact:** e.g. SEV1 = core service down or data at risk for many customers; SEV2 = major feature broken or significant degradation; SEV3 = minor feature or small group affected; SEV4 = cosmetic.",
          "**Response per level:** who is paged and when (SEV1 any hour, SEV3 business hours), incident commander required, communication expectations, post-mortem required for SEV1–2.",
          "**Examples:** a short table of real past incidents mapped to levels.",
          "**Rollout:** agree with engineering leads, train on-call, allow upgrading or downgrading mid-incident.",
          "**Review:** after a month, check classification and adjust.",
        ],
      ),
      followUps: [
        "An engineer downgrades an incident to avoid writing a post-mortem. How do you prevent that?",
        "A single large customer is completely down, but nobody else. Which level?",
        "How do you define levels for security incidents?",
      ],
      pitfalls: [
        "Levels defined by technical symptoms rather than impact.",
        "Too many levels to remember under pressure.",
      ],
    },
    learn: {
      explainer:
        "Severity levels sort incidents by how much harm they cause, so the response matches: a full outage pages people at night, a typo waits until morning. Clear definitions with examples help people classify quickly under pressure and protect responders from being woken for minor issues.",
      terms: [
        ["Severity (SEV)", "A level describing an incident's impact, often SEV1 for the worst."],
        ["Paging", "Alerting an on-call person urgently, at any hour."],
        ["Response expectation", "How fast and by whom each level must be handled."],
      ],
      resources: [R.pagerdutyIncident, R.sre, R.srw],
    },
  },
  {
    slug: "inc-data-loss-partial-backups",
    type: "program-execution",
    title: "A migration deleted three days of data for 2% of customers",
    prompt:
      "A data migration with a bug deleted three days of records for about 2% of your customers, an accounting product. Nightly backups exist, but restoring a whole database would overwrite everyone else's newer work, and one backup from the affected period is corrupted. Customers are starting to notice. You're asked to run the recovery program. How would you approach it?",
    difficulty: "HARD",
    tags: ["data-loss", "recovery", "backups", "incident"],
    companies: ["Intuit", "Microsoft", "GitLab"],
    competencies: ["course-correction", "stakeholder-alignment", "dependency-risk"],
    guide: {
      strongAnswer: strong(
        "A strong answer stops further damage, scopes exactly what's lost, recovers selectively rather than restoring everything, communicates honestly and early with affected customers, and fixes the gaps that made it possible.",
        [
          "**Contain:** stop the migration; freeze risky changes; preserve evidence.",
          "**Scope:** which customers, which records, which time window; which data can be reconstructed from other sources (transaction logs, exports, integrations, emails).",
          "**Recovery:** restore the backup to a separate environment and copy only affected customers' missing records; for the corrupted period, look at database logs, replicas or customer-held copies.",
          "**Customers:** tell affected customers directly what's lost, what's being done and when; provide support and tools to re-enter data.",
          "**Learning:** test restores regularly, per-customer recovery tooling, migration dry runs with verification, backup integrity checks.",
        ],
      ),
      followUps: [
        "Legal asks whether to notify customers before you know the full scope. What do you advise?",
        "Recovery will take two weeks for all customers. How do you prioritise which to restore first?",
        "Some records can't be recovered at all. How do you handle those customers?",
      ],
      pitfalls: [
        "Restoring a whole database over everyone's newer data.",
        "Waiting for a complete picture before telling affected customers anything.",
      ],
    },
    learn: {
      explainer:
        "Backups are only as good as your ability to restore from them, and restoring a whole database brings back old data for everyone. Real recovery is often selective: rebuild the lost part in a separate place and copy back just what's missing. Teams that test restores regularly find corrupted backups before they need them.",
      terms: [
        ["Backup", "A copy of data kept so it can be restored after loss."],
        ["Point-in-time recovery", "Restoring data to its state at a chosen moment, using backups plus change logs."],
        ["Restore test", "Regularly proving backups can actually be restored."],
      ],
      resources: [R.sre, R.ddia, R.srw],
    },
  },
  {
    slug: "inc-cloud-region-outage",
    type: "program-execution",
    title: "Your cloud provider's region is down and you can't fix it",
    prompt:
      "Your cloud provider's main region in the US has a major outage. Your service runs only in that region, so it's down, and the provider estimates 'several hours'. Leadership asks what you're doing about it. What do you do during the outage, and what program would you propose afterwards?",
    difficulty: "MEDIUM",
    tags: ["third-party-outage", "resilience", "multi-region", "cloud"],
    companies: ["Amazon", "Netflix", "Slack"],
    competencies: ["course-correction", "dependency-risk", "stakeholder-alignment"],
    guide: {
      strongAnswer: strong(
        "A strong answer separates the incident response (honest communication, whatever partial mitigation is possible, readiness for recovery) from the follow-up program, which weighs the cost of multi-region resilience against the business need.",
        [
          "**During:** declare an incident; communicate to customers and leadership with the provider's updates; check for partial options (read-only mode from backups elsewhere, static pages, queueing requests).",
          "**Prepare for recovery:** services may come back unevenly; plan the restart order and watch for backlog surges.",
          "**After:** quantify the impact; review architecture dependencies on that single region.",
          "**Program options:** backups and a tested recovery in a second region (hours to restore); warm standby (minutes); active-active (near zero) — each with cost and complexity.",
          "**Decide with leadership:** the recovery time the business needs, per service, sets which option.",
        ],
      ),
      followUps: [
        "Leadership asks for active-active in every region by next quarter. How do you respond?",
        "Your provider's status page says green, but your service is failing. What do you do?",
        "How would you test that failover works without waiting for the next outage?",
      ],
      pitfalls: [
        "Treating it as nothing-we-can-do and stopping there.",
        "Proposing the most expensive resilience option for every service.",
      ],
    },
    learn: {
      explainer:
        "Even large cloud providers have regional outages. A service in one region shares its fate. Options to survive range from restoring from backups in another region (slow but cheap) to running fully in two regions at once (fast but costly). The right choice follows from how long the business can tolerate being down, which can differ by service.",
      terms: [
        ["Region", "A cloud provider's set of data centres in one geographic area."],
        [
          "RTO / RPO",
          "Recovery time objective (how fast back) and recovery point objective (how much data may be lost).",
        ],
        ["Failover", "Switching to a backup system when the main one fails."],
      ],
      resources: [R.sre, R.ddia, R.srw],
    },
  },
  {
    slug: "inc-suspected-breach-coordination",
    type: "program-execution",
    title: "Coordinating the response to a suspected data breach",
    prompt:
      "On Friday afternoon, the security team finds signs that an attacker used a leaked access key to download part of your customer database. They don't yet know how much. You're asked to coordinate the cross-functional response: security, engineering, legal, communications, support and leadership. Walk me through the first 72 hours.",
    difficulty: "HARD",
    tags: ["security-incident", "breach", "coordination", "compliance"],
    companies: ["Microsoft", "Google", "Okta"],
    competencies: ["stakeholder-alignment", "course-correction", "dependency-risk"],
    guide: {
      strongAnswer: strong(
        "A strong answer runs parallel workstreams with clear leads (contain, investigate, legal and regulatory, communications), keeps a strict need-to-know circle and a written log, and works to regulatory deadlines such as notifying authorities within 72 hours where required.",
        [
          "**Contain:** revoke the key and related credentials, block the attacker's access, preserve logs and evidence.",
          "**Investigate:** what was accessed, whose data, since when; external forensics if needed.",
          "**Legal and regulatory:** which laws apply (for example GDPR's 72-hour notice to the regulator), contractual notices to customers, law enforcement.",
          "**Communications:** prepared statements, notices to affected people, support scripts; nothing public until facts are checked.",
          "**Coordination:** a small core group, a regular call rhythm, a decision log, leadership briefings.",
          "**Afterwards:** fix how the key leaked (secret scanning, short-lived credentials), and a full review.",
        ],
      ),
      followUps: [
        "At hour 60 you still don't know the full scope. What do you tell the regulator?",
        "An engineer posts about the incident in a public channel. What do you do?",
        "The attacker emails asking for a ransom not to publish the data. Who is involved now?",
      ],
      pitfalls: [
        "Treating it like an ordinary outage without legal involvement.",
        "Communicating publicly before facts are confirmed.",
      ],
    },
    learn: {
      explainer:
        "A data breach is both a technical incident and a legal one. Alongside stopping the attacker and finding out what was taken, the company may have to notify regulators and affected people within fixed deadlines, such as 72 hours under the GDPR. Coordinating security, legal, communications and support in parallel, with careful records, is the TPM's core contribution.",
      terms: [
        ["Data breach", "Unauthorised access to or disclosure of personal or confidential data."],
        ["Containment", "Stopping an attacker's access and preventing further damage."],
        ["Forensics", "Collecting and analysing evidence of what an attacker did."],
      ],
      resources: [R.securityEngineering, R.privacyGdpr, R.pagerdutyIncident],
    },
  },
  {
    slug: "inc-alert-fatigue",
    type: "program-execution",
    title: "On-call gets 200 alerts a week and ignores most of them",
    prompt:
      "The engineers who answer pages for your platform receive about 200 alerts a week, most at night, and most need no action. Two have asked to stop carrying the pager, and last month a real outage alert was missed because it looked like all the noise. How would you lead the effort to fix this?",
    difficulty: "MEDIUM",
    tags: ["alerting", "on-call", "slo", "reliability"],
    companies: ["Google", "Datadog", "Uber"],
    competencies: ["metrics-delivery", "course-correction", "planning-scoping"],
    guide: {
      strongAnswer: strong(
        "A strong answer measures the alert noise, alerts on user-visible symptoms rather than every internal cause, removes or downgrades alerts that don't need a human now, and tracks on-call load as a health metric.",
        [
          "**Measure:** alerts per week, per shift, at night; share that needed action; top noisy alerts.",
          "**Principle:** page only when a human must act now and users are or will be affected; everything else becomes a ticket or a dashboard.",
          "**SLO-based alerting:** alert on error budget burning fast, not on CPU at 80%.",
          "**Clean-up:** owners review their top noisy alerts; delete, tune or downgrade; each remaining page has a runbook.",
          "**Sustain:** a weekly on-call handover reviewing pages; a target such as two pages per shift.",
        ],
      ),
      followUps: [
        "A team refuses to delete an alert 'in case it matters'. What do you say?",
        "After the clean-up, an incident is detected late because an alert was removed. How do you respond?",
        "How would you explain the value of this work to a product leader who wants features?",
      ],
      pitfalls: [
        "Hiring more on-call engineers instead of reducing noise.",
        "Alerting on causes rather than user impact.",
      ],
    },
    learn: {
      explainer:
        "Alert fatigue happens when people get so many alerts, most of them unimportant, that they stop reacting, and then miss the real one. Good alerting pages a person only when users are affected and action is needed now; everything else goes to tickets or dashboards. Service level objectives (SLOs) give a principled way to decide.",
      terms: [
        ["Alert fatigue", "Becoming desensitised to alerts because there are too many."],
        ["SLO", "Service level objective: a target for reliability, such as 99.9% of requests succeeding."],
        ["Error budget", "The amount of failure an SLO allows in a period."],
      ],
      resources: [R.sre, R.srw, R.pagerdutyIncident],
    },
  },
  {
    slug: "inc-quarterly-incident-review",
    type: "program-execution",
    title: "Turn a quarter of incidents into a story for leadership",
    prompt:
      "Your organisation had 46 incidents last quarter. Each has a post-mortem, but leadership has no view of the patterns. The CTO asks you to present a quarterly incident review next month that leads to decisions. What would you analyse, what would you show, and what decisions would you expect to come out of it?",
    difficulty: "MEDIUM",
    tags: ["incident-analysis", "metrics", "leadership-reporting"],
    companies: ["Amazon", "Google", "LinkedIn"],
    competencies: ["metrics-delivery", "stakeholder-alignment", "planning-scoping"],
    guide: {
      strongAnswer: strong(
        "A strong answer looks for patterns across incidents (causes, detection, recovery, affected services), presents a few clear themes with evidence, and asks leadership for specific investments or decisions.",
        [
          "**Data:** severity, customer impact, time to detect and to mitigate, trigger (deploy, config, dependency, capacity), services involved, repeat versus new.",
          "**Patterns:** for example 40% triggered by deploys without gradual rollout; one service in 30% of incidents; detection mostly by customers.",
          "**Trends:** against previous quarters, normalised by traffic or deploys.",
          "**Asks:** two or three decisions, such as funding gradual rollout tooling, a reliability sprint for one service, or an SLO programme.",
          "**Format:** a short narrative, a few charts, and the status of last quarter's asks.",
        ],
      ),
      followUps: [
        "One team's incidents dominate the data, and their director is in the room. How do you present it?",
        "Incidents went down but customer impact went up. How do you explain that?",
        "The CTO asks for a single reliability number. What do you suggest?",
      ],
      pitfalls: ["Listing incidents instead of finding patterns.", "No decisions requested."],
    },
    learn: {
      explainer:
        "Individual post-mortems explain single incidents; looking across many shows the patterns: which kinds of changes cause trouble, how incidents are found, which services recur. Presenting those themes with evidence, and asking for specific decisions, turns incident data into investment that prevents the next quarter's problems.",
      terms: [
        ["MTTR", "Mean time to recovery: average time from an incident starting to its mitigation."],
        ["Time to detect", "How long it takes to notice an incident."],
        ["Trend normalisation", "Dividing by a volume (traffic, deploys) so numbers are comparable over time."],
      ],
      resources: [R.srw, R.storytellingData, R.accelerate],
    },
  },
];
