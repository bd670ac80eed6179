import { R } from "./learn-resources";
import { strong, type SeedQuestion } from "./seed-question";

/**
 * More product sense, aimed at consumer and business products rather than
 * internal tools: framing the goal, understanding users, choosing what to build
 * and how to tell whether it worked.
 */
export const PRODUCT_SENSE_FRAMING_QUESTIONS: SeedQuestion[] = [
  {
    slug: "psf-banking-app-screen-readers",
    type: "product-sense",
    title: "Make a banking app work well for blind customers",
    prompt:
      "Your bank's mobile app gets poor reviews from blind and low-vision customers, who use screen readers that read the screen aloud. A complaint to the regulator has been filed, and leadership asks you to lead the improvement. How would you understand the problem, decide what to fix first, and know you've succeeded?",
    difficulty: "EASY",
    tags: ["accessibility", "user-research", "mobile", "banking"],
    companies: ["Apple", "Microsoft", "JPMorgan Chase"],
    competencies: ["user-understanding", "prioritization", "success-metrics", "goal-framing"],
    guide: {
      strongAnswer: strong(
        "A strong answer starts with the people affected (research with screen-reader users), prioritises the journeys that block essential banking, fixes and prevents regressions, and measures success with those users, not only with a checklist.",
        [
          "**Understand:** sessions with blind and low-vision customers doing key tasks; complaints and reviews; an audit against accessibility guidelines (WCAG).",
          "**Prioritise:** journeys that stop people managing money (log in, check balance, pay, transfer, view statements) before cosmetic issues; legal exposure.",
          "**Fix:** labels for buttons and images, logical reading order, no time-outs that cut people off, accessible one-time codes.",
          "**Prevent:** accessibility checks in design and automated tests; a release gate; training for designers and engineers.",
          "**Measure:** task success rates for screen-reader users, complaints, app-store reviews; ongoing panel of users.",
        ],
      ),
      followUps: [
        "The fix for the login screen conflicts with a security requirement. How do you resolve it?",
        "How would you keep new features from reintroducing the problems?",
        "Leadership asks what this costs versus the benefit. How do you answer?",
      ],
      pitfalls: [
        "Treating it as a compliance checklist with no user involvement.",
        "Fixing everything at once instead of the blocking journeys first.",
      ],
    },
    learn: {
      explainer:
        "Accessibility means people with disabilities can use a product as well as anyone else. Blind users rely on screen readers, which read out what's on screen, so every button and image needs a clear label and a sensible order. Guidelines such as WCAG describe what good looks like, but testing with real users shows what actually blocks them.",
      terms: [
        ["Screen reader", "Software that reads the screen aloud for people who can't see it."],
        ["WCAG", "Web Content Accessibility Guidelines: the standard checklist for accessible digital products."],
        ["Task success rate", "The share of users who complete a task without help."],
      ],
      resources: [R.inspired, R.jtbd],
    },
  },
  {
    slug: "psf-accounting-onboarding-dropoff",
    type: "product-sense",
    title: "Half of new small businesses quit during set-up",
    prompt:
      "Your accounting software for small businesses has a problem: 52% of people who sign up never finish set-up (connecting a bank account, adding the business details, importing invoices), and those who don't finish almost never pay. You're asked to fix it. How would you approach it?",
    difficulty: "EASY",
    tags: ["onboarding", "activation", "funnel", "smb"],
    companies: ["Intuit", "Xero", "Shopify"],
    competencies: ["user-understanding", "success-metrics", "prioritization", "goal-framing"],
    guide: {
      strongAnswer: strong(
        "A strong answer finds where and why people drop out, using both funnel data and talking to them, then tests changes that get people to the first real value sooner.",
        [
          "**Where:** a funnel per set-up step, by device and business type; time spent per step.",
          "**Why:** sessions and interviews with people who quit; common reasons: bank connection fails, asked for information they don't have to hand, unclear value before effort.",
          "**Ideas:** reorder so the user sees value first (a sample dashboard, first invoice sent), make steps skippable, save progress, help at the failing step, reminder emails.",
          "**Prioritise:** by how many users each step loses and how cheaply it can be fixed.",
          "**Measure:** activation rate (reaching the first value moment), then paid conversion; A/B test changes.",
        ],
      ),
      followUps: [
        "The bank connection step loses 30% of people, and it depends on a third-party provider. What can you do?",
        "Activation goes up but paid conversion doesn't. What does that tell you?",
        "Accountants set up accounts on behalf of clients. Does that change the design?",
      ],
      pitfalls: [
        "Redesigning the whole flow without knowing where people leave.",
        "Measuring finished set-up instead of reaching real value.",
      ],
    },
    learn: {
      explainer:
        "Onboarding is the path from signing up to getting real value. People give up when they're asked for effort before they see why it's worth it, or when a step fails. Activation measures how many reach that first valuable moment; improving it usually means removing steps, reordering them, or helping at the step where most people drop out.",
      terms: [
        ["Activation", "A new user reaching the first moment of real value."],
        ["Onboarding funnel", "The steps from sign-up to activation, with drop-off at each."],
        ["Time to value", "How long a new user takes to get something useful."],
      ],
      resources: [R.leanAnalytics, R.inspired, R.jtbd],
    },
  },
  {
    slug: "psf-notification-permission-ask",
    type: "product-sense",
    title: "When should a food-delivery app ask to send notifications?",
    prompt:
      "In your food-delivery app, only 45% of new users allow notifications when the phone's permission pop-up appears on first launch, and people who allow them order twice as often. The phone shows that pop-up only once; after a 'no', users must find the setting themselves. How would you decide when and how to ask, what the app should send once allowed, and how you'd know it worked?",
    difficulty: "MEDIUM",
    tags: ["notifications", "engagement", "user-trust"],
    companies: ["DoorDash", "Uber", "Deliveroo"],
    competencies: ["user-understanding", "prioritization", "success-metrics"],
    guide: {
      strongAnswer: strong(
        "A strong answer treats the one-time permission request as precious: ask at the moment the value is obvious, explain it first, then earn continued permission by sending only what users value, and judge success by long-term ordering, not by the opt-in rate alone.",
        [
          "**When to ask:** not on first launch but after the first order, when 'we'll tell you when your food is on its way' is obviously useful; a short in-app explanation first, and the system pop-up only if they say yes.",
          "**Understand:** why people refuse (fear of spam); which notifications lead to opt-outs later; separate transactional (your order is here) from promotional.",
          "**Principles:** transactional always; promotional only when relevant, capped per week, at sensible times, personalised.",
          "**Mechanism:** one notification service with priorities, caps and quiet hours across teams.",
          "**Control:** granular settings so users can turn off promotions but keep order updates.",
          "**Measure:** opt-out rate, orders per user over months, not just click-through; holdback groups.",
        ],
      ),
      followUps: [
        "Marketing wants the pop-up on first launch because it gets the most 'yes' answers in absolute terms. How do you decide?",
        "How would you find the right weekly cap?",
        "A user switched notifications off a year ago. Would you ever ask them again? How?",
      ],
      pitfalls: [
        "Optimising the opt-in rate while ignoring whether people keep notifications on.",
        "Asking before the user has any reason to say yes.",
      ],
    },
    learn: {
      explainer:
        "Phones ask users once whether an app may send notifications, so the timing and framing of that request matter. Users say yes when they see the value, such as delivery updates, and keep saying yes only if later messages are worth it. Good strategy separates essential messages from promotional ones, caps how many are sent and judges success over months.",
      terms: [
        ["Push notification", "A message an app shows on a phone's screen even when the app isn't open."],
        ["Opt-out rate", "The share of users who switch notifications off."],
        ["Frequency cap", "A limit on how many messages a user receives in a period."],
      ],
      resources: [R.inspired, R.trustworthyExperiments, R.leanAnalytics],
    },
  },
  {
    slug: "psf-api-free-tier",
    type: "product-sense",
    title: "Design the free tier of a developer API",
    prompt:
      "Your company sells an address-validation API to developers, only on paid plans today. Growth has stalled, and leadership wants a free tier so developers can try it. Sales worries about free users who never pay; security worries about abuse. Design the free tier: who it's for, what it includes, and how you'd judge whether it works.",
    difficulty: "MEDIUM",
    tags: ["pricing", "developer-experience", "api", "growth"],
    companies: ["Stripe", "Twilio", "Google"],
    competencies: ["user-understanding", "prioritization", "success-metrics", "technical-feasibility", "goal-framing"],
    guide: {
      strongAnswer: strong(
        "A strong answer designs the free tier around the path from trying to paying: generous enough to build a real prototype, limited where production use begins, protected against abuse, and measured by conversion and revenue, not sign-ups.",
        [
          "**Who:** developers evaluating the API and small projects that may grow.",
          "**What:** full features at low volume (for example 1,000 lookups a month), rate limits, no SLA; paid plans add volume, support and guarantees.",
          "**Path to paid:** clear pricing, usage alerts near the limit, one-click upgrade.",
          "**Abuse:** account verification, per-account and per-IP limits, detection of many accounts from one source.",
          "**Measure:** time to first successful call, share of free accounts reaching meaningful usage, conversion to paid, revenue from converted accounts, support cost per free user.",
        ],
      ),
      followUps: [
        "A large company uses 50 free accounts to avoid paying. What do you do?",
        "Conversion is 2% after six months. Is the free tier a success?",
        "Sales wants free accounts from big companies routed to them. How would you do that without annoying developers?",
      ],
      pitfalls: ["Measuring success by sign-ups.", "A free tier so limited nobody can build anything real."],
    },
    learn: {
      explainer:
        "A free tier lets people try a product before paying, which is how many developer tools grow. It works when it's generous enough to show real value and the limits fall where serious use begins, so growing customers naturally upgrade. It must also resist abuse, since free resources attract people who never intend to pay.",
      terms: [
        ["Freemium", "A model offering a basic version free and charging for more."],
        ["Conversion rate", "The share of free users who become paying customers."],
        ["Rate limit", "A cap on how many requests an account may make in a period."],
      ],
      resources: [R.leanAnalytics, R.inspired, R.apiDesign],
    },
  },
  {
    slug: "psf-telehealth-older-patients",
    type: "product-sense",
    title: "A video-consultation app for older patients and their carers",
    prompt:
      "A healthcare provider wants to offer video consultations to patients over 75, many of whom have a family member or carer who helps them. Early pilots show a third of appointments fail to connect or start late. You're the product lead. Who are the users, what's going wrong, and what would you build first?",
    difficulty: "MEDIUM",
    tags: ["healthcare", "user-research", "accessibility", "video"],
    companies: ["Teladoc", "Amazon", "NHS Digital"],
    competencies: ["user-understanding", "prioritization", "technical-feasibility"],
    guide: {
      strongAnswer: strong(
        "A strong answer identifies several users (patient, carer, clinician, receptionist), investigates failed appointments with them, and focuses first on the simplest path to a working call, with a fallback when video fails.",
        [
          "**Users:** patients (eyesight, hearing, unfamiliar devices), carers (possibly joining from elsewhere), clinicians (on a tight schedule), reception staff.",
          "**Failures:** data on where calls fail (app install, login, camera permissions, poor connection); observe pilots; call patients who missed.",
          "**First build:** join by tapping a link in a text message with no account or app; a test call the day before; carers can join from their own device; large text and simple controls.",
          "**Fallback:** automatic switch to a phone call when video fails; clinicians see who's waiting.",
          "**Measure:** share of appointments starting on time, completion, patient and clinician satisfaction.",
        ],
      ),
      followUps: [
        "Clinicians say video adds nothing for half their appointments. What does that mean for the product?",
        "How do you handle consent when a carer joins the call?",
        "Patients with no smartphone at all: do you serve them, and how?",
      ],
      pitfalls: [
        "Designing only for the patient and forgetting carers and clinicians.",
        "Assuming the problem is the video technology rather than getting into the call.",
      ],
    },
    learn: {
      explainer:
        "Products often have several kinds of users with different needs: here, the patient, the carer who helps them, the clinician and the staff who schedule. Understanding each, and watching where things actually fail, stops a team from building the wrong thing. Removing steps (no app, no account) often helps more than new features.",
      terms: [
        ["User persona", "A description of a type of user, their goals and constraints."],
        ["Friction", "Anything that makes a task harder or slower for a user."],
        ["Fallback", "An alternative path when the main one fails."],
      ],
      resources: [R.inspired, R.jtbd],
    },
  },
  {
    slug: "psf-marketplace-fake-reviews",
    type: "product-sense",
    title: "Buyers no longer trust the reviews on your marketplace",
    prompt:
      "Your online marketplace for home services (plumbers, electricians, cleaners) relies on reviews, but surveys show buyers increasingly suspect fake ones, and some honest providers complain competitors buy reviews. How would you restore trust in reviews, and how would you know it's working?",
    difficulty: "MEDIUM",
    tags: ["trust-and-safety", "marketplace", "reviews"],
    companies: ["Amazon", "Yelp", "Airbnb"],
    competencies: ["user-understanding", "prioritization", "success-metrics", "technical-feasibility"],
    guide: {
      strongAnswer: strong(
        "A strong answer addresses both sides of the marketplace, makes reviews harder to fake at the source (only from verified jobs), detects and removes fakes, shows buyers why reviews can be trusted, and measures trust and honest behaviour.",
        [
          "**Users:** buyers choosing a provider; honest providers; dishonest providers; the marketplace's trust team.",
          "**Prevent:** reviews only after a booked and paid job through the platform; one review per job.",
          "**Detect:** patterns such as bursts of reviews, accounts linked to the provider, similar wording; human review of flagged cases; penalties.",
          "**Show trust:** 'verified job' labels, distributions rather than just averages, recency.",
          "**Measure:** survey trust, share of reviews verified, flagged reviews removed, booking conversion, complaints from providers.",
        ],
      ),
      followUps: [
        "Many jobs are arranged off-platform after the first contact. How does that affect verified reviews?",
        "Providers say removing a review harmed their business unfairly. What process do you need?",
        "Regulators introduce rules against fake reviews. What changes?",
      ],
      pitfalls: ["Only building detection, not preventing fakes at the source.", "Ignoring honest providers' side."],
    },
    learn: {
      explainer:
        "Marketplaces connect two groups, buyers and sellers, and depend on trust between them. Reviews help buyers choose but invite manipulation. The strongest defence is to allow reviews only from real transactions, then detect patterns of abuse and be transparent with buyers about what's verified.",
      terms: [
        ["Two-sided marketplace", "A platform connecting two groups, such as buyers and service providers."],
        ["Verified review", "A review tied to a confirmed transaction."],
        ["Trust and safety", "The work of keeping a platform free of fraud, abuse and harm."],
      ],
      resources: [R.inspired, R.leanAnalytics],
    },
  },
  {
    slug: "psf-payments-app-low-end-phones",
    type: "product-sense",
    title: "Launch a payments app where phones are basic and data is expensive",
    prompt:
      "Your company wants to launch its peer-to-peer payments app in several countries in East Africa and South Asia, where many people use low-end Android phones with little storage, mobile data is expensive, connections are unreliable, and mobile money services already exist. How would you decide what the product must be for these markets?",
    difficulty: "HARD",
    tags: ["emerging-markets", "mobile", "payments", "constraints"],
    companies: ["Google", "Meta", "M-Pesa"],
    competencies: ["user-understanding", "technical-feasibility", "prioritization", "success-metrics"],
    guide: {
      strongAnswer: strong(
        "A strong answer starts from local users and existing alternatives, lets technical constraints shape the product (small, data-light, offline-tolerant), finds a real reason to switch from existing mobile money, and sets market-specific measures.",
        [
          "**Research:** how people pay today (mobile money, cash), where it's painful, trust in new apps, language and literacy.",
          "**Constraints as requirements:** tiny app size, works on old Android versions, minimal data per transaction, tolerant of dropped connections (safe retries), SMS fallback.",
          "**Value:** interoperability with existing mobile money, lower fees, merchant payments, or remittances; something clearly better.",
          "**Trust:** agents or shops for cash in and out, local-language support, clear confirmations.",
          "**Measure:** first transaction within a week, repeat usage, transaction success rate on poor networks, data used per session.",
        ],
      ),
      followUps: [
        "A transaction times out on a poor connection. What should the user see, and what must the system guarantee?",
        "Regulation requires identity checks that many users can't easily complete. What do you do?",
        "Leadership wants the same app as in Europe, for simplicity. How do you respond?",
      ],
      pitfalls: [
        "Porting the home-market product without research.",
        "Ignoring existing mobile money and why people would switch.",
      ],
    },
    learn: {
      explainer:
        "Products built for one market often fail in another because the constraints differ: cheaper phones, costly data, patchy networks, different ways of paying. Treating those constraints as requirements, and understanding the local alternatives people already use, decides whether a product can win there.",
      terms: [
        ["Mobile money", "Phone-based payment services, widely used where bank accounts are less common."],
        ["Lite app", "A version of an app designed for low storage, memory and data."],
        ["Interoperability", "Different systems working together, such as sending money between services."],
      ],
      resources: [R.inspired, R.jtbd, R.highPerfBrowser],
    },
  },
  {
    slug: "psf-north-star-in-app-search",
    type: "product-sense",
    title: "What single number tells you search is getting better?",
    prompt:
      "You lead the search experience in a large online furniture store. Teams measure different things: engineers track response time, the ranking team tracks clicks on the first three results, marketing tracks searches per visit. Leadership wants one 'north star' metric for search and a few supporting ones. What would you choose, and why not the others?",
    difficulty: "HARD",
    tags: ["metrics", "search", "north-star", "ecommerce"],
    companies: ["Amazon", "Wayfair", "IKEA"],
    competencies: ["goal-framing", "success-metrics", "user-understanding", "prioritization"],
    guide: {
      strongAnswer: strong(
        "A strong answer defines what success means for a searcher (finding something they want and buying or saving it), picks a metric that captures that and resists gaming, and explains why the existing metrics are inputs or guardrails rather than the goal.",
        [
          "**User goal:** find a suitable product quickly; success is a purchase or a strong intent signal (add to basket, save) after searching.",
          "**North star candidate:** share of search sessions that end in add-to-basket or purchase within the session (search conversion), perhaps weighted by value.",
          "**Why not the others:** clicks can rise with clickbait; searches per visit rising may mean people can't find things; response time is an input.",
          "**Supporting metrics:** zero-result rate, reformulation rate, time to first add, latency as a guardrail, returns.",
          "**Caveats:** furniture purchases are considered over days; measure across sessions too; check metric movements with A/B tests.",
        ],
      ),
      followUps: [
        "Search conversion rises after a change, but so do returns. How do you read that?",
        "Most customers browse on mobile and buy later on desktop. What does that do to your metric?",
        "How would you convince the ranking team to give up their click metric?",
      ],
      pitfalls: [
        "Choosing a metric that rises when users struggle (searches per visit).",
        "No supporting or guardrail metrics.",
      ],
    },
    learn: {
      explainer:
        "A north star metric is the one number that best captures the value a product gives its users; other metrics are inputs that drive it or guardrails that must not get worse. A good north star reflects user success, moves when the product improves, and is hard to game. Some intuitive metrics, like more searches, can actually mean users are struggling.",
      terms: [
        ["North star metric", "The single measure a team uses to track the value it delivers."],
        ["Input metric", "A measure the team can influence directly that drives the north star."],
        ["Reformulation rate", "How often users change their search because the first one failed."],
      ],
      resources: [R.leanAnalytics, R.trustworthyExperiments, R.inspired],
    },
  },
];
