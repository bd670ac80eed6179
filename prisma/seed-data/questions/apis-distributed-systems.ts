import { R } from "./learn-resources";
import { strong, type SeedQuestion } from "./seed-question";

/**
 * APIs and distributed systems: how services talk to each other and what goes
 * wrong when they are many, far apart and sometimes down. Explained, not coded.
 */
export const APIS_DISTRIBUTED_SYSTEMS_QUESTIONS: SeedQuestion[] = [
  {
    slug: "api-partner-integration-basics",
    type: "technical-depth",
    title: "Explain an API to the partner team you're integrating with",
    prompt:
      "You're the TPM for an integration with a delivery partner: our system must create deliveries in theirs and check their status. Their product manager is new to APIs and asks you to explain what an API is, what 'GET' and 'POST' mean, and why their engineers keep talking about 400s and 500s. Explain it so they could follow the integration meetings.",
    difficulty: "EASY",
    tags: ["apis", "rest", "http", "communication"],
    companies: ["Amazon", "Uber", "Shopify"],
    competencies: ["fundamentals", "communication-clarity"],
    guide: {
      strongAnswer: strong(
        "A strong answer explains an API as an agreed way for one program to ask another for something, uses the integration as the running example, and makes status codes practical.",
        [
          "**API:** a menu of requests a system accepts and what it answers, agreed in a contract (documentation or a specification).",
          "**Resources and verbs:** deliveries are a resource; POST /deliveries creates one, GET /deliveries/123 reads its status; PUT or PATCH change, DELETE removes. GET must not change anything.",
          "**Status codes:** 2xx worked; 4xx means the caller sent something wrong (400 bad data, 401 not signed in, 404 not found, 429 too many requests); 5xx means the server failed and a retry may work.",
          "**What matters for the integration:** authentication, what happens on retries (don't create two deliveries), limits on request rates, and how status changes reach us (we poll with GET, or they call us with a webhook).",
        ],
      ),
      followUps: [
        "Their system needs to tell us the moment a delivery is completed. What are the options?",
        "Our call to create a delivery times out. Should we retry, and what could go wrong?",
        "They plan to change a field name next month. What should you agree with them about changes?",
      ],
      pitfalls: [
        "Using jargon to explain jargon.",
        "Treating all errors alike instead of separating caller errors from server errors.",
      ],
    },
    learn: {
      explainer:
        "An API (application programming interface) is how one program asks another to do something: a list of requests it accepts and the answers it gives. Web APIs use HTTP, the same protocol as browsers: a verb (GET to read, POST to create), an address for the thing, and a numbered status in the answer that says whether it worked and, if not, whose fault it was.",
      terms: [
        ["API", "A defined way for programs to request things from each other."],
        ["HTTP method", "The verb of a request: GET reads, POST creates, PUT/PATCH update, DELETE removes."],
        ["Status code", "A number in the reply: 2xx success, 4xx caller's mistake, 5xx server's failure."],
      ],
      resources: [R.restInPractice, R.apiDesign, R.sdPrimer],
    },
  },
  {
    slug: "api-renamed-field-broke-mobile",
    type: "technical-depth",
    title: "A renamed field broke every old copy of the app",
    prompt:
      "The backend team renamed a field in the orders API from 'total' to 'totalAmount', and updated the web app the same day. Within an hour, the iOS and Android apps showed '$0.00' for every order for users who hadn't updated the app, about 60% of them. Explain why this happened, why mobile is different, and what rules you'd put in place for API changes.",
    difficulty: "MEDIUM",
    tags: ["apis", "versioning", "backward-compatibility", "mobile"],
    companies: ["Meta", "Uber", "Airbnb"],
    competencies: ["fundamentals", "debugging-reasoning", "communication-clarity"],
    guide: {
      strongAnswer: strong(
        "A strong answer explains that old app versions stay installed for months and keep calling the API as it was, so API changes must be backward compatible: add, don't rename or remove, until old clients are gone.",
        [
          "**Why mobile differs:** the web app updates when the page reloads; installed apps update only when users choose to, so many versions are live at once.",
          "**Immediate fix:** return both fields again (roll back or add 'total' back).",
          "**Rules:** only additive changes in a version; removals go through deprecation with usage measured per app version; contract tests that run old clients' expectations against the new API.",
          "**Versioning options:** a version in the URL or header for breaking changes; minimum supported app version with a forced-upgrade screen as a last resort.",
          "**Process:** API review for breaking changes, and monitoring by app version so this shows in minutes.",
        ],
      ),
      followUps: [
        "Some users never update their app. How long should the old field live, and who decides?",
        "The rename was needed because 'total' meant different things in two places. How do you fix the meaning without breaking clients?",
        "How would you have caught this before it shipped?",
      ],
      pitfalls: [
        "Blaming users for not updating.",
        "Proposing versioning for everything without the simpler rule of additive changes.",
      ],
    },
    learn: {
      explainer:
        "When a server's API changes, every program that calls it must cope. Mobile apps are the hardest case because old versions stay on phones for months. Backward compatibility means old callers keep working: you add new fields alongside old ones and remove the old only after measuring that nobody uses them.",
      terms: [
        ["Backward compatible", "A change that doesn't break existing callers."],
        ["Breaking change", "A change that makes existing callers fail, such as renaming or removing a field."],
        ["Contract test", "A test that checks a service still meets what its callers expect."],
      ],
      resources: [R.apiDesign, R.restInPractice, R.ddia],
    },
  },
  {
    slug: "api-email-slows-checkout",
    type: "technical-depth",
    title: "Checkout is slow because of the confirmation email",
    prompt:
      "When a customer places an order, our checkout service saves it, charges the card, sends a confirmation email and updates the loyalty points, all before showing 'Thank you'. On busy days the email provider is slow and checkout takes twelve seconds, and when it's down checkout fails entirely. Explain what you'd change and why.",
    difficulty: "EASY",
    tags: ["queues", "async", "architecture"],
    companies: ["Amazon", "Shopify", "Etsy"],
    competencies: ["fundamentals", "communication-clarity", "debugging-reasoning"],
    guide: {
      strongAnswer: strong(
        "A strong answer separates what must happen before the customer sees 'Thank you' from what can happen just after, and moves the latter onto a queue processed in the background.",
        [
          "**Must happen now:** save the order and charge the card; the customer must know whether they bought it.",
          "**Can wait seconds:** the email and loyalty points; put a message on a queue, answer the customer, and let workers handle them.",
          "**What a queue gives:** checkout no longer waits for or depends on the email provider; workers retry when it recovers; spikes are smoothed.",
          "**New concerns:** messages may be processed twice (make email sending idempotent), must not be lost if saving the order succeeds (write the order and the message together), and a backlog needs monitoring.",
        ],
      ),
      followUps: [
        "The order is saved but the server crashes before the message reaches the queue. What happens, and how do you prevent it?",
        "Customers complain about getting two confirmation emails. Why, and what do you do?",
        "Loyalty points now must appear on the 'Thank you' page. Does that change your design?",
      ],
      pitfalls: [
        "Making everything asynchronous, including the payment the customer needs to see.",
        "Ignoring duplicates and lost messages once a queue is introduced.",
      ],
    },
    learn: {
      explainer:
        "Not every step of a user's action needs to finish before the user gets an answer. Work that can happen a few seconds later is put on a message queue, and background workers process it. This makes the user-facing path faster and keeps it working when a slow service, like an email provider, is having a bad day.",
      terms: [
        ["Synchronous", "The caller waits for the work to finish before continuing."],
        ["Asynchronous", "The caller hands the work off and continues; it's done later."],
        ["Message queue", "A buffer of tasks that workers take and process, with retries."],
      ],
      resources: [R.ddia, R.sdPrimer, R.sdInterview],
    },
  },
  {
    slug: "api-partition-cart-vs-balance",
    type: "technical-depth",
    title: "Two data centres can't talk: keep serving or stop?",
    prompt:
      "Our app runs in two data centres that copy data to each other. Yesterday the link between them failed for ten minutes while both stayed up. For the shopping cart, one team wants both sides to keep accepting changes; for the wallet balance used to pay, another says we must refuse payments on one side. Explain the trade-off they're arguing about and who's right.",
    difficulty: "HARD",
    tags: ["distributed-systems", "cap", "consistency", "availability"],
    companies: ["Amazon", "Google", "PayPal"],
    competencies: ["fundamentals", "databases-data", "communication-clarity"],
    guide: {
      strongAnswer: strong(
        "A strong answer explains that during a network split a system must choose, per kind of data, between staying available (and risking conflicting copies) and staying consistent (and refusing some requests), and that both teams can be right for their data.",
        [
          "**The trade-off:** when the two sides can't talk, accepting writes on both means they can disagree; refusing writes on one side keeps one truth but makes some users wait or fail. This is the CAP theorem in practice.",
          "**Cart:** conflicts are cheap to merge (union of items, let the user fix it), so stay available.",
          "**Wallet:** spending the same money twice on both sides is a real loss; keep one side authoritative and refuse or queue payments on the other.",
          "**Beyond the split:** even without failures, stronger consistency across far-apart sites costs latency; that is the everyday version of the same trade-off.",
          "**TPM angle:** make the choice explicit per data type with the business, and test it by cutting the link on purpose.",
        ],
      ),
      followUps: [
        "Users of the refused side complain they can't pay for ten minutes. What could you offer them?",
        "A cart item was removed on one side and added on the other. What should the merged cart show?",
        "How would you test this behaviour before the next real failure?",
      ],
      pitfalls: [
        "Declaring one answer right for all data.",
        "Reciting 'pick two of three' without applying it to the cart and the wallet.",
      ],
    },
    learn: {
      explainer:
        "Systems that keep copies of data in several places must decide what to do when the copies can't talk to each other. They can keep accepting changes everywhere, risking copies that disagree, or refuse some changes to keep one version of the truth. The CAP theorem names this choice; in practice it is made separately for each kind of data, depending on what a conflict would cost.",
      terms: [
        ["Network partition", "A failure where parts of a system are running but can't reach each other."],
        ["Consistency", "Every reader sees the same, latest data."],
        ["Availability", "Every request gets an answer, even during failures."],
      ],
      resources: [R.ddia, R.sdPrimer, R.sre],
    },
  },
  {
    slug: "api-slow-dependency-cascade",
    type: "technical-depth",
    title: "One slow service took the whole site down",
    prompt:
      "Last Friday the recommendations service, which only fills a 'You may also like' box, got slow. Within five minutes the product pages, search and checkout were all timing out and the site was effectively down for 40 minutes, although none of them needed recommendations to work. Explain how a slow, non-essential service can bring everything down, and what protections you'd ask the teams for.",
    difficulty: "HARD",
    tags: ["reliability", "timeouts", "circuit-breaker", "distributed-systems"],
    companies: ["Netflix", "Amazon", "Google"],
    competencies: ["debugging-reasoning", "fundamentals", "communication-clarity"],
    guide: {
      strongAnswer: strong(
        "A strong answer explains resource exhaustion: calls to the slow service hold threads and connections while they wait, the callers run out of them, and then they can't serve anything, including requests that never needed recommendations.",
        [
          "**Mechanism:** the product page waits for recommendations with a long or no timeout; each waiting request holds a worker; all workers fill up; every page on those servers queues and times out; callers of those servers then fill up too.",
          "**Retries make it worse:** each timeout retried multiplies load on the struggling service.",
          "**Protections:** short timeouts sized to the call's value; a circuit breaker that stops calling a failing service for a while; separate pools (bulkheads) so one dependency can't take every worker; graceful degradation (hide the box); retry budgets with backoff.",
          "**Prove it:** load tests and planned fault injection (make recommendations slow on purpose in a test) to confirm the page still works.",
          "**Program angle:** inventory dependencies per critical page, mark each as critical or optional, and track the protections as launch criteria.",
        ],
      ),
      followUps: [
        "The payment service gets slow, and it is essential to checkout. What's different?",
        "The teams say their timeouts are already 30 seconds 'to be safe'. How do you respond?",
        "How would you convince five teams to spend a sprint on this when the incident is already fixed?",
      ],
      pitfalls: ["Only saying 'add more servers'.", "Not explaining why unrelated pages failed."],
    },
    learn: {
      explainer:
        "In a system of many services, a slow service is often worse than a dead one: callers wait, and while they wait they hold resources they need for other work. When those run out, the callers fail too, and the failure spreads. Short timeouts, circuit breakers and showing a simpler page without the optional part stop the spread.",
      terms: [
        ["Cascading failure", "A failure in one part that causes failures in the parts that depend on it."],
        ["Circuit breaker", "A switch that stops calling a failing service for a while and fails fast instead."],
        ["Graceful degradation", "Keeping the core working with reduced features when a part fails."],
      ],
      resources: [R.sre, R.ddia, R.srw],
    },
  },
  {
    slug: "api-consumer-processes-twice",
    type: "technical-depth",
    title: "Loyalty points awarded twice for the same purchase",
    prompt:
      "Our loyalty service listens to 'order paid' events from a message broker and adds points. After a deploy of the loyalty service, a few thousand customers got double points. The broker's documentation says it delivers each message 'at least once'. Explain what that means, how duplicates arise, and how the loyalty service should be built.",
    difficulty: "MEDIUM",
    tags: ["messaging", "idempotency", "event-driven"],
    companies: ["Amazon", "Uber", "Confluent"],
    competencies: ["fundamentals", "debugging-reasoning", "databases-data"],
    guide: {
      strongAnswer: strong(
        "A strong answer explains that 'at least once' means a message may be delivered again when the broker isn't sure it was handled, for example when a consumer processed it but restarted before acknowledging; so consumers must be idempotent.",
        [
          "**How duplicates arise:** the loyalty service adds points, then is stopped by the deploy before acknowledging; the broker redelivers to another instance, which adds points again.",
          "**Idempotent consumer:** record each processed event ID (or order ID) in the same database transaction as the points change, with a unique constraint; a repeat is detected and skipped.",
          "**Why not exactly once?** Across a network and separate systems, a true exactly-once delivery isn't possible in general; 'effectively once' comes from delivery at least once plus idempotent handling.",
          "**Repair:** find and reverse the duplicate awards, tell customers if needed, and add a reconciliation check comparing points to orders.",
        ],
      ),
      followUps: [
        "Events sometimes arrive out of order: 'order refunded' before 'order paid'. What now?",
        "The table of processed event IDs grows forever. How long must you keep it?",
        "Finance asks how many points were wrongly awarded last month. How do you find out?",
      ],
      pitfalls: [
        "Asking the broker team to 'turn on exactly once' as the whole fix.",
        "Checking for duplicates in memory, which doesn't survive a restart.",
      ],
    },
    learn: {
      explainer:
        "Message brokers pass events between services. Because networks and computers fail, a broker that isn't sure a message was handled sends it again, so the same event can arrive twice. Services that receive events must therefore be idempotent: they remember what they've already processed and ignore repeats.",
      terms: [
        ["At-least-once delivery", "Every message is delivered, possibly more than once."],
        ["Acknowledgement", "A consumer telling the broker it has finished with a message."],
        ["Idempotent consumer", "A receiver that gives the same result however many times it gets a message."],
      ],
      resources: [R.ddia, R.sdInterview, R.apiDesign],
    },
  },
  {
    slug: "api-events-out-of-order-clocks",
    type: "technical-depth",
    title: "The audit log says the account was closed before it was opened",
    prompt:
      "Compliance found audit records where an account's 'closed' event has an earlier timestamp than its 'opened' event. The two events were written by different servers, each stamping its own clock time. Explain how this can happen, why sorting by timestamp isn't reliable across servers, and what you'd recommend for an audit trail that must be in the right order.",
    difficulty: "MEDIUM",
    tags: ["distributed-systems", "clocks", "ordering", "audit"],
    companies: ["Google", "Stripe", "Goldman Sachs"],
    competencies: ["fundamentals", "debugging-reasoning", "databases-data"],
    guide: {
      strongAnswer: strong(
        "A strong answer explains clock skew: every server's clock drifts a little and is corrected periodically, so two servers can disagree by milliseconds or more, enough to invert events that happen close together.",
        [
          "**Why:** clocks are synchronised with NTP but drift between corrections; a correction can even step a clock backwards.",
          "**Ordering per entity:** give each account's events a sequence number assigned in one place (the database, in the same transaction), or route an account's events through one ordered log partition.",
          "**Causality:** if 'closed' can only happen after 'opened', the system can enforce that the close references the open event's sequence number.",
          "**Keep timestamps:** still record wall-clock time for humans, but don't use it to decide order.",
          "**For compliance:** explain the fix and whether past records need annotating rather than rewriting.",
        ],
      ),
      followUps: [
        "Events for one account can come from three different services. Where would the sequence number come from?",
        "How big can clock differences between servers get, and what would make them worse?",
        "Compliance asks you to correct the historical records. What do you propose?",
      ],
      pitfalls: ["Assuming server clocks agree exactly.", "Proposing to rewrite historical audit records."],
    },
    learn: {
      explainer:
        "Every computer has its own clock, and no two agree perfectly; they drift and are corrected now and then. So timestamps from different servers can't reliably say which of two close events came first. Systems that need a true order assign sequence numbers from one place, or pass events through one ordered log.",
      terms: [
        ["Clock skew", "The difference between two computers' clocks at the same moment."],
        ["NTP", "Network Time Protocol: how computers keep their clocks roughly in sync."],
        ["Sequence number", "A counter that gives events a definite order."],
      ],
      resources: [R.ddia, R.sdPrimer],
    },
  },
  {
    slug: "api-logged-out-after-second-server",
    type: "technical-depth",
    title: "Users get logged out at random since we added a second server",
    prompt:
      "A small internal tool ran on one server. To handle growth, the team added a second server behind a load balancer. Since then, users are randomly logged out and sometimes lose what they typed in a multi-step form. Explain what's happening and the options to fix it.",
    difficulty: "EASY",
    tags: ["load-balancing", "sessions", "stateless", "scaling"],
    companies: ["Microsoft", "Amazon", "Atlassian"],
    competencies: ["fundamentals", "debugging-reasoning", "communication-clarity"],
    guide: {
      strongAnswer: strong(
        "A strong answer sees that login sessions and form progress are kept in each server's memory, and the load balancer sends a user's requests to either server, where the other one doesn't know them.",
        [
          "**Cause:** session data lives in server A's memory; the next request goes to B, which has no session, so the user looks logged out.",
          "**Quick fix:** sticky sessions (the load balancer keeps sending a user to the same server); it works but breaks when that server restarts and spreads load unevenly.",
          "**Lasting fix:** keep state outside the servers, in a shared database or cache such as Redis, or in a signed cookie, so any server can handle any request (stateless servers).",
          "**Why it matters:** stateless servers can be added, removed and restarted freely, which is what scaling and safe deploys need.",
        ],
      ),
      followUps: [
        "We deploy by restarting servers one at a time. What happens to users with sticky sessions?",
        "The shared session store goes down. What do users see, and how would you reduce the impact?",
        "What else might an app keep in memory that breaks with two servers?",
      ],
      pitfalls: [
        "Stopping at sticky sessions without naming their limits.",
        "Blaming the load balancer rather than where state is kept.",
      ],
    },
    learn: {
      explainer:
        "A load balancer spreads users' requests across several identical servers. That only works if any server can handle any request, which means servers must not keep users' data in their own memory. Keeping that state in a shared store makes servers 'stateless' and lets you add or restart them freely.",
      terms: [
        ["Load balancer", "A component that spreads incoming requests across several servers."],
        ["Session", "What a server remembers about a signed-in user between requests."],
        ["Stateless server", "A server that keeps no user data between requests, so any copy can serve anyone."],
      ],
      resources: [R.sdPrimer, R.ddia, R.sdInterview],
    },
  },
  {
    slug: "api-hot-shard-big-customer",
    type: "technical-depth",
    title: "One huge customer overloads one database shard",
    prompt:
      "Our B2B analytics product splits its database across 32 shards by customer ID, so each customer's data lives on one shard. We just signed a retailer that sends more events than our next 500 customers combined, and its shard is at 95% CPU while the others idle. Every other customer on that shard is now slow. Explain why this happens and the options, with their costs.",
    difficulty: "MEDIUM",
    tags: ["sharding", "partitioning", "hot-spots", "databases"],
    companies: ["Salesforce", "Datadog", "Snowflake"],
    competencies: ["databases-data", "fundamentals", "debugging-reasoning"],
    guide: {
      strongAnswer: strong(
        "A strong answer explains that sharding by customer assumes customers are roughly similar in size; one giant customer creates a hot shard, and the fix is either to give it more room or to split it by a finer key.",
        [
          "**Why:** all of one customer's reads and writes go to one machine; the shard key decides the spread of load.",
          "**Short term:** move the other customers off the hot shard; give the big customer a dedicated, larger shard.",
          "**Longer term:** split large customers by customer plus another key (time or event type), at the cost of queries that now span several shards.",
          "**Rebalancing:** moving data between shards online needs copying, catching up and a cut-over, like any migration.",
          "**Business side:** large customers may justify dedicated infrastructure in their contract; sales should flag sizes before signing.",
        ],
      ),
      followUps: [
        "Reports for the big customer now have to read from eight shards. What gets harder?",
        "How would you detect the next hot shard before customers complain?",
        "Sales wants to sign a customer ten times bigger. What do you need to know before they do?",
      ],
      pitfalls: [
        "Suggesting hashing by customer ID, which still puts one customer on one shard.",
        "Ignoring the other customers hurt by sharing the shard.",
      ],
    },
    learn: {
      explainer:
        "When data outgrows one database, it is split across several machines called shards, using a key such as customer ID to decide where each row goes. The key determines how evenly load spreads: if one key value is far busier than the rest, its shard becomes a hot spot while others sit idle.",
      terms: [
        ["Shard", "One piece of a database that has been split across machines."],
        ["Shard key", "The value that decides which shard a row lives on."],
        ["Hot spot", "A shard or key that gets far more traffic than the rest."],
      ],
      resources: [R.ddia, R.sdPrimer, R.sdInterview],
    },
  },
  {
    slug: "api-mobile-screen-fourteen-calls",
    type: "technical-depth",
    title: "The home screen makes fourteen API calls",
    prompt:
      "Our travel app's home screen makes fourteen separate API calls to different services (profile, trips, offers, weather, loyalty and so on) before it can show anything. On a slow mobile network it takes eight seconds to load. Engineers propose GraphQL, others a 'backend for frontend' service, others just caching. Explain the problem and how you'd help the team choose.",
    difficulty: "MEDIUM",
    tags: ["apis", "mobile", "latency", "graphql"],
    companies: ["Airbnb", "Expedia", "Netflix"],
    competencies: ["fundamentals", "communication-clarity", "debugging-reasoning"],
    guide: {
      strongAnswer: strong(
        "A strong answer explains that each call over a mobile network pays a round trip, and that calls made one after another add up; then compares the options by what they fix and what they cost.",
        [
          "**Diagnose first:** which calls are sequential versus parallel, how big the responses are, which are slow on the server; a waterfall chart of the load.",
          "**Backend for frontend:** one server-side endpoint per screen gathers data from services over fast internal networks and returns one response; the app team owns it.",
          "**GraphQL:** the app asks one endpoint for exactly the fields it needs; flexible but adds a new layer to run, secure and keep fast.",
          "**Also:** show the screen progressively (essential parts first), cache what rarely changes, drop what nobody looks at.",
          "**Choosing:** by the measured bottleneck, team skills and how many clients (iOS, Android, web) need the same data.",
        ],
      ),
      followUps: [
        "The weather service is slow and nobody looks at the weather widget. What would you do?",
        "The web team wants the same single call for their version of the home screen. Does that change your choice?",
        "How would you measure success after the change?",
      ],
      pitfalls: [
        "Picking a technology before measuring where the time goes.",
        "Ignoring that round trips, not server time, often dominate on mobile.",
      ],
    },
    learn: {
      explainer:
        "Every request from a phone to a server costs a round trip, which on a mobile network can take a few hundred milliseconds. A screen that needs many requests, especially one after another, feels slow however fast the servers are. Gathering the data on the server side and sending it in one response, or showing the important parts first, shortens the wait.",
      terms: [
        ["Round trip", "The time for a request to reach the server and the answer to come back."],
        [
          "Backend for frontend (BFF)",
          "A small server built for one app or screen that combines data from other services.",
        ],
        ["GraphQL", "An API style where the client asks for exactly the fields it wants in one request."],
      ],
      resources: [R.highPerfBrowser, R.apiDesign, R.sdPrimer],
    },
  },
  {
    slug: "api-scheduler-ran-twice",
    type: "technical-depth",
    title: "The monthly billing job ran twice after a network blip",
    prompt:
      "Our billing job is supposed to run on exactly one of three scheduler servers: they elect a leader and only the leader runs jobs. During a brief network problem, one server thought the leader was dead and took over, while the old leader, which was only slow, carried on. Both ran the monthly billing. Explain how this can happen even with leader election, and what prevents it.",
    difficulty: "HARD",
    tags: ["distributed-systems", "leader-election", "consensus", "locks"],
    companies: ["Google", "Amazon", "Stripe"],
    competencies: ["fundamentals", "debugging-reasoning", "algorithms-complexity"],
    guide: {
      strongAnswer: strong(
        "A strong answer explains that in a distributed system you can't tell a dead server from a slow one, so a leader can be replaced while it still believes it leads; safety needs the work itself to reject the old leader.",
        [
          "**Why:** leadership is usually a lease that expires unless renewed; a paused or cut-off leader may not notice its lease expired and keeps acting.",
          "**Fencing token:** each new leadership gets a higher number; the billing system accepts writes only with the highest token seen, so the old leader's writes are refused.",
          "**Make the job idempotent:** billing runs keyed by customer and month with a unique constraint, so a second run can't charge again.",
          "**Consensus systems:** tools such as etcd or ZooKeeper provide elections and leases correctly, but the 'old leader keeps going' problem remains unless the work checks tokens.",
          "**Program angle:** refund affected customers quickly, then add the unique constraint as the cheapest strong guarantee.",
        ],
      ),
      followUps: [
        "The job charges cards through an external provider that knows nothing of our tokens. How do you protect that step?",
        "Why not make leases very long to avoid false takeovers? What's the cost?",
        "How would you test this failure before it happens in production?",
      ],
      pitfalls: [
        "Believing leader election alone guarantees one runner.",
        "Fixing it with longer timeouts, which only makes it rarer.",
      ],
    },
    learn: {
      explainer:
        "When several servers share work, they often elect one leader to do a job. But across a network, a server that has gone quiet might be dead or only slow, and nobody can be sure which. So a new leader can be chosen while the old one still thinks it leads. Safe systems number each leadership and make the work reject instructions from an older leader, or make the work harmless to repeat.",
      terms: [
        ["Leader election", "Servers agreeing which one of them is in charge."],
        ["Lease", "Permission that expires unless renewed, used to hold leadership or a lock."],
        ["Fencing token", "A number that grows with each new leader, so old leaders' actions can be refused."],
      ],
      resources: [R.ddia, R.sre],
    },
  },
  {
    slug: "api-queue-backlog-growing",
    type: "technical-depth",
    title: "The image-processing queue keeps growing",
    prompt:
      "Users upload product photos, which go on a queue to be resized and checked. Since a marketing campaign, the queue has grown from a few hundred items to 2 million, and photos now take nine hours to appear instead of a minute. The team wants to add workers, but the workers call a third-party image-moderation service with a limit of 100 requests per second. Explain what's going on and what you'd do.",
    difficulty: "MEDIUM",
    tags: ["queues", "throughput", "capacity", "backpressure"],
    companies: ["Etsy", "Shopify", "Amazon"],
    competencies: ["debugging-reasoning", "fundamentals", "algorithms-complexity"],
    guide: {
      strongAnswer: strong(
        "A strong answer compares arrival rate with processing rate: if items arrive faster than they can be processed, the queue grows without end, and adding workers helps only until the slowest shared step (here the moderation limit) is saturated.",
        [
          "**Arithmetic:** 100 per second is 360,000 an hour; 2 million is about 5.5 hours of work even with no new arrivals. If arrivals exceed 100 per second, nothing catches up.",
          "**Find the bottleneck:** more workers can't beat the moderation limit; they'd just get rate-limited.",
          "**Options:** negotiate a higher limit; only send some photos to moderation (trusted sellers, a cheaper first-pass check); prioritise new uploads over the backlog; process the backlog at a steady rate off-peak.",
          "**Backpressure:** tell users photos are processing, slow intake if needed, and alert on queue age, not only length.",
          "**Planning:** capacity checks before campaigns, with marketing telling engineering the expected volume.",
        ],
      ),
      followUps: [
        "Marketing plans a campaign three times bigger next month. What do you need to have in place?",
        "A seller says their new listing has shown no photos for a day. How would you prioritise the queue?",
        "The moderation provider offers a higher limit for a large fee. How do you decide whether it's worth it?",
      ],
      pitfalls: [
        "Adding workers without finding the shared limit.",
        "Watching queue length instead of the age of the oldest item, which is what users feel.",
      ],
    },
    learn: {
      explainer:
        "A queue stays short only if work is processed at least as fast as it arrives. If arrivals are faster, the backlog grows without limit, however long you wait. The throughput of a pipeline is set by its slowest step, so adding capacity elsewhere does nothing until that bottleneck is widened.",
      terms: [
        ["Throughput", "How much work a system finishes per unit of time."],
        ["Bottleneck", "The slowest step, which limits the whole pipeline."],
        ["Backpressure", "Slowing or refusing new work when a system can't keep up."],
      ],
      resources: [R.ddia, R.supplyChain, R.sre],
    },
  },
];
