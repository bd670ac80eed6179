import { R } from "./learn-resources";
import { strong, type SeedQuestion } from "./seed-question";

/**
 * Program sense and planning: from a fuzzy goal to a plan, estimation, capacity
 * and headcount trade-offs. The craft a TPM is hired for, before execution.
 */
export const PROGRAM_SENSE_PLANNING_QUESTIONS: SeedQuestion[] = [
  {
    slug: "psp-cut-support-contacts",
    type: "program-execution",
    title: "Turn 'cut support contacts by 20%' into a program",
    prompt:
      "The COO has set a goal for the year: reduce customer support contacts by 20% without hurting satisfaction. No team owns it, support says product causes the contacts, and product says support should deflect them. You've been asked to run it. Walk me through your first month: how you'd turn this into a plan with owners.",
    difficulty: "MEDIUM",
    tags: ["ambiguity", "planning", "metrics", "customer-support"],
    companies: ["Amazon", "Uber", "Airbnb"],
    competencies: ["planning-scoping", "metrics-delivery", "stakeholder-alignment"],
    guide: {
      strongAnswer: strong(
        "A strong answer starts with data on why customers contact support, sizes the causes, turns the biggest into workstreams with owners and targets, and sets up a rhythm to track them.",
        [
          "**Baseline:** contacts per thousand orders (so growth doesn't hide progress), by reason, channel and customer segment; satisfaction as a guardrail.",
          "**Find the drivers:** the top ten reasons usually make most of the volume; for each, is it a product defect, missing information, policy, or a real need for a human?",
          "**Workstreams:** fix root causes in product (owners in product teams), better self-service for the rest, and proactive notifications (for example delivery delays).",
          "**Targets per stream** that add up to 20%, with a buffer; leading indicators such as help-article success.",
          "**Governance:** a monthly review with the COO, a shared dashboard, and clear rules for trade-offs with teams' roadmaps.",
        ],
      ),
      followUps: [
        "Half the contacts come from one partner's late deliveries, outside your company's control. What do you do?",
        "After three months contacts are down 12% but satisfaction dropped. How do you respond?",
        "A product VP refuses to put the fixes on their roadmap. What are your options?",
      ],
      pitfalls: [
        "Jumping to a solution (a chatbot) before knowing why customers contact support.",
        "Measuring raw contacts while the business grows.",
      ],
    },
    learn: {
      explainer:
        "Many TPM programs start as a goal without a plan. The path from one to the other is: measure where you stand, break the goal into its drivers using data, turn the biggest drivers into workstreams with owners and targets that add up to the goal, and set a regular review. A guardrail metric keeps the program from hitting its target in a harmful way.",
      terms: [
        ["Baseline", "Where a measure stands before the program starts."],
        ["Driver tree", "Breaking a goal into the factors that cause it, and those into smaller factors."],
        ["Guardrail metric", "A measure that must not get worse while you improve the target."],
      ],
      resources: [R.tpmHandbook, R.highOutput, R.workingBackwards],
    },
  },
  {
    slug: "psp-estimate-with-reluctant-team",
    type: "program-execution",
    title: "Getting an estimate from a team that won't give one",
    prompt:
      "Sales needs to know when a new reporting feature will be ready so they can plan a customer launch. The engineering team refuses to estimate, saying estimates are always wrong and then used against them. How would you get a useful forecast without damaging trust with the team?",
    difficulty: "EASY",
    tags: ["estimation", "trust", "forecasting"],
    companies: ["Microsoft", "Atlassian", "Salesforce"],
    competencies: ["planning-scoping", "stakeholder-alignment"],
    guide: {
      strongAnswer: strong(
        "A strong answer addresses the team's fear first, then uses ranges, breakdown and past data, and sets up how the forecast will be updated and communicated.",
        [
          "**Why they refuse:** past estimates were treated as promises; agree that forecasts are ranges with confidence and will be updated, and that you'll own communicating them.",
          "**Break it down:** split the feature into pieces small enough to reason about; flag the unknowns.",
          "**Use history:** how long similar features took (reference class), the team's throughput of similar-sized items.",
          "**Give a range:** 'most likely early May, 80% confident by end of May', with the assumptions that would change it.",
          "**Keep it honest:** update weekly as unknowns resolve; sales plans for the later date.",
        ],
      ),
      followUps: [
        "Sales wants one date, not a range. What do you give them?",
        "Three weeks in, a big unknown turns out worse than expected. How do you communicate the new forecast?",
        "A manager later uses the range as a deadline in the team's review. What do you do?",
      ],
      pitfalls: [
        "Pressuring the team for a single date.",
        "Passing a range to sales without explaining what it means.",
      ],
    },
    learn: {
      explainer:
        "An estimate is a forecast, not a promise. Good forecasts are ranges with a stated confidence, built by breaking work into pieces and comparing with how long similar work took before. They are updated as the unknowns are resolved. Teams give honest estimates only when those estimates aren't turned into sticks.",
      terms: [
        ["Reference class forecasting", "Estimating from how long similar past projects actually took."],
        ["Confidence interval", "A range with how sure you are the outcome falls in it."],
        ["Throughput", "How many work items a team finishes per week."],
      ],
      resources: [R.softwareEstimation, R.mythicalManMonth, R.tpmHandbook],
    },
  },
  {
    slug: "psp-four-headcount-options",
    type: "program-execution",
    title: "Four extra engineers: hire, contract or borrow?",
    prompt:
      "Your payments program is three months behind, and leadership approves the equivalent of four more engineers for the next nine months. Options: hire four permanent engineers, bring in a contracting firm, or borrow four engineers from another team that would then delay its own project. How would you decide, and what would you recommend?",
    difficulty: "MEDIUM",
    tags: ["headcount", "staffing", "trade-offs"],
    companies: ["Amazon", "Google", "Stripe"],
    competencies: ["planning-scoping", "dependency-risk", "stakeholder-alignment"],
    guide: {
      strongAnswer: strong(
        "A strong answer compares the options on time to become productive, cost, risk and what happens after nine months, and first checks where extra people would actually speed up the program.",
        [
          "**Where would people help?** Work that can be split off cleanly (a new country's integration, tooling, testing) versus work on the critical path that needs deep context.",
          "**Permanent hires:** two to four months to hire plus ramp-up; may arrive when the crunch is over; good if the work continues.",
          "**Contractors:** faster to start, higher cost, need onboarding and oversight, knowledge leaves with them; good for well-defined pieces.",
          "**Borrowing:** fastest to productive if they know the codebase, but the other project slips; leadership must make that trade explicitly.",
          "**Recommendation:** often a mix, for example two borrowed engineers on the critical path now plus contractors on a separable piece, with a clear handover plan.",
        ],
      ),
      followUps: [
        "The other team's director says their project is also committed to a customer. How do you resolve it?",
        "Contractors' code quality concerns the tech lead. What guardrails do you put in place?",
        "Could adding people make the program later? When?",
      ],
      pitfalls: [
        "Assuming four more people means 40% faster.",
        "Not considering what the people do after the nine months.",
      ],
    },
    learn: {
      explainer:
        "Extra people don't help a late project equally: new people need time to learn, existing people spend time teaching them, and some work can't be split. Each staffing option has a different ramp-up time, cost and risk. The best choice depends on which work can be handed to newcomers without slowing down the critical path.",
      terms: [
        ["Headcount", "The number of people a team is allowed to employ."],
        ["Ramp-up time", "How long a new person takes to become fully productive."],
        ["Brooks's law", "Adding people to a late software project tends to make it later."],
      ],
      resources: [R.mythicalManMonth, R.highOutput, R.tpmHandbook],
    },
  },
  {
    slug: "psp-real-team-capacity",
    type: "program-execution",
    title: "How much can a team of eight really do next quarter?",
    prompt:
      "You're planning next quarter with a team of eight engineers. Leadership's spreadsheet multiplies eight people by thirteen weeks and fills that with roadmap items. Explain why that plan will fail and how you'd work out the team's real capacity for new work.",
    difficulty: "EASY",
    tags: ["capacity-planning", "quarterly-planning"],
    companies: ["Google", "Meta", "Microsoft"],
    competencies: ["planning-scoping", "metrics-delivery"],
    guide: {
      strongAnswer: strong(
        "A strong answer subtracts everything that isn't roadmap work, using the team's own history, and leaves buffer for the unexpected.",
        [
          "**Time off:** holidays, vacation, training, company events; often 10–15% of a quarter.",
          "**Running the business:** on-call, support escalations, bug fixes, security patches, upgrades; measure it from the last two quarters (often 20–40%).",
          "**Meetings and reviews, interviewing, onboarding new joiners.**",
          "**Buffer:** for unknowns and estimation error, 15–20%.",
          "**Result:** often half or less of the naive number; compare with what the team actually delivered last quarter.",
          "**Use it:** fill capacity in priority order and show leadership what falls below the line.",
        ],
      ),
      followUps: [
        "Leadership says the buffer is padding and wants it removed. How do you respond?",
        "Two engineers are new and will ramp up this quarter. How do you account for that?",
        "Halfway through the quarter, a large customer escalation takes two people for three weeks. What do you do with the plan?",
      ],
      pitfalls: ["Treating people-weeks as all available for roadmap work.", "Not using the team's actual history."],
    },
    learn: {
      explainer:
        "A team's capacity for new work is much less than people times weeks: holidays, on-call, support, maintenance and meetings all take time. Good plans measure these from the team's recent history, subtract them, keep a buffer for surprises, and show clearly what fits and what doesn't.",
      terms: [
        ["Capacity", "The amount of work a team can take on in a period."],
        ["KTLO", "Keep the lights on: work needed to keep existing systems running."],
        ["Buffer", "Capacity held back for the unexpected."],
      ],
      resources: [R.softwareEstimation, R.tpmHandbook, R.phoenixProject],
    },
  },
  {
    slug: "psp-more-engineers-late-project",
    type: "program-execution",
    title: "The VP offers six more engineers to rescue a late project",
    prompt:
      "A project to rebuild the search indexing system is two months late with three months left before the old system's hardware is switched off. The VP offers six engineers from other teams starting next week. The tech lead looks worried. How would you decide whether to accept, and how many?",
    difficulty: "MEDIUM",
    tags: ["staffing", "brooks-law", "recovery"],
    companies: ["Google", "Amazon", "Microsoft"],
    competencies: ["course-correction", "planning-scoping", "dependency-risk"],
    guide: {
      strongAnswer: strong(
        "A strong answer looks at the remaining work to see what can be split off cleanly, accepts only as many people as can be productive without slowing the core team, and considers other levers too.",
        [
          "**What remains:** which tasks are independent (tests, tooling, migration scripts, monitoring) and which need deep context.",
          "**Cost of adding people:** onboarding takes the core team's time; more people means more coordination.",
          "**Right number:** perhaps two or three on well-defined, separable work, with a named mentor.",
          "**Other levers:** cut scope (features not needed for the switch-off), extend the old hardware for a month, run old and new in parallel for less time.",
          "**Decide with the tech lead,** and tell the VP what the extra people will and won't change.",
        ],
      ),
      followUps: [
        "The VP insists on all six. How do you make the best of it?",
        "Extending the old hardware costs $200,000. How do you put that next to the staffing option?",
        "Two weeks later, velocity has dropped. What do you do?",
      ],
      pitfalls: ["Accepting everyone because it looks like help.", "Refusing without offering other ways to recover."],
    },
    learn: {
      explainer:
        "Fred Brooks observed that adding people to a late software project often makes it later: newcomers need teaching, and more people means more communication. Help works when the remaining work has pieces that can be handed over cleanly; otherwise, cutting scope or moving the deadline are better levers.",
      terms: [
        ["Brooks's law", "Adding people to a late project tends to delay it further."],
        ["Communication overhead", "Time spent coordinating, which grows as teams get bigger."],
        ["Separable work", "Tasks that can be done independently without deep knowledge of the rest."],
      ],
      resources: [R.mythicalManMonth, R.tpmHandbook, R.softwareEstimation],
    },
  },
  {
    slug: "psp-back-of-envelope-storage",
    type: "program-execution",
    title: "Back-of-the-envelope: how much storage will voice notes need?",
    prompt:
      "Your messaging app will let users send voice notes. Finance needs a rough storage cost for the next two years before approving the project, and the engineers are busy. Estimate the storage needed, out loud, with the assumptions you'd make. Then tell me which assumption matters most.",
    difficulty: "EASY",
    tags: ["estimation", "fermi", "capacity", "cost"],
    companies: ["Meta", "Google", "Amazon"],
    competencies: ["planning-scoping", "metrics-delivery"],
    guide: {
      strongAnswer: strong(
        "A strong answer builds the estimate from a few clear assumptions, multiplies them out with rounded numbers, sanity-checks the result and identifies the assumption with most influence.",
        [
          "**Assumptions:** for example 50 million daily users, 10% send voice notes, 3 notes each a day, 20 seconds each, about 2 KB per second of compressed audio.",
          "**Arithmetic:** 50M × 0.1 × 3 = 15M notes a day; × 40 KB = 600 GB a day; about 220 TB a year, 440 TB over two years before growth.",
          "**Adjust:** replication (×3 for durability), growth in adoption, retention policy (delete after a year?), cheaper storage for old notes.",
          "**Cost:** multiply by a storage price per TB-month, knowing it's rough.",
          "**Sensitivity:** adoption rate and retention policy move the answer most; suggests checking them first.",
        ],
      ),
      followUps: [
        "Product decides voice notes are kept forever. How does your estimate change?",
        "Audio quality doubles with a new codec. What changes and what doesn't?",
        "Finance asks how confident you are. What do you say?",
      ],
      pitfalls: [
        "Refusing to estimate without data.",
        "Getting lost in precision instead of clear, rounded assumptions.",
      ],
    },
    learn: {
      explainer:
        "A back-of-the-envelope estimate gets an answer within a factor of a few, fast, by multiplying a handful of stated assumptions. It's enough to decide whether something costs thousands or millions. The most useful part is knowing which assumption the answer depends on most, so that is what you check first.",
      terms: [
        ["Fermi estimate", "A quick estimate from rough, stated assumptions."],
        ["Sensitivity", "How much the answer changes when one assumption changes."],
        ["Retention policy", "How long data is kept before it is deleted."],
      ],
      resources: [R.sdInterview, R.sdPrimer, R.softwareEstimation],
    },
  },
  {
    slug: "psp-critical-path-launch",
    type: "program-execution",
    title: "Find the critical path of a store-opening launch",
    prompt:
      "Your retail company is opening its online store in Canada. The tasks include a legal entity (8 weeks), a payments contract (6 weeks, needs the entity), French translation (4 weeks), tax calculation (5 weeks, needs the entity), a local warehouse contract (10 weeks), and end-to-end testing (3 weeks, needs everything). What's the earliest launch date, which tasks decide it, and where would you focus?",
    difficulty: "EASY",
    tags: ["critical-path", "scheduling", "dependencies"],
    companies: ["Amazon", "Shopify", "Walmart"],
    competencies: ["planning-scoping", "dependency-risk"],
    guide: {
      strongAnswer: strong(
        "A strong answer draws the dependencies, finds the longest chain, and explains that only tasks on it move the launch date.",
        [
          "**Chains:** entity (8) then payments (6) = 14 weeks; entity then tax (5) = 13; warehouse 10; translation 4. Testing (3) follows all.",
          "**Critical path:** entity → payments → testing = 17 weeks.",
          "**Slack:** tax has 1 week; warehouse 4; translation 10.",
          "**Focus:** speed up the entity or start payments negotiation in parallel with a conditional contract; start testing parts earlier.",
          "**Risk:** near-critical paths (tax) can become critical if they slip a week; track them too.",
        ],
      ),
      followUps: [
        "The payments provider says they can sign before the entity exists, but not go live. What does that change?",
        "Legal now says the entity may take 12 weeks. What's the new date and what would you do?",
        "The warehouse contract falls through at week 6. What happens?",
      ],
      pitfalls: [
        "Adding all task durations together.",
        "Focusing on the longest single task instead of the longest chain.",
      ],
    },
    learn: {
      explainer:
        "The critical path is the longest chain of tasks that depend on each other; it sets the earliest possible finish date. Tasks not on it have slack: they can slip a little without moving the launch. Speeding up a task off the critical path doesn't help, so planning effort goes to the critical path and to near-critical chains.",
      terms: [
        ["Critical path", "The longest chain of dependent tasks, which determines the finish date."],
        ["Slack (float)", "How long a task can slip without delaying the project."],
        ["Dependency", "A task that can't start or finish until another does."],
      ],
      resources: [R.pmbok, R.tpmHandbook, R.supplyChain],
    },
  },
  {
    slug: "psp-reliability-okrs",
    type: "program-execution",
    title: "Write the objectives and key results for a reliability program",
    prompt:
      "After a bad quarter of outages, your VP wants a reliability program and asks you to draft its OKRs. The first draft from the team lists key results like 'hold 12 post-mortems' and 'add monitoring to all services'. What's wrong with that, and what would you write instead?",
    difficulty: "EASY",
    tags: ["okrs", "metrics", "reliability", "goal-setting"],
    companies: ["Google", "LinkedIn", "Intel"],
    competencies: ["metrics-delivery", "planning-scoping"],
    guide: {
      strongAnswer: strong(
        "A strong answer separates outcomes from outputs: key results should measure what changes for customers and the business, while post-mortems and monitoring are the work that might get there.",
        [
          "**Problem with the draft:** it lists activities; you could do them all and still have outages.",
          "**Objective:** qualitative and motivating, e.g. 'Customers can rely on checkout during peak season'.",
          "**Key results:** measurable outcomes, e.g. checkout availability from 99.5% to 99.9%; customer-affecting incidents from 9 to 3 per quarter; time to mitigate from 90 to 30 minutes.",
          "**Initiatives:** the activities go underneath as the plan, changeable if they don't move the numbers.",
          "**Practice:** a baseline for each, two or three key results not ten, a monthly check-in, and honest scoring.",
        ],
      ),
      followUps: [
        "A team hits 99.9% by marking incidents as 'maintenance'. How do you prevent gaming?",
        "One key result depends on a vendor you don't control. Keep it or change it?",
        "Halfway through, it's clear one key result was set far too easily. What do you do?",
      ],
      pitfalls: ["Key results that are tasks.", "No baseline, so progress can't be judged."],
    },
    learn: {
      explainer:
        "OKRs (objectives and key results) are a way to set goals: an objective says what you want to achieve, and two to four key results measure whether you did. The common mistake is writing activities as key results; good key results measure outcomes, so the team can change its plan if the activities don't work.",
      terms: [
        ["Objective", "A short, qualitative statement of what you want to achieve."],
        ["Key result", "A measurable outcome showing progress toward the objective."],
        ["Output versus outcome", "What you produce versus the change it causes."],
      ],
      resources: [R.highOutput, R.sre, R.tpmHandbook],
    },
  },
  {
    slug: "psp-three-asks-one-team",
    type: "program-execution",
    title: "Three executives, three urgent asks, one team",
    prompt:
      "The platform team you support can take on one major project next quarter. The sales VP wants single sign-on for enterprise deals, the security CISO wants mandatory two-factor authentication after a phishing incident, and the CFO wants the billing system upgraded before the vendor ends support in nine months. Each says theirs is top priority. How would you get to a decision?",
    difficulty: "MEDIUM",
    tags: ["prioritisation", "stakeholders", "trade-offs"],
    companies: ["Microsoft", "Salesforce", "Okta"],
    competencies: ["stakeholder-alignment", "planning-scoping", "dependency-risk"],
    guide: {
      strongAnswer: strong(
        "A strong answer makes each request comparable (value, cost of waiting, effort, risk), finds options that aren't all-or-nothing, and takes the decision to the person who can trade off between the three executives.",
        [
          "**Understand each:** revenue at stake for SSO and its deadline; the risk reduction of 2FA and any regulatory pressure; the hard end-of-support date and the cost of missing it.",
          "**Cost of delay:** what each loses per month of waiting; billing's deadline is fixed but nine months away, so it may start late in the quarter or next.",
          "**Look for smaller options:** 2FA for admins first, SSO with one identity provider, billing upgrade planning only this quarter.",
          "**Decide at the right level:** a one-page comparison to the shared leader (CEO or COO) with a recommendation.",
          "**Communicate:** each executive hears the decision and reasoning, with a date for their item.",
        ],
      ),
      followUps: [
        "The CEO says 'do all three'. What do you do?",
        "Sales loses the deal because SSO wasn't chosen. How do you handle the fallout?",
        "The phishing incident repeats a month later. Does the decision change?",
      ],
      pitfalls: ["Deciding yourself without the authority to.", "Ranking by who is most senior or loudest."],
    },
    learn: {
      explainer:
        "When several important requests compete for one team, a TPM makes them comparable: what each is worth, what waiting costs, how much effort it takes and what risk it removes. Often a smaller slice of each is possible. The decision itself belongs to the leader accountable for all of them, and the TPM's job is to make it easy and clear.",
      terms: [
        ["Cost of delay", "The value lost for each week or month a piece of work waits."],
        ["RICE", "A scoring method: reach, impact, confidence, effort."],
        ["Decision memo", "A short written comparison of options with a recommendation."],
      ],
      resources: [R.highOutput, R.inspired, R.tpmHandbook],
    },
  },
  {
    slug: "psp-fixed-date-too-much-scope",
    type: "program-execution",
    title: "A fixed regulatory date and twice the scope that fits",
    prompt:
      "A new regulation requires your bank's mobile app to show customers a full fee breakdown before every international transfer, starting 1 March. The product team's requirements list would take about twice the time available, and the date can't move. How would you decide what ships on 1 March?",
    difficulty: "MEDIUM",
    tags: ["scope", "mvp", "regulation", "prioritisation"],
    companies: ["Revolut", "JPMorgan Chase", "Wise"],
    competencies: ["planning-scoping", "stakeholder-alignment", "course-correction"],
    guide: {
      strongAnswer: strong(
        "A strong answer separates what the regulation requires from what the product team would like, confirms the legal minimum with compliance, and sequences the rest after the date.",
        [
          "**Legal minimum:** read the rule with compliance: what must be shown, when, on which channels, and what evidence of compliance is needed.",
          "**Classify:** must (legal), should (clear customer value), could (nice to have), won't (this time).",
          "**Plan the must:** with a buffer, and the riskiest parts first.",
          "**Fallbacks:** if even the minimum is at risk, options like temporarily disabling international transfers on the app for affected corridors; agree them early.",
          "**Communicate:** the product team gets a dated plan for the rest, so cutting scope doesn't mean losing it.",
        ],
      ),
      followUps: [
        "Compliance and product interpret one clause differently. How do you settle it?",
        "Two weeks before the date, testing finds the fee shown is sometimes wrong by a few cents. What now?",
        "The regulator publishes clarifications a month before the date. How do you absorb them?",
      ],
      pitfalls: [
        "Treating every requirement as mandatory because it's 'for the regulation'.",
        "No fallback plan for a date that can't move.",
      ],
    },
    learn: {
      explainer:
        "When a date can't move, scope must. Prioritisation methods such as MoSCoW (must, should, could, won't) separate what's truly required from what's wanted. For regulatory work, the 'must' list comes from reading the rule carefully with compliance experts, and everything else is sequenced after the date.",
      terms: [
        ["MoSCoW", "Sorting requirements into must, should, could and won't have."],
        ["Minimum viable scope", "The smallest set of features that meets the goal."],
        ["Fallback plan", "A pre-agreed action if the main plan fails."],
      ],
      resources: [R.pmbok, R.inspired, R.tpmHandbook],
    },
  },
  {
    slug: "psp-case-for-reliability-quarter",
    type: "program-execution",
    title: "Make the case for a quarter of engineering health work",
    prompt:
      "The engineering lead of the order-management team says the system is so fragile that every feature takes twice as long as it should and incidents are rising. They want a full quarter with no new features to fix it. Product leadership says customers need features. You're asked to bring a recommendation. How would you build the case and what would you propose?",
    difficulty: "MEDIUM",
    tags: ["technical-debt", "prioritisation", "reliability"],
    companies: ["Shopify", "Amazon", "Atlassian"],
    competencies: ["stakeholder-alignment", "metrics-delivery", "planning-scoping"],
    guide: {
      strongAnswer: strong(
        "A strong answer turns 'fragile' into evidence the business understands (time lost, incidents, customer impact), and proposes a targeted plan, often a standing share of capacity rather than a feature freeze.",
        [
          "**Evidence:** cycle time trends, share of time on incidents and rework, incidents and their customer impact, specific features that took twice as long and why.",
          "**Target:** which parts cause most of the pain? Usually a few modules; fix those first.",
          "**Options:** a full quarter (big but risky and hard to justify), a fixed share of each sprint (for example 30%), or a focused team for the worst area.",
          "**Measures of success:** feature lead time, incidents, time to change the worst areas, so the investment can be judged.",
          "**Recommendation:** to the product and engineering leaders together, with what customers will and won't get this quarter.",
        ],
      ),
      followUps: [
        "Product agrees to 30% but wants it back mid-quarter for an urgent deal. What do you do?",
        "How would you show, three months later, that the investment paid off?",
        "The team wants to rewrite the system from scratch. How do you respond?",
      ],
      pitfalls: [
        "Arguing in engineering terms only ('the code is bad').",
        "All-or-nothing proposals with no measure of success.",
      ],
    },
    learn: {
      explainer:
        "Technical debt is the extra cost of changing a system because of past shortcuts, like interest on a loan. It shows up as slower delivery and more incidents. The case for paying it down is strongest in business terms, time and incidents saved, and is usually made for the few areas that cause most of the pain.",
      terms: [
        ["Technical debt", "Future extra work caused by quick or outdated choices in a system."],
        ["Lead time", "The time from starting a change to it reaching customers."],
        ["Rework", "Work spent redoing or fixing things already built."],
      ],
      resources: [R.accelerate, R.phoenixProject, R.staffEngineer],
    },
  },
  {
    slug: "psp-build-or-buy-analytics",
    type: "program-execution",
    title: "Build our own product-analytics tool or buy one?",
    prompt:
      "Product managers want better analytics on how customers use your app. An engineering team proposes building an in-house event pipeline and dashboards in six months; a vendor offers a ready-made product for $250,000 a year. Leadership asks you to run the decision. How would you structure it and what would you need to find out?",
    difficulty: "MEDIUM",
    tags: ["build-vs-buy", "vendors", "decision-making"],
    companies: ["Airbnb", "Spotify", "Uber"],
    competencies: ["planning-scoping", "stakeholder-alignment", "dependency-risk"],
    guide: {
      strongAnswer: strong(
        "A strong answer compares options on the same criteria over several years, including hidden costs of building and of buying, and checks the vendor against real requirements before deciding.",
        [
          "**Requirements:** what questions product managers need answered, data volume, privacy and data residency, integration with the warehouse.",
          "**Build cost:** not just six months; ongoing maintenance, on-call, features the vendor already has, opportunity cost of the team.",
          "**Buy cost:** license growth with volume, integration effort, data leaving our systems, vendor risk and lock-in.",
          "**Trial:** a proof of concept with the vendor on real data for a month.",
          "**Decision:** a scored comparison over three years with a recommendation; strategic question is whether analytics is a differentiator for us.",
        ],
      ),
      followUps: [
        "The vendor price rises with events and your traffic may triple. How do you protect yourself?",
        "The engineering team is keen to build and feels overruled. How do you handle that?",
        "Security finds the vendor stores data only in the US. What now?",
      ],
      pitfalls: [
        "Comparing the build's first version with the vendor's mature product.",
        "Ignoring maintenance cost after building.",
      ],
    },
    learn: {
      explainer:
        "Build-or-buy decisions compare making a capability in-house with buying it. Building gives control and fit but costs ongoing maintenance and the team's time; buying is faster but brings licence costs, integration work and dependence on a vendor. A fair comparison covers several years and starts with the requirements, not the options.",
      terms: [
        ["Build versus buy", "Choosing between making something yourself and purchasing it."],
        ["Opportunity cost", "What the team could have done instead."],
        ["Proof of concept", "A small trial to check a solution works for your case."],
      ],
      resources: [R.vendorContracts, R.tpmHandbook, R.staffEngineer],
    },
  },
  {
    slug: "psp-map-dependencies-new-program",
    type: "program-execution",
    title: "Map the dependencies of a program you've just inherited",
    prompt:
      "You've just been given a program to launch same-day delivery in five cities. It involves the app, the warehouse system, a courier partner's API, payments, customer support and marketing. There's no plan yet, just a launch goal in five months. How would you find and map the dependencies in your first two weeks, and what would you produce?",
    difficulty: "MEDIUM",
    tags: ["dependencies", "planning", "program-kickoff"],
    companies: ["Amazon", "Instacart", "DoorDash"],
    competencies: ["dependency-risk", "planning-scoping", "stakeholder-alignment"],
    guide: {
      strongAnswer: strong(
        "A strong answer works backwards from the customer experience, talks to each team to find what they need from others, and produces a dependency map, a milestone plan and a risk list that teams agree with.",
        [
          "**Start from the customer journey:** order, pay, pick, pack, hand to courier, track, deliver, support; each step names the systems and teams involved.",
          "**Talk to each team:** what they must build, what they need from whom and by when, what they're unsure about.",
          "**Map:** a dependency diagram and a list with 'needs X from Y by date Z', each with an owner on both sides.",
          "**External parties:** the courier partner's API and contract often sit on the critical path; engage them first.",
          "**Output:** milestones, critical path, top risks and decisions needed, reviewed with team leads.",
        ],
      ),
      followUps: [
        "The courier partner's API won't be ready until month four. What does that do to your plan?",
        "One team says they have no capacity until month three. What options do you have?",
        "How do you keep the dependency map current after week two?",
      ],
      pitfalls: [
        "Building the plan alone without the teams.",
        "Forgetting non-engineering dependencies such as support training and legal.",
      ],
    },
    learn: {
      explainer:
        "A dependency is something one team needs from another before it can finish its part. In cross-team programs, dependencies are where plans fail, because each team plans only its own work. Mapping them, with a named owner on both sides and a date, turns hidden assumptions into commitments that can be tracked.",
      terms: [
        ["Dependency map", "A diagram or list of what each team needs from others, and when."],
        ["Milestone", "A significant point in a plan, such as 'payments integration ready'."],
        ["Working backwards", "Planning from the desired end result back to today."],
      ],
      resources: [R.tpmHandbook, R.pmbok, R.workingBackwards],
    },
  },
  {
    slug: "psp-start-a-risk-register",
    type: "program-execution",
    title: "Start a risk register that people actually use",
    prompt:
      "Your new program, a move of the customer database to a new cloud region, has a risk register with 74 items that nobody has looked at since kickoff. Your director asks you to make risk management useful. What would you change, and what would a good risk entry look like?",
    difficulty: "EASY",
    tags: ["risk-management", "program-management"],
    companies: ["Microsoft", "Amazon", "Oracle"],
    competencies: ["dependency-risk", "metrics-delivery"],
    guide: {
      strongAnswer: strong(
        "A strong answer makes the register short, specific and owned, reviewed on a fixed rhythm, and connected to decisions.",
        [
          "**Good entry:** a specific risk ('the new region's database quotas may not be raised in time'), its likelihood and impact, an owner, a mitigation with a date, and a trigger that shows it's happening.",
          "**Prune:** merge duplicates, drop vague items ('delays'), and focus on the top ten by likelihood times impact.",
          "**Rhythm:** review top risks weekly with owners; escalate those needing decisions.",
          "**Visibility:** the top three risks appear in every status update.",
          "**Close the loop:** risks that happen become issues with a plan; new risks come from each milestone review.",
        ],
      ),
      followUps: [
        "An owner keeps marking their risk 'fine' without evidence. What do you do?",
        "A risk with low likelihood but catastrophic impact (data loss) sits at the bottom. How do you treat it?",
        "Leadership asks what's changed in the risk picture since last month. How do you show that?",
      ],
      pitfalls: [
        "Long lists of vague risks with no owner.",
        "Treating the register as a document rather than a habit.",
      ],
    },
    learn: {
      explainer:
        "A risk is something that might happen and would hurt the program. A risk register lists them with how likely and how harmful each is, who owns it, and what is being done about it. It is useful only if it's short, specific, reviewed regularly and tied to decisions.",
      terms: [
        ["Risk", "An uncertain event that would affect the program if it happened."],
        ["Mitigation", "An action that makes a risk less likely or less harmful."],
        ["Trigger", "A sign that a risk is turning into a real problem."],
      ],
      resources: [R.pmbok, R.tpmHandbook],
    },
  },
  {
    slug: "psp-status-report-executives",
    type: "program-execution",
    title: "A status report that's always green until it's red",
    prompt:
      "Your company's programs report status to leadership every week, and almost every program is green until a week before its deadline, when it turns red. The COO asks you to redesign the weekly status report so problems show up earlier. What would you change?",
    difficulty: "EASY",
    tags: ["status-reporting", "communication", "transparency"],
    companies: ["Google", "Amazon", "Meta"],
    competencies: ["metrics-delivery", "stakeholder-alignment", "course-correction"],
    guide: {
      strongAnswer: strong(
        "A strong answer sees that the problem is incentives and definitions as much as the format: define what each colour means, show evidence such as milestone dates against plan, and make amber safe to report.",
        [
          "**Clear definitions:** green = on track with evidence; amber = at risk, recovery possible within the team; red = needs help or a decision.",
          "**Evidence:** milestones with planned versus forecast dates, a burn-up of scope, top risks and what changed since last week.",
          "**Trend over colour:** a forecast date moving week by week is more telling than a colour.",
          "**Culture:** leaders respond to amber with help, not blame; praise early warnings.",
          "**Format:** a short page: status, what changed, decisions needed, top risks.",
        ],
      ),
      followUps: [
        "A program lead says amber will alarm their VP. How do you respond?",
        "How would you check whether the new format actually brings problems to light earlier?",
        "The COO wants one dashboard across 40 programs. What goes on it?",
      ],
      pitfalls: ["Only redesigning the template.", "Status without evidence or forecast dates."],
    },
    learn: {
      explainer:
        "'Watermelon' status is green outside and red inside: reports look fine until it's too late. It comes from vague definitions and from people fearing the reaction to bad news. Good status reporting defines what each status means, shows evidence such as forecast dates against plan, and rewards early warnings.",
      terms: [
        ["RAG status", "Red, amber or green: a summary of whether work is on track."],
        ["Watermelon status", "Reported green while the real situation is red."],
        ["Forecast date", "When the team currently expects to finish, updated regularly."],
      ],
      resources: [R.tpmHandbook, R.highOutput, R.crucialConversations],
    },
  },
  {
    slug: "psp-unit-cost-video-feature",
    type: "program-execution",
    title: "Estimate the cloud cost of a new live-video feature",
    prompt:
      "Product wants to add live video classes to your fitness app: an instructor streams, up to 500 members watch, and classes are recorded. Before the project is approved, the CFO asks what it will cost to run per month at launch and at ten times the usage. How would you build that estimate with the engineering team?",
    difficulty: "MEDIUM",
    tags: ["cost-estimation", "unit-economics", "cloud"],
    companies: ["Peloton", "Amazon", "Zoom"],
    competencies: ["planning-scoping", "metrics-delivery", "dependency-risk"],
    guide: {
      strongAnswer: strong(
        "A strong answer builds a simple cost model from usage drivers and unit prices, separates fixed from variable costs, and turns it into a cost per class or per member that can be compared with revenue.",
        [
          "**Drivers:** classes per day, average viewers, minutes, video quality (bitrate), recordings kept and how often they're replayed.",
          "**Cost components:** streaming delivery (viewer-minutes × bitrate × price per GB through a CDN, usually the largest), processing and encoding, storage of recordings, and any third-party video service fees.",
          "**Fixed versus variable:** a team's time and base infrastructure versus costs that grow with viewers.",
          "**Unit cost:** per class-hour or per active member; compare with subscription revenue.",
          "**Scenarios:** launch, 10×, and what changes at scale (volume discounts, a vendor versus building).",
        ],
      ),
      followUps: [
        "Delivery cost is 80% of the total. What levers do you have?",
        "A video vendor offers a flat fee that's cheaper at launch but pricier at 10×. How do you decide?",
        "The CFO asks how wrong your estimate could be. What's your answer?",
      ],
      pitfalls: ["Estimating only servers and forgetting data transfer.", "One number without the drivers behind it."],
    },
    learn: {
      explainer:
        "Cloud costs follow usage. A cost model lists the drivers (how many users, how much data, how long it's kept), multiplies them by unit prices, and separates fixed costs from those that grow with use. Dividing by a unit of value, such as per customer, shows whether a feature pays for itself and what happens as it grows.",
      terms: [
        ["Unit economics", "Cost and revenue per unit, such as per customer or per class."],
        ["Data transfer (egress)", "Data sent out of the cloud to users, often a large and overlooked cost."],
        ["Fixed versus variable cost", "Costs that stay the same versus those that grow with usage."],
      ],
      resources: [R.leanAnalytics, R.sdInterview, R.tpmHandbook],
    },
  },
  {
    slug: "psp-hiring-plan-new-team",
    type: "program-execution",
    title: "Staff a new fifteen-person team across two sites in a year",
    prompt:
      "Your company is creating a new team to build a fraud-prevention platform: fifteen people (engineers, data scientists, a product manager, an engineering manager) in Dublin and Bangalore within twelve months. The first version must launch in nine months. You're asked for the staffing and delivery plan. How would you approach it, and what risks do you see?",
    difficulty: "HARD",
    tags: ["hiring", "team-building", "planning", "distributed-teams"],
    companies: ["Stripe", "Microsoft", "Google"],
    competencies: ["planning-scoping", "dependency-risk", "stakeholder-alignment"],
    guide: {
      strongAnswer: strong(
        "A strong answer ties hiring order to the delivery plan, models realistic hiring and ramp-up times, and plans how the first version can launch with a partly staffed team.",
        [
          "**Order of hiring:** the engineering manager and a senior tech lead first, since they shape everything and help hire; then the skills on the critical path.",
          "**Realistic curve:** time to hire (two to four months per senior role), notice periods, ramp-up; by month nine maybe 10 of 15 are productive.",
          "**Delivery plan:** the first version scoped for the team you'll actually have; borrow or contract early capacity; lean on existing platform services.",
          "**Two sites:** split by component with clear ownership rather than by task; overlap hours; early in-person time.",
          "**Risks:** slow senior hires, culture and communication across sites, knowledge concentrated in early hires; track hiring as a program workstream with recruiters.",
        ],
      ),
      followUps: [
        "By month four you've hired only five of fifteen. What changes?",
        "The Bangalore team feels they get only the less interesting work. How do you address it?",
        "Leadership asks whether to hire in one site instead. How would you weigh it?",
      ],
      pitfalls: [
        "Assuming all fifteen are productive from the start.",
        "Splitting work across sites by task, creating constant hand-offs.",
      ],
    },
    learn: {
      explainer:
        "Building a new team is a program in itself. Hiring takes months per role, and new people take more months to become fully productive, so a team grows along a curve, not in one step. Plans that depend on the team need to match that curve, hire the people who shape the rest first, and split work so sites own whole parts.",
      terms: [
        ["Hiring funnel", "The stages from candidates to accepted offers, each losing some people."],
        ["Ramp-up curve", "How a new hire's productivity grows over their first months."],
        ["Component ownership", "A team owning a whole part of a system, not scattered tasks."],
      ],
      resources: [R.highOutput, R.mythicalManMonth, R.staffEngineer],
    },
  },
  {
    slug: "psp-program-charter-week-one",
    type: "program-execution",
    title: "What goes in the charter of a new program?",
    prompt:
      "You start on Monday as TPM of a new program to replace the company's internal expense system. The sponsor, a finance director, wants a program charter by Friday so the steering group can approve it. What would you put in it, and who would you talk to before writing it?",
    difficulty: "EASY",
    tags: ["program-kickoff", "charter", "stakeholders"],
    companies: ["Microsoft", "Amazon", "Deloitte"],
    competencies: ["planning-scoping", "stakeholder-alignment"],
    guide: {
      strongAnswer: strong(
        "A strong answer lists the essential sections of a charter and spends the week talking to the sponsor, users and teams so the document reflects agreement, not assumptions.",
        [
          "**Contents:** problem and goal; success measures; scope and explicit non-goals; stakeholders and decision-makers (who decides what); high-level milestones; known risks, dependencies and constraints (budget, compliance); how the program will communicate.",
          "**Who to talk to:** the sponsor (goal and constraints), finance and employees who file expenses (pain points), IT and security, the current system's owners, procurement if a vendor is likely.",
          "**Keep it short:** two pages; it's a reference for decisions, not a full plan.",
          "**Open questions:** list them honestly with owners and dates, rather than guessing.",
        ],
      ),
      followUps: [
        "The sponsor and the CIO disagree on whether to build or buy. How does the charter handle that?",
        "Friday comes and you still don't know the budget. What do you send?",
        "Six weeks in, scope has quietly grown. How does the charter help?",
      ],
      pitfalls: ["Writing it alone at a desk.", "No non-goals, so scope grows unchecked."],
    },
    learn: {
      explainer:
        "A program charter is a short document that says why a program exists, what it will and won't do, how success is measured, who decides, and the main milestones and risks. Its value is the agreement it records: writing it forces the key conversations early, and later it settles arguments about scope.",
      terms: [
        ["Program charter", "A short founding document of a program: goal, scope, success, roles."],
        ["Non-goal", "Something explicitly out of scope."],
        ["Sponsor", "The senior person accountable for the program's success."],
      ],
      resources: [R.pmbok, R.tpmHandbook, R.workingBackwards],
    },
  },
  {
    slug: "psp-three-year-availability-plan",
    type: "program-execution",
    title: "A three-year plan from 99.5% to 99.99% availability",
    prompt:
      "Your company's main product runs at about 99.5% availability. To win large enterprise contracts, the CEO wants 99.99% within three years. Engineering leaders disagree on what it would take and some think it's impossible with the current architecture. You're asked to shape the multi-year program. How would you approach it?",
    difficulty: "HARD",
    tags: ["reliability", "long-term-planning", "availability", "strategy"],
    companies: ["Google", "Microsoft", "Salesforce"],
    competencies: ["planning-scoping", "metrics-delivery", "stakeholder-alignment"],
    guide: {
      strongAnswer: strong(
        "A strong answer translates the percentages into minutes of downtime, analyses where today's downtime comes from, and phases the program into steps with measurable targets, showing the cost of each step so leadership can decide how far to go.",
        [
          "**What it means:** 99.5% is about 3.6 hours a month; 99.99% about 4 minutes a month.",
          "**Where downtime comes from:** past incidents by cause (deployments, dependencies, capacity, single points of failure, data centre failures).",
          "**Phases:** year one, cheap wins (safer deploys, better detection, faster rollback) toward 99.9%; year two, architecture (redundancy, removing single points of failure, multi-zone); year three, multi-region for critical paths.",
          "**Define what's measured:** which user journeys, how availability is measured, per customer or overall.",
          "**Decision points:** the cost of each step and whether customers need 99.99% for everything or only core features.",
        ],
      ),
      followUps: [
        "A dependency you don't control (a payment provider) is at 99.9%. What does that do to your target?",
        "Year one ends at 99.8% instead of 99.9%. How do you report it and adjust?",
        "Engineering says the last step costs $10M. How do you help the CEO decide?",
      ],
      pitfalls: [
        "Treating the target as one big project instead of phases with evidence.",
        "Not translating percentages into downtime that people understand.",
      ],
    },
    learn: {
      explainer:
        "Availability is the share of time a service works for its users; each extra '9' cuts allowed downtime tenfold and usually costs much more than the last. Reaching a high target means measuring where downtime comes from, fixing the biggest causes first, and adding redundancy so single failures don't take the service down.",
      terms: [
        ["Availability", "The share of time a service is usable, often written as a percentage."],
        ["The nines", "Shorthand for availability: 99.9% is 'three nines'."],
        ["Single point of failure", "A part whose failure takes the whole service down."],
      ],
      resources: [R.sre, R.srw, R.ddia],
    },
  },
  {
    slug: "psp-single-date-for-nine-months",
    type: "program-execution",
    title: "The board wants one date for a nine-month program",
    prompt:
      "You're running a nine-month program to launch a new checkout in three countries. Two big unknowns remain: whether the tax engine vendor can support one country, and how long a bank certification takes. The CEO wants a single launch date for the board deck next week. What do you give the CEO, and how?",
    difficulty: "MEDIUM",
    tags: ["estimation", "uncertainty", "executive-communication"],
    companies: ["Amazon", "Stripe", "Shopify"],
    competencies: ["stakeholder-alignment", "planning-scoping", "dependency-risk"],
    guide: {
      strongAnswer: strong(
        "A strong answer gives a date the CEO can safely say, backed by a range and its assumptions, and a plan to narrow the uncertainty quickly, rather than a precise date that will probably move.",
        [
          "**Range with confidence:** 'most likely October; we're 80% confident of launching by November'.",
          "**What drives it:** the two unknowns, each with a date by which it will be resolved.",
          "**Board-safe wording:** a quarter or month rather than a day; or launch in two countries first with the third following.",
          "**Reduce uncertainty fast:** start vendor testing and certification paperwork now; both are on the critical path.",
          "**Keep updating:** as unknowns resolve, narrow the range and tell the CEO before the board asks.",
        ],
      ),
      followUps: [
        "The CEO says 'just give me a date, I'll hold you to it'. How do you respond?",
        "The bank certification comes back at four months instead of two. What do you tell the CEO?",
        "How would you present the risk without sounding like you're hedging?",
      ],
      pitfalls: ["Giving a single optimistic date to please the CEO.", "Refusing to commit to anything."],
    },
    learn: {
      explainer:
        "Early in a project, uncertainty is large and shrinks as questions are answered; this is often drawn as a cone. Communicating a date honestly means giving a range and a confidence level, naming what it depends on and when those unknowns will be resolved, and committing publicly to a date at the safe end of the range.",
      terms: [
        ["Cone of uncertainty", "The idea that estimates narrow as a project progresses."],
        ["P50 / P90", "Dates you are 50% or 90% confident of meeting."],
        ["Assumption", "Something a plan relies on that hasn't been confirmed."],
      ],
      resources: [R.softwareEstimation, R.tpmHandbook, R.highOutput],
    },
  },
];
