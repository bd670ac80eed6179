import { R } from "./learn-resources";
import { strong, type SeedQuestion } from "./seed-question";

/**
 * AI/ML programs: the TPM's side of machine learning, where the hard part is
 * capacity, vendors, uncertainty, governance and launches rather than the model.
 */
export const AI_ML_PROGRAMS_QUESTIONS: SeedQuestion[] = [
  {
    slug: "aip-gpu-capacity-allocation",
    type: "ai-ml",
    title: "Six teams, one GPU cluster, and not enough of it",
    prompt:
      "Your company has a cluster of 512 GPUs for training models, shared by six teams. Every team says it needs more than half of it next quarter, new hardware won't arrive for five months, and two research leads have escalated to the CTO. You're asked to run the allocation. How would you approach it?",
    difficulty: "HARD",
    tags: ["capacity-planning", "gpu", "prioritisation", "ml-infrastructure"],
    companies: ["Google", "Meta", "Microsoft", "NVIDIA"],
    competencies: ["ml-lifecycle", "launch-risk", "ml-system-design"],
    guide: {
      strongAnswer: strong(
        "A strong answer turns a political fight into a transparent process: measure real use, tie requests to company priorities, allocate with quotas and a shared pool, and improve efficiency so the same hardware does more.",
        [
          "**Facts first:** current utilisation per team (GPUs reserved versus actually busy), job sizes, failed and idle jobs; requests in GPU-hours with the business outcome each enables.",
          "**Priorities:** leadership ranks the outcomes (a launch that earns revenue versus exploratory research); the TPM doesn't make that call alone but frames it.",
          "**Mechanism:** guaranteed quotas for committed work plus a pre-emptible shared pool; a scheduler that queues jobs; a monthly review.",
          "**Efficiency:** fix idle reservations, checkpoint long jobs so they can be paused, use smaller experiments before full runs, mixed precision, and off-peak scheduling.",
          "**Bridge options:** rent cloud GPUs for peaks, at a cost leadership signs off.",
        ],
      ),
      followUps: [
        "Utilisation data shows one team reserves 150 GPUs but uses 40. How do you handle that conversation?",
        "A launch-critical training run fails at day 9 of 10 because its job was pre-empted. What should change?",
        "The CTO asks for one slide to decide the quarter's split. What's on it?",
      ],
      pitfalls: [
        "Splitting equally or by who shouts loudest.",
        "Ignoring efficiency, which is often the biggest source of spare capacity.",
      ],
    },
    learn: {
      explainer:
        "Training modern models needs GPUs, specialised chips that are expensive and often scarce. Sharing a cluster fairly needs data on who actually uses what, priorities set by leadership, and a scheduler that enforces quotas. Much capacity is usually lost to idle reservations and failed jobs, so efficiency work can be worth as much as new hardware.",
      terms: [
        ["GPU", "A chip that does many calculations in parallel, used to train and run models."],
        ["Utilisation", "The share of time reserved hardware is actually doing work."],
        ["Pre-emptible job", "A job that may be paused or stopped to make room for higher-priority work."],
      ],
      resources: [R.mlDesign, R.highOutput, R.tpmHandbook],
    },
  },
  {
    slug: "aip-llm-vendor-or-self-host",
    type: "ai-ml",
    title: "Buy a hosted model API or run an open model ourselves?",
    prompt:
      "Your product will add AI-generated answers for 20 million monthly users. One option is a hosted model from a large AI vendor, paid per use; the other is running an open-weight model on your own cloud GPUs. Security, finance and the ML team all have opinions. How would you structure the decision, and what would you need to know?",
    difficulty: "MEDIUM",
    tags: ["llm", "vendor-selection", "build-vs-buy", "cost"],
    companies: ["Amazon", "Salesforce", "Adobe"],
    competencies: ["ml-system-design", "launch-risk", "data-evaluation"],
    guide: {
      strongAnswer: strong(
        "A strong answer sets decision criteria with the stakeholders, tests both options on the same evaluation set, and models cost at realistic volumes, including people and operations, not only per-call prices.",
        [
          "**Criteria:** quality on our tasks, latency, cost at expected and peak volume, data handling (is our data used for training? where is it processed?), reliability and support, lock-in and ability to switch.",
          "**Evaluate:** the same set of real prompts through both; grade quality blind.",
          "**Total cost:** hosted is per token; self-hosting is GPUs reserved for peak plus an on-call team, upgrades and security work.",
          "**Risk:** vendor outages and price changes versus our own capacity and skills; a thin internal layer so the model can be swapped.",
          "**Decision:** a recommendation with a review date, since prices and models change quickly.",
        ],
      ),
      followUps: [
        "Legal says customer data may not leave the EU. How does that change the options?",
        "The vendor doubles its price a year after launch. How would your design have prepared for that?",
        "The open model is 10% worse but 60% cheaper at our volume. Who decides and how?",
      ],
      pitfalls: ["Comparing per-call prices only.", "Choosing without testing both on our own tasks."],
    },
    learn: {
      explainer:
        "Companies can use AI models through a vendor's API, paying per use, or run an openly available model on their own hardware. Hosted models are quick to start and improve without effort; self-hosting gives control over data and cost at large scale but needs a team to run it. The choice depends on quality on your tasks, data rules, volume and skills.",
      terms: [
        ["Open-weight model", "A model whose trained parameters are published so anyone can run it."],
        ["Total cost of ownership", "All costs over time, including people and operations, not just the price."],
        ["Vendor lock-in", "Being tied to a supplier because switching would be costly."],
      ],
      resources: [R.aiEngineering, R.mlDesign, R.vendorContracts],
    },
  },
  {
    slug: "aip-model-governance-inventory",
    type: "ai-ml",
    title: "Nobody knows how many models we run or who owns them",
    prompt:
      "A bank's risk committee asks how many machine-learning models are in production, what decisions they influence and who is accountable for each. Nobody can answer: models are spread across a dozen teams, some built by people who have left. You're asked to set up model governance within six months without stopping the teams' work. How would you go about it?",
    difficulty: "MEDIUM",
    tags: ["model-governance", "compliance", "risk", "ml-ops"],
    companies: ["JPMorgan Chase", "Capital One", "Microsoft"],
    competencies: ["responsible-ai", "launch-risk", "ml-lifecycle"],
    guide: {
      strongAnswer: strong(
        "A strong answer starts with a light inventory, classifies models by risk, and applies heavier controls only where the stakes are high, building the process into how teams already ship.",
        [
          "**Inventory:** a short form per model (purpose, decisions it affects, owner, data used, last validated), found by surveying teams and scanning deployment systems for model-serving endpoints.",
          "**Risk tiers:** models affecting credit, fraud blocks or customers' money get the most scrutiny; internal forecasting less.",
          "**Controls by tier:** documentation (model cards), independent validation before launch, monitoring of performance and fairness, periodic review, named accountable owner.",
          "**Orphans:** models without owners get assigned, retired or replaced.",
          "**Make it stick:** registration is part of the deployment pipeline, so an unregistered model can't ship; report to the risk committee quarterly.",
        ],
      ),
      followUps: [
        "A team says the process will slow their weekly model updates. How do you respond?",
        "You find a model nobody owns that influences credit limits. What do you do this week?",
        "A new regulation requires explaining automated decisions to customers. What changes for high-risk models?",
      ],
      pitfalls: [
        "Heavy process applied equally to every model.",
        "An inventory spreadsheet that's out of date the month after it's made.",
      ],
    },
    learn: {
      explainer:
        "Model governance means knowing which models you run, what they decide, who is accountable for them, and checking they keep working fairly and safely. Regulated industries like banking require it. A practical approach sorts models by risk and puts the heaviest checks on those that affect people's money or rights.",
      terms: [
        ["Model inventory", "A register of every model in use, its purpose and owner."],
        ["Model validation", "An independent check that a model works as claimed before and during use."],
        ["Model card", "A short document describing a model's purpose, data, performance and limits."],
      ],
      resources: [R.nistAiRmf, R.mlDesign, R.tpmHandbook],
    },
  },
  {
    slug: "aip-research-uncertain-roadmap",
    type: "ai-ml",
    title: "Put a date on a project that might not work",
    prompt:
      "Leadership wants a date for launching automatic defect detection on the factory line. The ML team says they don't yet know whether the camera images are good enough for a model to reach the accuracy the factory needs, and it might take three months or never work. Sales has already mentioned it to a customer. How would you plan and communicate this program?",
    difficulty: "MEDIUM",
    tags: ["planning", "uncertainty", "ml-lifecycle", "stakeholders"],
    companies: ["Amazon", "Siemens", "Tesla"],
    competencies: ["ml-lifecycle", "launch-risk", "data-evaluation"],
    guide: {
      strongAnswer: strong(
        "A strong answer replaces one uncertain date with stages and decision points: a short feasibility phase with a clear success bar, then a build phase with a date that becomes reliable once feasibility is proven.",
        [
          "**Define success:** the accuracy the factory needs, in their terms (missed defects per thousand, false alarms per shift).",
          "**Feasibility phase:** four to six weeks, with a go/no-go: can a model on current images get close? If not, what would help (better cameras, lighting)?",
          "**Plans per outcome:** if yes, a delivery plan with dates; if partly, a narrower launch (one defect type, human confirmation); if no, stop or invest in hardware.",
          "**Communicate:** dates as ranges with confidence; explain to sales what can be promised now; update at each gate.",
          "**Parallel work:** integration with the line, data collection and labelling can start without waiting.",
        ],
      ),
      followUps: [
        "The feasibility phase ends at 80% of the needed accuracy. What do you recommend?",
        "Sales promised the customer a date anyway. How do you handle it?",
        "How would you tell the ML team's progress is real during the feasibility phase?",
      ],
      pitfalls: [
        "Giving a single date to satisfy leadership.",
        "Letting research run open-ended with no decision point.",
      ],
    },
    learn: {
      explainer:
        "Some projects can't be estimated until you've learned whether they are possible at all, which is common in machine learning. Stage gates split the work into a short, time-boxed phase that answers the big unknown and a later phase whose plan depends on the answer. Dates become firmer as uncertainty shrinks, and stakeholders see exactly when and how.",
      terms: [
        ["Feasibility study", "A short piece of work to find out whether something can be done."],
        ["Stage gate", "A decision point where a project continues, changes or stops."],
        ["Confidence range", "A date or estimate given as a span with how sure you are."],
      ],
      resources: [R.softwareEstimation, R.mlDesign, R.mlYearning],
    },
  },
  {
    slug: "aip-human-review-queue",
    type: "ai-ml",
    title: "Staffing the human review behind an AI decision",
    prompt:
      "Your marketplace is launching a model that flags suspicious seller listings. Flags with high confidence are removed automatically; the uncertain middle goes to a human review team that doesn't exist yet. The model flags about 40,000 listings a day, and sellers expect a decision within 24 hours. How would you plan the review operation?",
    difficulty: "EASY",
    tags: ["human-in-the-loop", "operations", "capacity", "trust-and-safety"],
    companies: ["Amazon", "eBay", "Etsy"],
    competencies: ["launch-risk", "data-evaluation", "responsible-ai"],
    guide: {
      strongAnswer: strong(
        "A strong answer sizes the team from volumes and handling time, designs the review flow and quality checks, and links the threshold choice to how many people are needed.",
        [
          "**Sizing:** what share of 40,000 goes to humans (depends on thresholds); minutes per review; a reviewer's productive hours; peaks by day and time zone. Example: 8,000 a day at 2 minutes is about 270 hours, roughly 40 reviewers plus cover.",
          "**Flow:** clear guidelines with examples, tools showing the reason for the flag, priority for high-value sellers, and an appeals path.",
          "**Quality:** double-review a sample, measure agreement, and feed decisions back as labels for the model.",
          "**Threshold trade-off:** moving the threshold changes both wrongful removals and reviewer load; agree it with trust and safety.",
          "**Wellbeing and vendor:** if outsourced, contract terms for quality and reviewer welfare.",
        ],
      ),
      followUps: [
        "Volume doubles during the holiday season. What happens to the 24-hour promise?",
        "Reviewers disagree with each other on 25% of cases. What does that tell you?",
        "Sellers complain they can't find out why a listing was removed. What would you change?",
      ],
      pitfalls: [
        "Planning the model launch without the people behind it.",
        "No link between the model's threshold and review capacity.",
      ],
    },
    learn: {
      explainer:
        "Many AI systems send uncertain cases to people. That review team is part of the product: its size follows from how many cases the model sends and how long each takes, and its decisions become new training data. The threshold that decides what goes to humans is both a quality choice and a staffing choice.",
      terms: [
        ["Human review", "People checking cases a model isn't sure about."],
        ["Handling time", "How long one review takes on average."],
        ["Appeal", "A way for an affected user to ask for a decision to be reconsidered."],
      ],
      resources: [R.mlDesign, R.nistAiRmf, R.highOutput],
    },
  },
  {
    slug: "aip-retraining-by-hand",
    type: "ai-ml",
    title: "Models retrained by hand once a quarter, when someone remembers",
    prompt:
      "Your pricing team's models are retrained by a data scientist running notebooks on their laptop roughly once a quarter; last time it was five months, and nobody can reproduce the model currently in production. The head of data asks you to fix this. What does good look like, and how would you get there?",
    difficulty: "MEDIUM",
    tags: ["mlops", "reproducibility", "automation", "ml-lifecycle"],
    companies: ["Uber", "Airbnb", "Booking.com"],
    competencies: ["ml-lifecycle", "ml-system-design", "launch-risk"],
    guide: {
      strongAnswer: strong(
        "A strong answer describes a reproducible, automated pipeline, with versioned code and data, evaluation before promotion, and monitoring, then plans the move incrementally with the team rather than as a platform project.",
        [
          "**Good looks like:** code in version control; training data snapshots recorded; a scheduled or triggered pipeline; every model versioned in a registry with its data and metrics; automatic comparison with the current model before promotion; rollback to the previous version.",
          "**Start small:** first make the current model reproducible; then automate the pipeline for one model; then add the evaluation gate and monitoring.",
          "**Retrain when:** on a schedule or when monitoring shows drift, not when someone remembers.",
          "**People:** the data scientist's knowledge must be written down; an owner and on-call for the pipeline.",
        ],
      ),
      followUps: [
        "The automated retrain produces a worse model one week. What should happen?",
        "The team says automation will take a quarter they don't have. What's the smallest valuable step?",
        "Auditors ask what data trained the pricing model in March. Can you answer?",
      ],
      pitfalls: [
        "Proposing a big platform before fixing reproducibility.",
        "Automating retraining without a quality gate.",
      ],
    },
    learn: {
      explainer:
        "MLOps applies the habits of good software delivery to machine learning: version everything (code, data, models), automate training and testing, and monitor models in production. A model you can't reproduce can't be fixed or audited, and a model retrained only when someone remembers slowly goes stale.",
      terms: [
        ["MLOps", "Practices and tools for building, deploying and monitoring models reliably."],
        ["Model registry", "A store of model versions with their data, code and metrics."],
        ["Reproducibility", "Being able to rebuild the same model from recorded code and data."],
      ],
      resources: [R.mlDesign, R.accelerate, R.handsOnMl],
    },
  },
  {
    slug: "aip-coding-assistant-pilot",
    type: "ai-ml",
    title: "Pilot an AI coding assistant for 800 engineers",
    prompt:
      "The CTO wants to give all 800 engineers an AI coding assistant and asks you to run a pilot first to decide whether it's worth $300,000 a year. Security is worried about code leaving the company, and some senior engineers think it produces bad code. Plan the pilot: who, how long, what you'd measure, and how you'd make the decision.",
    difficulty: "EASY",
    tags: ["pilot", "developer-productivity", "genai", "vendor"],
    companies: ["GitHub", "Microsoft", "Google"],
    competencies: ["data-evaluation", "launch-risk", "responsible-ai"],
    guide: {
      strongAnswer: strong(
        "A strong answer designs a pilot that can actually answer the question: a representative group, a comparison group, clear measures agreed in advance, and security conditions settled before anyone starts.",
        [
          "**Security first:** the vendor's data terms (no training on our code, retention, region), which repositories are allowed, secret scanning.",
          "**Who:** 80 to 100 engineers across languages, seniority and teams, including sceptics; a similar comparison group without it.",
          "**How long:** 8 to 12 weeks, since early excitement fades and learning takes time.",
          "**Measures:** developer survey (satisfaction, perceived time saved), delivery measures (cycle time, review time), quality (defects, reverted changes), and actual usage.",
          "**Decision:** criteria and threshold agreed with the CTO before the pilot; present cost per engineer against value honestly.",
        ],
      ),
      followUps: [
        "Engineers love it, but delivery measures show no change. What do you recommend?",
        "Two teams work on code under strict customer contracts. How do you handle them?",
        "Halfway through, a rival tool launches that's cheaper. What do you do with the pilot?",
      ],
      pitfalls: [
        "No comparison group, so any change is credited to the tool.",
        "Measuring only lines of code or acceptance rate of suggestions.",
      ],
    },
    learn: {
      explainer:
        "A pilot is a small, time-limited trial meant to answer a decision. To be useful it needs the decision criteria agreed in advance, a group that represents the wider population, and a comparison group, so that improvements can be told apart from enthusiasm or seasonal changes. Developer productivity is best judged with several measures together.",
      terms: [
        ["Pilot", "A small, time-limited trial before a wider rollout."],
        ["Comparison group", "A similar group that doesn't get the change, to compare results against."],
        ["Cycle time", "How long a piece of work takes from start to delivery."],
      ],
      resources: [R.accelerate, R.trustworthyExperiments, R.aiEngineering],
    },
  },
  {
    slug: "aip-ranking-model-revenue-dip",
    type: "ai-ml",
    title: "A new ranking model cost 3% of revenue for a week before anyone noticed",
    prompt:
      "A new search-ranking model went to 100% of traffic after a two-day A/B test showed more clicks. A week later finance noticed revenue per search was down 3%. The model has been rolled back. Leadership asks you what went wrong in the launch process and what should change. What would you look into and propose?",
    difficulty: "MEDIUM",
    tags: ["launch", "experimentation", "guardrails", "post-mortem"],
    companies: ["Amazon", "eBay", "Booking.com"],
    competencies: ["launch-risk", "data-evaluation", "ml-lifecycle"],
    guide: {
      strongAnswer: strong(
        "A strong answer finds the gaps: the test optimised a proxy (clicks) without guardrails on revenue, ran too briefly, and the full rollout had no monitoring tied to business outcomes. It proposes launch criteria and monitoring that would have caught it.",
        [
          "**Wrong target:** clicks can rise while purchases fall, for example if the model promotes cheap or clickbait items.",
          "**Test design:** two days misses weekly patterns and novelty effects; sample size and duration set in advance.",
          "**Guardrails:** revenue per search, conversion, returns, latency must not fall beyond an agreed margin.",
          "**Rollout:** ramp in stages with automatic alerts on guardrails; keep a holdback group on the old model for weeks.",
          "**Blameless review:** written up with actions and owners; applies to every ranking launch, not only this team's.",
        ],
      ),
      followUps: [
        "The team argues more clicks means users are happier in the long run. How do you decide who's right?",
        "How long should the holdback group stay on the old model, and what does it cost?",
        "Finance found the dip, not the team. What should change about who watches what?",
      ],
      pitfalls: [
        "Blaming the model instead of the launch process.",
        "Proposing longer tests only, without guardrail metrics.",
      ],
    },
    learn: {
      explainer:
        "Models are often tested on a metric that's easy to measure, such as clicks, standing in for what the business wants, such as purchases. When the two diverge, a model can 'win' the test and still hurt. Guardrail metrics, tests long enough to see weekly patterns, staged rollouts and a small holdback group protect against this.",
      terms: [
        ["Proxy metric", "An easy-to-measure stand-in for the outcome you really care about."],
        ["Holdback group", "Users kept on the old version after launch to keep measuring the difference."],
        ["Novelty effect", "A short-lived change in behaviour because something is new."],
      ],
      resources: [R.trustworthyExperiments, R.mlDesign, R.blamelessPostmortem],
    },
  },
  {
    slug: "aip-partner-training-data",
    type: "ai-ml",
    title: "Getting training data from a hospital partner",
    prompt:
      "Your health-tech company wants to improve a model that reads chest X-rays, and a hospital network has offered 200,000 labelled images. Legal, privacy, security, the hospital's ethics board and your ML team all need to be satisfied, and the ML team wants the data in two months. How would you run this?",
    difficulty: "MEDIUM",
    tags: ["data-partnerships", "privacy", "healthcare", "compliance"],
    companies: ["Google", "Microsoft", "Philips"],
    competencies: ["responsible-ai", "ml-lifecycle", "launch-risk"],
    guide: {
      strongAnswer: strong(
        "A strong answer lays out the parallel tracks (agreement, privacy, technical transfer, data quality) with their dependencies, and knows that approvals, not engineering, usually set the timeline.",
        [
          "**Agreement:** a data-sharing contract covering permitted use, retention, publication, ownership of resulting models and deletion on exit.",
          "**Privacy:** de-identification of images and metadata (including text burned into images); legal basis and patient consent; privacy impact assessment.",
          "**Ethics and approvals:** the hospital's ethics board schedule often sets the critical path; submit early.",
          "**Technical:** secure transfer or training inside the hospital's environment; access limited and logged.",
          "**Data quality:** label definitions, who labelled, scanner types, patient mix versus our users; a small sample first to check before the full transfer.",
        ],
      ),
      followUps: [
        "The ethics board meets every two months and just met. What are your options?",
        "The sample shows labels were made by junior staff with 70% agreement. What now?",
        "The hospital wants a share of revenue from the improved model. Who needs to be involved?",
      ],
      pitfalls: [
        "Treating it as a data transfer task and missing the approval path.",
        "Skipping a quality check on a sample before committing.",
      ],
    },
    learn: {
      explainer:
        "Training data from another organisation comes with legal, ethical and technical conditions. Health data is among the most protected kinds: it must be de-identified, used only as agreed, and approved by the partner's ethics process. The timeline is usually set by approvals, so they start first, and a small sample checks the data is worth the effort.",
      terms: [
        ["De-identification", "Removing details that could identify a person from data."],
        ["Data-sharing agreement", "A contract setting what data is shared, for what use and under what protections."],
        ["Ethics board", "A committee that approves research involving people or their data."],
      ],
      resources: [R.privacyGdpr, R.mlDesign, R.nistAiRmf],
    },
  },
  {
    slug: "aip-on-device-model-launch",
    type: "ai-ml",
    title: "Shipping a model that runs on the phone, not the server",
    prompt:
      "Your camera app will add a feature that removes background noise from videos, and for privacy and speed the model must run on the phone itself. The ML team's model is 400 MB and drains the battery; the app ships every two weeks through the app stores; it must work on phones up to five years old. How would you plan this program?",
    difficulty: "HARD",
    tags: ["on-device-ml", "mobile", "model-compression", "release-planning"],
    companies: ["Apple", "Google", "Samsung", "Snap"],
    competencies: ["ml-system-design", "launch-risk", "ml-lifecycle"],
    guide: {
      strongAnswer: strong(
        "A strong answer sets device budgets (size, speed, battery, heat) as launch criteria, plans model compression and device testing as first-class work, and separates model updates from app releases.",
        [
          "**Budgets:** maximum download size, processing time per minute of video, battery and temperature limits, per device tier.",
          "**Make it fit:** compression (quantisation, pruning, smaller architectures) with quality measured after each step; possibly different models for old and new phones.",
          "**Device lab:** test on a matrix of real devices and OS versions; old phones define the floor.",
          "**Delivery:** download the model on demand or over Wi-Fi instead of bundling it; versioned so models update without a full app release; a server-side switch to disable it.",
          "**Rollout:** staged by device tier, monitoring crashes, battery complaints and usage.",
        ],
      ),
      followUps: [
        "Compression gets the model to 60 MB but quality drops noticeably on music videos. What do you do?",
        "Five-year-old phones can't run it in real time. Do you cut them or change the feature for them?",
        "A bad model update causes crashes on one phone brand. How quickly can you respond, and how?",
      ],
      pitfalls: [
        "Treating the model as done when it works on a developer's new phone.",
        "Tying model updates to the app release train.",
      ],
    },
    learn: {
      explainer:
        "Running a model on a phone keeps data private and works offline, but phones have limited memory, battery and processing power, and old phones much less. Models are shrunk (for example by storing numbers with less precision) and tested on many real devices. Shipping the model separately from the app lets it be updated or switched off without waiting for app-store review.",
      terms: [
        ["On-device inference", "Running a trained model on the user's device rather than a server."],
        ["Quantisation", "Storing a model's numbers with fewer bits to make it smaller and faster."],
        ["Device tier", "A group of phones with similar capability, used to set different targets."],
      ],
      resources: [R.mlDesign, R.handsOnMl, R.tpmHandbook],
    },
  },
  {
    slug: "aip-multilingual-launch",
    type: "ai-ml",
    title: "Launching an AI writing feature in twelve languages",
    prompt:
      "Your AI feature that suggests replies to customer messages launched in English with good results. The business wants it in twelve more languages next quarter, including Japanese, Arabic and Polish. The ML team says the model 'supports' all of them. How would you plan the launch so that quality is real in every language?",
    difficulty: "MEDIUM",
    tags: ["localisation", "evaluation", "genai", "launch"],
    companies: ["Google", "Microsoft", "Meta", "Zendesk"],
    competencies: ["data-evaluation", "launch-risk", "responsible-ai"],
    guide: {
      strongAnswer: strong(
        "A strong answer treats each language as its own launch with its own evaluation, because 'supports' usually means 'produces text in', not 'is as good as in English'.",
        [
          "**Per-language evaluation:** native speakers grade suggestions on real messages for accuracy, tone and politeness norms (formal forms in Japanese, right-to-left layout in Arabic).",
          "**Bar per language:** the same launch gate as English; languages that miss it wait or launch as a labelled beta.",
          "**Data gaps:** fewer examples in smaller markets; safety filters often weaker outside English, so test harmful-output cases per language.",
          "**Operations:** support teams who can handle feedback in each language; monitoring acceptance rate by language.",
          "**Order:** launch in waves, biggest-value and best-quality languages first.",
        ],
      ),
      followUps: [
        "Polish scores well but Arabic falls short of the bar. What do you tell the Middle East sales team?",
        "You can't find enough native-speaker graders for four languages. What are your options?",
        "Acceptance rate in Japanese is half of English after launch. How do you find out why?",
      ],
      pitfalls: [
        "Taking 'supports the language' as proof of quality.",
        "Translating the English evaluation set instead of using real messages.",
      ],
    },
    learn: {
      explainer:
        "Large language models are usually strongest in English, where they saw the most text, and noticeably weaker in others. A model that 'supports' a language can produce it without being good at it, and tone and safety norms differ between cultures. Each language needs its own evaluation by native speakers against the same bar.",
      terms: [
        ["Localisation", "Adapting a product to a language and culture, beyond translation."],
        ["Acceptance rate", "How often users accept a suggested reply."],
        ["Low-resource language", "A language with little training data available."],
      ],
      resources: [R.aiEngineering, R.nistAiRmf, R.mlDesign],
    },
  },
  {
    slug: "aip-add-ai-mandate",
    type: "ai-ml",
    title: "The CEO says 'we need AI in the product this year'",
    prompt:
      "At the all-hands, your CEO announced that the project-management product will 'add AI this year'. There is no more detail, five product teams each have ideas, and you're asked to turn it into a program. How would you go from this mandate to a plan leadership can approve?",
    difficulty: "EASY",
    tags: ["ambiguity", "strategy", "genai", "planning"],
    companies: ["Atlassian", "Microsoft", "Salesforce"],
    competencies: ["ml-lifecycle", "launch-risk", "responsible-ai"],
    guide: {
      strongAnswer: strong(
        "A strong answer finds the goal behind the mandate, gathers and scores candidate ideas against it, picks a small number with clear success measures, and sets up shared foundations so teams don't each rebuild the same things.",
        [
          "**Clarify the goal:** win deals? reduce churn? match competitors? The CEO's reason decides what success means.",
          "**Collect ideas:** from the five teams and customer research; score by user value, feasibility with today's models, data needs, risk and cost.",
          "**Pick two or three:** each with a problem statement, a measure and a first small release.",
          "**Shared foundations:** one vendor agreement, evaluation practice, privacy review, cost tracking, so each team doesn't start from zero.",
          "**Plan and review:** milestones through the year, with check-points to stop ideas that don't work.",
        ],
      ),
      followUps: [
        "A competitor launches an AI feature next month. Does that change your plan?",
        "Two teams want to build overlapping chat assistants. How do you resolve it?",
        "Enterprise customers ask whether their data will train the AI. What must the program decide?",
      ],
      pitfalls: [
        "Starting with technology rather than user problems.",
        "Letting each team run its own AI project with no shared foundations or criteria.",
      ],
    },
    learn: {
      explainer:
        "A broad mandate ('add AI') is a direction, not a plan. Turning it into a program means finding the business goal behind it, choosing a few user problems where AI clearly helps, defining how success will be measured, and building shared basics (vendor, evaluation, privacy) once for everyone.",
      terms: [
        ["Mandate", "A direction from leadership, often broad, that needs shaping into a plan."],
        ["Problem statement", "A short description of whose problem is being solved and why it matters."],
        ["Shared foundation", "Common tools and rules built once and used by several teams."],
      ],
      resources: [R.inspired, R.aiEngineering, R.workingBackwards],
    },
  },
];
