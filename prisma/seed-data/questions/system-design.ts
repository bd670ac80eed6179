import { strong, type SeedQuestion } from "./seed-question";
import { R } from "./learn-resources";

/**
 * System design at a TPM's depth: scope, architecture, data, scale, trade-offs and
 * rollout. Interviewers look for sound reasoning and clear choices, not code.
 */
export const SYSTEM_DESIGN_QUESTIONS: SeedQuestion[] = [
  {
    slug: "sd-ride-dispatch",
    type: "system-design",
    title: "Design a ride-hailing dispatch system",
    prompt:
      "Design the system that matches riders with nearby drivers for a ride-hailing app operating in a few hundred cities. When a rider taps 'Request', we should offer the trip to a suitable driver and confirm a match within a few seconds. Scope what you would build first, then walk me through the architecture, the data, how it holds up at Friday-night peak, the main trade-offs and how you would roll it out.",
    difficulty: "HARD",
    tags: ["geospatial", "real-time", "matching", "marketplace"],
    companies: ["Uber", "Lyft"],
    competencies: ["requirements-scoping", "architecture", "scalability-reliability", "tradeoffs"],
    learn: {
      explainer:
        "Dispatch is a matching problem that runs in real time: the system must know where thousands of moving drivers are, find the few near a rider, and make sure one trip goes to exactly one driver. Locations change every few seconds, so they live in fast memory split by area of the map, while the trip itself is a small record that must never be given to two drivers.",
      terms: [
        [
          "Geospatial index",
          "A way of storing locations so 'who is near this point?' is fast, for example by cutting the map into cells.",
        ],
        [
          "Offer and accept",
          "The trip is offered to one driver for a few seconds; if they decline or time out, it goes to the next.",
        ],
        [
          "State machine",
          "A list of allowed states (requested, offered, accepted, started, finished) and the moves between them.",
        ],
      ],
      resources: [R.ddia, R.sdPrimer, R.sdInterview],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer spots early that the heavy load is not ride requests but driver location updates, and that the hardest correctness problem is never giving one driver two trips. It keeps the first version to single-rider trips and leaves pooling, scheduled rides and pricing for later.",
        [
          "**Numbers that drive the design:** for example 1 million drivers online at peak sending a location every 4 seconds is about 250,000 writes per second, against perhaps 10,000 ride requests per second. Location is high-volume and short-lived; trips are low-volume and must never be lost.",
          "**Location service:** keeps each driver's latest position in memory, indexed by map cell (geohash or a similar grid that turns latitude and longitude into a searchable key), and partitioned by city so a 'nearest drivers' query touches only a few cells. Raw location history goes to cheap storage asynchronously for analytics.",
          "**Matching service:** finds candidate drivers, ranks them by estimated time to pick-up rather than straight-line distance, and sends an offer with a short timeout (say 10 seconds) before moving to the next driver.",
          "**No double assignment:** the driver is reserved with a short lease (an atomic 'set only if free' with an expiry) before the offer goes out, and the trip record moves through an explicit state machine (requested, offered, accepted, en route, completed, cancelled) stored in a durable database.",
          "**Trade-offs named:** greedy nearest-driver matching is simple and fast; batching requests for a couple of seconds gives better matches city-wide but adds latency. Location data can be slightly stale; trip state must be strongly consistent.",
          "**Reliability:** city partitions limit the blast radius; if the location service is degraded, the app can fall back to wider searches; phones hold trip state so an in-progress ride survives a server restart.",
          "**Rollout:** run the new matcher in shadow mode (computing matches but not acting on them) and compare with the old one, then launch city by city with pick-up time, cancellation rate and match success as launch gates.",
        ],
      ),
      followUps: [
        "Two riders request at the same moment and the same driver is the best match for both. Walk me through exactly what happens.",
        "A data centre serving three large cities goes down mid-evening. What do riders and drivers on active trips see?",
        "How would your design change to support shared rides with several pick-ups?",
        "How would you test a new matching algorithm without risking the marketplace?",
      ],
      pitfalls: [
        "Storing every location ping in a relational table and querying it by latitude and longitude ranges, which collapses at peak write rates.",
        "Skipping the offer-and-accept step: drivers can decline or ignore an offer, so matching needs timeouts and retries.",
        "Designing one global system with no partitioning by geography, so a hot city or a regional outage affects everyone.",
      ],
    },
  },
  {
    slug: "sd-notification-service",
    type: "system-design",
    title: "Design a notification service for push, email and SMS",
    prompt:
      "Dozens of product teams at our company each send their own push notifications, emails and text messages, and users complain about duplicates and messages at 3 a.m. Design a shared notification service that every team sends through. Cover scope, architecture, the data you keep, scale, trade-offs and how you would move the existing teams onto it.",
    difficulty: "MEDIUM",
    tags: ["messaging", "queues", "platform", "migration"],
    companies: ["Meta", "LinkedIn", "Amazon"],
    competencies: ["requirements-scoping", "architecture", "tradeoffs", "rollout-operations"],
    learn: {
      explainer:
        "A shared notification service sits between the teams that want to tell users something and the channels (push, email, SMS) that deliver it. Its value is in one place to apply user preferences, quiet hours, de-duplication and rate limits, and a queue so that a slow email provider never slows the product down.",
      terms: [
        ["Message queue", "A buffer that holds work to be done later, so the sender doesn't wait for the slow part."],
        [
          "Idempotency key",
          "A unique label on a request so that sending it twice has the same effect as sending it once.",
        ],
        ["Fan-out", "Turning one event into many deliveries, for example one announcement sent to a million users."],
      ],
      resources: [R.ddia, R.sdInterview, R.sdPrimer],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer treats this as a platform with two customers: the product teams sending messages and the users receiving them. It separates urgent messages (a login code) from bulk ones (a weekly digest) because they need different speed and reliability guarantees.",
        [
          "**Scope:** one API for teams to send a notification by type and recipient; user preferences and quiet hours; templates and translations; delivery through outside providers (Apple and Google push services, an email provider, an SMS provider). Marketing campaign tools are out of scope for v1.",
          "**Flow:** the send API validates and stores the request, then puts it on a queue. Workers check preferences, quiet hours, frequency caps and duplicates, render the template and hand off to a provider-specific sender. Provider responses and delivery receipts flow back as events.",
          "**Priorities:** separate queues per priority so a 20-million-email digest never delays a password-reset code. Time-sensitive messages expire rather than arrive hours late.",
          "**Data:** notification types owned by teams; user preferences per type and channel; a send log with status per message for support and debugging; an idempotency key per request (a unique ID the caller supplies so a retried request isn't sent twice).",
          "**Reliability and cost:** retries with backoff when a provider fails, failover to a second SMS provider, per-team rate limits so one team's bug can't spam everyone. SMS costs real money per message, so budgets and alerts per team matter.",
          "**Rollout:** start with one willing team and one channel, run old and new paths side by side with a flag, then migrate teams in waves. Track delivery rate, latency by priority, opt-out rate and complaints, and agree an end date for the old paths.",
        ],
      ),
      followUps: [
        "A team accidentally triggers a notification to every user. How does your design limit the damage?",
        "How do you make sure a user gets a message once, not three times, when a worker crashes mid-send?",
        "Two teams both want the top slot in a user's morning. Who decides, and how does the system enforce it?",
        "How would you measure whether the service has reduced notification fatigue?",
      ],
      pitfalls: [
        "Sending synchronously from the API call, so a slow email provider slows down every product team.",
        "Treating all messages alike, so bulk sends delay urgent ones.",
        "Ignoring the migration: a shared service only helps once teams have moved onto it, and that is the hard part of the program.",
      ],
    },
  },
  {
    slug: "sd-api-rate-limiter",
    type: "system-design",
    title: "Design a rate limiter for a public API",
    prompt:
      "Our public API is used by thousands of customers, and last month one customer's runaway script slowed it down for everyone. Design a rate limiter that protects the API and treats customers fairly across paid tiers. Walk me through requirements, where it sits in the architecture, how it keeps count across many servers, the trade-offs, and how you would switch it on without breaking customers.",
    difficulty: "MEDIUM",
    tags: ["api", "rate-limiting", "distributed-systems", "reliability"],
    companies: ["Stripe", "Google", "Amazon"],
    competencies: ["requirements-scoping", "architecture", "tradeoffs", "rollout-operations"],
    learn: {
      explainer:
        "A rate limiter counts how many requests each customer makes in a time window and turns away the extra ones, so one runaway script can't slow the service for everyone. The counting has to be shared by every server (often in a fast store such as Redis) and must be cheap, because it runs on every single request.",
      terms: [
        [
          "Token bucket",
          "Each customer has a bucket that refills at a steady rate; each request takes a token, and an empty bucket means 'try later'.",
        ],
        ["HTTP 429", "The 'Too Many Requests' status code, usually sent with a hint saying when to retry."],
        ["Fail open / fail closed", "Whether requests are let through or refused when the limiter itself is broken."],
      ],
      resources: [R.sdPrimer, R.sdInterview, R.ddia],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer starts from what the limiter is for (protecting shared capacity and enforcing plan limits) and who gets hurt when it is wrong. It picks a counting method, places the check at the edge, and treats the launch as a customer-facing change.",
        [
          "**Requirements:** limits per API key and per tier (for example 100 requests per second for standard, 1,000 for enterprise), optional tighter limits on expensive endpoints, the check itself adding only a millisecond or two, and clear feedback to callers.",
          "**Algorithm:** a token bucket (each key earns tokens at a steady rate up to a maximum, and each request spends one) allows short bursts while holding the average rate. A fixed one-minute window is simpler but lets a caller send double the limit across a window boundary.",
          "**Placement:** in the API gateway, before requests reach the services, so rejected traffic costs almost nothing. Rejections return HTTP 429 with a Retry-After header and rate-limit headers, so well-behaved clients can slow down.",
          "**Counting across servers:** a shared in-memory store (such as Redis) holding counters per key, updated atomically. For very high volume, each gateway can keep a local allowance and sync periodically, accepting slight over-admission.",
          "**Failure choice:** if the counter store is down, 'fail open' (let traffic through) keeps customers working but removes protection; 'fail closed' protects the API but causes an outage. Most public APIs fail open with a local fallback limit.",
          "**Rollout:** first run in log-only mode to see who would be limited, contact those customers, publish the limits in the docs, then enforce by tier with a per-customer override for exceptions.",
        ],
      ),
      followUps: [
        "An enterprise customer says they are being limited while well under their quota. How would you investigate?",
        "How would you limit a customer's total usage across three regions?",
        "What changes if the goal is protecting a fragile downstream database rather than enforcing plan limits?",
        "How do you handle a customer who needs a one-off burst for a migration?",
      ],
      pitfalls: [
        "Counting per server, so a customer spread over 50 servers gets 50 times their limit.",
        "Launching enforcement without a log-only phase and customer communication, and breaking integrations overnight.",
        "Putting a slow network call to a central counter on every request without considering the added latency or what happens when it fails.",
      ],
    },
  },
  {
    slug: "sd-global-feature-flags",
    type: "system-design",
    title: "Design a global feature-flag system",
    prompt:
      "Design a feature-flag system that lets any engineer turn features on or off, or roll them out to a percentage of users, across web, mobile and backend services in every region. A change, especially turning off a broken feature, must take effect everywhere within seconds. Scope it, then cover the architecture, the data, scale, trade-offs and how you would get hundreds of services using it.",
    difficulty: "HARD",
    tags: ["platform", "configuration", "experimentation", "reliability"],
    companies: [],
    competencies: ["architecture", "scalability-reliability", "tradeoffs", "rollout-operations"],
    learn: {
      explainer:
        "A feature flag is a switch in the code that decides, at run time, whether a user gets a feature. A flag system stores the rules centrally and pushes them to every service so changes take effect in seconds without a deploy; the hard parts are getting changes everywhere quickly, and keeping services working when the flag system itself is down.",
      terms: [
        [
          "Percentage rollout",
          "Turning a feature on for a fixed share of users, chosen consistently so the same user always gets the same answer.",
        ],
        ["Kill switch", "A flag that turns a feature off fast when it misbehaves."],
        [
          "Local evaluation",
          "Each service keeps a copy of the rules and decides on its own, so a request never waits on the flag service.",
        ],
      ],
      resources: [R.sre, R.accelerate, R.sdPrimer],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer recognises that flag checks happen on nearly every request, so they must be evaluated locally in memory, and that the flag system itself must never become a single point of failure for the whole company.",
        [
          "**Model:** a flag has a key, an owner, variants (on or off, or A, B and C), targeting rules (country, app version, internal staff) and a percentage rollout. Every change is versioned with who, when and why, for audit and instant revert.",
          "**Consistent bucketing:** the user's ID is hashed with the flag key to give a stable number from 0 to 99, so a user at 10% stays in the same bucket as the rollout grows to 50%, and flags don't all pick the same users.",
          "**Architecture:** a control plane (UI and API where changes are made, backed by a strongly consistent store) and a delivery plane that pushes the full rule set to SDKs in each service over a streaming connection, with regional caches and a CDN for mobile and web clients.",
          "**Evaluation in the SDK:** services hold the rules in memory and evaluate in microseconds with no network call. If the flag service is unreachable they keep the last known rules, and ship with safe defaults for a cold start.",
          "**Scale:** millions of evaluations per second happen locally; the central load is only rule changes and connected clients. Mobile apps fetch on launch and periodically because they can't hold a connection open.",
          "**Trade-offs:** pushing full rule sets is simple and resilient but exposes targeting rules to clients, so sensitive rules are evaluated server-side. Build versus buy matters: mature vendors exist, and the deciding factors are cost at this scale, data residency and integration depth.",
          "**Rollout and hygiene:** dogfood the system by rolling out the SDK behind its own kill switch; migrate services starting with a few critical ones; require owners and expiry dates so stale flags get cleaned up instead of piling up as dead code.",
        ],
      ),
      followUps: [
        "Someone turns on a flag that takes down checkout. Walk me through detection and recovery, minute by minute.",
        "How do you guarantee the kill switch works when the flag service itself is having an outage?",
        "How would you support experiments where the analytics team needs to know exactly which users saw which variant?",
        "Three years in there are 12,000 flags. What do you do?",
      ],
      pitfalls: [
        "Having every service call a central flag API on each request, which adds latency and makes the flag service a company-wide outage risk.",
        "Using random assignment on each request, so users flicker between old and new behaviour.",
        "Ignoring governance: flags without owners or expiry become permanent, untested code paths.",
      ],
    },
  },
  {
    slug: "sd-photo-feed",
    type: "system-design",
    title: "Design the home feed for a photo-sharing app",
    prompt:
      "Design the home feed for a photo-sharing app with 200 million daily users, where people follow friends and a few celebrities with tens of millions of followers. Opening the app should show a fresh, ranked feed in under a second, anywhere in the world. Take me through scope, architecture, data, scaling, the key trade-offs and how you would launch changes safely.",
    difficulty: "HARD",
    tags: ["social", "feed", "caching", "media"],
    companies: ["Meta", "Pinterest", "Snap"],
    competencies: ["architecture", "data-modeling", "scalability-reliability", "tradeoffs"],
    learn: {
      explainer:
        "A feed is a ranked list of recent posts from the people you follow. It can be built when you open the app (pull) or prepared in advance when someone posts (push); big systems mix both, because pushing one celebrity's post into fifty million feeds is too expensive, while pulling for every user on every open is too slow.",
      terms: [
        ["Fan-out on write", "Copying a new post into each follower's feed when it is posted."],
        ["Fan-out on read", "Assembling the feed at the moment a user opens the app."],
        ["Ranking", "Ordering candidate posts by predicted interest rather than only by time."],
      ],
      resources: [R.ddia, R.sdInterview, R.sdPrimer],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer separates the heavy media (photos, served from a CDN) from the light feed metadata, and makes the central decision explicit: build each user's feed when a post is made, or when the feed is opened.",
        [
          "**Numbers:** 200 million daily users opening the app several times a day gives roughly 10,000 to 25,000 feed reads per second on average and several times that at peak, versus far fewer posts. The system is heavily read-dominated.",
          "**Media path:** uploads go straight to object storage through a pre-signed URL (a time-limited upload link), are resized into a few sizes in the background and served via a CDN so photos load from a nearby edge server.",
          "**Fan-out on write:** when someone posts, push the post ID into each follower's precomputed feed list in a cache. Reads are fast, but a celebrity post means tens of millions of writes.",
          "**Hybrid:** fan out on write for normal accounts; for accounts with huge followings, merge their recent posts in at read time. This is the standard answer and the candidate should explain why.",
          "**Ranking:** fetch a few hundred candidate posts, score them with a ranking service (recency, closeness, predicted engagement) and return the top page. Ranking can degrade to newest-first if that service is slow.",
          "**Data:** posts and the follow graph in horizontally partitioned stores keyed by user ID; feed lists in an in-memory cache with a cap (for example the latest 500 items); likes and comment counts updated asynchronously and allowed to lag slightly.",
          "**Launch:** ranking changes go through A/B tests with guardrails such as time spent, reports of unwanted content and feed load time; infrastructure changes ramp region by region.",
        ],
      ),
      followUps: [
        "A celebrity with 80 million followers posts. Walk me through what happens in the next ten seconds.",
        "How would you handle a user who follows 7,000 accounts?",
        "How do you stop a post that has been deleted for policy reasons from still appearing in cached feeds?",
        "What would you show when the ranking service is down?",
      ],
      pitfalls: [
        "Computing the feed from scratch on every open by querying every followed account, which doesn't scale to 200 million users.",
        "Pure fan-out on write with no special handling for very large accounts.",
        "Storing images in the database or serving them from application servers instead of object storage and a CDN.",
      ],
    },
  },
  {
    slug: "sd-payments-ledger",
    type: "system-design",
    title: "Design a payments ledger",
    prompt:
      "Design the ledger at the heart of a payments company: the system of record for every movement of money between customers, merchants and the company. Finance must be able to prove at any time that every cent is accounted for, and no payment can ever be recorded twice or lost. Scope it and cover the architecture, data model, consistency, scale, trade-offs and how you would migrate from the current spreadsheet-plus-database setup.",
    difficulty: "HARD",
    tags: ["payments", "consistency", "finance", "data-integrity"],
    companies: ["Stripe", "PayPal", "Amazon"],
    competencies: ["requirements-scoping", "data-modeling", "tradeoffs", "rollout-operations"],
    learn: {
      explainer:
        "A ledger records every movement of money as entries that are never edited or deleted, only added. Double-entry bookkeeping means each movement is written twice, a debit and a matching credit, so the books always balance and any mistake is fixed by a new correcting entry that leaves a trail.",
      terms: [
        [
          "Double-entry",
          "Every transaction debits one account and credits another by the same amount, so totals always sum to zero.",
        ],
        ["Append-only", "Records are only ever added, never changed, which makes history auditable."],
        ["Reconciliation", "Comparing our records with a bank's or provider's to find and explain differences."],
      ],
      resources: [R.ddia, R.sdPrimer, R.sdInterview],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer puts correctness and auditability ahead of speed, and uses double-entry bookkeeping because it makes errors detectable: every movement debits one account and credits another, so the books always balance.",
        [
          "**Data model:** accounts (customer balance, merchant payable, fees, bank settlement); journal entries made of two or more lines that must sum to zero; amounts stored as whole numbers of the smallest currency unit (cents), never as floating-point numbers, with the currency on every line.",
          "**Append-only:** entries are never edited or deleted. A mistake is fixed with a new reversing entry, which gives a complete audit trail. Balances are derived from entries, and cached balances can always be rebuilt.",
          "**Exactly once:** every request carries an idempotency key (a unique ID from the caller), stored with a unique constraint so a retried request returns the original result instead of posting again.",
          "**Consistency:** a relational database with ACID transactions (all-or-nothing, consistent, isolated, durable writes) so all lines of an entry commit together. Partition by account once a single database isn't enough, and use a careful two-step pattern for moves between partitions.",
          "**Reconciliation:** daily automated comparison of the ledger against bank and card-network settlement files, with breaks (mismatches) routed to a finance queue. This is how a real ledger earns trust.",
          "**Trade-offs:** strong consistency and synchronous writes cost latency and make scaling harder, which is acceptable here; reporting and analytics read from a replicated copy, not the ledger itself.",
          "**Migration:** backfill historical data, then run the new ledger in parallel with the old books for a full month-end close, reconciling daily until differences are zero. Cut over at a quiet period with finance, audit and compliance signed off.",
        ],
      ),
      followUps: [
        "A customer is refunded twice because of a retry bug. How does your design prevent it, and how would you detect it if it happened anyway?",
        "How do you handle a payment in euros settled to a merchant in dollars?",
        "The ledger database is becoming the bottleneck at 5,000 transactions per second. What are your options?",
        "What would the auditors want to see before you retire the old system?",
      ],
      pitfalls: [
        "Storing a single mutable 'balance' column that is updated in place, with no history of how it got there.",
        "Using floating-point numbers for money.",
        "Treating the migration as a one-night switch instead of a parallel run with reconciliation.",
      ],
    },
  },
  {
    slug: "sd-video-upload-pipeline",
    type: "system-design",
    title: "Design a video upload and processing pipeline",
    prompt:
      "Users of our app upload videos from their phones, often on patchy mobile connections, and those videos must be playable smoothly on any device and network. Design the pipeline from the moment the user taps 'Upload' to the moment their followers can watch. Cover scope, architecture, storage, scale and cost, the trade-offs, and how you would roll it out.",
    difficulty: "MEDIUM",
    tags: ["media", "pipelines", "storage", "cdn"],
    companies: ["Google", "Meta", "TikTok"],
    competencies: ["architecture", "data-modeling", "scalability-reliability", "rollout-operations"],
    learn: {
      explainer:
        "Uploading and preparing a video is a pipeline of steps: receive the file in pieces so a dropped connection can resume, store the original, convert it into several sizes and formats, and publish it through a content delivery network. Each step runs in the background, so the user isn't kept waiting and a failed step can be retried on its own.",
      terms: [
        [
          "Transcoding",
          "Converting a video into other formats and resolutions so it plays on every device and network.",
        ],
        ["Resumable upload", "Sending a file in chunks so an interrupted upload continues where it stopped."],
        ["CDN", "Content delivery network: servers near users that keep copies of popular files."],
      ],
      resources: [R.sdInterview, R.ddia, R.highPerfBrowser],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer splits the work into upload, processing and playback, makes each step resumable and asynchronous, and is aware that transcoding and storage dominate cost.",
        [
          "**Upload:** the app asks the API for an upload session and then sends the file in chunks directly to object storage using pre-signed URLs, so a dropped connection resumes from the last chunk instead of starting over and large files never pass through application servers.",
          "**Processing:** a completed upload emits an event onto a queue. Workers transcode the video (convert it into several resolutions and bitrates), generate thumbnails, and run content-safety checks. Each step is a separate retryable job with its status recorded.",
          "**Playback:** adaptive streaming formats split video into small segments at several qualities, and the player switches quality as the network changes. Segments are served from a CDN.",
          "**Data:** a video metadata record (owner, status such as uploading, processing, ready or rejected, durations, available renditions) in a database; the files themselves in object storage, with rarely watched originals moved to cheaper storage tiers.",
          "**Scale and cost:** transcoding is CPU- or GPU-heavy and bursty, so workers autoscale off queue depth. Encode popular videos at more qualities and long-tail videos at fewer, or lazily.",
          "**Trade-offs:** publishing as soon as a low-resolution version is ready gets videos live faster at the cost of lower quality for the first minutes; running safety checks before publishing is slower but safer.",
          "**Rollout:** ship the new uploader to a small share of app users first, compare upload success rate and time-to-playable against the old path, then ramp. Watch queue depth and per-video processing cost.",
        ],
      ),
      followUps: [
        "A creator uploads a two-hour 4K video over a train's Wi-Fi. What happens?",
        "The transcoding backlog suddenly grows to six hours. How do you find out why, and what do users see meanwhile?",
        "How would you cut the storage bill by a third?",
        "Where in the pipeline would you check for copyrighted or harmful content, and what are the trade-offs?",
      ],
      pitfalls: [
        "Uploading the whole file through application servers in a single request.",
        "Transcoding synchronously while the user waits.",
        "Forgetting that playback needs multiple renditions and a CDN to work on slow networks.",
      ],
    },
  },
  {
    slug: "sd-booking-no-double",
    type: "system-design",
    title: "Design a booking system that never double-books",
    prompt:
      "Design the booking system for a clinic network: patients pick a doctor and a time slot from the doctor's calendar and book it online or by phone. Two people must never end up with the same slot, even if they tap 'Book' at the same instant. Scope it, then cover the architecture, the data model, how you prevent double bookings, time zones, trade-offs and rollout.",
    difficulty: "MEDIUM",
    tags: ["scheduling", "consistency", "transactions", "time-zones"],
    companies: ["Microsoft", "Google", "Airbnb"],
    competencies: ["requirements-scoping", "data-modeling", "tradeoffs", "rollout-operations"],
    learn: {
      explainer:
        "A booking system must guarantee that one slot goes to one person even when two people click at the same moment. The guarantee belongs in the database (a unique rule or a lock), not in code that checks first and writes later, because two requests can both pass the check before either writes.",
      terms: [
        ["Hold", "A short, expiring reservation made while the person finishes booking."],
        [
          "Unique constraint",
          "A database rule that refuses a second row with the same key, such as the same doctor and time.",
        ],
        ["Race condition", "A bug where the result depends on which of two simultaneous actions happens first."],
      ],
      resources: [R.ddia, R.sdPrimer, R.sqlCourse],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer identifies 'no double booking' as the requirement that shapes everything, and enforces it in the database rather than trusting the application to check first and then write.",
        [
          "**Scope:** doctors publish weekly availability plus exceptions (leave, holidays); patients search open slots and book, cancel or reschedule; reminders are sent. Group sessions and payments can wait.",
          "**Data:** doctors, availability rules, appointments (doctor, start, end, patient, status). Times are stored in UTC with the clinic's time-zone name, so a slot reads correctly across daylight-saving changes.",
          "**Preventing double booking:** a unique constraint on (doctor, slot start) or, for variable-length appointments, a database exclusion constraint that rejects overlapping time ranges for the same doctor. The second booking attempt fails cleanly and the patient sees fresh slots.",
          "**Holds:** when a patient starts checkout, place a short hold (for example five minutes) on the slot so it isn't sold from under them, with expired holds released automatically.",
          "**Read path:** open slots are computed from availability minus appointments and can be cached briefly, because the final check at booking time is authoritative.",
          "**Trade-offs:** a single regional relational database gives simple strong consistency; sharding by doctor or clinic keeps that property if it outgrows one server. Optimistic booking (try it, handle the conflict) beats locking the calendar while someone browses.",
          "**Rollout:** migrate existing appointments, run the phone team on the new system alongside the old one at a pilot clinic, then go clinic by clinic, watching booking conflicts, failed bookings and no-shows.",
        ],
      ),
      followUps: [
        "A doctor edits their availability while patients are booking. What happens to appointments already made?",
        "How do you handle a clinic in a region that moves its clocks forward one night?",
        "The front desk also books through a legacy system that syncs every ten minutes. How do you avoid conflicts?",
        "How would recurring weekly appointments change your data model?",
      ],
      pitfalls: [
        "Checking 'is the slot free?' and then inserting, in two separate steps with nothing stopping another request in between.",
        "Storing local times without a time zone, which breaks on daylight-saving changes and for remote consultations.",
        "Locking the calendar while a patient browses, which blocks everyone else.",
      ],
    },
  },
  {
    slug: "sd-url-shortener-analytics",
    type: "system-design",
    title: "Design a URL shortener with click analytics",
    prompt:
      "Design a URL shortener like the ones used in marketing campaigns: a customer pastes a long link and gets back a short one, and anyone clicking the short link is redirected quickly. Customers also want a dashboard showing clicks over time, by country and by device. Take me through requirements, architecture, data, scale, trade-offs and launch.",
    difficulty: "EASY",
    tags: ["web", "caching", "analytics", "key-generation"],
    companies: ["Google", "Amazon", "Microsoft"],
    competencies: ["requirements-scoping", "architecture", "data-modeling", "scalability-reliability"],
    learn: {
      explainer:
        "A URL shortener stores a mapping from a short code to a long address and redirects anyone who visits the code. Redirects are read far more often than links are created, so they are served from a cache, while each click is recorded in the background for analytics so that counting never slows the redirect.",
      terms: [
        [
          "Redirect (301/302)",
          "An HTTP answer that tells the browser to go to another address; 301 may be cached by browsers, 302 is not.",
        ],
        ["Read-heavy", "A system where reads far outnumber writes, so it is designed around fast reads."],
        ["Event stream", "A log of things that happened (such as clicks) that other systems read at their own pace."],
      ],
      resources: [R.sdPrimer, R.sdInterview, R.ddia],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer notices two very different workloads: a redirect path that must be fast and always up, and an analytics path that can lag by a minute. It keeps them apart so the dashboard can never slow down a redirect.",
        [
          "**Estimates:** for example 10 million new links a month and 1 billion clicks a month, about 400 clicks per second on average with spikes many times higher. Seven characters from letters and digits give over 3 trillion codes, plenty for years.",
          "**Generating codes:** a counter handed out in blocks to each server, encoded in base 62 (letters and digits), avoids collisions; random codes with a uniqueness check are harder to guess. Custom aliases need a uniqueness check either way.",
          "**Redirect path:** look up the code, in a cache first and then a key-value store, and return a redirect. A temporary redirect (HTTP 302) makes each click come back to us so it can be counted; a permanent one (301) lets browsers cache it and skip us.",
          "**Analytics path:** each redirect emits a small click event (time, code, country from IP, device from the user agent) to a stream. A consumer aggregates counts per link per minute into an analytics store that the dashboard reads.",
          "**Data:** a links table (code, long URL, owner, created, expiry) that is read-heavy and easy to replicate; raw events kept for a limited time, aggregates kept long term.",
          "**Abuse and reliability:** scan destination URLs for malware and phishing and allow links to be disabled quickly. If the analytics pipeline is down, redirects still work and events are buffered.",
          "**Launch:** beta with a few customers, with redirect latency, error rate and event lag as the key dashboards.",
        ],
      ),
      followUps: [
        "Why might a customer be upset if you used permanent (301) redirects?",
        "A link goes viral in a major campaign and gets 50,000 clicks per second. What breaks first?",
        "How would you stop the service being used to hide phishing links?",
        "How do you count unique visitors without storing personal data you don't need?",
      ],
      pitfalls: [
        "Writing to the analytics database synchronously on every redirect.",
        "Hashing the long URL and truncating it without a plan for collisions.",
        "Spending the whole interview on the code-generation algorithm and never reaching analytics, scale or abuse.",
      ],
    },
  },
  {
    slug: "sd-search-autocomplete",
    type: "system-design",
    title: "Design search autocomplete suggestions",
    prompt:
      "Design the autocomplete for the search box of a large shopping site: as the user types each letter, we show up to ten suggested searches. Suggestions must appear fast enough to keep up with typing, reflect what's popular right now, and never show offensive terms. Walk me through scope, architecture, data, scale, trade-offs and rollout.",
    difficulty: "MEDIUM",
    tags: ["search", "latency", "data-pipelines", "caching"],
    companies: ["Google", "Amazon", "LinkedIn"],
    competencies: ["requirements-scoping", "architecture", "scalability-reliability", "tradeoffs"],
    learn: {
      explainer:
        "Autocomplete suggests searches as you type, so it must answer in a few tens of milliseconds. Suggestions are prepared ahead of time from what people searched recently, ranked by popularity, and kept in memory in a structure that finds all entries starting with the letters typed so far.",
      terms: [
        ["Prefix", "The beginning of a word or phrase, such as 'run' for 'running shoes'."],
        [
          "Trie",
          "A tree of letters where each path from the top spells a prefix, making 'everything that starts with…' fast.",
        ],
        [
          "Debounce",
          "Waiting a few milliseconds after a keystroke before sending a request, so fast typists don't flood the server.",
        ],
      ],
      resources: [R.sdInterview, R.grokkingAlgorithms, R.sdPrimer],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer sees that the read path must answer in tens of milliseconds, so suggestions are precomputed offline and the online service only does lookups. It treats freshness and safety as separate pipelines.",
        [
          "**Budget:** people type a character every 100 to 200 milliseconds, so the end-to-end target is roughly 100 milliseconds, with the server itself aiming for about 10. The client waits briefly after each keystroke (debouncing) and cancels outdated requests.",
          "**Data structure:** a prefix tree (trie), where each node is a prefix and stores its top ten completions ready to serve, so a lookup is a single walk down the tree rather than a search.",
          "**Offline pipeline:** aggregate search logs daily, weight by popularity and conversion, remove offensive or blocked terms, and build a new trie that is loaded into memory on serving nodes.",
          "**Freshness:** a streaming job picks up fast-rising searches every few minutes and merges them in, so a new product launch appears the same day.",
          "**Scale:** the trie for the top few million queries fits in memory, so it is copied to every serving node and each region; more traffic means more copies. Cache the shortest prefixes at the CDN edge because they are the most requested.",
          "**Trade-offs:** precomputed lists are fast but less personal; adding personalisation (recent searches, location) means merging a small per-user list at request time. Safety filtering at build time is cheap but slow to react, so keep an instant blocklist at serving time too.",
          "**Rollout:** A/B test against the existing suggestions, measuring suggestion click-through, searches completed and time to purchase, with latency and complaint rate as guardrails.",
        ],
      ),
      followUps: [
        "An offensive suggestion is trending on social media with a screenshot. What happens in the next 15 minutes?",
        "How would you support typos, such as 'iphnoe'?",
        "How would suggestions differ between the UK and Japan sites?",
        "How do you keep the daily trie rebuild from becoming a single point of failure?",
      ],
      pitfalls: [
        "Running a database query with a LIKE 'prefix%' search on every keystroke.",
        "Ignoring the client side: without debouncing, request volume multiplies by the length of each query.",
        "No plan for harmful or embarrassing suggestions, which is a real launch blocker.",
      ],
    },
  },
  {
    slug: "sd-multi-region-chat",
    type: "system-design",
    title: "Design a multi-region chat service",
    prompt:
      "Design a chat service, one-to-one and in groups of up to 500, for 50 million daily users spread across North America, Europe and Asia. Messages should arrive within a second, in order, and nothing should be lost when someone's phone is offline. Scope it, then cover architecture, data, how you handle multiple regions, the trade-offs and the launch.",
    difficulty: "HARD",
    tags: ["messaging", "real-time", "multi-region", "consistency"],
    companies: ["Meta", "Microsoft", "Discord"],
    competencies: ["architecture", "data-modeling", "scalability-reliability", "tradeoffs"],
    learn: {
      explainer:
        "A chat service keeps open connections to users' devices so messages arrive within a second, stores every message durably, and keeps each conversation in order. Running it in several regions brings servers close to users, but then the regions must agree on the order of messages and on what happens when a region is cut off.",
      terms: [
        [
          "WebSocket",
          "A long-lived two-way connection between an app and a server, so the server can push messages instantly.",
        ],
        ["Sequence number", "A counter per conversation that fixes the order of messages."],
        ["Home region", "The one region that owns a conversation's writes, to avoid two regions disagreeing."],
      ],
      resources: [R.ddia, R.sdInterview, R.sdPrimer],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer separates keeping connections open to phones from storing and routing messages, defines 'in order' per conversation rather than globally, and takes a clear position on where each conversation's data lives.",
        [
          "**Connections:** clients hold a persistent connection (for example a WebSocket, a two-way link that stays open) to a gateway in their nearest region. A presence service tracks which gateway each user is connected to.",
          "**Send path:** the message goes to the conversation's service, which assigns a sequence number per conversation, stores it durably, acknowledges the sender, then delivers to online members via their gateways and sends a push notification to offline ones.",
          "**No loss:** clients keep unsent messages locally and retry with a client-generated message ID so duplicates are dropped. On reconnect a client asks for everything after the last sequence number it saw.",
          "**Data:** messages partitioned by conversation ID in a wide-column or similar store built for heavy writes; conversation membership and user profiles in a separate store; media in object storage behind a CDN.",
          "**Multi-region:** each conversation has a home region (where most members are) that orders and stores its messages, replicating to other regions for reads. A cross-region group pays one extra hop for senders outside the home region; that is the price of a single order.",
          "**Trade-offs:** end-to-end encryption protects privacy but rules out server-side search and moderation of content; a single ordering point per conversation is simpler than resolving conflicts between regions; delivery receipts and typing indicators are best-effort.",
          "**Launch:** internal dogfood, then country by country, with delivery latency percentiles, message-loss checks (synthetic test accounts messaging each other continuously) and crash rate as launch gates.",
        ],
      ),
      followUps: [
        "A user in Singapore and one in Paris send a message to the same group in the same millisecond. Who sees what order?",
        "The European region goes down. What happens to conversations whose home region is Europe?",
        "How would adding end-to-end encryption change your design and your launch plan?",
        "How would you detect that messages are being silently lost?",
      ],
      pitfalls: [
        "Promising a global order of all messages, which is neither needed nor achievable cheaply.",
        "Storing messages only after delivery, so a crash loses them.",
        "Ignoring offline users and reconnection, which is where most real bugs happen.",
      ],
    },
  },
  {
    slug: "sd-metrics-pipeline",
    type: "system-design",
    title: "Design a metrics and monitoring pipeline",
    prompt:
      "Design an internal monitoring system that collects metrics such as request rates, error rates, latencies and CPU from 20,000 servers and 1,500 services. Engineers need dashboards that load quickly and alerts that fire within a minute of a problem. Cover scope, architecture, data and retention, scale, trade-offs, and how you would move teams off three different existing tools.",
    difficulty: "HARD",
    tags: ["observability", "time-series", "alerting", "platform"],
    companies: ["Google", "Datadog", "Netflix"],
    competencies: ["requirements-scoping", "data-modeling", "scalability-reliability", "rollout-operations"],
    learn: {
      explainer:
        "A monitoring system collects numbers such as error rates and latencies from every server, stores them as time series, and lets engineers chart them and get alerted. The volume is huge, so data is summarised as it ages, and the alerting path must keep working even when the rest of the system is struggling, which is exactly when it is needed.",
      terms: [
        [
          "Time series",
          "A sequence of measurements of one thing over time, such as requests per second on one service.",
        ],
        ["Cardinality", "How many distinct series there are; a label such as user ID can multiply it by millions."],
        [
          "Downsampling",
          "Keeping old data at a coarser resolution, such as one point per hour instead of per ten seconds.",
        ],
      ],
      resources: [R.sre, R.srw, R.ddia],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer puts numbers on ingestion, understands that the number of distinct label combinations (cardinality) is what breaks metrics systems, and insists the alerting path keeps working when everything else is on fire.",
        [
          "**Estimates:** 20,000 servers each reporting, say, 2,000 series every 10 seconds is 4 million data points per second. Each data point is tiny, but the number of series is the real limit.",
          "**Collection:** an agent on each host gathers metrics from the machine and the services on it, pre-aggregates, and pushes to regional ingestion gateways, which buffer into a durable stream so a slow database doesn't drop data.",
          "**Storage:** a time-series database partitioned by series and time, compressing values well. Keep 10-second data for a couple of weeks, 1-minute rollups for months and hourly rollups for years, so long-range dashboards stay fast and storage stays affordable.",
          "**Cardinality control:** a label such as user ID can create millions of series overnight, so there are per-team limits, warnings and automatic dropping of offending labels.",
          "**Alerting:** rule evaluation reads from the recent, in-memory data and runs independently of the dashboards, in every region, and a separate simple 'watchdog' checks that the monitoring system itself is alive.",
          "**Trade-offs:** pushing metrics suits short-lived jobs and centralised control, while pulling suits discovering what's running; building costs engineers while buying costs licence fees at this volume. Exact percentiles across servers are expensive, so approximate summaries are acceptable.",
          "**Migration:** run side by side, mirror metrics from the old tools, convert dashboards and alerts with tooling, migrate team by team with the noisiest alerts fixed first, and set a date to switch the old systems off.",
        ],
      ),
      followUps: [
        "A team ships code that adds customer ID as a metric label. What happens, and how does your system protect itself?",
        "The region hosting your monitoring goes down during an incident. How do engineers see what's happening?",
        "How would you reduce alert fatigue across 1,500 services?",
        "How would you decide whether to build this or pay a vendor?",
      ],
      pitfalls: [
        "Storing every raw data point forever in a general-purpose relational database.",
        "Running alerts through the same path as dashboards, so a heavy query can delay a page.",
        "Treating migration as a technical copy rather than a change-management program with hundreds of teams.",
      ],
    },
  },
  {
    slug: "sd-flash-sale-inventory",
    type: "system-design",
    title: "Design inventory reservation for a flash sale",
    prompt:
      "An online retailer is running a flash sale at 10:00 sharp: 10,000 units of a popular console at a big discount, with about two million shoppers expected to hit the page in the first minute. Design the system so we never sell more units than we have, the site stays up, and real shoppers feel it was fair. Cover scope, architecture, data, scale, trade-offs and how you would prepare for the day.",
    difficulty: "HARD",
    tags: ["e-commerce", "consistency", "traffic-spikes", "inventory"],
    companies: ["Amazon", "Shopify", "Walmart"],
    competencies: ["requirements-scoping", "data-modeling", "scalability-reliability", "rollout-operations"],
    learn: {
      explainer:
        "In a flash sale, far more people arrive in the first minute than there are items, so the system must count down stock exactly while absorbing a huge spike. Common answers put shoppers in a virtual queue, reserve stock with short holds, and keep the stock counter in one fast place so it can never go below zero.",
      terms: [
        ["Virtual waiting room", "A queue page that lets shoppers in at a rate the system can handle."],
        ["Oversell", "Selling more units than exist, usually because two requests read the same stock count."],
        [
          "Reservation expiry",
          "A hold on an item that lapses if the shopper doesn't pay in time, returning it to stock.",
        ],
      ],
      resources: [R.ddia, R.sdInterview, R.sdPrimer],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer recognises that almost all of the two million shoppers will not get a unit, so the design should turn them away cheaply and fairly, and concentrate strong consistency on the small number of reservation attempts.",
        [
          "**Protect the core:** a virtual waiting room at the edge admits shoppers in batches to the purchase flow; static product pages are served from the CDN; bot defences and one-per-customer limits sit at the front door.",
          "**Reservation:** the stock counter lives in a fast in-memory store with an atomic 'decrement only if above zero' operation. Success creates a reservation with a timer (for example ten minutes to pay); expired reservations return the unit to stock.",
          "**Hot key:** one counter for 10,000 units can become a bottleneck, so split stock into several sub-counters (say 20 buckets of 500) and route shoppers across them, accepting a few unsold units at the very end.",
          "**Durable record:** confirmed orders are written to the order database with the reservation ID as an idempotency key, and the in-memory counter is reconciled against orders after the sale.",
          "**Trade-offs:** selling slightly fewer units than stock (being conservative) is far cheaper than overselling and cancelling orders; a queue is fairer than a free-for-all but adds wait; payment failures must release units quickly or stock looks sold out while it isn't.",
          "**Preparation:** load test at three times the expected traffic, pre-scale servers, freeze unrelated releases, rehearse the runbook with a game day (a planned practice incident), and have a kill switch to pause the sale.",
          "**Metrics on the day:** units reserved and sold, waiting-room length, checkout error rate, payment success rate and oversell count, which must be zero.",
        ],
      ),
      followUps: [
        "Payments start failing at 10:02 and reserved units are stuck. What do you do?",
        "How would you make the sale fair to real customers when bots are trying to buy everything?",
        "What changes if the sale is in five countries with separate stock?",
        "How would you explain 'we sold 9,987 of 10,000' to the business?",
      ],
      pitfalls: [
        "Reading the stock level, checking it in application code and then writing it back, which oversells under concurrent load.",
        "Letting all two million shoppers reach the database.",
        "Treating the sale as only a technical problem and skipping the load test, the runbook and the communication plan.",
      ],
    },
  },
  {
    slug: "sd-doc-collaboration",
    type: "system-design",
    title: "Design a real-time document collaboration service",
    prompt:
      "Design a collaborative document editor where several people can type in the same document at the same time and see each other's changes and cursors almost instantly. It must handle someone editing on a plane and syncing when they land, and keep a full version history. Walk me through scope, architecture, data, scale, the trade-offs and the rollout.",
    difficulty: "HARD",
    tags: ["real-time", "collaboration", "conflict-resolution", "offline"],
    companies: ["Google", "Microsoft", "Figma"],
    competencies: ["architecture", "data-modeling", "scalability-reliability", "tradeoffs"],
    learn: {
      explainer:
        "Real-time collaboration lets several people edit the same document at once and see each other's changes almost instantly. Each keystroke becomes a small operation sent to the others, and the system needs a rule for merging operations made at the same time so everyone ends with the same text, including someone who edited offline.",
      terms: [
        [
          "Operational transformation (OT)",
          "A method that adjusts each edit for edits made at the same time so every copy ends up the same.",
        ],
        [
          "CRDT",
          "Conflict-free replicated data type: a data structure whose copies can be changed independently and always merge to the same result.",
        ],
        ["Presence", "Showing who else is in the document and where their cursor is."],
      ],
      resources: [R.ddia, R.sdInterview, R.sdPrimer],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer explains in plain words how concurrent edits are merged, and does not need to implement the algorithm. It recognises that each document is a small, busy unit, so the system scales by spreading many documents across many servers, not by splitting one document.",
        [
          "**Merging edits:** changes are sent as small operations ('insert \"a\" at position 10') rather than whole documents. Two families of techniques merge concurrent operations: operational transformation (a server adjusts each operation against others it hasn't seen) and CRDTs (data structures designed so edits merge the same way in any order). The candidate should pick one and say why.",
          "**Session servers:** all editors of a document connect to the one server currently responsible for it, which orders operations, applies them, saves them and broadcasts them. A routing service maps document IDs to servers.",
          "**Data:** an append-only operation log per document plus periodic snapshots so loading doesn't replay years of edits; version history is derived from the log. Permissions and metadata live in a separate store.",
          "**Offline:** the client queues operations locally and merges on reconnect. CRDTs make this easier; long offline sessions can still produce surprising merges, so show the user what changed.",
          "**Presence:** cursors and 'who's here' are frequent but disposable, so they are sent over the same connection but never stored.",
          "**Scale and reliability:** if a session server dies, another takes over the document by loading the latest snapshot and the log after it; clients resend operations not yet acknowledged. A very popular document (an all-company memo) may need read-only viewers served separately.",
          "**Rollout:** dogfood internally, compare merge correctness with automated tests that simulate many editors, then ramp by percentage of documents with a fallback to the old single-editor mode.",
        ],
      ),
      followUps: [
        "Two people delete the same paragraph while a third is typing inside it. What should each of them see?",
        "A document has 300 people in it during a company all-hands. What breaks?",
        "How would you add comments that stay anchored to text as the text changes?",
        "How would you let a user restore the document to how it looked last Tuesday?",
      ],
      pitfalls: [
        "Saving the whole document on every keystroke and letting the last save win, which loses other people's work.",
        "Getting lost in algorithm detail and never covering storage, failure or rollout.",
        "Ignoring offline editing, which was part of the requirements.",
      ],
    },
  },
  {
    slug: "sd-cdn-news-site",
    type: "system-design",
    title: "Design a news website that survives breaking-news spikes",
    prompt:
      "Design the serving architecture for a national news website that normally gets 2,000 page views per second but gets twenty times that within minutes when major news breaks. Articles are updated constantly during a live story, and some content is behind a paywall. Take me through scope, architecture, caching, scale, trade-offs and how you would roll out the change from the current setup.",
    difficulty: "EASY",
    tags: ["cdn", "caching", "web", "traffic-spikes"],
    companies: [],
    competencies: ["requirements-scoping", "architecture", "scalability-reliability", "tradeoffs"],
    learn: {
      explainer:
        "A news site is read by many and written by few, so most pages can be served from caches close to readers. A content delivery network keeps copies of pages at the edge; the design question is how long copies may live, and how to refresh them within seconds when a story changes.",
      terms: [
        ["Cache hit ratio", "The share of requests answered from a cache rather than the origin servers."],
        ["TTL", "Time to live: how long a cached copy may be used before it must be refreshed."],
        ["Purge", "Telling the CDN to drop a cached page now, for example after a correction."],
      ],
      resources: [R.highPerfBrowser, R.sdPrimer, R.sdInterview],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer makes the CDN do nearly all the work: almost every reader sees the same article, so pages can be cached at edge servers near readers and the origin (our own servers) only sees a trickle of requests.",
        [
          "**Caching model:** cache rendered article pages at the CDN with a short lifetime (say 30 to 60 seconds) and 'serve stale while revalidating', so readers always get an instant page while one request fetches the update.",
          "**Updates:** when an editor publishes a correction, the publishing system sends a purge to the CDN for that URL so it refreshes within seconds rather than waiting for expiry.",
          "**Personal bits:** the page itself is the same for everyone; the login state, paywall check and recommendations are loaded separately by the browser or handled at the edge, so they don't make every page uncacheable.",
          "**Origin protection:** an origin shield (one CDN layer that collapses many edge requests into one) plus request coalescing, so a purge during a spike doesn't send 40,000 requests at once to the origin.",
          "**Live blogs:** the page shell is cached and new entries are fetched by polling a small, cacheable JSON endpoint every few seconds.",
          "**Trade-offs:** longer cache lifetimes mean cheaper, steadier serving but slower corrections; edge logic for paywalls is powerful but ties you to a CDN vendor.",
          "**Rollout:** move sections one at a time behind the CDN, compare cache hit rate (target above 95%), origin load and page speed, and run a load test simulating a breaking-news spike before an expected big news day such as an election.",
        ],
      ),
      followUps: [
        "A wrong headline is published on the front page. How quickly can you fix it everywhere, and how?",
        "How would you make the paywall work without making every page uncacheable?",
        "The CDN provider has a regional outage during an election night. What's your plan?",
        "What would you monitor on the night of a big story?",
      ],
      pitfalls: [
        "Scaling the application servers and database for peak traffic instead of caching.",
        "Making pages personal for every reader, which destroys the cache hit rate.",
        "No purge strategy, so corrections take minutes to appear.",
      ],
    },
  },
  {
    slug: "sd-monolith-migration",
    type: "system-design",
    title: "Migrate a monolith to services with zero downtime",
    prompt:
      "Our e-commerce platform runs as one large application with one shared database, and 200 engineers are slowing each other down. Leadership wants to move to separate services over the next 18 months without any downtime for customers. Design the target architecture and the migration: what you move first, how data moves, how you avoid outages, the trade-offs, and how you run it as a program.",
    difficulty: "HARD",
    tags: ["migration", "microservices", "data-migration", "program-management"],
    companies: ["Amazon", "Netflix", "Shopify"],
    competencies: ["architecture", "data-modeling", "tradeoffs", "rollout-operations"],
    learn: {
      explainer:
        "A monolith is one large application; splitting it into services lets teams ship independently, but the move is risky. The usual way is gradual: put a routing layer in front, carve out one capability at a time, move its data last and carefully, and keep the old path ready to switch back to.",
      terms: [
        [
          "Strangler fig pattern",
          "Replacing a system piece by piece behind a router until the old one can be switched off.",
        ],
        [
          "Shared database",
          "One database used by many parts of the code, which ties them together and makes splitting hard.",
        ],
        [
          "Dual write",
          "Writing to the old and new store at once during a move, which needs care to keep them consistent.",
        ],
      ],
      resources: [R.ddia, R.accelerate, R.sdPrimer],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer is incremental: grow new services around the old application one piece at a time and route traffic to them gradually, often called the strangler fig pattern, with the shared database as the hardest part. It ties every technical step to team ownership and a way back.",
        [
          "**Why first:** confirm the goal (team independence and release speed, not 'microservices' for its own sake) and what success looks like, such as deploy frequency, lead time for changes and incident rate.",
          "**Boundaries:** split along business areas that have their own data and teams (catalogue, cart, orders, payments, accounts). Start with something valuable but low-risk, with few dependencies, such as product reviews, rather than checkout.",
          "**Routing:** put a routing layer in front of the monolith so specific requests can be sent to new services, controlled by flags and percentages.",
          "**Data:** each service must own its data. Typical sequence: the new service reads the monolith's data; then the two write to both places while data is compared; then the new service becomes the source of truth and the monolith reads from it. Change data capture (streaming every database change as an event) keeps copies in sync during the move.",
          "**Safety:** shadow traffic (send a copy of real requests to the new service and compare answers without showing them), automated comparison jobs, and an instant rollback via the router at every step.",
          "**Trade-offs:** services add network calls, harder debugging and the need for platform tooling (deploy pipelines, monitoring, tracing), so invest in the platform first. Some parts may reasonably stay in the monolith.",
          "**Program:** a sequenced roadmap by domain, a platform team as a dependency for everyone, a migration scorecard per domain, an architecture review for new boundaries, and a rule that new features in migrated areas are built only in the new service.",
        ],
      ),
      followUps: [
        "Orders and inventory both write to the same table today. How do you split them?",
        "Six months in, the first two services have caused more incidents than the monolith did. What do you do?",
        "How do you keep feature work going while teams migrate?",
        "How would you know when it's safe to delete the old code path?",
      ],
      pitfalls: [
        "Proposing a big-bang rewrite with a single cut-over date.",
        "Splitting the code but leaving every service writing to the same shared database.",
        "Ignoring the platform investment and the organisational change, which decide whether the migration succeeds.",
      ],
    },
  },
  {
    slug: "sd-eu-data-residency",
    type: "system-design",
    title: "Design EU data residency for a SaaS product",
    prompt:
      "We sell a project-management SaaS product, currently hosted only in the US. Several large European customers will sign only if their data is stored and processed in the EU. Design how you would offer EU data residency: what data is in scope, how the architecture changes, how requests are routed, what stays global, the trade-offs, and how you migrate existing European customers.",
    difficulty: "HARD",
    tags: ["compliance", "multi-region", "privacy", "migration"],
    companies: ["Microsoft", "Salesforce", "Atlassian"],
    competencies: ["requirements-scoping", "architecture", "data-modeling", "rollout-operations"],
    learn: {
      explainer:
        "Data residency means a customer's data is stored and processed only in an agreed place, such as the EU. Designing for it means knowing every place data goes (databases, backups, logs, search indexes, support tools, vendors) and routing each customer to a home region, while shared services such as sign-in still work.",
      terms: [
        ["Data residency", "A promise about where data is stored and processed."],
        [
          "Cell / regional stack",
          "A full copy of the product running in one region, serving only that region's customers.",
        ],
        ["Sub-processor", "An outside company that handles customer data on our behalf, such as an email provider."],
      ],
      resources: [R.ddia, R.privacyGdpr, R.sdPrimer],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer starts by defining exactly what 'data stays in the EU' means with legal and the customers, because the answer covers far more than the main database: backups, logs, search indexes, analytics, support tools and outside vendors all hold customer data.",
        [
          "**Scope:** customer content (projects, tasks, files, comments) and personal data must be stored and processed in the EU; decide explicitly about logs, metrics, backups, search indexes, emails, analytics copies, machine-learning training data and subprocessors (vendors who handle data for us).",
          "**Architecture:** a full regional 'cell', a complete copy of the application stack with its own databases, storage and queues, deployed in the EU. Each customer organisation (tenant) is pinned to one home region.",
          "**Routing:** a small global directory maps each organisation to its region, holding only minimal non-sensitive data (such as an organisation ID and a domain). Login and API calls are routed to the right region, and links to EU content resolve there.",
          "**What stays global:** billing, the tenant directory and the marketing site may stay global if they hold no customer content; operational telemetry must be scrubbed of personal data before leaving the region.",
          "**Operations:** support and engineering access to EU data comes only from approved tools with audit logs; deploys go to every cell with the same pipeline; on-call must cover more infrastructure.",
          "**Trade-offs:** full cells cost more and slow features that span customers, but are much simpler to prove compliant than splitting individual tables. Cross-region collaboration between a US and an EU organisation needs an explicit product decision.",
          "**Migration:** build and certify the EU cell, onboard new EU customers first, then move existing ones in scheduled windows with export, import, verification and cut-over of routing, followed by deletion of the US copies and backups on an agreed timeline, with evidence for the customer's auditors.",
        ],
      ),
      followUps: [
        "An engineer in the US needs to debug an EU customer's outage. How do they do it within the rules?",
        "Where does search run, and what about the search index?",
        "A user belongs to both a US organisation and an EU organisation. What happens when they log in?",
        "How would you prove to a customer's auditor that their data never left the EU?",
      ],
      pitfalls: [
        "Moving only the primary database and forgetting backups, logs, caches, analytics and vendors.",
        "Routing by the user's location instead of by the organisation's contracted home region.",
        "Treating it as an infrastructure project without legal, security, support and sales involved from the start.",
      ],
    },
  },
  {
    slug: "sd-webhook-delivery",
    type: "system-design",
    title: "Design a reliable webhook delivery system",
    prompt:
      "Our platform notifies customers' servers about events, such as 'order paid' or 'refund issued', by sending them webhooks (HTTP requests to a URL the customer registers). Some customer endpoints are slow or down for hours, and customers complain about missed and duplicate events. Design a delivery system that is reliable, fair between customers and secure, and tell me how you would roll it out.",
    difficulty: "MEDIUM",
    tags: ["api", "queues", "reliability", "developer-platform"],
    companies: ["Stripe", "Shopify", "GitHub"],
    competencies: ["architecture", "scalability-reliability", "tradeoffs", "rollout-operations"],
    learn: {
      explainer:
        "A webhook is an HTTP request our platform sends to a customer's server when something happens. Because customer servers are sometimes slow or down, delivery is queued, retried with growing gaps, and isolated per customer so one broken endpoint doesn't delay everyone else's events.",
      terms: [
        ["Exponential backoff", "Waiting longer after each failed retry, such as 1, 2, 4, 8 minutes."],
        [
          "At-least-once delivery",
          "A promise that every event arrives, possibly more than once, so receivers must handle repeats.",
        ],
        ["Signature", "A code attached to each webhook proving it came from us and wasn't altered."],
      ],
      resources: [R.ddia, R.apiDesign, R.sdInterview],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer accepts that delivery will be 'at least once', because a network can't guarantee exactly once, and makes duplicates harmless by giving every event a unique ID that customers can use to ignore repeats. It isolates customers so one broken endpoint never delays others.",
        [
          "**Flow:** when an event happens it is stored durably first, then queued for delivery to each subscribed endpoint. Workers send the HTTP request with a short timeout and record the result.",
          "**Retries:** failed deliveries retry with exponential backoff plus some randomness (for example after 1 minute, 5, 30, then hourly for up to three days), then move to a dead-letter store that the customer can see and replay from their dashboard.",
          "**Fairness:** separate queues or per-endpoint concurrency limits so an endpoint that takes 30 seconds to time out doesn't tie up the workers that serve healthy customers. Endpoints that fail continuously are automatically paused, and the customer is emailed.",
          "**Security:** each request is signed with a per-customer secret (an HMAC signature the customer can verify) and a timestamp to prevent replays; sending comes from published IP ranges; requests to internal network addresses are blocked.",
          "**Ordering:** make no global ordering promise; include event timestamps and sequence numbers so customers can order events themselves, and offer a 'fetch the latest state' API.",
          "**Rollout:** migrate customers to the new sender gradually while both systems log deliveries, compare delivery success and latency, update documentation and SDK helpers for signature checking, and announce changes in retry behaviour in advance.",
        ],
      ),
      followUps: [
        "A large customer's endpoint is down for 36 hours. What happens to their events, and what do they see afterwards?",
        "How would a customer rebuild their state after losing their own database?",
        "How do you stop someone registering an internal address as their webhook URL?",
        "What would you put on the customer-facing webhook dashboard?",
      ],
      pitfalls: [
        "Promising exactly-once delivery.",
        "Sending webhooks inline from the code that handles the original event.",
        "A single shared queue where one slow customer delays everyone.",
      ],
    },
  },
  {
    slug: "sd-game-leaderboard",
    type: "system-design",
    title: "Design a real-time leaderboard for a mobile game",
    prompt:
      "A mobile game with 10 million daily players wants a global leaderboard: after every match, a player should see their updated rank and the top 100 players within a second or two. There are also weekly leaderboards that reset every Monday, and friends-only leaderboards. Walk me through scope, architecture, data, scale, the trade-offs and how you would launch it.",
    difficulty: "EASY",
    tags: ["gaming", "real-time", "data-structures", "caching"],
    companies: ["Amazon", "Microsoft"],
    competencies: ["requirements-scoping", "architecture", "data-modeling", "tradeoffs"],
    learn: {
      explainer:
        "A leaderboard keeps players sorted by score and answers 'what is my rank?' and 'who is in the top 100?' quickly. A sorted set kept in memory does both in a few steps even for millions of players; the remaining questions are resetting weekly boards, handling ties and ignoring cheated scores.",
      terms: [
        ["Sorted set", "A collection kept in score order that can give a member's rank or a range of members quickly."],
        ["Sharding", "Splitting data across several machines by some key."],
        [
          "Approximate rank",
          "A rank that may be slightly off (say 'top 2%') but is much cheaper to compute at huge scale.",
        ],
      ],
      resources: [R.sdInterview, R.grokkingAlgorithms, R.sdPrimer],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer picks a data structure that keeps scores sorted as they change, so 'what is my rank?' doesn't mean sorting 10 million players every time, and treats the match result as the durable record with the leaderboard as a fast view built from it.",
        [
          "**Estimates:** 10 million players playing a handful of matches a day is a few thousand score updates per second at peak, with far more reads of the top 100 than updates.",
          "**Data structure:** a sorted set in an in-memory store (such as Redis), which keeps members ordered by score and answers 'top 100' and 'rank of player X' in logarithmic time, meaning it stays fast as the number of players grows.",
          "**Durability:** match results are written to a database first; the leaderboard is updated from them and can be rebuilt from them if the in-memory store is lost.",
          "**Weekly boards:** a separate sorted set per week (for example keyed by the week's date), so a reset is simply starting a new key; old weeks are archived and then expired.",
          "**Friends boards:** fetch the friend list (usually a few hundred) and look up each friend's score, rather than maintaining a separate board for every player.",
          "**Scale and trade-offs:** a single sorted set for 10 million players fits in memory on one machine; replicas serve the heavy top-100 reads, which can also be cached for a few seconds. Exact rank for a player far down the list can be shown as a percentile ('top 12%'), which is cheaper and more motivating.",
          "**Launch and integrity:** server-side validation of scores to stop cheating, a soft launch in one country, and monitoring of update lag and suspicious score jumps.",
        ],
      ),
      followUps: [
        "How would you handle ties in score?",
        "The game grows to 200 million players. What changes?",
        "A cheater posts an impossible score that reaches the top 100. How do you detect and undo it?",
        "How would you show leaderboards per country?",
      ],
      pitfalls: [
        "Running a query that sorts the whole players table on every request.",
        "Keeping the leaderboard only in memory with no durable source to rebuild it from.",
        "Forgetting the weekly reset and time zones: 'Monday' starts at different times around the world.",
      ],
    },
  },
];
