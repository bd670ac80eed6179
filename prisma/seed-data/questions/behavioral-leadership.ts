import { md, type SeedQuestion } from "./seed-question";
import { R } from "./learn-resources";

/**
 * Behavioural and leadership questions, answered as STAR stories
 * (Situation, Task, Action, Result). Original content written for MockLoop.
 */
export const BEHAVIORAL_LEADERSHIP_QUESTIONS: SeedQuestion[] = [
  {
    slug: "bl-influence-without-authority",
    type: "behavioral-leadership",
    title: "Getting another team to prioritise your work",
    prompt:
      "Tell me about a time you needed a team that didn't report to you to do work that wasn't on their plan. Why did they say no at first, what did you do to change that, and how did it end?",
    difficulty: "MEDIUM",
    tags: ["influence", "cross-team", "star"],
    companies: ["Amazon", "Google", "Meta"],
    competencies: ["influence", "ownership"],
    learn: {
      explainer:
        "TPMs rarely manage the people whose work they need. Influence comes from understanding the other team's goals, showing how the work helps them or the company, making it cheap to say yes, and escalating cleanly when a real priority conflict remains.",
      terms: [
        ["Influence without authority", "Getting people to act without being their manager."],
        ["Escalation", "Asking a shared leader to decide a priority conflict, with both sides' cases laid out fairly."],
        ["STAR", "Situation, Task, Action, Result: a structure for telling a work story."],
      ],
      resources: [R.crucialConversations, R.staffEngineer, R.tpmHandbook],
    },
    guide: {
      strongAnswer: md(
        "A strong STAR answer (Situation, Task, Action, Result) shows the candidate understood *why* the other team said no and changed the picture for them, rather than escalating first or asking louder. Listen for what the candidate did personally, in the first person.",
        "",
        "- **Real stakes, briefly**: what was at risk and for whom, in two or three sentences rather than five minutes of background.",
        "- **Understood the other team's incentives**: their goals, their roadmap pressure and what they were measured on.",
        "- **Made yes easier**: tied the ask to the other team's goals, shrank it, offered people or a phased approach, or brought data on the impact.",
        "- **Escalated deliberately, if at all**: agreed with the other lead to take the trade-off up together, instead of going around them.",
        "- **A concrete result**: what shipped, when, and with what effect, plus whether the relationship was stronger afterwards.",
        "- **Reflection**: what they would do earlier or differently next time.",
      ),
      followUps: [
        "What did the other team's lead think of you by the end?",
        "What would you have done if they'd still said no?",
        "What would you do differently now?",
        "How did you know your ask was worth more than whatever they dropped for it?",
      ],
      pitfalls: [
        "'We' all the way through, so it's unclear what the candidate did.",
        "The story is really about a VP forcing the other team to comply.",
        "No result, or a result with no evidence behind it.",
      ],
    },
  },
  {
    slug: "bl-engineering-leads-conflict",
    type: "behavioral-leadership",
    title: "Two engineering leads who couldn't agree",
    prompt:
      "Tell me about a time two engineering leads on your program strongly disagreed about a technical approach, and the disagreement was slowing the work down. How did you help them reach a decision, and what was your role, given you weren't the technical decision-maker?",
    difficulty: "HARD",
    tags: ["conflict", "decision-making", "engineering-partnership"],
    companies: ["Google", "Microsoft"],
    competencies: ["conflict-resolution", "influence"],
    learn: {
      explainer:
        "When two experts disagree, the TPM doesn't need to pick the technical winner, but does need a fair process: agree the criteria, lay the options side by side with evidence, name who decides and by when, and make sure everyone commits once it is decided.",
      terms: [
        ["Decision record", "A short written note of a decision, the options and why one was chosen."],
        ["Disagree and commit", "Supporting a decision fully after arguing for another one."],
        ["Decision owner", "The one person accountable for making a call."],
      ],
      resources: [R.crucialConversations, R.highOutput, R.staffEngineer],
    },
    guide: {
      strongAnswer: md(
        "A strong answer shows the candidate ran a fair process for the decision instead of picking a side on technical grounds they couldn't fully judge, and kept both leads' trust. The best answers bring the argument back to shared goals and agreed criteria.",
        "",
        "- **Met each lead one-to-one first**: to understand their position and what they were really worried about.",
        "- **Made the disagreement concrete**: wrote down the options and the criteria (time to deliver, running cost, risk, how easy it is to reverse), and found where the two actually differed, which is often an assumption rather than a value.",
        "- **Time-boxed it**: a design review, or a spike (a short experiment) to test the key assumption, with a decision date.",
        "- **Knew who decides**: an architect or engineering director owned the call if the leads couldn't agree, and the candidate brought it to them with both views stated fairly.",
        "- **Closed the loop**: the decision and its reasoning written down, and the lead whose option lost felt heard and committed.",
        "- **Result and relationship**: what happened to the program, and how the two leads worked together afterwards.",
      ),
      followUps: [
        "Which lead did you privately think was right? Did that affect how you ran the process?",
        "How did the lead whose approach wasn't chosen react?",
        "What would you do if the decision turned out to be wrong six months later?",
        "What would you do differently?",
      ],
      pitfalls: [
        "The candidate made the technical call themselves without the expertise or the authority.",
        "The conflict 'resolved' itself because one lead eventually gave up.",
        "Describing either lead dismissively, with no empathy for their position.",
      ],
    },
  },
  {
    slug: "bl-bad-news-to-executives",
    type: "behavioral-leadership",
    title: "Telling executives a program is off track",
    prompt:
      "Tell me about a time you had to tell senior leadership that a program you were running would miss a date or a goal they cared about. How did you prepare, what did you say, and how did they react?",
    difficulty: "MEDIUM",
    tags: ["executive-communication", "escalation", "transparency"],
    companies: ["Amazon", "Meta", "Microsoft"],
    competencies: ["communication", "ownership", "influence"],
    learn: {
      explainer:
        "Leaders would rather hear bad news early with options than late with excuses. A good message says what changed, the impact in their terms, the options with costs, a recommendation and what you need from them, in that order and in a few sentences.",
      terms: [
        ["Bottom line up front", "Starting with the conclusion, then the detail."],
        ["Red/amber/green status", "A simple signal of whether work is on track, at risk or off track."],
        ["Recovery plan", "The concrete steps, owners and new dates to get back on track."],
      ],
      resources: [R.crucialConversations, R.highOutput, R.tpmHandbook],
    },
    guide: {
      strongAnswer: md(
        "A strong answer shows the candidate raised the problem early, came with options and a recommendation, and kept their credibility because of how they handled it. Executives want no surprises, a clear ask and a plan.",
        "",
        "- **Timing**: raised it when the risk became real, not when the miss became certain, and explains the early signs that tipped them off.",
        "- **Preparation**: the cause, the impact in business terms, options with trade-offs, a recommendation and exactly what they needed from the executives.",
        "- **Bottom line first**: opened with the news in one sentence rather than building up to it.",
        "- **Ownership without blame**: including the candidate's own part in the slip.",
        "- **Follow-through**: what was decided, and whether the new date held.",
        "- **Reflection**: what they changed about status reporting so the next warning comes sooner.",
      ),
      followUps: [
        "When did you first suspect it would slip, and why didn't you raise it then?",
        "What was the hardest question an executive asked you?",
        "What did the engineering team think of how you represented them?",
        "Did the recovery plan work?",
      ],
      pitfalls: [
        "Watermelon status: green on the outside, red inside, until the week it went red.",
        "Bringing only the problem, with no options and no ask.",
        "Blaming another team or person for the slip.",
      ],
    },
  },
  {
    slug: "bl-failure-you-owned",
    type: "behavioral-leadership",
    title: "A program failure that was partly yours",
    prompt:
      "Tell me about a program or launch that failed or went badly, where a meaningful part of the failure was down to you. What happened, what did you do about it at the time, and what do you do differently now?",
    difficulty: "MEDIUM",
    tags: ["failure", "ownership", "learning"],
    companies: ["Amazon", "Google"],
    competencies: ["ownership", "growth-self-awareness"],
    learn: {
      explainer:
        "Interviewers ask about failure to see ownership and learning. A strong story names a real failure with real cost, your own share of it without excuses, what you did at the time, and a specific practice you changed afterwards.",
      terms: [
        ["Ownership", "Taking responsibility for results, including the parts that went wrong."],
        ["Blameless review", "Looking at how a failure happened to fix the system, not to punish people."],
        ["Lesson learned", "A change in how you work, not only an insight."],
      ],
      resources: [R.blamelessPostmortem, R.thanksFeedback, R.amazonLp],
    },
    guide: {
      strongAnswer: md(
        "Interviewers look for a real failure with real consequences, honest ownership of the candidate's own part, and a lasting change in how they work. The learning matters more than the failure.",
        "",
        "- **A genuine failure**: not a disguised success, and not one that was entirely someone else's fault.",
        "- **A clear personal contribution**: for example, 'I took the vendor's word on capacity instead of checking it myself.'",
        "- **What they did in the moment**: limited the damage, told the people affected, fixed what they could.",
        "- **A root cause beyond the obvious**: why their judgement or their process let it happen.",
        "- **A specific change in behaviour**, with an example of using it since.",
        "- **A calm, non-defensive telling.**",
      ),
      followUps: [
        "Who else was affected, and how did you repair those relationships?",
        "How do you know the change you made actually works?",
        "What would your manager at the time say about this?",
        "If the same situation started tomorrow, what would you do on day one?",
      ],
      pitfalls: [
        "Choosing a trivial failure or a success story in disguise.",
        "Blaming circumstances, other teams or leadership.",
        "A vague lesson like 'communicate more' with no specific change behind it.",
      ],
    },
  },
  {
    slug: "bl-ambiguous-goal",
    type: "behavioral-leadership",
    title: "Making progress when nobody had defined the problem",
    prompt:
      "Tell me about a time you were handed a vague goal, with no clear owner, no agreed definition of success, or conflicting ideas about what the problem even was. How did you turn it into something a team could execute, and what came of it?",
    difficulty: "HARD",
    tags: ["ambiguity", "scoping", "problem-framing"],
    companies: ["Google", "Meta", "Amazon"],
    competencies: ["ambiguity", "ownership"],
    learn: {
      explainer:
        "Senior TPMs are trusted with vague goals. Turning one into a plan means finding who cares and why, writing down the problem and a measure of success, proposing a first scope that can be tested, and getting someone with authority to agree.",
      terms: [
        ["Problem statement", "One or two sentences saying who has what problem and why it matters."],
        ["Success metric", "The number that will show whether the work helped."],
        ["Working backwards", "Starting from the desired customer outcome and planning back to today."],
      ],
      resources: [R.workingBackwards, R.staffEngineer, R.inspired],
    },
    guide: {
      strongAnswer: md(
        "A strong answer shows the candidate reducing ambiguity step by step: learning fast, writing things down, getting agreement on the problem and on what success means, and starting to deliver before everything was certain.",
        "",
        "- **An honest starting point**: what was unclear and why it mattered.",
        "- **Gathered context quickly**: talked to stakeholders and users, and looked at the data.",
        "- **Wrote it down**: a one-page problem statement with goals, non-goals and open questions, shared for comment.",
        "- **Got agreement** on what success looks like and who makes the final call.",
        "- **Delivered in slices**: a small first milestone to learn from, rather than waiting for a complete plan.",
        "- **Adjusted calmly** when new information changed the direction.",
      ),
      followUps: [
        "What did you decide not to do, and how did you get people to accept that?",
        "Who disagreed with how you framed the problem?",
        "How did you know you had enough clarity to start?",
        "Looking back, what would you have pinned down sooner?",
      ],
      pitfalls: [
        "Waiting for leadership to provide clarity instead of driving it.",
        "Jumping to a detailed plan before anyone agreed on the problem.",
        "A story where the 'ambiguity' was really just a busy week.",
      ],
    },
  },
  {
    slug: "bl-saying-no-senior-stakeholder",
    type: "behavioral-leadership",
    title: "Saying no to a senior stakeholder",
    prompt:
      "Tell me about a time a senior person, such as a director, a VP or an important customer, asked for something you believed was wrong for your program, like adding scope late or pulling a date in. How did you handle it, and what was the outcome?",
    difficulty: "MEDIUM",
    tags: ["stakeholder-management", "prioritisation", "pushback"],
    companies: ["Amazon", "Meta"],
    competencies: ["influence", "conflict-resolution", "ownership", "communication"],
    learn: {
      explainer:
        "Saying no to a senior person works best as 'here is what yes would cost'. Laying out the trade-off (date, quality, other commitments) in their terms, offering alternatives, and letting the right person decide keeps the relationship and the program intact.",
      terms: [
        ["Trade-off", "What you give up to get something else."],
        ["Scope creep", "Work added to a project bit by bit after it was planned."],
        ["Alternative proposal", "A different way to meet the person's real goal at lower cost."],
      ],
      resources: [R.crucialConversations, R.highOutput, R.tpmHandbook],
    },
    guide: {
      strongAnswer: md(
        "A strong answer shows 'no' as a trade-off conversation, not a refusal. The candidate understood the need behind the request, made the cost visible and offered alternatives, so the senior person could make an informed choice.",
        "",
        "- **Understood the underlying need**: why they wanted this, and why now.",
        "- **Put numbers on the trade-off**: what slips, or which risk grows, if the answer is yes.",
        "- **Offered options**: a smaller version, a later date, or swapping something else out.",
        "- **Picked the right setting**: one-to-one before a big meeting, so nobody was surprised in public.",
        "- **Knew when to disagree and commit**, and when to escalate instead.",
        "- **The outcome**, including the state of the relationship afterwards.",
      ),
      followUps: [
        "What if they had insisted anyway?",
        "How did the engineering team learn what was decided?",
        "Have you ever said no and later realised you were wrong?",
      ],
      pitfalls: [
        "Saying yes to everything and letting the team absorb it.",
        "A flat no with no options, framed as protecting the team.",
        "A story with no real difference in seniority, so it doesn't show the skill.",
      ],
    },
  },
  {
    slug: "bl-decision-incomplete-data",
    type: "behavioral-leadership",
    title: "Deciding before the picture was complete",
    prompt:
      "Describe a decision on one of your programs that couldn't wait for the analysis you'd have liked: a date, a vendor, a design or a launch. What was missing, what would waiting have cost, how did you judge the risk of being wrong, and how did you check afterwards whether it was the right call?",
    difficulty: "HARD",
    tags: ["decision-making", "risk", "judgement"],
    companies: ["Amazon", "Google"],
    competencies: ["ambiguity", "ownership", "growth-self-awareness"],
    learn: {
      explainer:
        "Many decisions must be made before all the facts are in. Good practice is to separate what you know from what you assume, judge how costly it would be to be wrong and how reversible the decision is, decide, and set a check-point to revisit.",
      terms: [
        ["Reversible decision", "A choice that can be undone cheaply, which can be made quickly."],
        ["Assumption", "Something treated as true for now that could turn out false."],
        ["Cost of delay", "What waiting for more information costs in time, money or customers."],
      ],
      resources: [R.amazonLp, R.highOutput, R.workingBackwards],
    },
    guide: {
      strongAnswer: md(
        "A strong answer shows judgement. The candidate knew why the decision couldn't wait, separated facts from assumptions, considered how easy the decision would be to undo, and set up ways to find out quickly if it was wrong.",
        "",
        "- **The cost of waiting**: a deadline, money, or a team sitting idle.",
        "- **Known vs assumed**: an explicit list of assumptions, and which ones mattered most.",
        "- **Reversibility**: a decision that's easy to undo deserves less analysis than one that isn't.",
        "- **The right people involved**: who was consulted, who decided, and how disagreement was handled.",
        "- **Guardrails**: checkpoints, metrics or triggers to revisit the decision.",
        "- **Outcome and honest hindsight**: was it right, and what did it teach them about their own judgement?",
      ),
      followUps: [
        "What single piece of information would have changed your decision?",
        "Who disagreed, and what did you do with their view?",
        "When did you find out whether you were right?",
        "Would you make the same call today?",
      ],
      pitfalls: [
        "A decision that carried no real risk.",
        "Hiding behind consensus: 'the team decided'.",
        "No way of noticing if the decision turned out to be wrong.",
      ],
    },
  },
  {
    slug: "bl-mentoring-a-colleague",
    type: "behavioral-leadership",
    title: "Helping a colleague grow",
    prompt:
      "Tell me about someone you mentored or coached, such as a new project manager, a junior colleague or someone moving into a new role. What did they need, what did you actually do, and how did they change?",
    difficulty: "EASY",
    tags: ["mentoring", "coaching", "leadership"],
    companies: ["Microsoft"],
    competencies: ["growth-self-awareness", "influence"],
    learn: {
      explainer:
        "Mentoring is helping someone else grow through advice, example and feedback. Strong stories show you diagnosed what the person needed, adapted how you helped, and can point to a change in what they could do on their own.",
      terms: [
        ["Mentor", "Someone who advises and supports another person's growth."],
        ["Coaching", "Helping someone find their own answer through questions rather than telling them."],
        ["Stretch assignment", "Work a little beyond someone's current ability, with support."],
      ],
      resources: [R.thanksFeedback, R.highOutput, R.staffEngineer],
    },
    guide: {
      strongAnswer: md(
        "A strong answer shows the candidate tailored their help to the person, let them do the work and grow rather than doing it for them, and can point to a real change in that person.",
        "",
        "- **The person's starting point and goals**, described with respect.",
        "- **A diagnosis**: what specifically they needed, such as confidence with engineers, structure, or a particular skill.",
        "- **The approach**: regular time, stretch tasks, specific and timely feedback, and room to lead and to fail safely.",
        "- **What the candidate learned** from mentoring.",
        "- **Evidence of change**: new responsibilities, feedback from others, or a project they ran on their own.",
      ),
      followUps: [
        "What was the hardest feedback you gave them, and how did you give it?",
        "What did you try that didn't work?",
        "How did you balance helping them with your own program commitments?",
      ],
      pitfalls: [
        "The candidate as the hero who fixed everything for the mentee.",
        "A generic 'my door was always open' story with no specific actions or outcome.",
      ],
    },
  },
  {
    slug: "bl-earning-engineering-trust",
    type: "behavioral-leadership",
    title: "Earning a skeptical engineering team's trust",
    prompt:
      "Tell me about a time you started working with an engineering team that was skeptical of you, perhaps because you didn't come from an engineering background or because they'd had bad experiences with program or project managers before. What did you do to earn their trust, and how did you know it had worked?",
    difficulty: "MEDIUM",
    tags: ["trust", "engineering-partnership", "career-switch"],
    companies: ["Google", "Meta", "Amazon"],
    competencies: ["influence", "growth-self-awareness", "ownership", "communication"],
    learn: {
      explainer:
        "Engineers trust people who understand their constraints, protect their time and do what they say. A TPM earns it by learning the system, removing real obstacles, making process light, and representing the team honestly upwards.",
      terms: [
        ["Credibility", "Others believing you know what you're talking about and will follow through."],
        ["Process overhead", "Time spent on meetings and reporting instead of the work itself."],
        ["Technical fluency", "Understanding a system well enough to follow and question engineers' reasoning."],
      ],
      resources: [R.staffEngineer, R.tpmHandbook, R.accelerate],
    },
    guide: {
      strongAnswer: md(
        "A strong answer shows the candidate earned credibility by being useful, learning the technical context seriously and protecting the team's time, not by pretending to be an engineer. It's an important question for anyone moving into a TPM role from another path.",
        "",
        "- **Names the skepticism honestly**: for example, the previous manager ran long status meetings that wasted everyone's time.",
        "- **Listened first**: one-to-ones, sat in on design reviews, asked good questions, and learned the architecture well enough to follow trade-offs.",
        "- **Removed friction early**: took on an annoying problem, such as a blocked dependency, a slow approval or a difficult vendor, and got it fixed.",
        "- **Cut overhead**: fewer meetings and written status, so engineers' time was respected.",
        "- **Was candid about gaps**: left technical calls to the engineers while owning the program.",
        "- **Evidence of trust**: engineers pulling them in early, asking for help, and giving honest estimates.",
      ),
      followUps: [
        "Give me an example of a technical concept you had to learn. How did you learn it?",
        "Was there a moment you lost some of that trust? What happened?",
        "What would the tech lead on that team say about you today?",
        "How do you handle an estimate you suspect is padded?",
      ],
      pitfalls: [
        "Claiming they 'just got technical' without saying how.",
        "Trying to earn trust by adding process or tracking engineers more closely.",
        "No evidence that anything actually changed.",
      ],
    },
  },
  {
    slug: "bl-missed-commitment",
    type: "behavioral-leadership",
    title: "A commitment you didn't keep",
    prompt:
      "Tell me about a time you personally committed to something, such as a date, a deliverable or a promise to another team, and didn't deliver it. When did you realise, what did you do next, and what happened to the relationship?",
    difficulty: "EASY",
    tags: ["accountability", "commitments", "communication"],
    companies: ["Amazon"],
    competencies: ["ownership", "growth-self-awareness"],
    learn: {
      explainer:
        "Everyone misses a commitment sometimes; what matters is noticing early, telling the people affected before they find out themselves, offering a recovery plan, and changing how you commit in future.",
      terms: [
        ["Commitment", "A promise others plan around, such as a date or deliverable."],
        ["Early warning", "Telling people about a risk while there's still time to act."],
        ["Buffer", "Time added to a plan for the unexpected."],
      ],
      resources: [R.crucialConversations, R.softwareEstimation, R.amazonLp],
    },
    guide: {
      strongAnswer: md(
        "A strong answer shows the candidate told the people affected early, owned it without excuses, limited the damage and rebuilt trust. Unlike a general failure story, the focus here is on the promise and the person relying on it.",
        "",
        "- **A specific commitment**: to whom, and why it mattered to them.",
        "- **Knew vs told**: the gap between realising and telling should be short.",
        "- **How they told them**: directly, early, with what they could still deliver and a realistic new date.",
        "- **Softened the impact**: workarounds, partial delivery or extra help for the other side.",
        "- **The root cause in how they committed**: overcommitting, not checking with their team, or dependencies they hadn't confirmed.",
        "- **What they changed** about how they make commitments now.",
      ),
      followUps: [
        "How did the other team react when you told them?",
        "Did you keep the new commitment?",
        "How do you decide today whether to commit to a date?",
      ],
      pitfalls: [
        "Telling the other team late, or letting them find out for themselves.",
        "Excuses about circumstances instead of owning the commitment.",
        "Picking a commitment nobody actually depended on.",
      ],
    },
  },
  {
    slug: "bl-remote-team-friction",
    type: "behavioral-leadership",
    title: "Friction across time zones and cultures",
    prompt:
      "Tell me about a time you worked with a team spread across countries or time zones where misunderstandings or friction were hurting the work. What was causing it, what did you change, and what was the result?",
    difficulty: "MEDIUM",
    tags: ["remote-work", "cross-cultural", "collaboration"],
    companies: ["Microsoft", "Google"],
    competencies: ["conflict-resolution", "influence", "growth-self-awareness", "communication"],
    learn: {
      explainer:
        "Distributed teams lose the quick corridor chats that fix small misunderstandings, and cultural differences in directness or hierarchy can read as rudeness or disengagement. Fixes are usually about written decisions, overlapping hours used well, and making expectations explicit.",
      terms: [
        ["Overlap hours", "The hours when people in different time zones are all working."],
        ["Asynchronous communication", "Working through written messages and documents rather than live meetings."],
        ["Working agreement", "A team's written rules on how it communicates and decides."],
      ],
      resources: [R.crucialConversations, R.staffEngineer, R.highOutput],
    },
    guide: {
      strongAnswer: md(
        "A strong answer finds the real cause, which is often unfair meeting times, decisions that were never written down, or different habits around disagreeing openly, rather than blaming a location. It shows practical changes that made the work fairer and clearer.",
        "",
        "- **Specific friction**: missed handoffs, one site always taking the 11 pm call, silence taken as agreement.",
        "- **Diagnosed by asking both sides**, not by assuming things about cultures.",
        "- **Practical changes**: rotating meeting times, written decisions and async updates, clean handoffs between time zones, and ownership split so work doesn't constantly change hands.",
        "- **Adapted their own style**: checking for agreement explicitly, or inviting disagreement one-to-one.",
        "- **A measurable result**: fewer delays, better engagement, or direct feedback from the team.",
        "- **Respectful language** about every group involved.",
      ),
      followUps: [
        "What did you learn about your own working style?",
        "How did you get quieter team members to raise problems?",
        "What did you do when one of your changes didn't help?",
      ],
      pitfalls: [
        "Stereotyping a country or culture.",
        "Fixing it with more meetings, all at one site's convenient time.",
        "A vague outcome such as 'things got better'.",
      ],
    },
  },
  {
    slug: "bl-hardest-feedback",
    type: "behavioral-leadership",
    title: "Feedback that stung, and what you did with it",
    prompt:
      "Think of something a colleague, manager or report told you about your work that stung when you heard it. What exactly was said, what was your honest first reaction, how did you work out whether it was fair, and what do you do differently today because of it?",
    difficulty: "EASY",
    tags: ["feedback", "self-awareness", "growth"],
    companies: ["Meta", "Google"],
    competencies: ["growth-self-awareness"],
    learn: {
      explainer:
        "Interviewers ask about feedback you found hard to hear to see whether you can take it in and change. A strong story is honest about your first reaction, shows how you tested whether the feedback was true, and names what you now do differently.",
      terms: [
        ["Feedback", "Information from others about how your actions affect them or the work."],
        ["Defensiveness", "Protecting yourself from criticism instead of listening to it."],
        ["Behaviour change", "A visible, lasting difference in what you do."],
      ],
      resources: [R.thanksFeedback, R.crucialConversations, R.amazonLp],
    },
    guide: {
      strongAnswer: md(
        "A strong answer shows genuine self-awareness: feedback that stung, an honest account of the first reaction, and a specific change in behaviour that other people noticed.",
        "",
        "- **Real, meaningful feedback**, not 'I care too much'.",
        "- **Honest about the first reaction**, and how they moved past defensiveness.",
        "- **Sought to understand it**: asked for examples and checked with people they trusted.",
        "- **Concrete actions**, and a way to check progress.",
        "- **Evidence of change**, ideally from later feedback by others.",
      ),
      followUps: [
        "Did you agree with the feedback? All of it?",
        "How do you ask for feedback now?",
        "Tell me about a time you gave someone feedback that was hard to hear.",
      ],
      pitfalls: ["Choosing trivial feedback to look good.", "Still sounding defensive about it in the telling."],
    },
  },
];
