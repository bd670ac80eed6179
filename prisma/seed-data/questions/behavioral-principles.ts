import { R } from "./learn-resources";
import { strong, type SeedQuestion } from "./seed-question";

/**
 * Behavioural questions: one per Amazon leadership principle (written in
 * MockLoop's own words, not the lists that circulate online), then the impact and
 * scope questions that decide the level a candidate is hired at.
 */
export const BEHAVIORAL_PRINCIPLES_QUESTIONS: SeedQuestion[] = [
  {
    slug: "beh-lp-customer-obsession",
    type: "behavioral-leadership",
    title: "One customer conversation that changed your plan",
    prompt:
      "Tell me about a time something you heard directly from a customer or user changed the direction of a program you ran, even though the dashboards or the team's instincts pointed another way. How did you find out, how did you convince others, and what changed for the customer as a result?",
    difficulty: "EASY",
    tags: ["customer-obsession", "amazon-lp", "user-research"],
    companies: ["Amazon", "Microsoft", "Airbnb"],
    competencies: ["influence", "ownership", "ambiguity", "impact-scope"],
    guide: {
      strongAnswer: strong(
        "A strong story shows the candidate seeking out customers rather than waiting for data, weighing one voice against aggregate evidence carefully, and changing a real plan with a measurable effect for customers.",
        [
          "**Situation:** a concrete program and what the data suggested.",
          "**Action:** how they heard the customer (they went to them), how they checked it wasn't a one-off (more interviews, support tickets, a quick analysis), and how they persuaded the team.",
          "**Result:** what changed for customers, with a number if possible, and what it cost the plan.",
          "**Level signal:** senior candidates build a habit or mechanism so the team hears customers regularly.",
        ],
      ),
      followUps: [
        "What if that customer had been your biggest account and their need conflicted with most other users?",
        "How did you know the one conversation wasn't misleading you?",
        "What do you do now, routinely, to stay close to users?",
      ],
      pitfalls: [
        "A story where 'the customer' is an internal stakeholder with no end user in sight.",
        "Changing course on one anecdote with no check.",
      ],
    },
    learn: {
      explainer:
        "Customer obsession means starting from what customers need and working backwards, rather than from what the team wants to build or what competitors do. In interviews, it is shown by stories where you sought out customers yourself, understood their problem deeply and changed something because of it.",
      terms: [
        ["Customer obsession", "Putting customers' needs at the start of decisions."],
        ["Working backwards", "Starting from the customer outcome and planning back to the work."],
        ["STAR", "Situation, Task, Action, Result: a way to structure the story."],
      ],
      resources: [R.amazonLp, R.workingBackwards, R.jtbd],
    },
  },
  {
    slug: "beh-lp-ownership-outside-remit",
    type: "behavioral-leadership",
    title: "Something broken that wasn't yours to fix",
    prompt:
      "Tell me about a problem outside your own program or team that was hurting the company, which everyone knew about and nobody owned. Why did you take it on, what did it cost you, and where did it end up?",
    difficulty: "MEDIUM",
    tags: ["ownership", "amazon-lp", "initiative"],
    companies: ["Amazon", "Google", "Stripe"],
    competencies: ["ownership", "influence", "ambiguity"],
    guide: {
      strongAnswer: strong(
        "A strong story shows the candidate acting like an owner of the company's outcome, not only their assigned scope, while being deliberate about their own commitments and about finding a permanent owner.",
        [
          "**The problem:** specific, with its cost to the company or customers.",
          "**Why them:** what made them step in, and how they protected their own deliverables.",
          "**Action:** what they did personally, who they brought in, and how they got a lasting owner rather than becoming the permanent fixer.",
          "**Result:** measurable improvement, and what happened after they stepped back.",
        ],
      ),
      followUps: [
        "What did you stop doing to make time for it?",
        "Did anyone see your involvement as overstepping? How did you handle that?",
        "When would you have decided not to take it on?",
      ],
      pitfalls: ["A story that is really part of the candidate's job.", "Heroics without a lasting fix or owner."],
    },
    learn: {
      explainer:
        "Ownership means acting on behalf of the whole company, not only your own job description, and never saying 'that's not my job' about a problem that hurts customers. Strong ownership stories also show judgment: fixing it in a way that lasts, usually by finding the right long-term owner.",
      terms: [
        ["Ownership", "Taking responsibility for outcomes beyond your assigned tasks."],
        ["Long-term owner", "The team or person accountable for something after the fix."],
        ["Scope", "The range of work and outcomes you are responsible for."],
      ],
      resources: [R.amazonLp, R.staffEngineer, R.workingBackwards],
    },
  },
  {
    slug: "beh-lp-invent-simplify",
    type: "behavioral-leadership",
    title: "A process you made simpler by taking things away",
    prompt:
      "Tell me about a process, tool or way of working that had become too complicated, which you simplified. What did you remove or replace, who objected, and how did you know afterwards that it was better?",
    difficulty: "EASY",
    tags: ["invent-and-simplify", "amazon-lp", "process-improvement"],
    companies: ["Amazon", "Atlassian", "Meta"],
    competencies: ["influence", "ownership"],
    guide: {
      strongAnswer: strong(
        "A strong story names what made things complicated, shows the candidate removing rather than adding, handles the people who relied on the old way, and measures the result.",
        [
          "**Before:** the cost of the complexity in time, errors or frustration, ideally measured.",
          "**Action:** what they cut or replaced, how they tested it, and how they brought along people who valued the old process.",
          "**Result:** time saved, fewer errors, adoption; and any downside they accepted.",
          "**Level signal:** simplifying for many teams, or inventing a new approach rather than tweaking.",
        ],
      ),
      followUps: [
        "What did you lose by simplifying, and was it worth it?",
        "Who liked the old process, and why?",
        "How did you stop it from growing complicated again?",
      ],
      pitfalls: ["Simplifying by adding a new tool on top.", "No evidence it was better afterwards."],
    },
    learn: {
      explainer:
        "Invent and simplify means looking for new ways of doing things and making them simpler. In programs, complexity builds up as steps, meetings and approvals are added and never removed. Good stories show what was removed, why it was safe, and the measured benefit.",
      terms: [
        ["Process debt", "Steps and approvals that remain long after their reason has gone."],
        ["Pilot", "Trying a change with one group before rolling it out."],
        ["Adoption", "How many people actually use a new way of working."],
      ],
      resources: [R.amazonLp, R.phoenixProject, R.accelerate],
    },
  },
  {
    slug: "beh-lp-are-right-a-lot",
    type: "behavioral-leadership",
    title: "A judgment call where the experts disagreed",
    prompt:
      "Tell me about an important call on a program where experts around you, engineers, analysts or leaders, gave you conflicting advice. How did you weigh their views, what did you decide, and how did you later find out whether you'd been right?",
    difficulty: "MEDIUM",
    tags: ["judgment", "amazon-lp", "decision-making"],
    companies: ["Amazon", "Google", "Microsoft"],
    competencies: ["ambiguity", "influence", "growth-self-awareness"],
    guide: {
      strongAnswer: strong(
        "A strong story shows a process for judgment: understanding why experts disagreed, seeking disconfirming evidence, deciding, and checking the outcome honestly, including being wrong.",
        [
          "**The disagreement:** what each side believed and why; the stakes.",
          "**Weighing:** what evidence they gathered, which assumptions they tested, whose track record they trusted and why.",
          "**Decision:** clear, with the reasoning written down and a way to detect if it was wrong.",
          "**Check:** what happened, and how it changed how they judge similar calls.",
        ],
      ),
      followUps: [
        "Looking back, which of the experts was closest to right, and why?",
        "What would have made you change your mind at the time?",
        "Tell me about a call you got wrong. What did you learn about your own judgment?",
      ],
      pitfalls: ["Claiming to always be right.", "Deciding by seniority instead of reasoning."],
    },
    learn: {
      explainer:
        "Being right a lot isn't about never being wrong; it's about good judgment: seeking out views that differ from yours, testing your own assumptions, deciding, and then checking honestly how it turned out. Interviewers look for the process and for self-awareness about past mistakes.",
      terms: [
        ["Judgment", "The ability to make good decisions with imperfect information."],
        ["Disconfirming evidence", "Facts that would show your belief is wrong."],
        ["Decision log", "A written record of decisions and reasons, useful for checking later."],
      ],
      resources: [R.amazonLp, R.highOutput, R.crucialConversations],
    },
  },
  {
    slug: "beh-lp-learn-be-curious",
    type: "behavioral-leadership",
    title: "A technical area you had to learn fast",
    prompt:
      "Tell me about a time a program required you to understand a technical area you knew little about, such as a database migration, a machine-learning model or a networking change. How did you learn it, how did you know you understood it well enough, and what difference did it make to the program?",
    difficulty: "EASY",
    tags: ["learning", "amazon-lp", "technical-growth"],
    companies: ["Amazon", "Google", "Meta"],
    competencies: ["growth-self-awareness", "ownership"],
    guide: {
      strongAnswer: strong(
        "A strong story shows deliberate learning (sources, people, practice), a test of understanding (explaining it back, predicting problems), and a concrete moment where the knowledge changed a decision.",
        [
          "**Gap:** what they didn't know and why it mattered.",
          "**How they learned:** reading, asking engineers to walk them through the system, shadowing, small experiments, a course.",
          "**Test:** could explain the trade-offs, asked questions engineers found useful, caught a risk.",
          "**Impact:** a risk spotted, a better plan, more credibility with the team.",
        ],
      ),
      followUps: [
        "What did you get wrong early on in your understanding?",
        "How do you decide how deep to go as a TPM?",
        "What are you learning right now, and why?",
      ],
      pitfalls: [
        "Vague 'I read a lot' without a concrete effect.",
        "Claiming expertise beyond what the story supports.",
      ],
    },
    learn: {
      explainer:
        "TPMs move between technical areas all the time, so learning fast is part of the job. Good learning stories show how you learned (people, reading, experiments), how you checked your understanding, and a moment when it changed a decision. Curiosity shows in the questions you ask.",
      terms: [
        ["Technical fluency", "Enough understanding to follow and question engineers' reasoning."],
        ["Learning plan", "A deliberate list of what to learn, from whom and by when."],
        ["Teach-back", "Explaining something back to an expert to check your understanding."],
      ],
      resources: [R.amazonLp, R.ddia, R.tpmHandbook],
    },
  },
  {
    slug: "beh-lp-hire-develop",
    type: "behavioral-leadership",
    title: "A candidate you saw differently from the rest of the panel",
    prompt:
      "Tell me about a time you were part of a hiring decision and disagreed with the others on the panel, either arguing against a candidate they liked or for one they doubted. What did you see that they didn't, how did you make your case, and how did it turn out?",
    difficulty: "MEDIUM",
    tags: ["hiring", "amazon-lp", "talent"],
    companies: ["Amazon", "Google", "Meta"],
    competencies: ["influence", "conflict-resolution", "growth-self-awareness"],
    guide: {
      strongAnswer: strong(
        "A strong story shows the candidate holding a high, consistent bar, basing their view on evidence from the interview rather than impressions, and persuading through specifics.",
        [
          "**Evidence:** what the candidate said or did that led to their view, tied to the role's needs.",
          "**Making the case:** in the debrief, with examples, open to being wrong.",
          "**Outcome:** the decision and, if hired, how the person did; honest if their call was wrong.",
          "**Level signal:** they improved how their team hires (better questions, calibration, interviewer training).",
        ],
      ),
      followUps: [
        "What do you do when you're the only dissenting voice and the hiring manager really wants the candidate?",
        "How do you avoid hiring people just like yourself?",
        "Tell me about someone you helped grow into a bigger role. What did you do?",
      ],
      pitfalls: ["Judging on 'culture fit' or gut feeling without evidence.", "No outcome or reflection."],
    },
    learn: {
      explainer:
        "Hiring well means holding a consistent bar, judging on evidence from the interview against what the role needs, and being willing to disagree in the debrief. Developing people means helping them grow into bigger roles. Both show you care about the long-term strength of the team, not only this quarter's work.",
      terms: [
        ["Hiring bar", "The standard a candidate must meet, kept consistent across candidates."],
        ["Debrief", "The meeting where interviewers share evidence and decide."],
        ["Calibration", "Making sure different interviewers judge to the same standard."],
      ],
      resources: [R.amazonLp, R.highOutput, R.workingBackwards],
    },
  },
  {
    slug: "beh-lp-highest-standards",
    type: "behavioral-leadership",
    title: "The launch you held back because it wasn't good enough",
    prompt:
      "Tell me about a time you refused to sign off on a launch or deliverable because its quality wasn't where it needed to be, while people above you wanted it out. What was wrong, how did you hold your position, and what happened?",
    difficulty: "MEDIUM",
    tags: ["quality", "amazon-lp", "launch"],
    companies: ["Amazon", "Apple", "Microsoft"],
    competencies: ["conflict-resolution", "ownership", "influence"],
    guide: {
      strongAnswer: strong(
        "A strong story shows a clear, evidence-based standard, courage under pressure, and judgment: holding back for real quality problems, offering options, and knowing when good enough is good enough.",
        [
          "**The gap:** specific quality issue and its risk to customers (data loss, security, broken flows), not polish.",
          "**Position:** what they said, to whom, with which evidence; options offered (smaller launch, date change, mitigations).",
          "**Outcome:** the decision, what was fixed, and the result after launch.",
          "**Reflection:** how they decide when standards are worth a delay.",
        ],
      ),
      followUps: [
        "Tell me about a time you let something ship that wasn't perfect. How did you decide?",
        "What if your VP had overruled you?",
        "How did you raise the standard for the team afterwards, not only for that launch?",
      ],
      pitfalls: ["Perfectionism with no customer impact behind it.", "Blocking without offering options."],
    },
    learn: {
      explainer:
        "Insisting on high standards means not passing on defects and continually raising the bar, even when it's inconvenient. For a TPM, it often means holding a launch that isn't ready, with evidence, while offering options. Judgment matters: standards should protect customers, not chase perfection.",
      terms: [
        ["Launch criteria", "Conditions that must be met before something ships."],
        ["Go/no-go", "The decision to launch or not, made against the criteria."],
        ["Quality bar", "The level of quality a team agrees is acceptable."],
      ],
      resources: [R.amazonLp, R.accelerate, R.crucialConversations],
    },
  },
  {
    slug: "beh-lp-think-big",
    type: "behavioral-leadership",
    title: "When you proposed something much bigger than you were asked for",
    prompt:
      "Tell me about a time you were given a narrow task and saw a much bigger opportunity behind it. What was the bigger idea, how did you get support for it, and how much of it became real?",
    difficulty: "MEDIUM",
    tags: ["vision", "amazon-lp", "strategy"],
    companies: ["Amazon", "Google", "Tesla"],
    competencies: ["influence", "ambiguity", "ownership", "impact-scope"],
    guide: {
      strongAnswer: strong(
        "A strong story shows the candidate seeing past the immediate ask, framing a bold idea in terms leaders care about, and making it real through a first concrete step rather than a slide.",
        [
          "**The ask and the opportunity:** what made them see more; the size of the prize.",
          "**Selling it:** a written proposal or narrative, data, allies, a first step that was low risk.",
          "**Outcome:** what was built, adopted or funded; honest about what didn't happen.",
          "**Level signal:** the idea changed direction for multiple teams or the business.",
        ],
      ),
      followUps: [
        "What part of the bigger idea did you have to give up, and why?",
        "How did you keep delivering the original task while pushing the bigger idea?",
        "What's an idea you had that was too big, and what did you learn?",
      ],
      pitfalls: ["Big vision with nothing delivered.", "Ignoring the original task."],
    },
    learn: {
      explainer:
        "Thinking big means creating and communicating a bold direction that inspires results, and looking for ways to serve customers that others haven't seen. Strong stories combine ambition with practicality: a clear case for the big idea and a first step that proved it.",
      terms: [
        ["Narrative memo", "A written document that explains an idea fully, used instead of slides at some companies."],
        ["Vision", "A clear picture of where something should be in the future."],
        ["First step", "A small, low-risk action that tests a bigger idea."],
      ],
      resources: [R.amazonLp, R.workingBackwards, R.inspired],
    },
  },
  {
    slug: "beh-lp-bias-for-action",
    type: "behavioral-leadership",
    title: "Starting before everything was approved",
    prompt:
      "Tell me about a time you started work, or made a change, before every approval or answer was in, because waiting would have cost too much. What made it safe enough to go ahead, how did you limit the downside, and what would you do differently?",
    difficulty: "MEDIUM",
    tags: ["bias-for-action", "amazon-lp", "risk"],
    companies: ["Amazon", "Uber", "Meta"],
    competencies: ["ambiguity", "ownership", "growth-self-awareness"],
    guide: {
      strongAnswer: strong(
        "A strong story shows calculated speed: understanding which decisions are reversible, acting on those quickly, limiting the downside, and keeping the people who should know informed.",
        [
          "**Cost of waiting:** concrete (a missed window, customers affected).",
          "**Why safe:** the action could be undone or was limited in scope; they told the approvers what they were doing.",
          "**Limits:** a small first step, checkpoints, a rollback plan.",
          "**Result and reflection:** what happened, and where they draw the line now.",
        ],
      ),
      followUps: [
        "What decision would you never take without approval, however slow it was?",
        "How did the people whose approval you didn't wait for react?",
        "Tell me about a time acting fast went wrong.",
      ],
      pitfalls: ["Recklessness presented as initiative.", "Going around people rather than keeping them informed."],
    },
    learn: {
      explainer:
        "Bias for action values speed in business: many decisions are reversible and don't need extensive study. The skill is telling those apart from one-way decisions, moving fast on the first kind while limiting risk, and keeping people informed. Good stories show that judgment, not just speed.",
      terms: [
        ["Two-way door", "A reversible decision that can be made quickly."],
        ["One-way door", "A decision that is hard to undo and needs care."],
        ["Calculated risk", "A risk taken knowingly, with its downside limited."],
      ],
      resources: [R.amazonLp, R.workingBackwards, R.highOutput],
    },
  },
  {
    slug: "beh-lp-frugality",
    type: "behavioral-leadership",
    title: "Delivering with less than you asked for",
    prompt:
      "Tell me about a time your program got less budget, fewer people or less time than you requested, and you still delivered what mattered. What did you change in the plan, what did you decide not to do, and what was the outcome?",
    difficulty: "EASY",
    tags: ["frugality", "amazon-lp", "resourcefulness"],
    companies: ["Amazon", "Walmart", "Google"],
    competencies: ["ownership", "ambiguity"],
    guide: {
      strongAnswer: strong(
        "A strong story shows resourcefulness and prioritisation: re-scoping around what mattered most, finding creative ways to do more with less, and being honest about what was given up.",
        [
          "**The constraint:** how much less, and what it threatened.",
          "**Re-planning:** what was cut, reused (existing tools, other teams' work), or simplified.",
          "**Outcome:** what was delivered and its value; what wasn't, and whether it mattered.",
          "**Reflection:** whether the constraint improved the result.",
        ],
      ),
      followUps: [
        "What did you give up that you still regret?",
        "How did you explain the reduced scope to stakeholders?",
        "When is frugality the wrong choice?",
      ],
      pitfalls: ["Delivering the same by overworking the team.", "Not naming anything that was cut."],
    },
    learn: {
      explainer:
        "Frugality means accomplishing more with less: constraints breed resourcefulness and invention. For a TPM, it shows up as re-scoping around what matters most, reusing what exists and being honest about trade-offs, not as squeezing people harder.",
      terms: [
        ["Re-scoping", "Changing what a program will deliver to fit its resources."],
        ["Reuse", "Using existing tools or components instead of building new ones."],
        ["Trade-off", "What you give up to get something else."],
      ],
      resources: [R.amazonLp, R.supplyChain, R.tpmHandbook],
    },
  },
  {
    slug: "beh-lp-earn-trust-hard-truth",
    type: "behavioral-leadership",
    title: "Telling a partner team their work was the problem",
    prompt:
      "Tell me about a time you had to tell another team, one you depended on and would keep working with, that their work was causing problems for your program. How did you prepare, what did you say, and what happened to the relationship?",
    difficulty: "MEDIUM",
    tags: ["earn-trust", "amazon-lp", "difficult-conversations"],
    companies: ["Amazon", "Microsoft", "Google"],
    competencies: ["conflict-resolution", "influence", "communication"],
    guide: {
      strongAnswer: strong(
        "A strong story shows candour with respect: facts rather than blame, listening to the other team's constraints, owning any part of the problem that was theirs, and a relationship that ended stronger.",
        [
          "**Preparation:** evidence of the impact; understanding the other team's pressures; choosing the right setting.",
          "**The conversation:** specific, about effects not people; asked for their view; agreed next steps.",
          "**Own part:** what their own team contributed to the problem.",
          "**Outcome:** the fix, and how the relationship changed over the following months.",
        ],
      ),
      followUps: [
        "What did you learn from their side that you hadn't known?",
        "What would you have done if they had denied it?",
        "How do you build trust with a team before there's a problem?",
      ],
      pitfalls: [
        "Escalating before talking to the team.",
        "A story where the other team was simply wrong and the candidate simply right.",
      ],
    },
    learn: {
      explainer:
        "Earning trust means listening, speaking candidly and treating others respectfully, and being self-critical even when it's awkward. Difficult conversations go better when they focus on facts and effects, invite the other side's view and include what you yourself contributed to the problem.",
      terms: [
        ["Candour", "Saying what you think honestly and directly."],
        ["Difficult conversation", "A discussion where stakes are high and views differ."],
        ["Blameless framing", "Describing a problem by its effects and causes, not by who is at fault."],
      ],
      resources: [R.amazonLp, R.crucialConversations, R.thanksFeedback],
    },
  },
  {
    slug: "beh-lp-dive-deep",
    type: "behavioral-leadership",
    title: "A green report that was hiding a problem",
    prompt:
      "Tell me about a time the reports, dashboards or status updates said everything was fine, but something made you dig deeper and you found a real problem. What made you suspicious, how did you investigate, and what did you find and do?",
    difficulty: "EASY",
    tags: ["dive-deep", "amazon-lp", "metrics"],
    companies: ["Amazon", "Meta", "Netflix"],
    competencies: ["ownership", "ambiguity"],
    guide: {
      strongAnswer: strong(
        "A strong story shows the candidate noticing when anecdotes and data disagree, investigating personally at the right level of detail, and turning the finding into action.",
        [
          "**Trigger:** a specific signal (a customer complaint, a number that was too smooth).",
          "**Investigation:** what they looked at themselves (raw data, logs, talking to engineers), not only what they asked others.",
          "**Finding:** what was really happening and its impact.",
          "**Action:** fixing the problem and the reporting that hid it.",
        ],
      ),
      followUps: [
        "How do you decide when to dig in yourself and when to trust your team?",
        "What would have happened if you hadn't dug in?",
        "How did you change the reporting afterwards?",
      ],
      pitfalls: [
        "Delegating the whole investigation and reporting the result.",
        "Micromanaging presented as diving deep.",
      ],
    },
    learn: {
      explainer:
        "Diving deep means staying connected to the details, auditing often, and being sceptical when metrics and anecdotes differ. Leaders who dive deep can tell when a status report is hiding something because they know the details well enough to notice.",
      terms: [
        ["Audit", "A careful check that what is reported matches reality."],
        ["Anecdote versus data", "A single story versus aggregated numbers; when they disagree, dig in."],
        ["Root cause", "The underlying reason a problem happened."],
      ],
      resources: [R.amazonLp, R.storytellingData, R.workingBackwards],
    },
  },
  {
    slug: "beh-lp-disagree-commit",
    type: "behavioral-leadership",
    title: "Committing fully to a decision you argued against",
    prompt:
      "Tell me about a time you argued hard against a decision on your program, lost the argument, and then had to carry it out. How did you make your case, what did you do once it was decided, and how did it turn out?",
    difficulty: "MEDIUM",
    tags: ["backbone", "disagree-and-commit", "amazon-lp"],
    companies: ["Amazon", "Microsoft", "Meta"],
    competencies: ["conflict-resolution", "influence", "growth-self-awareness"],
    guide: {
      strongAnswer: strong(
        "A strong story shows backbone (disagreeing clearly, with evidence, even when uncomfortable) and then full commitment, without 'I told you so' and without quietly undermining the decision.",
        [
          "**Disagreement:** what they believed, the evidence, who they told and how.",
          "**Decision:** why it went the other way; what they understood of the decider's reasons.",
          "**Commitment:** how they carried it out fully and presented it to their team.",
          "**Outcome:** whether they were right, and what they learned either way.",
        ],
      ),
      followUps: [
        "How did you present the decision to your team, who agreed with you?",
        "What would have made you escalate further instead of committing?",
        "If the decision proved wrong, what did you do?",
      ],
      pitfalls: ["Committing in name while dragging their feet.", "Never having disagreed with anyone senior."],
    },
    learn: {
      explainer:
        "Having backbone means challenging decisions you disagree with, respectfully and with evidence, even when it's uncomfortable. Once a decision is made, you commit wholly to it. Interviewers want to see both halves: the courage to argue, and the maturity to execute without resentment.",
      terms: [
        ["Disagree and commit", "Arguing your view, then fully supporting the decision once made."],
        ["Escalation", "Taking a disagreement to a more senior decision-maker."],
        ["Decision owner", "The person with authority to make the call."],
      ],
      resources: [R.amazonLp, R.crucialConversations, R.highOutput],
    },
  },
  {
    slug: "beh-lp-deliver-results",
    type: "behavioral-leadership",
    title: "The result you're proudest of, and what nearly stopped it",
    prompt:
      "Tell me about the program result you're proudest of, where something nearly derailed it along the way. What was the goal, what went wrong, what did you personally do to get it back, and what was the final result in numbers?",
    difficulty: "EASY",
    tags: ["deliver-results", "amazon-lp", "execution"],
    companies: ["Amazon", "Google", "Apple"],
    competencies: ["ownership", "ambiguity", "influence", "impact-scope"],
    guide: {
      strongAnswer: strong(
        "A strong story has a clear goal, a real obstacle, specific personal actions, and a measured result against the original goal.",
        [
          "**Goal:** with a number and a date.",
          "**Obstacle:** what nearly derailed it and why it was serious.",
          "**Actions:** what the candidate did (not 'we'), including hard calls like cutting scope or escalating.",
          "**Result:** measured, with what was and wasn't achieved.",
        ],
      ),
      followUps: [
        "What would you have done if the obstacle had proved impossible?",
        "What did you trade off to get there?",
        "What was the result six months later?",
      ],
      pitfalls: ["No number in the result.", "'We' throughout, so the candidate's part is unclear."],
    },
    learn: {
      explainer:
        "Delivering results means focusing on the key inputs and delivering them with the right quality and on time, and rising to the occasion despite setbacks. Strong results stories quantify the outcome, make the obstacle real and make the candidate's own actions clear.",
      terms: [
        ["Outcome", "The change achieved, ideally measured."],
        ["Setback", "An event that threatened the goal."],
        ["Input metric", "A measure of the things you control that drive the outcome."],
      ],
      resources: [R.amazonLp, R.workingBackwards, R.highOutput],
    },
  },
  {
    slug: "beh-lp-best-employer",
    type: "behavioral-leadership",
    title: "Making work better for the people on your program",
    prompt:
      "Tell me about a time you noticed that people on your program, engineers, support staff or contractors, were struggling: burning out, excluded, or stuck in a bad process. What did you notice, what did you change, and how did you know it helped?",
    difficulty: "EASY",
    tags: ["people", "amazon-lp", "wellbeing", "inclusion"],
    companies: ["Amazon", "Microsoft", "Salesforce"],
    competencies: ["ownership", "influence", "growth-self-awareness"],
    guide: {
      strongAnswer: strong(
        "A strong story shows the candidate paying attention to people's experience, not only the plan, acting on it even without line authority, and checking that things improved.",
        [
          "**Noticing:** specific signals (after-hours pages, one person doing all the on-call, remote people left out of decisions).",
          "**Action:** what they changed (rota, meeting times, scope, recognition), and who they enlisted.",
          "**Result:** evidence it helped, such as fewer pages, survey results, retention.",
          "**Balance:** how they handled the tension with delivery pressure.",
        ],
      ),
      followUps: [
        "The change cost the program some speed. How did you justify it?",
        "What if the person struggling didn't want attention drawn to it?",
        "What do you do on every program now because of this?",
      ],
      pitfalls: ["A story only about perks.", "No evidence the change helped."],
    },
    learn: {
      explainer:
        "Leaders are responsible for the experience of the people doing the work: a safe, fair and productive environment. As a TPM you influence on-call rotas, meeting times, workload and who is included in decisions. Strong stories show you noticed, acted and checked it helped.",
      terms: [
        ["Burnout", "Exhaustion from prolonged stress at work."],
        ["Psychological safety", "People feeling safe to speak up without fear of punishment."],
        ["Inclusion", "Making sure everyone can contribute and is heard."],
      ],
      resources: [R.amazonLp, R.highOutput, R.crucialConversations],
    },
  },
  {
    slug: "beh-lp-broad-responsibility",
    type: "behavioral-leadership",
    title: "Thinking about people outside the company your program affected",
    prompt:
      "Tell me about a time you considered how a program would affect people beyond your customers and company, such as communities, the environment, people misusing the product, or people who never signed up, and changed something because of it. What made you think of it, and what did the change cost?",
    difficulty: "HARD",
    tags: ["responsibility", "amazon-lp", "ethics"],
    companies: ["Amazon", "Google", "Meta"],
    competencies: ["ownership", "influence", "ambiguity", "impact-scope"],
    guide: {
      strongAnswer: strong(
        "A strong story shows the candidate looking beyond the immediate goal to second-order effects, raising them even when nobody asked, and influencing a real change at a real cost.",
        [
          "**Recognition:** who could be affected and how (privacy of non-users, energy use, abuse, accessibility).",
          "**Raising it:** with evidence; who they involved (legal, policy, trust and safety).",
          "**Change and cost:** what was changed and what it cost in time or money.",
          "**Outcome:** effect, and whether the practice stuck.",
        ],
      ),
      followUps: [
        "Who disagreed that it was worth the cost, and how did you handle it?",
        "How do you spot these effects early in a program?",
        "When would you accept a harm as the price of a launch?",
      ],
      pitfalls: ["A purely compliance story ('legal told us to').", "Abstract values with no change made."],
    },
    learn: {
      explainer:
        "As companies grow, their decisions affect people far beyond their customers: neighbours of a warehouse, people whose data is collected without an account, or the environment. This principle asks leaders to consider second-order effects and to leave things better. Programs can build in checks for accessibility, privacy, misuse and energy use.",
      terms: [
        ["Second-order effect", "A consequence of a consequence, often not intended."],
        ["Externality", "A cost or benefit felt by people outside a transaction."],
        ["Misuse", "Use of a product to cause harm, intended or not by its makers."],
      ],
      resources: [R.amazonLp, R.nistAiRmf, R.securityEngineering],
    },
  },
  {
    slug: "beh-scope-broadest-effort",
    type: "behavioral-leadership",
    title: "The broadest effort you've led, and what it needed you for",
    prompt:
      "Tell me about the broadest effort you've led, measured by the number of teams, organisations or companies involved. Describe its structure, your role, and a moment where, without you, it would have gone differently. What would you do differently if you ran it again?",
    difficulty: "HARD",
    tags: ["scope", "impact", "leveling", "leadership"],
    companies: ["Google", "Amazon", "Meta", "Microsoft"],
    competencies: ["impact-scope", "influence", "ownership", "ambiguity"],
    guide: {
      strongAnswer: strong(
        "This question sets level. A strong answer makes scope concrete (teams, people, money, duration), explains the structure the candidate put in place, and shows pivotal moments where their judgment changed the outcome.",
        [
          "**Scope in numbers:** teams, people, budget, time; dependencies outside the company.",
          "**Structure:** how the effort was organised (workstreams, leads, decision forums) and why.",
          "**Pivotal moment:** a specific decision, escalation or reframing that only they drove.",
          "**Level calibration:** TPM II usually one team to a few; Senior several teams within an organisation; Staff several organisations or company-wide, with strategy set by the candidate.",
          "**Reflection:** what they'd change, showing they learned at that scale.",
        ],
      ),
      followUps: [
        "How did you know what was going on across all those teams without drowning in detail?",
        "Which decision did you escalate, and which did you make yourself? Why?",
        "How did you know the effort needed a TPM at all?",
      ],
      pitfalls: [
        "Inflating scope (counting teams that were only informed).",
        "Describing the program but not their role in it.",
      ],
    },
    learn: {
      explainer:
        "Interviewers use scope questions to decide the level you're hired at. Scope is the size of what you lead: how many teams and organisations, how much money and time, how much ambiguity. Stories land best with concrete numbers, the structure you created to manage that size, and one moment where your judgment made the difference.",
      terms: [
        ["Scope", "The size and breadth of work you're responsible for."],
        ["Level", "The seniority a role is hired at, such as TPM II, Senior or Staff."],
        ["Workstream", "A part of a program with its own lead and goals."],
      ],
      resources: [R.staffEngineer, R.tpmHandbook, R.highOutput],
    },
  },
  {
    slug: "beh-scope-set-direction",
    type: "behavioral-leadership",
    title: "When you set the direction rather than executed it",
    prompt:
      "Tell me about a time you decided what a group of teams should work on for the next year or more, rather than delivering a plan someone else had set. How did you form the direction, how did you get leaders to adopt it, and how did it hold up?",
    difficulty: "HARD",
    tags: ["strategy", "scope", "leveling"],
    companies: ["Google", "Microsoft", "Amazon"],
    competencies: ["impact-scope", "ambiguity", "influence", "ownership"],
    guide: {
      strongAnswer: strong(
        "A strong answer shows strategic work: understanding the business and technical landscape, framing a few clear choices, writing them down, getting them adopted, and revisiting them as things changed.",
        [
          "**Inputs:** business goals, customer problems, technical constraints, what other teams were doing.",
          "**The direction:** a small number of choices, including what the teams would not do.",
          "**Adoption:** a written strategy, reviews with leaders, how disagreement was handled.",
          "**Holding up:** what happened over the year; what was revised and why.",
          "**Level signal:** this is typically Staff-level or above; Senior candidates may show it within one organisation.",
        ],
      ),
      followUps: [
        "Which option did you reject, and who championed it?",
        "How did you know the strategy was working six months in?",
        "What would you do if a new VP arrived and wanted a different direction?",
      ],
      pitfalls: ["Describing a roadmap someone else decided.", "A strategy with no explicit trade-offs."],
    },
    learn: {
      explainer:
        "Strategy is a set of choices about where to focus and what not to do, based on a clear view of the situation. At senior levels, TPMs are expected to shape direction, not only deliver it. Good strategy is written down, explains the trade-offs and is revisited as things change.",
      terms: [
        ["Strategy", "A coherent set of choices about where to focus and why."],
        ["Diagnosis", "A clear description of the situation a strategy responds to."],
        ["Roadmap", "A time-ordered plan of work that follows from a strategy."],
      ],
      resources: [R.staffEngineer, R.inspired, R.highOutput],
    },
  },
  {
    slug: "beh-scope-mechanism-that-outlived",
    type: "behavioral-leadership",
    title: "Something you built that others still use",
    prompt:
      "Tell me about a process, tool, review or planning practice you created that other teams adopted and that kept running after you moved on. What problem did it solve, how did it spread, and how do you know it's still working?",
    difficulty: "MEDIUM",
    tags: ["mechanisms", "scope", "leveling", "process"],
    companies: ["Amazon", "Google", "Stripe"],
    competencies: ["influence", "ownership", "impact-scope"],
    guide: {
      strongAnswer: strong(
        "A strong answer describes a mechanism (something that works without its creator's constant effort), its adoption beyond the candidate's own team, and evidence of lasting value.",
        [
          "**Problem:** recurring, costly, seen across teams.",
          "**Mechanism:** what it was (a launch checklist, a dependency review, a planning template, a dashboard) and why it worked without them.",
          "**Spread:** how it was adopted: pulled by others because it helped, or backed by leadership.",
          "**Evidence:** still in use, measured effect, changes others made to it.",
        ],
      ),
      followUps: [
        "What did you have to drop or change to get other teams to adopt it?",
        "How did you keep it from becoming bureaucracy?",
        "What's a mechanism you built that didn't last, and why?",
      ],
      pitfalls: [
        "Something that only worked while they personally ran it.",
        "No evidence of adoption beyond their team.",
      ],
    },
    learn: {
      explainer:
        "A mechanism is a repeatable process that produces a good outcome without relying on one person's effort or good intentions, such as a launch checklist or a weekly metrics review. Creating mechanisms that spread and outlast you is one of the clearest signs of senior impact.",
      terms: [
        ["Mechanism", "A complete, repeatable process with an owner and a way to check it works."],
        ["Adoption", "Other teams choosing to use something."],
        ["Good intentions", "What people rely on when there's no mechanism; they don't scale."],
      ],
      resources: [R.workingBackwards, R.amazonLp, R.staffEngineer],
    },
  },
  {
    slug: "beh-scope-changed-executive-mind",
    type: "behavioral-leadership",
    title: "Changing an executive's mind on a strategic call",
    prompt:
      "Tell me about a time you changed the mind of a director or executive on a decision that mattered to the business, such as a launch plan, an investment or an organisational change. What was their position, what did you bring them, and what happened?",
    difficulty: "HARD",
    tags: ["influence", "executives", "scope", "leveling"],
    companies: ["Google", "Amazon", "Meta"],
    competencies: ["influence", "conflict-resolution", "ambiguity", "communication"],
    guide: {
      strongAnswer: strong(
        "A strong answer shows influence at a senior level: understanding the executive's goals and constraints, bringing evidence and options framed in their terms, choosing the right moment and format, and respecting their authority.",
        [
          "**Stakes:** why the decision mattered and what the executive believed.",
          "**Understanding them:** what they cared about and why they held that view.",
          "**Case:** evidence, a short written argument, allies, options that met their goal differently.",
          "**Outcome:** the decision and its result; what they'd do if the executive hadn't moved.",
        ],
      ),
      followUps: [
        "What would you have done if they had said no?",
        "How did you make sure you weren't going around your own manager?",
        "Tell me about a time you tried this and failed.",
      ],
      pitfalls: ["Persuading through persistence rather than evidence.", "A decision with small stakes."],
    },
    learn: {
      explainer:
        "Influencing executives works when you start from their goals, bring clear evidence and options in their terms, and make it easy to decide. Short written documents, a recommendation up front and respect for their authority are more persuasive than long arguments.",
      terms: [
        ["Executive summary", "The conclusion and ask, written first, in a few sentences."],
        ["Stakeholder map", "Who cares about a decision, how much influence they have and what they want."],
        ["Pre-wiring", "Talking to key people individually before a decision meeting."],
      ],
      resources: [R.crucialConversations, R.highOutput, R.staffEngineer],
    },
  },
  {
    slug: "beh-scope-stopped-a-program",
    type: "behavioral-leadership",
    title: "The program you recommended stopping",
    prompt:
      "Tell me about a time you recommended stopping or drastically cutting a program or project that people had already invested in, perhaps your own. What convinced you, how did you make the case, and what happened to the people and the work?",
    difficulty: "HARD",
    tags: ["judgment", "scope", "leveling", "sunk-cost"],
    companies: ["Google", "Microsoft", "Amazon"],
    competencies: ["ambiguity", "influence", "growth-self-awareness"],
    guide: {
      strongAnswer: strong(
        "A strong answer shows judgment beyond execution: noticing that a program's case no longer holds, resisting sunk-cost thinking, making the case with evidence, and handling the people side with care.",
        [
          "**Signals:** changed assumptions, poor results, better alternatives.",
          "**Case:** what it would cost to continue versus stop; what could be salvaged.",
          "**Decision and people:** who decided, how the team was told, where they went, what was kept.",
          "**Outcome:** what the organisation did with the freed capacity; reflection on how it could have been caught earlier.",
        ],
      ),
      followUps: [
        "How did the team that had built it react, and what did you do about it?",
        "What could have told you earlier that it should stop?",
        "How do you build stopping points into programs now?",
      ],
      pitfalls: ["A story where stopping was obvious and uncontested.", "Ignoring the people affected."],
    },
    learn: {
      explainer:
        "Stopping a program that isn't working is one of the most valuable and hardest calls, because of sunk cost: the pull to continue because of what's already been spent. Senior leaders judge by future value, make the case with evidence, and care for the people whose work is stopped.",
      terms: [
        ["Sunk cost", "Money or effort already spent that can't be recovered and shouldn't drive decisions."],
        ["Kill criteria", "Conditions agreed in advance under which a project stops."],
        ["Opportunity cost", "What the people and money could do instead."],
      ],
      resources: [R.highOutput, R.staffEngineer, R.inspired],
    },
  },
  {
    slug: "beh-scope-growth-two-years",
    type: "behavioral-leadership",
    title: "How your work has changed in the last two years",
    prompt:
      "Compare how you worked two years ago with how you work now. What kinds of problems do you take on today that you didn't then, what do you do differently, and why do you think your recent work is at the level of the role you're applying for? Use one recent example.",
    difficulty: "EASY",
    tags: ["self-awareness", "leveling", "growth"],
    companies: ["Google", "Meta", "Stripe"],
    competencies: ["growth-self-awareness", "ownership"],
    guide: {
      strongAnswer: strong(
        "A strong answer shows self-awareness about growth in scope and approach, supported by a concrete example, and an honest view of what's still missing.",
        [
          "**Then versus now:** specific differences in scope, ambiguity, influence, technical depth.",
          "**Example:** a recent piece of work that demonstrates the new level.",
          "**Evidence:** feedback received, responsibilities given, outcomes.",
          "**Gaps:** what they're still working on, credibly.",
        ],
      ),
      followUps: [
        "What feedback pushed you to change the most?",
        "What would your manager say you still need to work on?",
        "What's one thing you did two years ago that you'd now consider a mistake?",
      ],
      pitfalls: ["Generic growth statements without an example.", "No gaps at all."],
    },
    learn: {
      explainer:
        "Levels differ mostly in scope (how big and ambiguous the problems are) and in how much you shape work versus follow a plan. Being able to describe your own growth honestly, with an example and remaining gaps, shows self-awareness and helps interviewers place you at the right level.",
      terms: [
        ["Career ladder", "A company's written description of expectations at each level."],
        ["Self-awareness", "Knowing your own strengths, weaknesses and effect on others."],
        ["Growth area", "A skill you're actively improving."],
      ],
      resources: [R.staffEngineer, R.thanksFeedback, R.tpmHandbook],
    },
  },
  {
    slug: "beh-scope-grew-org-capability",
    type: "behavioral-leadership",
    title: "Raising the capability of a whole group, not one person",
    prompt:
      "Tell me about a time you raised the skills or practices of a whole group, such as a team of program managers, several engineering teams or a function, rather than coaching one person. What was missing, what did you do, and how did you know the group had actually improved?",
    difficulty: "MEDIUM",
    tags: ["leadership", "scope", "capability-building"],
    companies: ["Amazon", "Microsoft", "Google"],
    competencies: ["influence", "ownership", "growth-self-awareness", "impact-scope"],
    guide: {
      strongAnswer: strong(
        "A strong answer diagnoses a group-wide gap, acts at scale (training, templates, reviews, community), and measures improvement in the group's results.",
        [
          "**Gap:** what the group couldn't do well and the evidence.",
          "**Action:** the approach chosen and why (a workshop series, a review practice, pairing, written guides).",
          "**Adoption:** how they got time and buy-in from managers.",
          "**Evidence:** better outcomes (fewer launch incidents, better estimates), not only attendance.",
        ],
      ),
      followUps: [
        "Who resisted, and why?",
        "How did you keep it going after the initial push?",
        "What would you do differently with a group twice the size?",
      ],
      pitfalls: ["Counting attendees as the result.", "A one-off training session."],
    },
    learn: {
      explainer:
        "Senior people multiply their impact by improving how whole groups work: shared practices, training, templates and reviews. The proof is in the group's results, not in how many people attended a session.",
      terms: [
        ["Force multiplier", "Someone whose work makes many others more effective."],
        ["Community of practice", "A group of people in the same role who share and improve practices."],
        ["Leading indicator", "An early measure that predicts a later outcome."],
      ],
      resources: [R.staffEngineer, R.highOutput, R.accelerate],
    },
  },
  {
    slug: "beh-scope-biggest-business-impact",
    type: "behavioral-leadership",
    title: "Your largest measurable business impact",
    prompt:
      "What is the largest measurable business impact you've driven, in revenue, cost, customers or risk reduced? Walk me through how it was measured, how much of it was down to your program rather than other factors, and what your own part was.",
    difficulty: "MEDIUM",
    tags: ["impact", "metrics", "leveling"],
    companies: ["Amazon", "Google", "Uber"],
    competencies: ["impact-scope", "ownership", "influence", "growth-self-awareness"],
    guide: {
      strongAnswer: strong(
        "A strong answer gives a number with its measurement method, honestly separates the program's effect from other factors, and makes the candidate's personal contribution specific.",
        [
          "**The number:** in business terms, with time frame.",
          "**Measurement:** how it was calculated (experiment, before-and-after with controls, finance's numbers).",
          "**Attribution:** other factors considered and how the program's share was estimated.",
          "**Own part:** decisions and actions that were theirs.",
        ],
      ),
      followUps: [
        "If I asked the finance team, would they give the same number?",
        "What other factors could explain the result?",
        "What was the impact one year later?",
      ],
      pitfalls: ["Claiming the whole company's result.", "A number with no method behind it."],
    },
    learn: {
      explainer:
        "Business impact is the measurable difference your work made, in money, customers, time or risk. Credible impact stories explain how the number was measured and how much was really due to the program, because many things change at once. Honesty about attribution earns more trust than a big number.",
      terms: [
        ["Attribution", "Deciding how much of a result was caused by a particular effort."],
        ["Counterfactual", "What would have happened without the program."],
        ["Run rate", "A yearly figure projected from recent results."],
      ],
      resources: [R.trustworthyExperiments, R.leanAnalytics, R.highOutput],
    },
  },
  {
    slug: "beh-scope-trade-off-across-orgs",
    type: "behavioral-leadership",
    title: "Trading one organisation's goal for the company's",
    prompt:
      "Tell me about a time two organisations' goals pulled in opposite directions, for example growth against reliability, or one product's launch against another's, and you drove a trade-off that was best for the company but cost one side. How did you frame it, who decided, and how did you handle the side that lost?",
    difficulty: "HARD",
    tags: ["trade-offs", "cross-org", "scope", "leveling"],
    companies: ["Google", "Meta", "Microsoft"],
    competencies: ["conflict-resolution", "influence", "ambiguity", "impact-scope"],
    guide: {
      strongAnswer: strong(
        "A strong answer frames the conflict at the level of company goals, makes costs and benefits comparable, gets the decision made by the right leader, and keeps the relationship with the side that lost.",
        [
          "**Conflict:** concrete goals and why both were legitimate.",
          "**Framing:** the company-level goal and a comparison both sides accepted as fair.",
          "**Decision:** who made it and how the candidate prepared it.",
          "**Aftermath:** what the losing side got (a later date, support, recognition), and the relationship afterwards.",
        ],
      ),
      followUps: [
        "How did you stay neutral if your own organisation was one of the sides?",
        "What did the losing side say about you afterwards?",
        "What would you do if the decision-maker avoided deciding?",
      ],
      pitfalls: ["Picking a side and calling it the company's view.", "Ignoring the people on the losing side."],
    },
    learn: {
      explainer:
        "At senior levels, the hardest conflicts are between groups that are each right about their own goals. Resolving them means lifting the discussion to what's best for the company, making the options comparable, and getting the decision from the leader who owns both. How you treat the side that loses shapes your ability to lead the next one.",
      terms: [
        ["Global optimum", "The best outcome for the whole company, not one part."],
        ["Local optimum", "The best outcome for one team, which may hurt others."],
        ["Escalation path", "The agreed route for taking a conflict to a decision-maker."],
      ],
      resources: [R.highOutput, R.crucialConversations, R.staffEngineer],
    },
  },
];
