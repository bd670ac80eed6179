import { md, strong, type SeedQuestion } from "./seed-question";
import { R } from "./learn-resources";

/**
 * Program execution questions: a concrete cross-team program with dates and risks.
 * Original content written for MockLoop.
 */
export const PROGRAM_EXECUTION_QUESTIONS: SeedQuestion[] = [
  {
    slug: "pe-data-centre-exit",
    type: "program-execution",
    title: "Data centre exit before the lease ends",
    prompt:
      "Your company must move 40 services out of a data centre whose lease ends on 30 June, and it's now mid-January. Three product teams own half of those services, and all three have committed roadmaps this half; the storage team that must provision the new cloud storage is at capacity until April. Two of the services are a billing database and a legacy batch system nobody has touched in three years. Walk me through how you'd plan and run this program: the plan, the dependencies, the risks, how you'd track it, and what you'd do in May if you were behind.",
    difficulty: "HARD",
    tags: ["migration", "infrastructure", "deadlines", "dependencies"],
    companies: ["Amazon", "Microsoft", "Google"],
    competencies: ["planning-scoping", "dependency-risk", "stakeholder-alignment", "course-correction"],
    learn: {
      explainer:
        "A data-centre exit is a migration with a fixed end date set by a contract, not by engineering. The TPM's work is to inventory everything that runs there, group it into waves by risk and dependency, secure capacity on the other side early, and protect the date by cutting scope in a planned way rather than at the last minute.",
      terms: [
        ["Migration wave", "A batch of services moved together, usually easiest and least risky first."],
        ["Critical path", "The chain of dependent tasks that decides the earliest possible finish date."],
        ["Lift and shift", "Moving a system as it is, without redesigning it, to meet a deadline."],
      ],
      resources: [R.tpmHandbook, R.mythicalManMonth, R.pmbok],
    },
    guide: {
      strongAnswer: md(
        "A strong answer treats 30 June as immovable and works backwards from it. It puts the storage bottleneck and the three busy teams at the centre of the plan, not in a footnote. The candidate sizes the work before promising anything and says what they'd escalate, and by when.",
        "",
        "- **Inventory and triage first**: a service-by-service list with owner, what it talks to, data size, migration approach (move as is, re-platform, or retire) and complexity. Spots that some of the 40 can simply be switched off.",
        "- **Works backwards from 30 June**: all migrations done by 31 May, June kept for decommissioning and contingency. Waves ordered by risk: simple, low-dependency services first to prove the runbook; billing and the batch system planned early, not left to last.",
        "- **Treats storage capacity as the critical path**: negotiates with the storage manager for a reserved slice or a self-service path before April, pre-stages what doesn't need them, or offers to lend an engineer. Escalates if there's no answer by a named date.",
        "- **Gets roadmap time from the three teams explicitly**: takes the trade-off to their leaders and the exec sponsor (this costs X engineer-weeks; which roadmap item moves?). Offers a central migration squad or runbooks to lighten their load.",
        "- **Named risks with mitigations**: billing (data integrity, cutover window, rollback plan, finance sign-off); the batch system (no clear owner, hidden dependencies, so find an owner and run old and new in parallel); the lease itself (ask facilities now what a one-month extension would cost, as a fallback).",
        "- **Tracks a few honest numbers**: services migrated vs plan per wave, progress per team, open blockers and how long they've been open, and a weekly red/amber/green status with a written definition of each colour.",
        "- **A May plan agreed in advance**: a trigger such as fewer than 30 services moved by 1 May unlocks options: retire or defer low-value services, add people, pay for a short extension on part of the space, or move as is now and modernise later.",
      ),
      followUps: [
        "The storage manager says April is the earliest they can start, full stop. What now?",
        "On 1 May you have 22 of 40 services moved. Walk me through your next 48 hours.",
        "One of the three team leads agrees in every meeting and then doesn't deliver. How do you handle it?",
        "How would you decide the order of the waves?",
        "What does 'done' mean for a service, and who signs it off?",
      ],
      pitfalls: [
        "Drawing a Gantt chart before sizing the 40 services or finding out which can be retired.",
        "Assuming the storage team and the three product teams will simply comply, with no plan to negotiate their time.",
        "Leaving the billing database and the legacy batch system until the end, where any surprise has no slack left.",
        "No escalation trigger: 'I'd keep an eye on it' instead of a date and a decision.",
      ],
    },
  },
  {
    slug: "pe-payments-provider-black-friday",
    type: "program-execution",
    title: "Payments provider switch before Black Friday",
    prompt:
      "Your e-commerce company is moving to a new payments provider because renewing the current contract would cost an extra $4M a year; the old contract ends on 31 December. It's early August. Checkout, subscriptions, refunds, fraud and finance reconciliation are owned by five different teams, and the business has a code freeze from 1 November to 2 December around Black Friday and Cyber Monday. How would you plan and run this migration, and what would make you recommend moving some of it after the holidays?",
    difficulty: "HARD",
    tags: ["payments", "migration", "code-freeze", "risk-management"],
    companies: ["Amazon", "Uber"],
    competencies: ["planning-scoping", "dependency-risk", "metrics-delivery", "course-correction"],
    learn: {
      explainer:
        "Switching payments providers changes the path every sale takes, so the program is about moving traffic in small, reversible steps and knowing exactly how money is reconciled during the overlap. Peak-season code freezes turn the calendar into the main constraint.",
      terms: [
        ["Code freeze", "A period when only emergency changes may go to production, often before peak sales."],
        ["Traffic ramp", "Moving a growing share of traffic (1%, 10%, 50%) to the new system while watching it."],
        ["Reconciliation", "Matching our records of payments with the provider's so no money is lost or doubled."],
      ],
      resources: [R.tpmHandbook, R.ddia, R.accelerate],
    },
    guide: {
      strongAnswer: md(
        "The strong candidate sees that the real deadline is 31 October, not 31 December, because nothing risky ships during the freeze. They plan a gradual move, shifting traffic in steps with a way back at every step, and they question the framing: does everything have to move before the holidays?",
        "",
        "- **Reframes the timeline**: August to October for build and early ramp-up, December for the rest. Considers running both providers through peak, with the old one carrying most of the volume.",
        "- **Breaks the work down by flow and team**: card checkout; saved cards (moving stored card tokens between providers needs both providers and often weeks of lead time); subscriptions; refunds on old payments (the old provider must keep working for these after cutover); fraud rules; reconciliation and payouts.",
        "- **Gradual ramp with a kill switch**: a routing layer sends 1%, then 10%, then 50% of payments to the new provider, by region or payment method, with instant rollback.",
        "- **Metrics that decide each step, set before ramping**: authorisation rate (share of payments the banks approve) against the old provider, checkout conversion, payment errors, latency, fraud and chargeback rates, and reconciliation mismatches at zero.",
        "- **External dependencies**: the new provider's onboarding and certification, token migration lead time, strong customer authentication flows in Europe, and finance needing a month-end close on both providers.",
        "- **Stakeholders**: finance and legal on the contract end (price a one-to-three-month extension for refunds and the long tail as a fallback), the exec sponsor on go/no-go criteria, customer support briefed on new error messages.",
        "- **A clear go/no-go before the freeze**: for example, if by 15 October the new provider hasn't carried 25% of traffic for two weeks at parity, peak stays on the old provider and the ramp resumes on 3 December.",
      ),
      followUps: [
        "At 10% traffic, the authorisation rate on the new provider is 1.5 points lower. What do you do?",
        "Finance says the $4M saving is already in next year's budget. How do you handle the conversation about slipping?",
        "How do you handle refunds for orders paid through the old provider after you've switched?",
        "Who makes the final go/no-go call, and what do they see when they make it?",
      ],
      pitfalls: [
        "Planning a single big-bang cutover, or any cutover inside the code freeze.",
        "Forgetting the long tail: refunds, chargebacks and subscriptions that still need the old provider after cutover.",
        "Only checking that payments technically work, not authorisation rate and conversion, which is where real money is lost.",
      ],
    },
  },
  {
    slug: "pe-data-deletion-commitment",
    type: "program-execution",
    title: "Data deletion commitment across twelve teams",
    prompt:
      "After a privacy regulator's inquiry, your company has committed in writing that from 1 March, a user's deletion request will remove their personal data from every system within 30 days. Today is 1 October, and personal data lives in systems owned by 12 teams, including analytics, backups, search indexes and a third-party CRM. Nobody has a full list of where the data is. How would you run this program to meet the commitment, and how would you prove you'd met it?",
    difficulty: "MEDIUM",
    tags: ["privacy", "compliance", "gdpr", "cross-team"],
    companies: ["Meta", "Google", "Microsoft"],
    competencies: ["planning-scoping", "dependency-risk", "stakeholder-alignment", "metrics-delivery"],
    learn: {
      explainer:
        "A deletion promise covers every copy of a person's data: databases, backups, logs, analytics, search indexes and vendors. The program starts with a map of where personal data lives, gives each system an owner and a way to prove deletion, and tracks the promise with a measure that a regulator would accept.",
      terms: [
        ["Data inventory", "A list of every system that stores personal data, and which data."],
        ["Right to erasure", "A person's legal right, under laws such as the GDPR, to have their data deleted."],
        ["Evidence of deletion", "Records showing that a request was carried out in each system."],
      ],
      resources: [R.privacyGdpr, R.tpmHandbook, R.ddia],
    },
    guide: {
      strongAnswer: md(
        "A strong answer starts with discovery, because you can't plan deletion for data you haven't found. It builds one shared mechanism rather than twelve different ones, and it pays attention to proof: a regulator will ask for evidence, not a status slide.",
        "",
        "- **Data map first**: a list of every system holding personal data, which fields, and who owns it. Time-boxed discovery in October with each team, plus automated scanning where possible; legal and privacy agree what counts as personal data.",
        "- **One deletion pipeline with a standard contract**: a central request fans out to every system; each system implements a handler and confirms completion; anything unconfirmed escalates. Teams get a library and a template, not a spec to interpret.",
        "- **Hard cases planned explicitly**: backups (let them age out within a documented window, or crypto-shredding, which deletes the key that encrypts a user's data), analytics (anonymise or delete), search indexes (reindex timing), and the CRM (vendor API and contract terms).",
        "- **Milestones by team**: discovery done by 31 October, integrations by mid-January, end-to-end testing and evidence by 15 February, buffer to 1 March. Teams ordered by how sensitive and how complex their data is.",
        "- **Executive air cover**: this is a legal commitment, so the exec sponsor and legal make it top priority on every team's roadmap, with weekly status to privacy and legal.",
        "- **Proof and metrics**: share of systems integrated, share of requests completed within 30 days (target 100%), median time to delete, an audit log per request, and test accounts deleted end to end every week.",
        "- **Keeps it working after March**: a check in the launch process so no new system can store personal data without a deletion handler.",
      ),
      followUps: [
        "Team 9 says they can't start until January because of a major launch. What do you do?",
        "Legal and engineering disagree on whether backups are in scope. How do you get to a decision?",
        "Two weeks before 1 March, the CRM vendor says their deletion API won't ship until April. Now what?",
        "How would you show the regulator that the system actually works?",
      ],
      pitfalls: [
        "Building a timeline before knowing where the personal data lives.",
        "Letting each team invent its own deletion approach, so there's no single way to prove completeness.",
        "Forgetting backups, logs, analytics copies and vendors: the places auditors look first.",
      ],
    },
  },
  {
    slug: "pe-mobile-launch-app-review",
    type: "program-execution",
    title: "Mobile app launch with App Store review risk",
    prompt:
      "Marketing has booked a TV and social campaign for the launch of your company's new iOS and Android app on 15 September, and the spend is non-refundable. Engineering estimates code complete on 25 August. Apple's App Store review usually takes a day or two, but it has rejected your company's apps twice before, once over how in-app purchases were presented. The backend, payments and a partner's login SDK are owned by other teams. How would you plan the last six weeks so the app is live when the campaign starts?",
    difficulty: "MEDIUM",
    tags: ["mobile", "launch", "app-store", "external-dependency"],
    companies: ["Meta", "Uber"],
    competencies: ["planning-scoping", "dependency-risk", "stakeholder-alignment"],
    learn: {
      explainer:
        "A mobile launch depends on the app stores' review, which takes an unpredictable time and can reject a build. Plans build in buffer, submit early behind a switch that keeps the feature hidden, and agree in advance what ships if the store says no.",
      terms: [
        ["App review", "Apple's and Google's check of each app version before it can be released."],
        ["Phased release", "Letting a new version reach a growing share of users over several days."],
        ["Server-side switch", "A setting on our servers that turns a feature on in an app already installed."],
      ],
      resources: [R.tpmHandbook, R.accelerate, R.inspired],
    },
    guide: {
      strongAnswer: md(
        "A strong answer recognises that 'live on 15 September' really means 'approved well before'. App Store review is an outside dependency you can de-risk early but never control. The candidate separates getting the app approved from the moment users can see it.",
        "",
        "- **Works backwards**: approved and ready to release by about 5–8 September, so submitted by about 1 September. Code complete on 25 August leaves almost no room for QA, so they look for scope to cut now, not later.",
        "- **De-risks review early**: sends an early build through review (external TestFlight testing is also reviewed), reads the guidelines on in-app purchases and sign-in with the team, and checks both past rejection reasons.",
        "- **Separates release from launch**: gets the build approved early and holds it with manual release, or ships early behind server-side feature flags so launch day is a configuration switch.",
        "- **Manages internal dependencies**: load test the backend for campaign traffic, payments configured in production, the partner SDK version pinned early, with email sign-in as a fallback if it breaks.",
        "- **Android and iOS on separate tracks**: Google Play's review and staged rollout work differently; one platform's delay shouldn't hold the other unless the campaign needs both.",
        "- **Fallback agreed with marketing in advance**: if iOS isn't approved by a set date, the campaign leads with Android and web, or the creative says 'coming soon to iPhone'. Nobody invents this on the day.",
        "- **Launch-day metrics**: crash-free sessions, sign-up completion, payment success, store rating and backend errors, watched in a war room for the first 48 hours.",
      ),
      followUps: [
        "On 3 September, Apple rejects the build over the subscription screen. Walk me through the next 24 hours.",
        "Engineering now says code complete will be 1 September. What do you cut, and who decides?",
        "How would you persuade marketing to agree a fallback plan before anything has gone wrong?",
        "What would you check in the load test, and who owns fixing what it finds?",
      ],
      pitfalls: [
        "Treating App Store review as a fixed two-day step rather than a risk with no guaranteed timeline.",
        "Submitting for the first time a few days before launch, with no earlier builds through review.",
        "No fallback agreed with marketing, so a rejection becomes a crisis instead of a decision already made.",
      ],
    },
  },
  {
    slug: "pe-kubernetes-upgrade",
    type: "program-execution",
    title: "Org-wide Kubernetes version upgrade",
    prompt:
      "Your company runs 30 Kubernetes clusters (Kubernetes is the system that schedules and runs containerised services), used by about 60 product teams. Your current version reaches end of support from your cloud provider on 31 May, after which you stop getting security patches, and the new version removes several older APIs that some teams' deployment configs still use. The platform team of six can upgrade the clusters, but only the product teams can fix their own configs. How would you run this upgrade across the company?",
    difficulty: "MEDIUM",
    tags: ["infrastructure", "kubernetes", "platform", "migration"],
    companies: ["Google", "Microsoft", "LinkedIn"],
    competencies: ["planning-scoping", "dependency-risk", "stakeholder-alignment", "metrics-delivery"],
    learn: {
      explainer:
        "Platform upgrades touch every team but benefit none of them directly, so the program lives on clear deadlines, automation that does most of the work, and a path for the few teams with real blockers. Kubernetes versions reach end of support on a fixed schedule, which makes the date real.",
      terms: [
        ["Kubernetes", "Software that runs and restarts containerised services across many machines."],
        ["End of support", "The date after which a version gets no security fixes."],
        ["Canary cluster", "A low-risk cluster upgraded first to find problems early."],
      ],
      resources: [R.sre, R.tpmHandbook, R.accelerate],
    },
    guide: {
      strongAnswer: md(
        "This program is many small changes spread over 60 teams who didn't ask for them. A strong answer makes each team's part as small and obvious as possible, measures progress automatically, and upgrades clusters in an order that limits the blast radius (how much breaks if something goes wrong).",
        "",
        "- **Measures the problem automatically**: scans configs and live API usage to list exactly which teams use removed APIs, shown on a per-team dashboard rather than a spreadsheet that goes stale.",
        "- **Makes the fix cheap**: the platform team publishes a short guide and a rewrite tool, or opens the pull requests for teams; runs office hours; provides a test cluster on the new version.",
        "- **Upgrades in order of risk**: dev and test clusters first, then low-traffic production, then the largest and most critical. A soak period between waves and a rollback plan for each, or new clusters alongside old where rolling back in place isn't possible.",
        "- **Deadline with buffer**: all production done by the end of April, May kept for contingency; each team's fix deadline sits ahead of its cluster's wave.",
        "- **Leadership sets the expectation**: engineering leaders make it mandatory; an org-level scorecard shows which teams are done; a clear escalation path for teams that don't respond.",
        "- **Metrics**: workloads still using removed APIs (trending to zero), clusters upgraded vs plan, incidents caused by the upgrade, time from team notified to fixed.",
        "- **Makes it repeatable**: Kubernetes ships about three versions a year, so the candidate proposes a routine upgrade process instead of a yearly scramble.",
      ),
      followUps: [
        "Eight teams haven't replied to three emails. What now?",
        "The first production upgrade causes a 20-minute outage for one service. Do you pause everything?",
        "How would you choose between upgrading clusters in place and building new ones and moving workloads over?",
        "How do you stop this being a fire drill again next year?",
      ],
      pitfalls: [
        "Relying on teams to report for themselves whether they're affected.",
        "Upgrading the biggest production cluster early, or all clusters at once.",
        "Pushing all the work onto product teams without tooling to make it easy.",
      ],
    },
  },
  {
    slug: "pe-keynote-launch-slip",
    type: "program-execution",
    title: "Launch slipping before a conference keynote",
    prompt:
      "Your CEO will announce a new collaboration feature in the keynote at your company's annual conference in three weeks, and press briefings start in ten days. This morning, the engineering lead tells you the real-time sync component loses data under heavy load, and the fix plus testing needs about five weeks. Four teams contributed to the feature, and the press materials are already drafted. What do you do today, this week, and on keynote day?",
    difficulty: "HARD",
    tags: ["launch", "escalation", "executive-communication", "scope"],
    companies: ["Microsoft", "Google", "Apple"],
    competencies: ["course-correction", "stakeholder-alignment", "planning-scoping"],
    learn: {
      explainer:
        "When a fixed public date meets a late product, the options are to cut scope, add controlled risk, change what is promised, or move the date. The TPM's job is to lay these out quickly with their costs, get the decision made by the right person, and make sure what is announced is true.",
      terms: [
        ["Scope cut", "Delivering less on the same date, chosen deliberately."],
        ["Launch readiness review", "A meeting where owners confirm each launch criterion is met or accept the risk."],
        ["Limited preview", "Releasing to a small invited group first instead of everyone."],
      ],
      resources: [R.tpmHandbook, R.highOutput, R.mythicalManMonth],
    },
    guide: {
      strongAnswer: md(
        "The strong answer moves fast and honestly. It checks the facts, escalates the same day with options rather than just bad news, and separates the announcement from general availability (when every customer can use it). Shipping a feature that loses customer data to hit a keynote is not one of the options.",
        "",
        "- **Today, understand it**: what load triggers the bug, how often, whether there's a workaround, how confident the five-week estimate is, and whether more people would shorten it (usually only a little).",
        "- **Today, escalate with options**: announce now with a later availability date; launch a reduced version where the bug can't occur (smaller teams, no real-time sync); an invite-only preview for a capped number of customers; or pull it from the keynote. Each with risks, costs and a recommendation.",
        "- **A decision owner and a deadline**: the exec sponsor decides by a named date, well before press briefings, so PR can rewrite the materials.",
        "- **Aligns the four teams and comms**: one source of truth, a daily check-in on the fix, marketing and PR messaging matched to the chosen option, sales and support told what to say.",
        "- **Protects the fix**: keeps the engineers fixing the bug out of status meetings and defines the exit test, such as a load test at three times expected peak with zero data loss.",
        "- **Keynote day**: a rehearsed demo on a controlled environment, a preview sign-up page whose numbers become a success metric, and a public date the team believes in.",
        "- **Afterwards**: a blameless retrospective on why a load problem surfaced three weeks out, and load testing earlier in the next plan.",
      ),
      followUps: [
        "The CEO says, 'We are launching. Make it work.' How do you respond?",
        "Which option would you recommend, and why?",
        "How do you tell the four teams without demoralising them?",
        "What would you change in the next launch plan so this is found earlier?",
      ],
      pitfalls: [
        "Sitting on the news for a few days in the hope engineering finds a faster fix.",
        "Taking the CEO a problem with no options, no recommendation and no decision deadline.",
        "Treating 'launch with a known data-loss bug' as an acceptable option.",
      ],
    },
  },
  {
    slug: "pe-on-call-consolidation",
    type: "program-execution",
    title: "Merging three on-call rotations into one",
    prompt:
      "Three teams that each run part of your checkout system have separate on-call rotations (schedules of who responds to alerts out of hours). Incidents often bounce between them for 30 minutes before the right person is found, and two of the rotations have only four people, so those engineers are on call every month. Leadership wants a single checkout rotation by the start of next quarter, eight weeks away. How would you plan and run this change?",
    difficulty: "EASY",
    tags: ["operations", "on-call", "reliability", "change-management"],
    companies: ["Amazon"],
    competencies: ["planning-scoping", "stakeholder-alignment", "metrics-delivery"],
    learn: {
      explainer:
        "On-call is the rota of engineers who respond to alerts out of hours. Merging rotations reduces hand-offs but only works if responders can handle every part of the system, which needs shared runbooks, training and a clear escalation path.",
      terms: [
        ["On-call rotation", "A schedule of who responds to production alerts at any time."],
        ["Runbook", "Written steps for handling a known alert or failure."],
        ["Escalation policy", "Who is paged next, and when, if the first person doesn't respond or needs help."],
      ],
      resources: [R.sre, R.pagerdutyIncident, R.srw],
    },
    guide: {
      strongAnswer: md(
        "This is as much a people change as a process change: engineers will be paged for systems they didn't build. A strong answer involves the engineers early, prepares them so nobody is on call for something they can't handle, and measures whether incidents actually get fixed faster.",
        "",
        "- **Starts with a baseline**: incidents per week, time to acknowledge and to resolve, how often incidents are handed between teams, pages per shift and how many come at night.",
        "- **Designs the rotation with the engineers**: size (12 people means on call every 12 weeks), primary and secondary, handover time, and pay or time off for on-call, agreed with the three managers.",
        "- **Readiness work**: runbooks (step-by-step guides for common alerts) for every service, deleting noisy alerts first, access for everyone, and shadow shifts before go-live.",
        "- **A safety net**: for the first months, whoever is on call can always page an expert from the owning team.",
        "- **A phased plan**: weeks 1–2 baseline and design, weeks 3–5 runbooks and alert clean-up, weeks 6–7 shadowing, week 8 go-live, then a review four weeks later.",
        "- **Success metrics**: time to resolve down, handoffs between teams near zero, fewer pages per shift, and a short survey on how on-call feels.",
        "- **Risks and a way back**: pushback, knowledge gaps, more alert noise; an agreed rollback to the old rotations if incidents get worse.",
      ),
      followUps: [
        "A senior engineer says they won't be on call for code they've never seen. How do you respond?",
        "A month after go-live, time to resolve is worse. What do you look at?",
        "How would you work out how many people the rotation needs?",
      ],
      pitfalls: [
        "Treating it as a calendar change in the paging tool.",
        "Skipping runbooks, access and shadowing, so the first real incident goes badly and trust is lost.",
        "No baseline, so nobody can tell whether the change helped.",
      ],
    },
  },
  {
    slug: "pe-model-launch-legal-review",
    type: "program-execution",
    title: "Model launch stuck in legal review",
    prompt:
      "Your team has built a model that ranks job applicants for recruiters in your hiring product, and the launch is committed to a major customer for 1 April. Six weeks before, legal flags that some training data came from customer accounts whose contracts may not allow that use, and that hiring is a regulated area in several of your markets. Legal says the review will take 'a few weeks' and won't commit to a date. How would you keep this program moving while the review happens?",
    difficulty: "MEDIUM",
    tags: ["legal", "launch", "machine-learning", "compliance"],
    companies: ["LinkedIn", "Microsoft"],
    competencies: ["dependency-risk", "stakeholder-alignment", "course-correction"],
    learn: {
      explainer:
        "A model is only as usable as the rights to the data it was trained on. When legal finds a problem late, the choices are to retrain without the data, narrow the launch, or renegotiate the date, and each has a cost in time, quality and trust that the TPM must make visible.",
      terms: [
        ["Training data provenance", "Where training data came from and what we're allowed to do with it."],
        ["Retraining", "Building the model again, for example after removing some data."],
        ["Model card", "A short document describing what a model does, its data and its limits."],
      ],
      resources: [R.mlDesign, R.nistAiRmf, R.tpmHandbook],
    },
    guide: {
      strongAnswer: md(
        "A strong candidate treats legal as a partner with a real concern, not a blocker to route around. They make legal's job smaller and faster, run parallel paths so the team isn't idle, and tell the customer early and honestly.",
        "",
        "- **Understands the concern precisely**: which contracts, which clauses, which markets, and what legal would need to see to say yes.",
        "- **Makes the review small and concrete**: provides data lineage (a record of where each training example came from), the list of affected accounts and proposed options, and agrees checkpoints with legal; escalates through the exec sponsor if there's still no timeline.",
        "- **Runs parallel paths**: retrain on data that's clearly allowed and measure the quality cost, launch first in lower-risk markets, or serve the committed customer with a model trained only on their own data if their contract allows it.",
        "- **Does the responsible-AI work now**: fairness testing across groups of applicants, explanations recruiters can understand, and a human always making the decision. It'll be needed anyway in a regulated area.",
        "- **Tells the customer early**: the account team flags a possible change and gives a date range instead of repeating 1 April.",
        "- **Sets decision points**: a date by which, without clearance, the team switches to the retrained model or a narrower launch.",
        "- **Tracks it visibly**: open legal questions, retrained model quality against the original, and a launch readiness checklist.",
      ),
      followUps: [
        "Legal comes back: you can't use the data, and retraining costs eight points of accuracy. What now?",
        "The sales VP wants to launch and 'deal with legal later'. How do you respond?",
        "How would you structure the conversation with the customer?",
        "What would you add to the launch process so this is caught in month one next time?",
      ],
      pitfalls: [
        "Treating legal as an obstacle, or hunting for a more junior person to sign off.",
        "Waiting idle for legal instead of preparing fallback options.",
        "Not telling the customer until the date has already slipped.",
      ],
    },
  },
  {
    slug: "pe-public-api-v1-deprecation",
    type: "program-execution",
    title: "Retiring a public API used by 200 integrators",
    prompt:
      "Your company wants to switch off version 1 of its public REST API by 30 September, because it depends on an old authentication system that security wants removed. About 200 external integrators still call v1, including 15 large customers who make up 70% of the traffic and a long tail of small developers you've never spoken to. Version 2 covers most features, but two endpoints have no equivalent yet. Walk me through how you'd run the deprecation.",
    difficulty: "MEDIUM",
    tags: ["api", "deprecation", "customers", "communication"],
    companies: ["Google", "Salesforce"],
    competencies: ["planning-scoping", "stakeholder-alignment", "metrics-delivery", "course-correction"],
    learn: {
      explainer:
        "Retiring a public API means persuading outside developers to change their code on our schedule. Programs that work publish a clear timeline, measure who is still calling the old version, make migration easy, and use planned short 'brownouts' to find the integrators who ignore emails.",
      terms: [
        ["Deprecation", "Announcing that something will be removed, with a date."],
        ["Brownout", "Switching an old API off for short, announced periods so remaining users notice."],
        ["Integrator", "An outside company whose software calls our API."],
      ],
      resources: [R.apiDesign, R.restInPractice, R.tpmHandbook],
    },
    guide: {
      strongAnswer: md(
        "A strong answer closes the feature gap first, uses usage data rather than guesswork to reach integrators, and winds v1 down in steps that give stragglers a loud, safe warning before anything breaks for good. The big customers get a relationship; the long tail gets a good process.",
        "",
        "- **Closes the gap before announcing**: the two missing endpoints are the critical path; no shutdown date until every v1 feature has a migration path.",
        "- **Knows who's affected**: usage per API key, keys mapped to accounts and contacts, and which endpoints each integrator calls.",
        "- **Communicates by segment**: account managers and engineering support for the 15 large customers, with a migration plan each; for everyone else, email, docs, changelog, warning headers in v1 responses, dashboard banners and a migration guide with code samples.",
        "- **Shuts down in steps**: at least six months' notice if possible, then brownouts (short, announced outages of v1 that get longer over time) to flush out integrators who don't read email, then the final switch-off.",
        "- **Tracks progress weekly**: share of traffic on v1, number of active v1 integrators, migration status for each of the 15, support tickets and v2 error rates.",
        "- **Agrees the exception policy with security up front**: what happens to stragglers on 30 September, such as a short extension for named customers with extra controls, versus a hard cut-off.",
        "- **Aligns the people involved**: sales and account management, support, developer relations and security, with one owner for exception decisions.",
      ),
      followUps: [
        "On 1 September, three of the 15 large customers haven't started, including your biggest account. What do you do?",
        "Why use brownouts rather than just switching v1 off?",
        "Security says no extensions; sales says the big account will leave. How do you resolve it?",
        "How would you reach integrators whose contact details are out of date?",
      ],
      pitfalls: [
        "Announcing a date before v2 can do everything v1 does.",
        "Treating all 200 integrators the same, or relying on a single email announcement.",
        "No measurable view of who is still calling v1.",
      ],
    },
  },
  {
    slug: "pe-first-soc2-audit",
    type: "program-execution",
    title: "First SOC 2 audit across many teams",
    prompt:
      "Your sales team has three enterprise deals worth $6M that require a SOC 2 Type II report (an independent audit showing your security controls worked over a period of months), and your company has never had one. The auditor needs a three-month observation window, and the deals need the report by 31 December; it's now 1 April. The controls touch engineering, IT, HR, security and customer support. How would you run this program?",
    difficulty: "MEDIUM",
    tags: ["compliance", "security", "audit", "cross-functional"],
    companies: [],
    competencies: ["planning-scoping", "dependency-risk", "stakeholder-alignment", "metrics-delivery"],
    learn: {
      explainer:
        "SOC 2 is an independent audit of whether a company's security controls (access reviews, change approvals, backups, incident response) are designed well and, in a Type II report, actually worked over months. The program turns policy into routine evidence that teams produce as part of their normal work.",
      terms: [
        ["Control", "A practice that reduces a risk, such as reviewing who has production access every quarter."],
        [
          "Type I vs Type II",
          "Type I checks controls exist at a point in time; Type II checks they worked over a period.",
        ],
        ["Evidence", "Records an auditor can inspect, such as tickets, logs and sign-offs."],
      ],
      resources: [R.securityEngineering, R.tpmHandbook, R.pmbok],
    },
    guide: {
      strongAnswer: md(
        "The strong answer works backwards from the report date: an observation window plus the auditor's fieldwork and report writing means controls must be running by the summer. The candidate breaks 'get SOC 2' into a gap assessment, fixes and evidence collection, and gives every control an owner.",
        "",
        "- **Timeline backwards**: report writing takes roughly four to six weeks, so the window must end by mid-November and start by mid-August at the latest. That leaves April to July for fixes, with the auditor and scope (which systems, which criteria) chosen in April.",
        "- **Gap assessment**: compare today's practice with the controls needed, such as access reviews, joiner and leaver processes, change management, vendor reviews, incident response, background checks and laptop encryption.",
        "- **One owner per control**: a RACI (who is Responsible, Accountable, Consulted and Informed), so HR owns background checks and IT owns laptop encryption rather than everything landing on security.",
        "- **Evidence built into the work**: tooling collects evidence as things happen, instead of screenshots gathered in a panic at the end.",
        "- **Risks and mitigations**: a control failing during the window, teams treating it as a side project, auditor availability; dry runs and monthly internal checks catch problems early.",
        "- **Metrics**: controls designed, implemented and evidenced; open gaps; evidence completeness each month.",
        "- **Stakeholders**: an exec sponsor (the deals make it a business priority) and honest dates for sales, including whether a Type I report (controls designed correctly at one point in time) would satisfy any customer sooner.",
      ),
      followUps: [
        "In September you find three leavers kept system access for a week after leaving. What happens now?",
        "One customer needs something by October. What could you offer them?",
        "How would you keep engineering teams engaged in work that doesn't ship features?",
      ],
      pitfalls: [
        "Treating the audit as a documentation exercise at the end rather than months of controls running.",
        "Missing that the observation window, not the effort, sets the timeline.",
        "Giving every control to the security team instead of owners in each function.",
      ],
    },
  },
  {
    slug: "pe-hybrid-work-tooling",
    type: "program-execution",
    title: "Hybrid-work tooling rollout across eight offices",
    prompt:
      "Your company is moving from five days in the office to a hybrid model on 1 September. You've been asked to roll out desk booking, video-equipped meeting rooms and a new visitor and badge system across eight offices in four countries, for 6,000 employees. IT, facilities, security, HR and an outside equipment vendor are all involved, and the vendor has warned of a ten-week lead time on room hardware. How would you plan the rollout, and how would you know whether it worked?",
    difficulty: "EASY",
    tags: ["rollout", "change-management", "vendor-management", "internal-tools"],
    companies: [],
    competencies: ["planning-scoping", "dependency-risk", "stakeholder-alignment", "metrics-delivery"],
    learn: {
      explainer:
        "A workplace rollout is mostly about people and logistics: sites that differ, vendors that deliver hardware late, and staff who need to learn new habits. Piloting in one office, fixing what breaks, then rolling out in waves with local champions is the usual shape.",
      terms: [
        ["Pilot", "A small first rollout to learn before going wide."],
        ["Change management", "Helping people adopt a new way of working: communication, training and support."],
        ["Cutover", "The moment the old way stops and the new one starts."],
      ],
      resources: [R.pmbok, R.tpmHandbook, R.highOutput],
    },
    guide: {
      strongAnswer: md(
        "A strong answer spots the hardware lead time as what drives the schedule, pilots in one office before rolling out to eight, and treats adoption (do people actually use it?) as the goal, not just installation.",
        "",
        "- **Critical path first**: order room hardware now; ten weeks plus shipping, customs in four countries and installation may not fit, so decide early whether offices go live in phases.",
        "- **Pilot in one office**: a few weeks to find problems with booking rules, badge integration and room setups before scaling.",
        "- **A plan per office**: a local facilities lead, installation dates, network readiness and local requirements, such as works councils in some European countries that must be consulted on tools that record attendance.",
        "- **Change management**: HR explains the policy, short how-to guides, a champion on each floor, and training for reception and security staff.",
        "- **Security and privacy**: how long badge and visitor data is kept, integration with company logins, and security sign-off.",
        "- **Metrics with targets**: offices live vs plan, desk booking use, video use in rooms, support tickets per week and an employee satisfaction pulse.",
        "- **A fallback**: if hardware is late, launch booking and badges first and use temporary room kits.",
      ),
      followUps: [
        "The vendor now says 14 weeks. What changes?",
        "In the German office, the works council hasn't approved desk booking. How do you handle it?",
        "Four weeks after launch, only 20% of staff use desk booking. What would you look at?",
      ],
      pitfalls: [
        "Ordering hardware late because the plan started with the software.",
        "Rolling out to all eight offices at once without a pilot.",
        "Measuring installations instead of adoption and how employees find it.",
      ],
    },
  },
  {
    // Replaces "pe-eu-data-residency", which repeated sd-eu-data-residency's scenario (issue 24).
    slug: "pe-price-change-rollout",
    type: "program-execution",
    title: "Raising prices for three million subscribers in twelve countries",
    prompt:
      "Your streaming company will raise subscription prices on 1 April for three million subscribers in twelve countries. Each country has its own rule for how much notice customers must get, app-store subscriptions are billed by Apple and Google on their own schedules, and support expects a surge of cancellations and complaints. It's early January. How would you plan and run this change?",
    difficulty: "HARD",
    tags: ["pricing", "billing", "compliance", "launch"],
    companies: ["Netflix", "Spotify", "Microsoft"],
    competencies: ["planning-scoping", "dependency-risk", "stakeholder-alignment", "course-correction"],
    learn: {
      explainer:
        "A price change looks like one number in a database, but it touches billing systems, app stores, laws on customer notice, emails, support and finance forecasts. Programs like this work backwards from the effective date through every notice period and lead time, and roll out in waves so a mistake reaches few customers.",
      terms: [
        ["Notice period", "The time a customer must be told about a change before it takes effect."],
        ["Billing cycle", "The regular interval at which a subscriber is charged."],
        ["Grandfathering", "Letting existing customers keep old terms for a while."],
      ],
      resources: [R.tpmHandbook, R.pmbok, R.leanAnalytics],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer works back from 1 April through each country's notice rules and each billing channel, sequences the rollout so errors are caught on a small group first, and prepares support and finance for the reaction.",
        [
          "**Rules per country:** legal confirms notice periods and consent requirements (some need explicit agreement); the latest notice date per country drives the plan.",
          "**Billing channels:** direct billing changes on each customer's next cycle after notice; app-store subscriptions follow Apple's and Google's price-change processes and timelines, which may require user consent.",
          "**Communications:** emails and in-app messages per language, sent in waves with tracking; a clear help page.",
          "**Rollout:** a pilot country first; checks that the right price is charged; a rollback path for billing errors.",
          "**Support and finance:** staffing for the surge, retention offers agreed in advance, cancellation forecasts and monitoring by country.",
        ],
      ),
      followUps: [
        "Legal finds one country requires customers to actively accept the new price. What changes?",
        "Two weeks in, cancellations in one country are triple the forecast. What do you do?",
        "A billing bug charges 5,000 customers the new price a month early. How do you respond?",
      ],
      pitfalls: [
        "Treating it as a configuration change rather than a program.",
        "Forgetting app-store billing, which runs on others' schedules.",
      ],
    },
  },
];
