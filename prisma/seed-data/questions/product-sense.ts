import { strong, type SeedQuestion } from "./seed-question";
import { R } from "./learn-resources";

/**
 * Product sense for technical products: developer platforms, internal tools and APIs,
 * where the users are often engineers and feasibility is part of the product answer.
 */
export const PRODUCT_SENSE_QUESTIONS: SeedQuestion[] = [
  {
    slug: "ps-developer-portal",
    type: "product-sense",
    title: "Cut new engineers' time to first deploy with a developer portal",
    prompt:
      "At our 900-engineer company, a new engineer takes about three weeks to ship their first change to production, and leadership has asked for an internal developer portal to fix it. You're the TPM. Who is this for, what would you build first, and how would you know it worked?",
    difficulty: "MEDIUM",
    tags: ["internal-tools", "developer-experience", "platform", "onboarding"],
    companies: ["Google", "Microsoft", "Spotify"],
    competencies: ["goal-framing", "user-understanding", "prioritization", "success-metrics", "technical-feasibility"],
    learn: {
      explainer:
        "An internal developer portal is a single place where engineers find services, documentation, templates and the steps to ship. As a product, it succeeds only if it removes real friction that engineers feel, measured by something such as time to first deploy.",
      terms: [
        ["Developer experience", "How easy and pleasant it is for engineers to do their work."],
        ["Golden path", "A supported, documented default way to build and ship a service."],
        ["Time to first deploy", "How long a new engineer takes to ship a first change to production."],
      ],
      resources: [R.inspired, R.accelerate, R.jtbd],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer questions whether a portal is the answer before building one: it finds out where the three weeks actually go, then picks the few changes that remove the biggest waits. A portal may be the front door, but the value usually sits behind it.",
        [
          "**Users:** new hires (need a working setup and a first task), experienced engineers changing teams, service owners (need to publish docs and ownership) and the platform team (maintains the tooling). Focus first on new hires, since that's the stated goal.",
          "**Discover:** shadow three or four new starters, survey recent hires and break the three weeks into steps: laptop and access requests, local environment setup, finding the right docs, code review wait, getting deploy permissions. Expect access and setup waits to dominate.",
          "**Options:** automated access bundles by role; a one-command or cloud-based development environment; a service catalogue showing owners, docs and on-call for every service; 'golden path' templates (a supported, pre-configured way to create and deploy a service); and a starter task with a buddy.",
          "**First release:** automate access and environment setup plus a guided first-deploy checklist, because they remove the longest waits; build the catalogue next, since it needs data from every team.",
          "**Metrics:** primary: median days from start date to first production change. Supporting: time to a working development environment, access-request wait time, new-hire satisfaction at 30 days. Guardrail: security exceptions and incidents caused by new starters.",
          "**Feasibility:** catalogue data goes stale unless it is generated from real sources (code repositories, deploy systems, on-call tools) rather than typed in; weigh adopting an open-source portal framework against building one, including who maintains it.",
        ],
      ),
      followUps: [
        "Senior engineers say the portal is 'another wiki nobody updates'. How do you respond and design around that?",
        "How would you get 200 service-owning teams to add their services to the catalogue?",
        "Your first metric improves from 21 to 12 days, then stalls. What do you look at next?",
        "Would you buy, adopt open source or build? What would decide it?",
      ],
      pitfalls: [
        "Jumping straight into designing portal pages without finding out where the time goes.",
        "Measuring portal page views instead of time to first deploy.",
        "Ignoring how the catalogue data stays accurate over time.",
      ],
    },
  },
  {
    slug: "ps-public-shipping-api",
    type: "product-sense",
    title: "Turn an internal shipping-rates service into a public API product",
    prompt:
      "Our e-commerce company has an internal service that calculates shipping rates and delivery dates across 40 carriers, and partners keep asking to use it. Leadership wants to offer it as a public, paid API. How would you shape the product: who it's for, what the first version includes, how you'd measure success, and what must be true technically before launch?",
    difficulty: "MEDIUM",
    tags: ["api-product", "developer-experience", "pricing", "platform"],
    companies: ["Amazon", "Stripe", "Shopify"],
    competencies: ["user-understanding", "prioritization", "success-metrics", "technical-feasibility"],
    learn: {
      explainer:
        "Turning an internal service into a public API product adds customers with their own needs: documentation, stable versions, sign-up, pricing, limits and support. Product sense here is choosing the first customers and the smallest offer they would pay for, without promising what the service can't do reliably.",
      terms: [
        ["API product", "An interface sold or offered to outside developers, with its own users and pricing."],
        ["Versioning", "Keeping old behaviour working while new versions are released."],
        ["SLA", "Service-level agreement: a promised level of availability or speed, often with refunds if missed."],
      ],
      resources: [R.inspired, R.apiDesign, R.leanAnalytics],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer recognises two users: the developer who integrates and the business that pays. It designs for a fast first success and a trustworthy contract, since turning an internal service into an external product changes its reliability, security and compatibility obligations.",
        [
          "**Segments:** small merchants using shop platforms (want a plug-in, not an API), mid-size merchants with their own developers, and software platforms that would resell rates to thousands of merchants. The middle segment is a good focus for v1: real need, able to integrate, manageable support.",
          "**Developer journey:** discover, sign up, get an API key, make a first test call in a sandbox, integrate, go live, then operate and debug. Friction anywhere in that journey kills adoption.",
          "**First version:** rate quotes and delivery estimates for domestic shipments; self-serve keys; a sandbox with realistic test data; clear documentation and one or two SDKs; usage dashboards; published rate limits and an uptime commitment. Label purchase and international shipping come later.",
          "**Metrics:** primary: active paying integrations with at least weekly traffic. Supporting: time from sign-up to first successful call, sandbox-to-production conversion, retention after 90 days, revenue per integration. Guardrails: API error rate, quote accuracy compared with final carrier charges, support tickets per integration, and no degradation for the internal checkout.",
          "**Technical must-haves:** authentication and per-customer keys; isolation and rate limits so partner traffic can't hurt our own checkout; versioning and a deprecation policy, since breaking changes now break customers; contracts allowing us to resell carrier rates; and usage metering for billing.",
          "**Prioritisation:** launch with a small design-partner group before general availability, and expand scope based on what they actually call.",
        ],
      ),
      followUps: [
        "A large partner wants a custom field just for them. How do you decide?",
        "How would you price it, and how would pricing affect your success metrics?",
        "What would make you delay the launch?",
        "Six months in, many developers sign up but few go live. Where do you look?",
      ],
      pitfalls: [
        "Exposing the internal service as-is without rate limits, isolation or a versioning plan.",
        "Designing only for the developer and forgetting who pays and why.",
        "Counting sign-ups or API keys issued as success.",
      ],
    },
  },
  {
    slug: "ps-cloud-cost-visibility",
    type: "product-sense",
    title: "Help engineering teams understand and reduce their cloud costs",
    prompt:
      "Our cloud bill has grown 60% in a year while usage grew 20%, and the CFO wants it under control. Today the bill arrives as one big number, and most engineering teams have no idea what their services cost. What product would you build internally to change that, for whom, and how would you measure whether it's working?",
    difficulty: "MEDIUM",
    tags: ["internal-tools", "cloud-cost", "finops", "data"],
    companies: ["Amazon", "Microsoft", "Google"],
    competencies: ["user-understanding", "prioritization", "success-metrics", "technical-feasibility", "goal-framing"],
    learn: {
      explainer:
        "Cloud bills grow when nobody sees what their own services cost. Giving teams their own numbers (by tagging resources to owners), showing what drives them, and making savings easy to act on usually does more than central cuts.",
      terms: [
        ["FinOps", "The practice of managing cloud spending jointly by finance and engineering."],
        ["Cost allocation", "Assigning each part of a bill to the team or product responsible."],
        ["Unit cost", "Cost per unit of value, such as per order or per active user."],
      ],
      resources: [R.inspired, R.leanAnalytics, R.accelerate],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer sees that visibility alone doesn't cut costs. People act when costs are attributed to them, shown next to the value their service delivers, and paired with specific things they can do, so the product is attribution first, then insight, then action.",
        [
          "**Users:** engineers and tech leads (what does my service cost, and what can I change?), engineering managers (is my team's spend reasonable?), finance (forecasts and budgets) and leadership (cost per unit of business). Focus first on team leads, who can actually change things.",
          "**Foundation:** attribute spend to services and teams through resource tagging, account structure and rules for shared costs such as databases and networking. Today's attribution rate tells you where to start.",
          "**Insight:** a weekly per-team view of spend, trend and cost per unit of business (for example per 1,000 orders or per active user), so growth that follows the business isn't confused with waste.",
          "**Action:** alerts for sudden cost jumps; a ranked list of concrete savings (idle resources, oversized machines, old snapshots, unused reserved capacity) with estimated savings and a one-click or ticketed fix.",
          "**Prioritisation:** attribution and weekly reports first (nothing works without them), then anomaly alerts (quick, visible wins), then recommendations; leave automated shutdown of resources for later because of the reliability risk.",
          "**Metrics:** primary: cost per unit of business, quarter on quarter. Supporting: share of spend attributed to an owner (target above 90%), savings realised from recommendations, share of teams reviewing their costs monthly. Guardrails: incidents or latency regressions caused by cost cuts.",
        ],
      ),
      followUps: [
        "How do you split the cost of a shared database used by 30 services?",
        "A team's costs doubled because their product doubled its users. How should the tool present that?",
        "Should teams have hard budgets that block deploys? Why or why not?",
        "How would you get the first ten teams to act on recommendations?",
      ],
      pitfalls: [
        "Building dashboards without fixing attribution, so numbers aren't trusted.",
        "Measuring total spend without normalising for business growth.",
        "Pushing savings that put reliability at risk without a guardrail.",
      ],
    },
  },
  {
    slug: "ps-slow-ci-pipeline",
    type: "product-sense",
    title: "Prioritise improvements to a slow, flaky CI pipeline",
    prompt:
      "Engineers at our company wait a median of 45 minutes for CI (the automated build and tests that run on every code change) to finish, and about one run in seven fails for reasons unrelated to their change. You own the roadmap for the developer-productivity team for the next two quarters. How would you decide what to work on, and how would you show it made a difference?",
    difficulty: "EASY",
    tags: ["developer-experience", "internal-tools", "prioritisation", "ci-cd"],
    companies: ["Google", "Meta", "Uber"],
    competencies: ["user-understanding", "prioritization", "success-metrics", "goal-framing"],
    learn: {
      explainer:
        "Continuous integration (CI) builds and tests every code change automatically. When it is slow or flaky, engineers wait, rerun and lose trust in it; improving it is a product problem of finding where the time and the false failures come from and fixing the biggest first.",
      terms: [
        ["CI pipeline", "The automatic build and test steps that run on every change."],
        ["Flaky test", "A test that sometimes fails for reasons unrelated to the change."],
        ["Median and tail wait", "The typical wait and the wait of the slowest runs."],
      ],
      resources: [R.accelerate, R.inspired, R.phoenixProject],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer starts with data on where the time and failures actually come from, segments by team and codebase because the pain is rarely even, and sequences quick wins before large bets, with a clear measure of developer time saved.",
        [
          "**Understand:** break the 45 minutes into queueing for a machine, build, test stages and artefact upload; look at the distribution (p50 and p90) by repository and team; categorise failures as flaky tests, infrastructure errors or real failures.",
          "**Users:** product engineers waiting on feedback; release managers blocked by red builds; mobile teams, whose builds are often the slowest; and the platform team running the infrastructure. Talk to the teams with the worst p90, not just the loudest.",
          "**Options:** more and faster build machines to cut queueing; build and dependency caching; running tests in parallel; running only tests affected by the change; detecting flaky tests and quarantining them automatically with owners notified; and a merge queue so the main branch stays green.",
          "**Sequencing:** flaky-test quarantine and queue capacity first, because they are cheap and visible and restore trust. Caching and parallelism next. Test selection last, because it's the biggest win but also the hardest to get right and the riskiest if it skips a test that mattered.",
          "**Metrics:** primary: p50 and p90 time from pushing a change to a trustworthy result. Supporting: flaky failure rate, reruns per change, developer satisfaction survey. Guardrails: bugs that escape to production and CI infrastructure cost.",
          "**Communicate impact:** translate minutes saved into engineering hours per week across the company, which makes the case for continued investment.",
        ],
      ),
      followUps: [
        "Mobile builds take 90 minutes and backend builds 20. Where do you focus?",
        "Test owners ignore quarantined flaky tests. What do you do?",
        "How would you know test selection isn't letting bugs through?",
        "Leadership asks for a single number for the quarterly review. Which one and why?",
      ],
      pitfalls: [
        "Jumping to 'buy faster machines' without measuring where the time goes.",
        "Treating flakiness as an engineering hygiene issue rather than a product-trust problem.",
        "Reporting only averages, which hide the teams with the worst experience.",
      ],
    },
  },
  {
    slug: "ps-incident-tool",
    type: "product-sense",
    title: "Design an incident-response tool engineers actually want to use",
    prompt:
      "Today, when a production incident happens at our company, engineers are paged by one tool, coordinate in a chat channel someone creates by hand, update customers through a status page owned by support, and write the post-incident review in a document weeks later, if at all. You've been asked to lead an internal incident-management product. Who are the users, what would you build first, and how would you measure success?",
    difficulty: "MEDIUM",
    tags: ["internal-tools", "incident-management", "reliability", "workflow"],
    companies: ["Google", "Amazon", "Atlassian"],
    competencies: ["user-understanding", "prioritization", "success-metrics", "technical-feasibility"],
    learn: {
      explainer:
        "Incident tools are used rarely and under stress, so they must be obvious and fast. Understanding who does what in an incident (responder, commander, communicator) and where they lose time today is the starting point for a tool people actually use.",
      terms: [
        ["Incident commander", "The person who coordinates the response and makes decisions during an incident."],
        ["Status page", "A public page telling customers about current problems."],
        ["Time to mitigate", "How long from the start of an incident until users stop being hurt."],
      ],
      resources: [R.pagerdutyIncident, R.sre, R.inspired],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer designs for the person woken at 3 a.m. under stress: fewer decisions and fewer tools during the incident, with the paperwork generated as a side effect. It also insists the tool keeps working during the very outages it's meant for.",
        [
          "**Users and moments:** the on-call engineer (needs context fast), the incident commander (coordinates, assigns roles), subject-matter experts pulled in, support and communications (need accurate updates for customers), and leadership (wants impact and ETA without interrupting). Afterwards, the teams that own follow-up actions.",
          "**Pain points:** lost minutes creating channels and finding the right people; customers hearing late; no shared timeline; reviews written from memory; action items that never get done.",
          "**First release:** one command or button declares an incident and automatically creates the channel, assigns roles, pulls in the owning team's on-call, posts relevant dashboards and recent deploys, and keeps a timeline from chat and alerts. Severity levels drive who is paged and who is notified.",
          "**Next:** status-page updates drafted from the incident and approved by support; a review template pre-filled from the timeline; follow-up actions tracked with owners and due dates.",
          "**Metrics:** primary: time from alert to mitigation (often called MTTM or MTTR, the mean time to mitigate or resolve) for high-severity incidents. Supporting: time to assemble the right responders, time to first customer update, share of incidents with a review within five days, completion rate of follow-up actions. Guardrail: on-call load and satisfaction.",
          "**Feasibility:** integrations with paging, chat, monitoring, deploy and ticketing tools; the tool must run independently of the main production stack (separate hosting, a fallback such as phone bridges) so it stays up during outages; security for incidents involving customer data.",
        ],
      ),
      followUps: [
        "Engineers already have a habit of just opening a chat channel. How do you get adoption?",
        "How do you define severity levels so teams apply them consistently?",
        "Mean time to resolve went up after launch. Is that bad?",
        "What would you build versus buy here?",
      ],
      pitfalls: [
        "Adding steps and forms for responders during the incident.",
        "Hosting the tool on the same infrastructure it helps debug.",
        "Measuring the number of incidents logged in the tool as success.",
      ],
    },
  },
  {
    slug: "ps-data-discovery",
    type: "product-sense",
    title: "Help analysts find data they can trust in a sprawling warehouse",
    prompt:
      "Our data warehouse has grown to 40,000 tables, and analysts and product managers say it takes days to find the right table for a question, after which two teams often report different numbers for the same metric. Leadership wants a fix before the next planning cycle. Who has this problem, what would you build first, and how would you know it's working?",
    difficulty: "HARD",
    tags: ["data-platform", "internal-tools", "data-quality", "discovery"],
    companies: ["Airbnb", "LinkedIn", "Uber"],
    competencies: ["goal-framing", "user-understanding", "prioritization", "success-metrics", "technical-feasibility"],
    learn: {
      explainer:
        "In a large data warehouse, the hard part is finding the right table and trusting it. Data discovery products show what each table means, who owns it, how fresh it is and how it was built, and mark a few trusted sources so teams stop reporting different numbers.",
      terms: [
        ["Data catalogue", "A searchable list of data sets with descriptions and owners."],
        ["Lineage", "Where a data set came from and what was done to it."],
        ["Certified data set", "A table an owner vouches for as the trusted source of a metric."],
      ],
      resources: [R.dataWarehouse, R.inspired, R.ddia],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer separates two problems that look like one: finding data (discovery) and trusting it (agreed definitions and quality). A searchable catalogue helps with the first; the 'two different numbers' problem needs owners and shared metric definitions, which is as much an organisational change as a product.",
        [
          "**Users:** analysts and data scientists (need the right table fast and confidence it's correct); product managers and leaders (need one answer for key metrics); data engineers who produce tables (need to know who depends on them before changing anything); and privacy and security teams (need sensitive data found and controlled).",
          "**Evidence:** sample recent questions analysts asked in chat channels, time a few real tasks end to end, and list the top 20 metrics where teams disagree. Expect a small number of tables to answer most questions.",
          "**Options:** a catalogue with search, descriptions, owners and usage popularity; 'certified' datasets for the most important business areas, with an owner and freshness checks; a shared metric-definition layer so 'active user' is defined once and reused; lineage (where each table's data comes from and what depends on it); and data-quality alerts.",
          "**First release:** certify the 20 to 30 most-used tables and the top ten business metrics with named owners, and make them rank first in a simple search. That fixes the most visible pain quickly. Full lineage and catalogue coverage follow.",
          "**Metrics:** primary: share of queries and dashboards built on certified datasets. Supporting: time for a new analyst to answer a standard question, number of conflicting definitions for top metrics (target zero), search success rate. Guardrail: freshness and quality incidents on certified data, since trust lost is hard to regain.",
          "**Feasibility:** metadata must be gathered automatically from warehouse query logs and pipeline tools, or it goes stale within months; sensitive columns need tagging and access rules; evaluate open-source catalogue tools against building, given that integration work dominates either way.",
        ],
      ),
      followUps: [
        "Two directors each insist their definition of 'active customer' is right. What does the product do, and what do you do?",
        "How would you get busy data engineers to write and maintain descriptions?",
        "How would you decide which of the 40,000 tables to deprecate?",
        "What would you show leadership at the end of the first quarter?",
      ],
      pitfalls: [
        "Building a catalogue of all 40,000 tables and assuming that solves conflicting numbers.",
        "Relying on people to document tables by hand with no automation or ownership.",
        "Measuring catalogue page views instead of whether decisions use trusted data.",
      ],
    },
  },
];
