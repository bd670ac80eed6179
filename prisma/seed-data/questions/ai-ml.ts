import { md, type SeedQuestion } from "./seed-question";
import { R } from "./learn-resources";

/**
 * AI/ML program questions: launching, evaluating and operating models at a TPM's depth.
 * Original content written for MockLoop.
 */
export const AI_ML_QUESTIONS: SeedQuestion[] = [
  {
    slug: "ai-recommendation-ab-test",
    type: "ai-ml",
    title: "Launching a recommendation model with an A/B test",
    prompt:
      "Your data science team has a new recommendation model for the home screen of a video streaming app, and offline it predicts what people will watch 6% better than the current model. You own the launch across data science, the home-screen engineering team, the experimentation platform team and product. How would you plan the A/B test (showing the new model to a random share of users and comparing results) and the rollout, and what would make you stop or go?",
    difficulty: "MEDIUM",
    tags: ["recommendations", "ab-testing", "launch", "metrics"],
    companies: ["Netflix", "Meta", "Google", "Amazon"],
    competencies: ["data-evaluation", "launch-risk", "ml-lifecycle"],
    learn: {
      explainer:
        "An A/B test shows a new version to a random group of users and compares them with a group that keeps the old one, so differences can be credited to the change. A model that wins offline may still lose online, because offline tests use past behaviour and can't see how users react to new recommendations.",
      terms: [
        ["A/B test", "A controlled experiment comparing two versions on randomly split users."],
        ["Offline evaluation", "Scoring a model on past data before any user sees it."],
        ["Guardrail metric", "A measure that must not get worse, such as cancellations or load time."],
      ],
      resources: [R.trustworthyExperiments, R.mlDesign, R.ngMl],
    },
    guide: {
      strongAnswer: md(
        "A strong answer knows that better offline numbers don't guarantee a better experience for users. It designs an experiment whose success metric, guardrails, size and length are agreed before it starts, and it covers whether the model can be served at scale.",
        "",
        "- **Metrics agreed up front**: a primary metric such as viewing hours per member or a retention signal, and guardrails such as latency, errors, variety of titles shown, and complaints.",
        "- **Experiment design with data science**: randomise by user; size and length from a power calculation (how many users you need to detect the effect reliably); run at least one to two full weeks to cover weekly patterns and the novelty effect.",
        "- **Readiness before real traffic**: shadow mode (the new model runs alongside but its results aren't shown) to check latency and cost, and a check that features are computed the same way in training and in serving.",
        "- **Ramp in stages**: 1% to catch bugs, then the planned test size, then a staged rollout that keeps a small holdback group on the old model to measure long-term effects.",
        "- **Decision rules written down**: ship if the primary metric improves significantly and no guardrail breaks its threshold; name who decides and how mixed results by segment (new vs existing users, regions) are handled.",
        "- **Model-specific risks**: feedback loops (the model shapes what people watch, which becomes its next training data), popularity bias, and new titles with no viewing history.",
        "- **After launch**: monitoring, a retraining schedule and a named owner.",
      ),
      followUps: [
        "Viewing hours are up 2%, but the share of new titles watched dropped 10%. Do you ship?",
        "Results are strong in the US and flat in Brazil. What now?",
        "Product wants to stop the test after three days because the numbers look good. How do you respond?",
        "Why keep a holdback group after launch?",
      ],
      pitfalls: [
        "Treating the offline 6% as proof it will work for users.",
        "Choosing the success metric after seeing the results.",
        "Ignoring the latency and serving cost of the new model.",
      ],
    },
  },
  {
    slug: "ai-llm-support-assistant",
    type: "ai-ml",
    title: "Rolling out an LLM support assistant safely",
    prompt:
      "Your company wants to launch an AI assistant, built on a large language model (LLM), that answers customer questions in the help centre of a consumer banking app, with a goal of resolving 30% of questions without a support ticket. In an internal pilot it sometimes gave confident but wrong answers about fees and refund eligibility. Leadership wants it live for all customers within one quarter. How would you run this launch, and how would you decide it's safe enough?",
    difficulty: "HARD",
    tags: ["llm", "generative-ai", "hallucination", "launch"],
    companies: ["Microsoft", "Google", "Amazon"],
    competencies: ["responsible-ai", "launch-risk", "data-evaluation", "ml-system-design"],
    learn: {
      explainer:
        "A large language model (LLM) writes fluent text by predicting the next words, which makes it useful for answering questions but means it can state wrong things confidently. Safe assistants ground answers in approved documents, limit what they may do, and hand over to people when unsure or when money is involved.",
      terms: [
        ["Large language model", "A model trained on huge amounts of text to predict and generate language."],
        ["Hallucination", "A confident answer that isn't true or isn't supported by the sources."],
        [
          "Retrieval-augmented generation (RAG)",
          "Looking up relevant documents first and asking the model to answer from them.",
        ],
      ],
      resources: [R.aiEngineering, R.deepLearningAi, R.nistAiRmf],
    },
    guide: {
      strongAnswer: md(
        "A strong answer treats wrong answers about people's money, in a regulated industry, as the central risk. It builds the program around measuring and limiting them, not around the deflection target, and designs a staged launch with clear safety gates and a quick path to a human.",
        "",
        "- **Narrows the scope**: starts with low-risk topics (how-to and navigation), and sends fees, disputes, refunds and anything about a specific account to people or to pre-approved wording.",
        "- **Grounds the answers**: retrieval-augmented generation (the model answers from approved help articles it's given, with links to them) rather than from its own memory, and a named owner for that content.",
        "- **Evaluates before launch**: a test set of real customer questions with correct answers, reviewed by support and compliance; measures accuracy, made-up answers and refusals; red-teaming (people deliberately trying to make it fail or say something harmful).",
        "- **Guardrails**: 'talk to a person' always one tap away, no actions on accounts, filters for personal data and prompt injection (text that tries to override the assistant's instructions).",
        "- **Stages gated by metrics, not dates**: employees, then a small share of customers, then topic by topic.",
        "- **The right metrics**: questions resolved without a ticket *and* without a repeat contact, sampled answer accuracy, complaints, satisfaction, escalation rate and cost per conversation.",
        "- **Owners and a kill switch**: compliance and legal sign-off, support leadership for agent training and workload, and a named owner for incidents.",
      ),
      followUps: [
        "Deflection is 35%, but sampling shows 4% of answers about fees are wrong. What do you do?",
        "Who should own the quality of the answers after launch?",
        "How would you build the evaluation set, and how big should it be?",
        "A journalist posts a screenshot of the assistant giving a wrong answer. Walk me through the next day.",
      ],
      pitfalls: [
        "Optimising for deflection, which rewards the assistant for answering confidently.",
        "No evaluation set or human review: 'we'll watch the feedback after launch'.",
        "Launching to everyone at once, or without an easy route to a person.",
      ],
    },
  },
  {
    slug: "ai-data-labelling-program",
    type: "ai-ml",
    title: "Running a data labelling program at scale",
    prompt:
      "Your team needs 500,000 labelled images within 12 weeks to train a model that spots damaged items in warehouse photos. You'll use an outside labelling vendor with about 200 labellers, and your three in-house experts disagree among themselves about what counts as 'damaged' roughly 15% of the time. How would you set up and run the labelling program so the data is good enough to train on?",
    difficulty: "MEDIUM",
    tags: ["data-labelling", "vendor-management", "data-quality"],
    companies: ["Amazon", "Google"],
    competencies: ["data-evaluation", "ml-lifecycle"],
    learn: {
      explainer:
        "Supervised models learn from examples that people have labelled. A labelling program needs clear instructions, a way to measure whether labellers agree, quality checks on a sample, and a plan for unclear cases, because label quality limits model quality.",
      terms: [
        ["Label", "The correct answer attached to an example, such as 'damaged' on a photo."],
        ["Inter-annotator agreement", "How often two labellers give the same label to the same example."],
        ["Gold set", "Examples with trusted labels used to check labellers' accuracy."],
      ],
      resources: [R.mlDesign, R.ngMl, R.handsOnMl],
    },
    guide: {
      strongAnswer: md(
        "The strong answer sees the experts' 15% disagreement as the first problem to fix: if three experts can't agree, 200 vendor labellers won't either. The candidate builds quality checks into the process and manages the vendor against measurable targets.",
        "",
        "- **Fix the definition first**: written guidelines with examples and edge cases, agreed by the experts; measure agreement between labellers on the same images before scaling.",
        "- **Pilot batch**: a few thousand images to measure quality and speed and refine the guidelines, then scale.",
        "- **Quality checks built in**: gold images (already labelled by experts) mixed into the work to score each labeller, two or three labellers on hard cases, and experts resolving disagreements.",
        "- **Vendor management**: a contract with quality and throughput targets, weekly reviews, labeller training and feedback, and security for the photos.",
        "- **Label the right data**: balance the classes (damage is rare), cover different warehouses, cameras and lighting, and consider active learning (letting the model pick the images it's least sure about) to need fewer labels.",
        "- **Schedule and metrics**: labels per week vs plan, agreement rate, gold accuracy, rework rate and cost per label; training can start on early batches.",
        "- **Risks**: guidelines drifting over time, labeller turnover, people's faces in photos, budget overrun.",
      ),
      followUps: [
        "Halfway through, accuracy on the gold images drops from 95% to 85%. What do you do?",
        "Do you really need 500,000 images? How would you find out?",
        "What do you do with images where even the experts can't agree?",
      ],
      pitfalls: [
        "Scaling to 200 labellers before the definition is stable.",
        "Measuring only volume and cost, not quality.",
        "Treating the vendor as a black box.",
      ],
    },
  },
  {
    slug: "ai-fraud-model-drift",
    type: "ai-ml",
    title: "A fraud model quietly getting worse in production",
    prompt:
      "A fraud detection model has been live on your company's marketplace for a year. Over the last two months, chargebacks (payments that customers dispute with their bank) have risen 40% while the number of orders the model flags has stayed flat, and the data scientist who built it has left. The operations, data engineering and payments teams all point at each other. How would you run the investigation and the fix, and what would you put in place so this is caught earlier next time?",
    difficulty: "MEDIUM",
    tags: ["model-drift", "monitoring", "mlops", "incident"],
    companies: ["Amazon", "Uber", "Meta"],
    competencies: ["ml-lifecycle", "ml-system-design", "data-evaluation"],
    learn: {
      explainer:
        "Models learn patterns from the past, and when the world changes (new fraud tactics, new customers) their accuracy slowly falls; this is drift. Monitoring inputs and outcomes, retraining on fresh data and keeping a human-reviewed sample are the usual defences.",
      terms: [
        ["Data drift", "The inputs a model sees in production changing from what it was trained on."],
        [
          "Concept drift",
          "The relationship between inputs and the right answer changing, for example fraudsters adapting.",
        ],
        ["Chargeback", "A payment reversed after the cardholder disputes it with their bank."],
      ],
      resources: [R.mlDesign, R.handsOnMl, R.ngMl],
    },
    guide: {
      strongAnswer: md(
        "A strong answer runs this like an incident with a list of hypotheses, not a blame game, and checks the boring causes (a broken data pipeline) before the clever ones. It ends with clear ownership and monitoring, so the model's health isn't left to chance.",
        "",
        "- **Contain first**: tighter thresholds or temporary business rules to cut losses during the investigation, with the trade-off (more good customers blocked) agreed with payments and operations.",
        "- **One owner, one document**: a small working group, a shared timeline and daily check-ins.",
        "- **Hypotheses in order**: an upstream data change (a renamed field, missing values, a new format); a change in who the customers are (new markets, new payment methods), known as data drift; fraudsters changing tactics, known as concept drift; and a configuration or threshold change.",
        "- **Evidence**: compare today's input data with the training data, measure performance on recently confirmed fraud, and read upstream teams' change logs.",
        "- **The fix**: repair any pipeline, retrain on recent data with proper validation, run the new model in shadow mode before switching, and confirm chargebacks fall.",
        "- **Prevention**: monitoring of inputs and model scores with alerts, a retraining schedule, a named model owner and documentation so the model doesn't depend on one person.",
        "- **Metrics**: chargeback rate, fraud caught vs missed, false positives (good orders blocked), and time to detect drift.",
      ),
      followUps: [
        "You find a payments change three months ago renamed a field the model used. How do you handle it with that team?",
        "Retraining will take six weeks. What do you do in the meantime?",
        "Who should own a model in production, and what does owning it mean?",
      ],
      pitfalls: [
        "Jumping straight to 'retrain the model' without finding the cause.",
        "Letting the blame between teams continue instead of establishing ownership.",
        "Finishing without any monitoring or ownership changes.",
      ],
    },
  },
  {
    slug: "ai-face-matching-responsible-review",
    type: "ai-ml",
    title: "Responsible AI review for a face-matching feature",
    prompt:
      "Your product team wants to add a feature to a photo-sharing app that suggests tagging friends by matching faces across users' photos. The model performs well overall, but internal testing shows its error rate is about three times higher for people with darker skin tones, and the app is used in countries with strict rules on biometric data. You're the TPM asked to drive the responsible AI review and a go/no-go decision. How would you run it?",
    difficulty: "HARD",
    tags: ["responsible-ai", "fairness", "privacy", "biometrics"],
    companies: ["Meta", "Google", "Microsoft", "Apple"],
    competencies: ["responsible-ai", "data-evaluation", "launch-risk"],
    learn: {
      explainer:
        "A model can be accurate on average and still fail much more often for some groups of people. Responsible review breaks results down by group, weighs who could be harmed and how, and decides whether to fix, limit, add consent and controls, or not launch.",
      terms: [
        ["Disaggregated evaluation", "Measuring a model's errors separately for each group of users."],
        ["Consent", "A person's informed agreement to a use of their data."],
        ["Biometric data", "Data from a person's body, such as a face, that many laws protect specially."],
      ],
      resources: [R.nistAiRmf, R.mlDesign, R.privacyGdpr],
    },
    guide: {
      strongAnswer: md(
        "A strong answer takes the fairness gap and biometric privacy seriously enough that 'don't launch' and 'launch something much narrower' are real options. It runs a structured review in which the decision and its reasons are written down.",
        "",
        "- **Frames the harms**: who is affected and how, including misidentification, being tagged without consent, stalking or surveillance, and people in photos who don't use the app.",
        "- **Consent and law**: face matching usually means processing biometric data (data from physical features used to identify someone), which in many places needs explicit opt-in consent; legal and privacy review per market, with some markets possibly excluded.",
        "- **Fairness work**: find the cause of the gap (unbalanced training data, image quality), agree the largest acceptable gap before launch, and test on representative data collected with consent.",
        "- **Product safeguards**: opt-in only, suggestions shown only to the photo's owner, the tagged person can decline and remove tags, no matching of non-users, and opting out deletes the face data.",
        "- **A real review process**: privacy, legal, policy, research, product and engineering, plus outside or community input; risks and mitigations documented; a named decision-maker.",
        "- **Launch gates and monitoring**: thresholds on the gap between groups, complaint and tag-removal rates, a staged rollout only where it's allowed, and a date to reassess.",
        "- **Willing to say no**: if the gap can't be closed, recommends not launching and explains why.",
      ),
      followUps: [
        "The product VP says overall accuracy is 98%, so the gap is small in absolute terms. How do you respond?",
        "How would you get test data that's representative and collected with consent?",
        "What would make you recommend not launching at all?",
        "How would you explain the decision to the team that built the model?",
      ],
      pitfalls: [
        "Treating the fairness gap as something to fix after launch.",
        "Ignoring people who appear in photos but never agreed to anything.",
        "Running the review as a box-ticking sign-off with no real power to stop the launch.",
      ],
    },
  },
  {
    slug: "ai-feature-store-migration",
    type: "ai-ml",
    title: "Moving 40 models onto a shared feature store",
    prompt:
      "Your company has about 40 models in production across search, ads and fraud, and each team computes its own features (the input signals a model uses, such as 'purchases in the last 7 days') in its own pipelines. The ML platform team has built a shared feature store, so features are defined once and served the same way for training and for live predictions. You're asked to move every team onto it within three quarters without hurting model quality or revenue. How would you run it?",
    difficulty: "HARD",
    tags: ["ml-platform", "feature-store", "migration", "mlops"],
    companies: ["Uber", "Meta", "LinkedIn", "Google"],
    competencies: ["ml-system-design", "ml-lifecycle", "launch-risk"],
    learn: {
      explainer:
        "Features are the input signals a model uses. A feature store computes and stores them once for everyone and serves the same values in training and in production, which avoids subtle bugs when the two are computed differently.",
      terms: [
        ["Feature", "An input signal to a model, such as 'orders in the last 7 days'."],
        ["Training-serving skew", "A feature computed differently in training than in production, hurting quality."],
        ["Point-in-time correctness", "Using only the values that were known at the moment of each past example."],
      ],
      resources: [R.mlDesign, R.ddia, R.handsOnMl],
    },
    guide: {
      strongAnswer: md(
        "A strong answer sees that the hard part isn't the platform. It's proving each migrated model behaves the same, and persuading teams whose models already work to move at all. The candidate orders teams by value and risk and sets a parity bar for every model.",
        "",
        "- **Why teams should care**: less pipeline upkeep, fewer mismatches between training and serving (training-serving skew, when a feature is computed one way offline and another way live), and shared features, backed by a sponsor.",
        "- **Inventory**: each model's features, data sources, latency and freshness needs, and revenue importance.",
        "- **Platform readiness**: can the store meet the strictest needs, such as ads latency and real-time fraud features? Gaps become dated items on the platform roadmap.",
        "- **Sequencing**: a willing, lower-risk team first as a design partner, then high-value wins, and the most critical (ads revenue) once the path is proven.",
        "- **Parity testing for every model**: compare feature values old vs new, then shadow mode, then an A/B test on business metrics, with pass criteria agreed in advance.",
        "- **Metrics**: models migrated, features in the store, parity failures, pipeline incidents, on-call load and cost.",
        "- **Risks**: hidden feature logic, platform capacity and teams deprioritising the work; mitigated by platform engineers embedded in teams, migration tooling and dates to switch off old pipelines.",
      ),
      followUps: [
        "The ads team says a mistake could cost $2M a week and refuses to move. What do you do?",
        "A migrated model shows a 0.5% drop in click-through rate. Is that parity?",
        "How do you stop teams running old and new pipelines side by side forever?",
      ],
      pitfalls: [
        "Planning it as a platform build with no per-model parity bar.",
        "Starting with the highest-revenue model.",
        "Ignoring latency and freshness needs that differ between teams.",
      ],
    },
  },
  {
    slug: "ai-moderation-threshold",
    type: "ai-ml",
    title: "Setting the threshold for a moderation classifier",
    prompt:
      "Your trust and safety team has a new classifier that flags hateful comments for automatic removal. At the setting data science proposes, 80% of the comments it removes really are hateful, and it catches 70% of all hateful comments. The policy team wants it to catch more, while the creator community team worries about good comments being removed by mistake. How would you drive the decision on where to set it, and how would you launch it?",
    difficulty: "EASY",
    tags: ["content-moderation", "precision-recall", "trade-offs"],
    companies: ["Meta", "Google"],
    competencies: ["data-evaluation", "launch-risk", "responsible-ai"],
    learn: {
      explainer:
        "A classifier gives each item a score, and a threshold turns the score into a decision. Raising the threshold makes the model surer before acting (higher precision) but lets more bad items through (lower recall); the right setting depends on the cost of each kind of mistake.",
      terms: [
        ["Precision", "Of the items the model flagged, the share that really were bad."],
        ["Recall", "Of all the bad items, the share the model flagged."],
        ["Threshold", "The score above which the model's answer is treated as 'yes'."],
      ],
      resources: [R.ngMl, R.handsOnMl, R.mlYearning],
    },
    guide: {
      strongAnswer: md(
        "A strong answer explains the trade-off plainly: catching more harmful comments means wrongly removing more good ones. It turns a tug-of-war between two teams into a decision with numbers, options and an owner.",
        "",
        "- **Explains precision and recall in plain words**: of what we remove, how much is really hateful (precision); of all the hateful comments, how much we catch (recall). Moving the threshold trades one for the other.",
        "- **Turns rates into daily numbers**: at each possible setting, how many good comments are wrongly removed per day and how many hateful ones are missed.",
        "- **Options beyond one number**: remove automatically only when the model is very confident, send the uncertain middle to human reviewers, hide rather than delete, or use different settings in different contexts.",
        "- **Checks fairness**: error rates across languages and dialects, since classifiers often wrongly flag some communities' everyday speech.",
        "- **Appeals**: a quick way to restore wrongly removed comments, with appeal results fed back as a quality signal.",
        "- **A decision process**: policy, the community team, legal and data science at the table, one decision owner, and the reasoning written down.",
        "- **Launch and monitoring**: a staged rollout, reviewer capacity planned for the middle band, and tracking of overturned appeals, user reports and review queue size.",
      ),
      followUps: [
        "Human reviewers can handle 5,000 comments a day, and the uncertain middle is 20,000. What now?",
        "How would you explain the choice to creators whose comments were wrongly removed?",
        "How often would you revisit the threshold, and what would trigger an early review?",
      ],
      pitfalls: [
        "Letting one team's preference win without making the trade-off visible.",
        "Treating the threshold as a purely technical choice for data science.",
        "Ignoring error rates that differ across groups of users.",
      ],
    },
  },
];
