import { R } from "./learn-resources";
import { strong, type SeedQuestion } from "./seed-question";

/**
 * Program deep dive (the "retrospective" round): the candidate brings a real
 * program they ran, and the interviewer digs into it from a different angle each
 * time. Questions name the angle; the program is the candidate's own.
 */
export const PROGRAM_DEEP_DIVE_QUESTIONS: SeedQuestion[] = [
  {
    slug: "pdd-most-complex-program",
    type: "program-deep-dive",
    title: "Walk me through the most complex program you've run",
    prompt:
      "Pick the most complex program you've led end to end. In five minutes, tell me what it was for, how big it was, and what made it hard. Then I'll ask you to sketch the main systems and teams involved, and we'll go deep on the parts I find most interesting.",
    difficulty: "MEDIUM",
    tags: ["deep-dive", "retrospective", "complexity"],
    companies: ["Meta", "Google", "Amazon", "Microsoft"],
    competencies: ["scope-complexity", "technical-judgment", "cross-team-leadership", "outcomes-evidence"],
    guide: {
      strongAnswer: strong(
        "A strong answer is organised and concrete: the goal and why it mattered, the size in numbers, the two or three hardest problems, the candidate's own role, and a measured outcome, all in about five minutes, leaving room for the interviewer to dig.",
        [
          "**Goal:** the business or customer problem and why it needed a program.",
          "**Size:** teams, people, systems, duration, budget, external parties.",
          "**What made it hard:** technical unknowns, conflicting priorities, fixed dates, legacy constraints.",
          "**Sketch:** a simple diagram of the main systems and how data or requests flowed, before and after.",
          "**Own role:** decisions and interventions that were theirs.",
          "**Outcome:** measured against the goal, including what slipped.",
        ],
      ),
      followUps: [
        "If I removed you from the program on day one, what would have gone differently?",
        "Which part of the architecture was riskiest, and how did you manage that risk?",
        "What would have happened if the program had been cut to half its budget?",
      ],
      pitfalls: ["A ten-minute monologue with no structure.", "Unable to sketch the systems involved."],
    },
    learn: {
      explainer:
        "In a program deep dive, the interviewer explores one real program you ran in depth, to judge your scope, technical understanding, leadership and results. Prepare one or two programs you can explain at several levels: a two-minute summary, a sketch of the systems, and the details of key decisions, conflicts and outcomes.",
      terms: [
        ["Deep dive", "An interview that explores one piece of your past work in depth."],
        ["Elevator summary", "A short version of the story that gives the shape before the detail."],
        ["Architecture sketch", "A simple diagram of the main systems and how they connect."],
      ],
      resources: [R.tpmHandbook, R.staffEngineer, R.storytellingData],
    },
  },
  {
    slug: "pdd-draw-before-and-after",
    type: "program-deep-dive",
    title: "Draw the system before and after your program",
    prompt:
      "Think of a program you led that changed a technical system. Draw the system as it was before, then as it was after: the main components, where data lives and how requests move. Then explain why the 'after' picture looks the way it does, and what you'd have drawn differently with hindsight.",
    difficulty: "MEDIUM",
    tags: ["deep-dive", "architecture", "whiteboard"],
    companies: ["Google", "Amazon", "Uber"],
    competencies: ["technical-judgment", "scope-complexity", "reflection"],
    guide: {
      strongAnswer: strong(
        "A strong answer produces two clear diagrams, explains the reasons for each structural change, connects them to the program's goals and constraints, and reflects honestly on what hindsight would change.",
        [
          "**Before:** the main components, data stores and flows; where the pain was (bottlenecks, coupling, single points of failure).",
          "**After:** what changed and why; what stayed the same deliberately.",
          "**Reasons:** each change tied to a goal (speed, reliability, cost, team independence) and a constraint (time, skills, legacy).",
          "**Transition:** how the system moved from before to after without breaking (phases, parallel running).",
          "**Hindsight:** a change they'd now make differently, with reasons.",
        ],
      ),
      followUps: [
        "Which box in the 'after' picture caused the most incidents in its first months?",
        "What did the engineers disagree about in this design, and how was it settled?",
        "If traffic grew ten times, which part of the 'after' picture would fail first?",
      ],
      pitfalls: ["Diagrams of team names rather than systems.", "Unable to say why the design changed."],
    },
    learn: {
      explainer:
        "TPMs are expected to understand the systems their programs change, well enough to draw them and explain the design choices. A before-and-after diagram shows the technical story of a program: what was painful, what changed, and why. Practising these diagrams out loud is one of the best ways to prepare.",
      terms: [
        ["Component", "A distinct part of a system with a clear job."],
        ["Coupling", "How much one part depends on another; tight coupling makes change hard."],
        ["Migration path", "The sequence of steps taken to move from the old design to the new one."],
      ],
      resources: [R.ddia, R.sdPrimer, R.tpmHandbook],
    },
  },
  {
    slug: "pdd-hardest-technical-decision",
    type: "program-deep-dive",
    title: "The hardest technical decision in your program",
    prompt:
      "In a program you led, what was the hardest technical decision, one where the options all had real costs? Tell me the options, who argued for each, what you did to get to a decision, what was chosen, and whether it was the right call in hindsight.",
    difficulty: "HARD",
    tags: ["deep-dive", "technical-decisions", "trade-offs"],
    companies: ["Meta", "Google", "Stripe"],
    competencies: ["technical-judgment", "cross-team-leadership", "reflection"],
    guide: {
      strongAnswer: strong(
        "A strong answer shows technical understanding of each option's costs, a deliberate process to decide, the candidate's own contribution, and honest reflection on the result.",
        [
          "**The decision:** what was at stake (dates, reliability, cost, future flexibility).",
          "**Options:** at least two, each with its technical trade-offs explained in the candidate's own words.",
          "**Process:** criteria agreed, evidence gathered (prototypes, load tests, cost models), decision owner, how dissent was handled, how it was written down.",
          "**Outcome:** what happened as a result, with evidence.",
          "**Hindsight:** whether they'd decide the same, and what signal they'd watch sooner.",
        ],
      ),
      followUps: [
        "What would have had to be true for the option you rejected to be right?",
        "How did you make sure you understood the technical details well enough?",
        "How did the people who argued for the other option react afterwards?",
      ],
      pitfalls: ["'The engineers decided' with no understanding of why.", "Only one real option presented."],
    },
    learn: {
      explainer:
        "Technical decisions in programs usually trade one good thing for another: speed against reliability, flexibility against simplicity, cost now against cost later. A TPM helps make them well by laying out the options, agreeing the criteria, gathering evidence, and recording the decision. Interviewers look for understanding of the trade-offs, not just the outcome.",
      terms: [
        ["Trade-off", "Giving up some of one thing to gain another."],
        ["Architecture decision record", "A short document describing a technical decision, options and reasons."],
        ["Prototype", "A quick, partial build to test an idea before committing."],
      ],
      resources: [R.staffEngineer, R.ddia, R.highOutput],
    },
  },
  {
    slug: "pdd-dependency-nearly-sank-it",
    type: "program-deep-dive",
    title: "The dependency that nearly sank your program",
    prompt:
      "Think of a program where something you depended on, another team, another company or a system you didn't control, nearly caused it to fail. Describe the dependency, when and how you realised it was in trouble, what you did, and what you changed in how you manage dependencies since.",
    difficulty: "MEDIUM",
    tags: ["deep-dive", "dependencies", "risk"],
    companies: ["Amazon", "Microsoft", "Apple"],
    competencies: ["cross-team-leadership", "scope-complexity", "reflection"],
    guide: {
      strongAnswer: strong(
        "A strong answer explains the dependency precisely, shows when warning signs appeared and how the candidate responded, includes the actions that recovered the situation, and names a lasting change in practice.",
        [
          "**The dependency:** what it was, who owned it, why the program needed it.",
          "**Warning signs:** what they saw and when; honest about signs they missed.",
          "**Response:** working with the owner, escalation, alternatives, plan changes.",
          "**Result:** how close it came, what it cost.",
          "**Change:** how they now track dependencies (contracts between teams, early integration, checkpoints).",
        ],
      ),
      followUps: [
        "At what point should you have escalated, looking back?",
        "What did the other team think of how you handled it?",
        "What would you have done if the dependency had failed completely?",
      ],
      pitfalls: ["Blaming the other team entirely.", "No change in practice afterwards."],
    },
    learn: {
      explainer:
        "Dependencies on other teams, vendors or systems are where cross-team programs most often fail, because the people doing that work have their own priorities. Strong TPMs make dependencies explicit, agree them with owners, integrate early to find problems, and escalate in time. Your deep-dive story should show how you learned to do this.",
      terms: [
        ["External dependency", "Something a program needs that is outside its direct control."],
        ["Early integration", "Connecting parts built by different teams as soon as possible to find problems."],
        ["Escalation point", "A pre-agreed moment or condition for asking leaders to intervene."],
      ],
      resources: [R.tpmHandbook, R.pmbok, R.mythicalManMonth],
    },
  },
  {
    slug: "pdd-inherited-in-trouble",
    type: "program-deep-dive",
    title: "A program you took over when it was already in trouble",
    prompt:
      "Tell me about a program you inherited part-way through, when it was already behind or in difficulty. What did you find in your first two weeks, what did you change first and why, and how did the program end?",
    difficulty: "MEDIUM",
    tags: ["deep-dive", "recovery", "inherited-program"],
    companies: ["Google", "Amazon", "Salesforce"],
    competencies: ["scope-complexity", "cross-team-leadership", "outcomes-evidence"],
    guide: {
      strongAnswer: strong(
        "A strong answer shows a structured diagnosis before action, a few targeted changes with reasons, and honest results, including resetting expectations with stakeholders.",
        [
          "**Diagnosis:** how they learned the state (people, plan, code, metrics), and the root causes they found.",
          "**First changes:** what, why, and what they chose not to change yet.",
          "**Reset:** a new plan and dates agreed with stakeholders, with the trade-offs.",
          "**Team:** how they earned trust from a tired or sceptical team.",
          "**Ending:** the outcome against the reset plan, and what they'd do differently.",
        ],
      ),
      followUps: [
        "What did the previous program manager get right that you kept?",
        "Who resisted your changes, and why?",
        "How did you decide whether the original goal was still the right one?",
      ],
      pitfalls: ["Blaming the predecessor.", "Changing everything at once."],
    },
    learn: {
      explainer:
        "Taking over a troubled program is common for TPMs. The first weeks are for diagnosis: listening to people, checking the real state of the work, and finding the root causes. Then a few high-impact changes, a reset plan that stakeholders agree to, and visible early progress to rebuild confidence.",
      terms: [
        ["Program reset", "Agreeing a new, realistic plan when the old one no longer holds."],
        ["Root cause", "The underlying reason a problem happens."],
        ["Quick win", "An early, visible improvement that builds confidence."],
      ],
      resources: [R.tpmHandbook, R.highOutput, R.phoenixProject],
    },
  },
  {
    slug: "pdd-how-you-measured-success",
    type: "program-deep-dive",
    title: "How did you know your program worked?",
    prompt:
      "Take a program you ran and tell me how its success was measured: what the goal was in numbers, the baseline, how the result was measured, and how you know the improvement came from your program and not something else. What do the numbers look like today?",
    difficulty: "EASY",
    tags: ["deep-dive", "metrics", "outcomes"],
    companies: ["Amazon", "Meta", "Google"],
    competencies: ["outcomes-evidence", "reflection"],
    guide: {
      strongAnswer: strong(
        "A strong answer gives a clear goal, a baseline, a measurement method, a thoughtful view of attribution, and the longer-term result.",
        [
          "**Goal:** a number agreed at the start (or honest that one wasn't, and what they used).",
          "**Baseline and result:** before and after, with dates.",
          "**Method:** how it was measured (experiment, dashboard, finance data) and by whom.",
          "**Attribution:** other factors considered; controls or comparisons used.",
          "**Today:** whether the gain lasted; second-order effects (cost, on-call load).",
        ],
      ),
      followUps: [
        "What metric did you track that turned out to be misleading?",
        "If the goal had been missed, what would you have done?",
        "Who else would claim credit for this result, and would they be right?",
      ],
      pitfalls: ["No baseline.", "Claiming all of a company-wide improvement."],
    },
    learn: {
      explainer:
        "A program's success should be measured against a goal set at the start, from a known baseline, with a method others would accept. Because many things change at once in a business, a good answer also explains why the change can be credited to the program, for example through an experiment or a comparison group.",
      terms: [
        ["Baseline", "The value of a measure before the program."],
        ["Attribution", "Deciding how much of a result was caused by the program."],
        ["Second-order effect", "An indirect consequence, such as higher running costs."],
      ],
      resources: [R.leanAnalytics, R.trustworthyExperiments, R.storytellingData],
    },
  },
  {
    slug: "pdd-run-it-again",
    type: "program-deep-dive",
    title: "If you ran that program again from day one",
    prompt:
      "Think about a program you've finished. If you could start it again tomorrow, with everything you know now, what would you do differently in the first month, in the middle, and at the end? Be specific about the mistakes, including your own.",
    difficulty: "EASY",
    tags: ["deep-dive", "reflection", "lessons-learned"],
    companies: ["Meta", "Google", "Microsoft"],
    competencies: ["reflection", "cross-team-leadership"],
    guide: {
      strongAnswer: strong(
        "A strong answer names real, specific mistakes (including the candidate's own), explains their cost, and describes concrete changes, ideally showing they've already applied those lessons elsewhere.",
        [
          "**First month:** for example, scoping, stakeholder mapping or an early integration they'd do differently.",
          "**Middle:** a decision or escalation they'd make earlier or differently.",
          "**End:** launch, handover or measurement.",
          "**Own mistakes:** clearly owned, not 'the team' or 'leadership'.",
          "**Applied since:** a later program where the lesson paid off.",
        ],
      ),
      followUps: [
        "Which of these mistakes cost the most, and how much?",
        "What would your engineering lead on that program say you should have done differently?",
        "Which lesson have you found hardest to apply since?",
      ],
      pitfalls: ["Only mistakes by others.", "Vague lessons ('communicate more')."],
    },
    learn: {
      explainer:
        "Reflection means looking back honestly at your own work to find what to do better. Interviewers value specific, owned mistakes with their cost and a lasting change in how you work, more than a flawless story. Keeping short notes after each program makes these answers easy to give.",
      terms: [
        ["Retrospective", "A structured look back at a piece of work to learn from it."],
        ["Lesson applied", "Evidence that a lesson changed later behaviour."],
        ["Hindsight bias", "Believing afterwards that an outcome was more predictable than it was."],
      ],
      resources: [R.thanksFeedback, R.blamelessPostmortem, R.tpmHandbook],
    },
  },
  {
    slug: "pdd-from-one-team-to-many",
    type: "program-deep-dive",
    title: "A program that grew from one team to many",
    prompt:
      "Tell me about a program that started small, with one team or one project, and grew to involve many teams or organisations while you were leading it. How did the way you ran it have to change as it grew, what broke along the way, and what structure did you end up with?",
    difficulty: "HARD",
    tags: ["deep-dive", "scaling", "program-structure"],
    companies: ["Amazon", "Google", "Meta"],
    competencies: ["scope-complexity", "cross-team-leadership", "reflection"],
    guide: {
      strongAnswer: strong(
        "A strong answer shows awareness of how coordination needs change with size, describes specific breakdowns and the structures introduced to fix them, and reflects on when they should have changed sooner.",
        [
          "**Growth:** from what to what (teams, people, organisations), and why it grew.",
          "**What broke:** communication, decisions, dependencies, planning cadence.",
          "**Structures:** workstreams with leads, a decision forum, written plans and interfaces between teams, a regular rhythm of reviews.",
          "**Own role change:** from doing to orchestrating; what they stopped doing.",
          "**Reflection:** the signal that should have triggered the change earlier.",
        ],
      ),
      followUps: [
        "What did you stop doing personally as the program grew?",
        "Which structure you added turned out to be unnecessary?",
        "How did you keep teams from different organisations aligned on priorities?",
      ],
      pitfalls: [
        "Running a ten-team program the same way as a one-team project.",
        "Adding process without saying what problem it solved.",
      ],
    },
    learn: {
      explainer:
        "As programs grow, coordination costs grow faster than the number of teams, so the way a program is run must change: workstreams with their own leads, clear decision forums, written interfaces between teams and a steady review rhythm. Knowing when to add structure, and when not to, is a mark of seniority.",
      terms: [
        ["Workstream", "A part of a program with its own lead and goals."],
        ["Operating rhythm", "The regular schedule of reviews and meetings that keeps a program on track."],
        ["Span of control", "How many people or teams one person can effectively coordinate."],
      ],
      resources: [R.highOutput, R.staffEngineer, R.mythicalManMonth],
    },
  },
  {
    slug: "pdd-risk-you-saw-coming",
    type: "program-deep-dive",
    title: "A risk you saw coming that still happened",
    prompt:
      "Tell me about a risk on one of your programs that you identified early, tracked, and that still turned into a real problem. Why didn't your mitigation work, what happened when it hit, and what do you do differently with risks like that now?",
    difficulty: "MEDIUM",
    tags: ["deep-dive", "risk-management", "reflection"],
    companies: ["Microsoft", "Amazon", "Apple"],
    competencies: ["reflection", "technical-judgment", "outcomes-evidence"],
    guide: {
      strongAnswer: strong(
        "A strong answer is honest about why risk management failed (mitigation too weak, too late, or not funded), shows a good response when the risk hit, and names a specific change in practice.",
        [
          "**The risk:** how it was identified, likelihood and impact as assessed then.",
          "**Mitigation:** what was done and why it wasn't enough (underestimated, deprioritised, depended on others).",
          "**When it hit:** the response and the cost.",
          "**Learning:** for example, turning mitigations into committed work with owners, earlier triggers, contingency plans ready to go.",
        ],
      ),
      followUps: [
        "Who decided not to fund a stronger mitigation, and would you challenge that differently now?",
        "Was the risk assessment wrong, or just unlucky?",
        "What early trigger would have helped?",
      ],
      pitfalls: ["Presenting it as pure bad luck.", "A risk that had no real consequences."],
    },
    learn: {
      explainer:
        "Identifying a risk is only the start; many risks still happen because mitigations are weak, late or never funded. Good practice turns mitigations into committed work with owners, sets triggers that show a risk is materialising, and prepares a contingency plan in advance.",
      terms: [
        ["Mitigation", "Action taken to make a risk less likely or less harmful."],
        ["Contingency plan", "A plan ready to use if a risk happens."],
        ["Risk trigger", "An observable sign that a risk is becoming real."],
      ],
      resources: [R.pmbok, R.tpmHandbook, R.softwareEstimation],
    },
  },
  {
    slug: "pdd-launch-week",
    type: "program-deep-dive",
    title: "Walk me through your program's launch week",
    prompt:
      "Take a program you launched and walk me through launch week day by day: how you decided it was ready, how the rollout was staged, what you watched, what the criteria for rolling back were, and what actually happened, including anything that went wrong.",
    difficulty: "EASY",
    tags: ["deep-dive", "launch", "rollout"],
    companies: ["Google", "Meta", "Amazon"],
    competencies: ["technical-judgment", "outcomes-evidence", "cross-team-leadership"],
    guide: {
      strongAnswer: strong(
        "A strong answer shows a disciplined launch: readiness criteria, staged rollout, clear monitoring and rollback criteria agreed in advance, clear roles, and an honest account of what happened.",
        [
          "**Readiness:** the criteria and review; who signed off.",
          "**Rollout:** stages (internal, small percentage, regions), timing and why.",
          "**Monitoring:** the metrics and dashboards watched, and who was on call.",
          "**Rollback criteria:** decided in advance, with who could make the call.",
          "**What happened:** issues found, how they were handled, and the result.",
        ],
      ),
      followUps: [
        "Was there a moment you almost rolled back? What decided it?",
        "Which team was least ready, and how did you know?",
        "What would you change in how you ran that week?",
      ],
      pitfalls: ["No rollback criteria.", "Launch as a single switch flipped for everyone."],
    },
    learn: {
      explainer:
        "Launches go better when decisions are made before launch day: what 'ready' means, how the rollout will be staged, what to watch and when to roll back. On the day, the team follows the plan, watches the agreed signals and acts on them without debate.",
      terms: [
        ["Staged rollout", "Releasing to a growing share of users in steps."],
        ["Rollback criteria", "Conditions, agreed in advance, that trigger undoing a launch."],
        ["Launch readiness", "The state of meeting all agreed conditions to launch."],
      ],
      resources: [R.sre, R.accelerate, R.tpmHandbook],
    },
  },
];
