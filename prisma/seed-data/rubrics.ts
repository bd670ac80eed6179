import type { SeedRubric } from "./questions/seed-question";

/**
 * One rubric per interview type, calibrated for a Technical Program Manager hire
 * (not a software engineer). Descriptors describe what the candidate says or does
 * in the interview, so an interviewer can point to evidence for every score:
 * 1 = well below the bar, 2 = below, 3 = at the bar for a TPM hire, 4 = well above.
 * Keys must match COMPETENCY_KEYS; the weights of each rubric sum to 1.
 */
export const RUBRICS: SeedRubric[] = [
  {
    type: "system-design",
    title: "System design (TPM)",
    competencies: [
      {
        key: "requirements-scoping",
        name: "Requirements & scoping",
        description:
          "Pins down who the users are, what the system must do and how big it must be before designing. Turns vague asks into a short list of requirements with rough numbers.",
        weight: 0.15,
        descriptors: [
          "Starts drawing boxes straight away. Asks no clarifying questions, or designs for a different problem than the one asked.",
          "Asks a few questions but doesn't turn the answers into requirements. Gives no scale estimates, or gives numbers that are never used again.",
          "Names the main users and three to five core use cases, says what is out of scope, and estimates users, requests per second and storage. Those numbers visibly shape later choices.",
          "Finds the one requirement that drives the whole design (for example 'never double-book' or 'reads outnumber writes 100 to 1') and says so. Separates launch must-haves from later phases and re-scopes when the interviewer changes a constraint, saying which earlier decisions still hold.",
        ],
      },
      {
        key: "architecture",
        name: "Architecture",
        description:
          "Lays out a coherent high-level design: the main components, what each is responsible for, and how a request flows through them.",
        weight: 0.2,
        descriptors: [
          "Can't name the main components or what each one does, or one box called 'the server' does everything.",
          "Draws the familiar boxes (load balancer, service, database) but can't walk a request through them or say why each one exists.",
          "Walks the main request end to end through components with clear jobs and names the key APIs between them. Uses queues and background work where waiting isn't needed, and says why.",
          "Drops a component when asked whether it is needed and goes into detail only where a requirement demands it. Draws boundaries with ownership and failure isolation in mind, and evolves the diagram cleanly when requirements change.",
        ],
      },
      {
        key: "data-modeling",
        name: "Data & storage",
        description:
          "Decides what data is stored and in what shape, and picks storage that fits how the data is read and written and how consistent it must be.",
        weight: 0.15,
        descriptors: [
          "Doesn't discuss data, or says 'put it in a database' and stops there.",
          "Picks a database out of habit ('always SQL', 'NoSQL scales') without linking it to how the data is used. Key entities are missing.",
          "Lists the core entities and their key fields, chooses a store for each kind of data with a reason tied to reads, writes and consistency, and mentions indexes or how the data is split across machines.",
          "Designs around access patterns: partition keys, hot keys, retention and cheaper storage tiers for old data. Says exactly where strong consistency is needed, where 'eventually correct' is fine, and what each costs.",
        ],
      },
      {
        key: "scalability-reliability",
        name: "Scale & reliability",
        description:
          "Reasons about growth, bottlenecks and failure: what breaks first as load grows, what users see when a part fails, and how the system recovers.",
        weight: 0.2,
        descriptors: [
          "Ignores scale and failure; assumes every component always works.",
          "Offers generic fixes ('add more servers', 'add a cache') without naming a bottleneck. Doesn't discuss what happens when something fails.",
          "Uses their own numbers to find the likely bottleneck and addresses it (caching, replicas, sharding, queues). Names two or three failure modes, what users would see, and an availability target.",
          "Quantifies headroom and plans graceful degradation: what still works when a dependency is down. Covers multi-region or disaster recovery where the problem warrants it, and talks in terms of service-level objectives and blast radius.",
        ],
      },
      {
        key: "tradeoffs",
        name: "Trade-offs & judgement",
        description:
          "Makes explicit choices between real options and explains what each choice costs, risks and gives up in this particular context.",
        weight: 0.15,
        descriptors: [
          "Presents one design as the only answer and can't say what it gives up, even when asked.",
          "Mentions alternatives only when prompted. Trade-offs are textbook slogans, not tied to this problem.",
          "For two or three key decisions, names the options, picks one and states what is given up (consistency or latency, build or buy, cost or speed) for this product.",
          "Weighs reversibility, cost, team skills and time to market alongside the technology. Says what evidence would change their mind and which decisions can safely be deferred.",
        ],
      },
      {
        key: "rollout-operations",
        name: "Rollout & operations",
        description:
          "The TPM lens: how the system gets built and shipped across teams, migrated, monitored and run once it is live.",
        weight: 0.15,
        descriptors: [
          "No thought about launch; the answer ends at the diagram.",
          "Says 'launch it and monitor it' with no phases, metrics or rollback.",
          "Proposes a phased rollout (internal users, a small percentage, then a ramp) with key metrics, alerts and a rollback plan, and names the teams and dependencies involved.",
          "Orders milestones by risk, plans data migration and a period of running old and new side by side, sets launch gates with owners, and anticipates the operating load: on-call, runbooks and cost.",
        ],
      },
    ],
  },
  {
    type: "technical-depth",
    title: "Technical depth (TPM)",
    competencies: [
      {
        key: "fundamentals",
        name: "Technical fundamentals",
        description:
          "Understands how core systems work (networking, the web, operating-system and programming concepts such as concurrency and caching) well enough to explain them correctly.",
        weight: 0.2,
        descriptors: [
          "Uses terms incorrectly or can't explain basic concepts, such as what DNS does or what a server is.",
          "Knows the vocabulary, but explanations are vague or fall apart one level down ('the cache makes it faster' with no idea why).",
          "Explains core concepts correctly, one or two levels deep, with a concrete example, and is honest about where their knowledge ends.",
          "Connects layers (for example how connection setup and TLS add to page load time), anticipates edge cases and corrects a common misconception without being asked.",
        ],
      },
      {
        key: "databases-data",
        name: "Databases & data",
        description:
          "Understands indexes, transactions, replication and the main kinds of data store, and can apply them to a concrete scenario.",
        weight: 0.15,
        descriptors: [
          "Can't say what an index or a transaction is for.",
          "Knows definitions but can't apply them: suggests 'add an index' for every slow query, or can't explain how two users might both buy the last item.",
          "Explains indexes, transactions and replication along with what each costs, and chooses relational or non-relational storage from access patterns and consistency needs.",
          "Reasons through isolation problems, replication lag and partitioning in the scenario given, and says how they would check (query plans, metrics) before changing anything.",
        ],
      },
      {
        key: "code-query-literacy",
        name: "Code & query literacy",
        description:
          "Reads a short SQL query or a few lines of Python and says what they do, what they return and where they break: enough to check a dashboard's numbers or an engineer's explanation, without writing production code.",
        weight: 0.2,
        descriptors: [
          "Can't say what a short query or a dozen lines of code do, even line by line; guesses from the names of tables and variables.",
          "Reads the code line by line but can't say what it returns for a given input; misses the join that repeats rows or the loop that skips an item, even when pointed at it.",
          "Says in plain words what a short SQL query or Python function returns, traces it by hand on a small example the interviewer gives, and points to the line that goes wrong with an empty input, a NULL or a duplicate.",
          "Predicts the output for the edge cases before tracing them, proposes the smallest fix and a check that would have caught it (a test, a row count, a query against the raw table), and says what the bug means for numbers already reported.",
        ],
      },
      {
        key: "algorithms-complexity",
        name: "Algorithms & complexity",
        description:
          "Reasons about efficiency using Big-O and picks fitting data structures, in plain words rather than code.",
        weight: 0.15,
        descriptors: [
          "Can't compare the cost of two approaches; unfamiliar with Big-O.",
          "Recites the Big-O of a few operations but can't apply it to the problem or choose a data structure.",
          "Describes a workable approach in plain words, states its time and memory cost, and picks a suitable structure (hash map, heap, tree, graph) with a reason.",
          "Compares approaches at realistic data sizes (what fits in memory, what must be split across machines), finds the step that dominates and improves it.",
        ],
      },
      {
        key: "debugging-reasoning",
        name: "Debugging & reasoning",
        description:
          "Works through an unfamiliar technical problem methodically: forms hypotheses, names the evidence that would test them, and narrows down.",
        weight: 0.2,
        descriptors: [
          "Guesses one cause and sticks to it; no method.",
          "Lists possible causes but has no order to them and no way to test them.",
          "Ranks hypotheses by likelihood, names the data that would confirm or rule out each (logs, metrics, recent changes) and narrows down step by step.",
          "Separates stopping the bleeding from finding the root cause, reasons from the symptom ('only some users', 'only the slowest requests') to the likely layer, and proposes prevention.",
        ],
      },
      {
        key: "communication-clarity",
        name: "Clear explanation",
        description:
          "Explains technical ideas at the right level for the listener, whether an engineer or an executive, and checks they landed.",
        weight: 0.1,
        descriptors: [
          "Talks without reaching a point or uses terms without defining them; the interviewer has to ask what was meant more than once.",
          "Accurate in places but jumps between topics, and gives the same explanation again when asked to simplify or go deeper.",
          "Explains in order (what it is, how it works, what it costs), defines each term on first use, uses an analogy that fits and asks whether it landed.",
          "Gives a one-line summary and the engineering detail of the same idea when asked for each, and says where their analogy stops holding.",
        ],
      },
    ],
  },
  {
    type: "program-execution",
    title: "Program execution (TPM)",
    competencies: [
      {
        key: "planning-scoping",
        name: "Planning & scoping",
        description:
          "Turns a goal into a plan: scope, workstreams, milestones, owners, the critical path and what is explicitly out.",
        weight: 0.2,
        descriptors: [
          "Jumps to tasks or dates without understanding the goal; no structure.",
          "Produces a task list with dates but no milestones, critical path or definition of done.",
          "Clarifies the goal and constraints, breaks the work into workstreams and milestones with owners, identifies the critical path and gives an estimate with a stated buffer.",
          "Shapes scope to fit the date (a first release versus later phases), schedules early experiments where uncertainty is highest, and ties milestones to outcomes rather than outputs.",
        ],
      },
      {
        key: "dependency-risk",
        name: "Dependencies & risk",
        description: "Finds cross-team dependencies and risks early and manages them actively until they are retired.",
        weight: 0.25,
        descriptors: [
          "Doesn't mention dependencies or risks.",
          "Lists generic risks ('people might be off sick') with no likelihood, impact or mitigation.",
          "Maps the key cross-team dependencies, names the top risks with an owner, likelihood, impact and mitigation, and sets up a way to track them.",
          "Spots second-order dependencies (shared platforms, security or legal approvals, vendor lead times), tackles the biggest risk first and sets trigger points for switching to a contingency plan.",
        ],
      },
      {
        key: "stakeholder-alignment",
        name: "Stakeholder alignment",
        description:
          "Gets the right people agreeing on goals, decisions and trade-offs, and keeps each of them informed at the right level.",
        weight: 0.2,
        descriptors: [
          "Ignores stakeholders or assumes everyone agrees.",
          "Sends status updates but has no decision process; escalates everything or nothing.",
          "Identifies stakeholders and what each cares about, agrees who decides what (for example a RACI: who is Responsible, Accountable, Consulted, Informed), keeps a steady update rhythm and escalates with options.",
          "Anticipates disagreement and talks to people before the big meeting, tailors updates to each audience, and brings leaders clear options with a recommendation so they can decide quickly.",
        ],
      },
      {
        key: "metrics-delivery",
        name: "Metrics & delivery",
        description: "Defines what success and progress look like and tracks delivery with data, not optimism.",
        weight: 0.15,
        descriptors: [
          "No metrics; the work is 'done when it's done'.",
          "Tracks activity, such as tickets closed, but not outcomes; no launch criteria.",
          "Defines success metrics and launch criteria, tracks progress against milestones with a few health indicators and reports status honestly, with reasons for each red or amber.",
          "Uses leading indicators to spot a slip weeks early, ties program metrics to business outcomes and checks results after launch.",
        ],
      },
      {
        key: "course-correction",
        name: "Course correction",
        description:
          "Notices when a program goes off track and acts: re-plans, re-scopes or escalates, and says so openly.",
        weight: 0.2,
        descriptors: [
          "Doesn't recognise the problem, or hides it.",
          "Notices the slip late; the response is 'work harder' or move the date without analysis.",
          "Finds the root cause, lays out options (cut scope, add people, move the date, change approach) with their trade-offs, recommends one and communicates it.",
          "Acts on early warning signs, tells stakeholders about the slip before they find out themselves, and changes the process so the same slip doesn't happen again.",
        ],
      },
    ],
  },
  {
    type: "behavioral-leadership",
    title: "Behavioural & leadership (TPM)",
    competencies: [
      {
        key: "impact-scope",
        name: "Impact & scope",
        description:
          "Shows the size of what they changed: how many teams, users, money or time the work touched, and how the result was measured. The scope of the stories is what sets the level.",
        weight: 0.2,
        descriptors: [
          "Stories are about tasks (ran the meetings, kept the tracker) with no result; can't say who benefited or by how much.",
          "Gives a result without a number or a baseline ('it went much better'), or claims a scope that their own part in the story doesn't support.",
          "States the scope (teams, people, users, money or time involved), the result against a baseline and how it was measured, and which part of it came from their own actions.",
          "Picks stories whose scope matches the level sought (several teams or organisations), separates their effect from other causes, and names what still works differently because of it: a process, a platform or a decision others use.",
        ],
      },
      {
        key: "influence",
        name: "Influence without authority",
        description:
          "Gets people they don't manage to act, through data, relationships and shared goals rather than rank.",
        weight: 0.2,
        descriptors: [
          "The story shows no influence, or relies only on escalation or a manager's authority.",
          "Says 'I convinced them' without explaining how; the candidate's own part is unclear.",
          "Tells a specific story: understood the other side's incentives, brought data and a clear ask, and got a concrete change. Uses 'I' for their own actions, not 'we'.",
          "Influenced senior or sceptical people, changed approach when the first attempt failed, and left a lasting change in how teams work.",
        ],
      },
      {
        key: "conflict-resolution",
        name: "Handling conflict",
        description: "Deals with disagreement directly and fairly, and gets to a decision people can commit to.",
        weight: 0.1,
        descriptors: [
          "Avoids conflict, blames others, or describes winning at someone else's expense.",
          "Conflict ends by escalation or by one side giving in; little understanding of the other view.",
          "Describes the disagreement fairly, looks for the interests underneath each position, uses data or agreed criteria to decide and keeps the working relationship.",
          "Reaches a better outcome than either starting position, can argue the other person's view well, and puts something in place so the same conflict doesn't recur.",
        ],
      },
      {
        key: "ownership",
        name: "Ownership",
        description:
          "Takes responsibility for outcomes, including beyond their remit, follows through and owns mistakes.",
        weight: 0.15,
        descriptors: [
          "Blames circumstances or stops at 'not my job'.",
          "Does assigned work well but waits for direction when something falls between teams.",
          "Steps into gaps, drives to a result, and owns mistakes openly along with what they did about them.",
          "Fixes root causes and processes rather than symptoms, makes hard calls and says what they traded away, and leaves the team a lasting change (a review step, an alert, a checklist) so the problem does not come back.",
        ],
      },
      {
        key: "ambiguity",
        name: "Navigating ambiguity",
        description: "Makes progress when goals, owners or information are unclear, and creates clarity for others.",
        weight: 0.15,
        descriptors: [
          "Stalls, or waits for someone else to define the problem.",
          "Makes progress only once others clarify; brings little structure of their own.",
          "Frames the problem, states assumptions out loud, picks a sensible first step and revisits the plan as they learn.",
          "Creates clarity others adopt (a framing document, a decision, a plan), and balances speed with how reversible each choice is.",
        ],
      },
      {
        key: "communication",
        name: "Communication",
        description:
          "Tells a story the listener can follow (situation, their own actions, result) at a length that leaves time for follow-ups, and answers probing questions directly.",
        weight: 0.1,
        descriptors: [
          "The interviewer can't tell what happened or what the candidate did: answers a different question, or talks for ten minutes without reaching a result.",
          "Reaches the point only when prompted and spends most of the time on background; follow-up answers retell the story instead of answering the question.",
          "Sets the context in a minute or two, walks through their own actions in order, ends with the result, and answers follow-ups directly with a detail or a number when asked.",
          "Fits the telling to the question (short for a warm-up, deep for a probe), offers the detail the interviewer was about to ask for, and says plainly what they don't know or don't remember instead of filling the gap.",
        ],
      },
      {
        key: "growth-self-awareness",
        name: "Growth & self-awareness",
        description: "Reflects honestly on failures and feedback and shows how they changed as a result.",
        weight: 0.1,
        descriptors: [
          "Can't name a real failure, or the 'failure' is a disguised strength.",
          "Names a failure but the lesson is generic, with no sign of changed behaviour.",
          "Describes a real failure or hard feedback, their own part in it, a specific lesson and a later example of applying it.",
          "Names a pattern in their own behaviour (not a single incident), asks for feedback before it's offered, with an example, and shares their mistakes so others learn from them.",
        ],
      },
    ],
  },
  {
    type: "product-sense",
    title: "Product sense (TPM)",
    competencies: [
      {
        key: "goal-framing",
        name: "Goal & problem framing",
        description:
          "Before proposing anything, says what the product or business is trying to achieve and which problem is worth solving, and checks that framing with the interviewer.",
        weight: 0.2,
        descriptors: [
          "Starts listing features straight away; never says what the goal is or which problem the features solve.",
          "Repeats the prompt as the goal ('improve the app') without narrowing it, or states a goal and never uses it to choose between options.",
          "States the goal in a sentence or two (for example more new teams active in their first week, or fewer support contacts), names the problem in the way, asks one or two clarifying questions and says what is out of scope.",
          "Questions whether the stated goal is the right one and proposes a sharper one tied to the business (revenue, retention, cost), names the assumption the framing rests on, and goes back to the goal when choosing between options.",
        ],
      },
      {
        key: "user-understanding",
        name: "User understanding",
        description:
          "Identifies who the users are, splits them into meaningful groups and understands their real problems. For technical products the users are often developers or internal teams.",
        weight: 0.25,
        descriptors: [
          "Jumps to features with no user in mind.",
          "Names a generic user ('developers') with no segments or concrete pain points.",
          "Splits users into groups (for example first-time integrators versus large existing customers), picks a focus group with a reason, and walks through their journey and top pain points.",
          "Grounds pain points in evidence (support tickets, funnel drop-off, interviews), finds the underlying job behind the request, and distinguishes the person who buys from the person who uses.",
        ],
      },
      {
        key: "prioritization",
        name: "Prioritisation",
        description:
          "Generates options, chooses what to build first and explains why, including what is deliberately left out.",
        weight: 0.2,
        descriptors: [
          "Lists features with no order or reasoning.",
          "Orders features by gut feel or by whatever is easiest; no stated criteria.",
          "Generates several options, ranks them on explicit criteria such as impact and effort, and says what is cut and why.",
          "Sequences work by what unlocks what, commits to a focused but meaningful first version, and names the bets it makes and what would change the plan.",
        ],
      },
      {
        key: "success-metrics",
        name: "Success metrics",
        description:
          "Defines how we will know the product worked, with measures that reflect real user value and catch harm.",
        weight: 0.2,
        descriptors: [
          "No metrics, or only vanity metrics such as page views.",
          "Lists metrics that aren't tied to the goal; no baselines, targets or guardrails.",
          "Picks one primary metric tied to the user outcome, two or three supporting metrics and at least one guardrail (a metric that must not get worse), and says how each is measured.",
          "Anticipates how a metric could be gamed or mislead, sets targets from a baseline, and plans an experiment or staged rollout to prove impact.",
        ],
      },
      {
        key: "technical-feasibility",
        name: "Technical feasibility",
        description:
          "Grounds product ideas in what can be built and run, spotting constraints such as backward compatibility, latency, security and cost.",
        weight: 0.15,
        descriptors: [
          "Proposes things that can't be built, or ignores cost and effort entirely.",
          "Treats engineering as a black box; can't discuss effort or constraints.",
          "Names the key technical constraints and a rough effort for the main options, and shapes the solution to fit them.",
          "Uses how the system works to find a better product answer (for example one platform capability that unlocks several features) and weighs build versus buy and the long-term cost of maintaining it.",
        ],
      },
    ],
  },
  {
    type: "ai-ml",
    title: "AI/ML (TPM)",
    competencies: [
      {
        key: "ml-lifecycle",
        name: "ML lifecycle",
        description:
          "Understands the path from framing a problem through data, training, evaluation, deployment and monitoring, and how it differs from ordinary software delivery.",
        weight: 0.2,
        descriptors: [
          "Treats the model as a black box that 'learns'; names no stages.",
          "Names the stages but misses what is different about ML: dependence on data, retraining, and models degrading as the world changes.",
          "Walks the lifecycle for this problem, including whether ML is needed at all, a simple baseline to beat, retraining and monitoring.",
          "Plans for iteration loops and their timelines, and knows where ML programs usually slip (labelling, evaluation, infrastructure) and builds that into the plan.",
        ],
      },
      {
        key: "data-evaluation",
        name: "Data & evaluation",
        description:
          "Reasons about training data, labels and how a model is judged, both offline on test data and online with real users.",
        weight: 0.25,
        descriptors: [
          "Doesn't mention data quality or evaluation.",
          "Says 'measure accuracy' whatever the problem; no thought about where the data or labels come from.",
          "Identifies data sources and label quality issues, picks metrics that fit the problem (for example trading precision against recall) and separates offline evaluation from online experiments.",
          "Spots data leakage, sampling bias and rare-class problems, builds evaluation sets that reflect real use, and links model metrics to product metrics.",
        ],
      },
      {
        key: "ml-system-design",
        name: "ML system design",
        description:
          "Designs the system around the model: how features reach it, how predictions are served, latency and cost budgets, fallbacks and feedback loops.",
        weight: 0.2,
        descriptors: [
          "Describes a model with no system around it.",
          "Draws a generic architecture that ignores prediction latency, cost or how input data reaches the model.",
          "Chooses between real-time and batch predictions, designs the data pipelines, a fallback for when the model fails, and a latency and cost budget.",
          "Handles differences between training and live data, feedback loops, model versioning and rollback, and weighs a hosted model against building their own.",
        ],
      },
      {
        key: "responsible-ai",
        name: "Responsible AI",
        description:
          "Identifies fairness, privacy, safety and transparency risks for this use case and plans how to reduce them.",
        weight: 0.15,
        descriptors: [
          "Doesn't consider potential harm.",
          "Mentions 'bias' in general terms with no plan.",
          "Names specific harms and the groups affected, plans mitigations (data review, results broken down by group, human review, user controls) and involves privacy and legal partners.",
          "Builds responsible-AI checks into launch criteria and monitoring, weighs the trade-offs openly, and plans for misuse, including deliberate attempts to break the system.",
        ],
      },
      {
        key: "launch-risk",
        name: "Launch & risk management",
        description: "Plans how an ML feature ships safely and what happens when it misbehaves in production.",
        weight: 0.2,
        descriptors: [
          "Plans a single big launch with no safeguards.",
          "Mentions an A/B test but has no guardrails, rollback or owner.",
          "Plans a staged rollout with guardrail metrics, a kill switch, monitoring of quality and drift, and clear owners.",
          "Agrees launch gates with stakeholders up front, plans for the long tail (an incident process for model errors, user feedback loops) and communicates uncertainty honestly to leadership.",
        ],
      },
    ],
  },
  {
    type: "program-deep-dive",
    title: "Program deep dive (TPM)",
    competencies: [
      {
        key: "scope-complexity",
        name: "Scope & complexity",
        description:
          "Explains a program of real size clearly: the goal, the teams and systems involved, and what made it hard. The scope sets the level the story supports.",
        weight: 0.2,
        descriptors: [
          "Can't say what the program was for or how big it was; the story is a list of tasks.",
          "Describes the work but not why it was hard; numbers (teams, systems, money, dates) are missing or vague.",
          "States the goal, size (teams, systems, time, budget) and the two or three things that made it hard, and draws the moving parts on request.",
          "Makes the hardest part obvious within two minutes and shows why it needed a TPM: several organisations, conflicting goals or technical unknowns that others had failed to settle.",
        ],
      },
      {
        key: "technical-judgment",
        name: "Technical judgment",
        description:
          "Knows the architecture of the program well enough to explain the key technical decisions, the options considered and why one was chosen.",
        weight: 0.25,
        descriptors: [
          "Can't explain the system beyond names of teams; defers every technical question to 'the engineers'.",
          "Describes the system but can't say what the alternatives were or why the chosen one won.",
          "Explains two or three key technical decisions, the options weighed, the trade-off that settled each, and their own part in getting there.",
          "Answers a 'why not X?' follow-up with the cost and risk of X in this context, names what they would decide differently now, and connects technical choices to dates and risk.",
        ],
      },
      {
        key: "cross-team-leadership",
        name: "Cross-team leadership",
        description:
          "Shows how they aligned teams they didn't manage: decisions, escalations, disagreements and the mechanisms they built.",
        weight: 0.2,
        descriptors: [
          "Says 'we' throughout; their own part can't be told apart from the team's.",
          "Names meetings and status reports but no decision they drove or conflict they settled.",
          "Gives at least one concrete disagreement or escalation, what they did, and the mechanism (review, decision log, dependency tracker) that kept teams aligned.",
          "Shows a mechanism that outlived the program or that other teams adopted, and explains how they chose when to escalate and when to settle it themselves.",
        ],
      },
      {
        key: "outcomes-evidence",
        name: "Outcomes & evidence",
        description: "Ties the program to measured results and is honest about what was and wasn't achieved.",
        weight: 0.2,
        descriptors: [
          "No result given, or 'it launched' is the only outcome.",
          "Claims a result without a number or a way it was measured.",
          "Gives the measured outcome against the original goal, with how it was measured and what slipped.",
          "Separates the program's effect from other causes, names second-order effects (cost, on-call load, adoption) and what the organisation does differently because of it.",
        ],
      },
      {
        key: "reflection",
        name: "Reflection",
        description: "Looks back honestly: mistakes, what they learned and what they changed because of it.",
        weight: 0.15,
        descriptors: [
          "Names no mistake, or blames others for every setback.",
          "Names a mistake that is really a strength ('I cared too much') or a lesson with no change that followed.",
          "Names a real mistake of their own, its cost, and a specific change they made in later work.",
          "Shows a pattern: how the lesson changed how they plan or lead, with a later example where it paid off.",
        ],
      },
    ],
  },
];
