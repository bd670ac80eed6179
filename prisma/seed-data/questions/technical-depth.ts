import { strong, type SeedQuestion } from "./seed-question";
import { R } from "./learn-resources";

/**
 * Technical depth the way a TPM is tested: explain how things work and reason about
 * why they break, in plain words. Nobody writes code in these interviews.
 */
export const TECHNICAL_DEPTH_QUESTIONS: SeedQuestion[] = [
  {
    slug: "td-url-to-page",
    type: "technical-depth",
    title: "The one second between a link and a loaded shop page",
    prompt:
      "A customer on a laptop opens shop.example.com from a bookmark, and about a second later the home page is on screen. Take me through what happens in that second, from the browser's first step to the finished page, as deep as you can go. I'll stop you and dig into the parts that interest me.",
    difficulty: "EASY",
    tags: ["networking", "dns", "http", "tls"],
    companies: ["Google", "Amazon", "Microsoft", "Meta"],
    competencies: ["fundamentals", "communication-clarity"],
    learn: {
      explainer:
        "Loading a web page is a chain of steps: turn the name into an address (DNS), open a secure connection (TCP and TLS), ask for the page (HTTP), let the servers build it, then let the browser draw it. Knowing the chain helps you ask where time is lost when a page is slow.",
      terms: [
        ["DNS", "The internet's phone book: it turns a name like shop.example.com into a numeric address."],
        ["TLS", "The encryption and identity check behind the padlock in the browser."],
        ["Round trip", "One message there and back; distance makes each one slower."],
      ],
      resources: [R.networking, R.highPerfBrowser, R.sdPrimer],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer gives a clear, ordered story from name lookup to rendered page, then goes one level deeper wherever the interviewer pushes, and connects each step to where time is spent.",
        [
          "**DNS:** the browser needs an IP address for the name. It checks its own cache, then the operating system's, then asks a DNS resolver (usually the ISP's or a public one), which may in turn ask the root, the '.com' servers and the domain's authoritative server. Answers are cached for the record's TTL (time to live).",
          "**Connection:** the browser opens a TCP connection to that address (a three-step handshake), then a TLS handshake, in which the server proves its identity with a certificate and both sides agree encryption keys. Each round trip costs time proportional to distance.",
          "**Request:** the browser sends an HTTP request (method, path, headers, cookies). It usually reaches a CDN edge or a load balancer first, which forwards it to one of many application servers.",
          "**Server side:** the application may read from caches and databases and call other services, then returns a response with a status code (200, 301, 404, 500), headers and HTML.",
          "**Rendering:** the browser parses the HTML, finds CSS, JavaScript and images, fetches those too (often from a CDN, reusing connections), builds the page and runs scripts. Much of the perceived load time is here.",
          "**Depth signals:** mentions HTTP/2 or HTTP/3 (several requests over one connection), keep-alive, caching headers, and that a user far from the servers pays for every round trip.",
        ],
      ),
      followUps: [
        "A user in Sydney reports the site is slow but it's fast in London. Where would you look first?",
        "We changed the site's IP address an hour ago and some users still reach the old server. Why?",
        "How does the browser know it's really talking to shop.example.com and not an impostor?",
        "What's the difference between a 301, a 404 and a 503 from a user's point of view?",
      ],
      pitfalls: [
        "Skipping DNS or TLS entirely and jumping straight to 'the server sends the page'.",
        "Reciting terms in order without being able to explain any one of them when asked.",
        "Forgetting the browser's work after the HTML arrives, which is often where most of the time goes.",
      ],
    },
  },
  {
    slug: "td-slow-query-indexes",
    type: "technical-depth",
    title: "Why did this query get slow, and would an index fix it?",
    prompt:
      "The 'My orders' page used to load instantly; now it takes eight seconds. The orders table has grown to 200 million rows, and the page looks up orders by customer and shows the newest first. An engineer proposes adding an index and another says we need a bigger database server. Explain what is probably happening, what an index is, and how you would help the team decide.",
    difficulty: "MEDIUM",
    tags: ["databases", "indexes", "performance", "sql"],
    companies: ["Amazon", "Microsoft", "Oracle"],
    competencies: ["databases-data", "debugging-reasoning", "communication-clarity"],
    learn: {
      explainer:
        "A database index is like the index at the back of a book: a sorted list that lets the database jump to the rows it needs instead of reading every row. Without one, a query's cost grows with the table, which is why pages that were fast on small tables slow down as data grows.",
      terms: [
        ["Index", "A sorted structure that points to rows, making lookups by its columns fast."],
        ["Query plan", "The database's explanation of how it will run a query, shown by EXPLAIN."],
        ["Full table scan", "Reading every row of a table to find the few that match."],
      ],
      resources: [R.useIndex, R.sqlCourse, R.ddia],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer explains that without a suitable index the database must read far more rows than it returns, and that this cost grows with the table, which matches the symptom. It then moves from guessing to evidence.",
        [
          "**What an index is:** like the index at the back of a book: a separate, sorted structure (usually a B-tree, a balanced tree kept in order) that lets the database jump to matching rows instead of scanning the whole table.",
          "**Likely cause:** the query filters on customer ID and sorts by creation date, with no index covering both. The database scans and sorts many rows, and that work grew from thousands to millions of rows as the table grew.",
          "**Composite index:** an index on (customer ID, created date) lets it find one customer's orders already in date order and stop after the first page. Column order matters: customer first, because that's the filter.",
          "**Verify first:** look at the query plan (the database's explanation of how it will run the query, via EXPLAIN) and the slow-query log to confirm a full or large scan before changing anything.",
          "**Costs of an index:** extra storage, and every insert and update must also update the index, so write-heavy tables shouldn't collect indexes casually. Building one on a 200-million-row table should be done online, off-peak, and watched.",
          "**Why not just a bigger server:** it buys a little time but the scan still grows with the data; it's the right call only when the plan is already efficient and the hardware is saturated.",
          "**Related issue:** 'page 500 of results' using OFFSET still reads all earlier rows; paging by 'orders older than the last one I saw' stays fast.",
        ],
      ),
      followUps: [
        "Why not just index every column?",
        "The index was added and the page is still slow for one very large business customer. Why might that be?",
        "How would you roll out an index change on a busy production database safely?",
        "What does 'selectivity' mean, and why would an index on order status be of little use?",
      ],
      pitfalls: [
        "Saying 'indexes make queries faster' without explaining how or what they cost.",
        "Recommending a change without first checking the query plan.",
        "Not connecting the slowdown to table growth, which is the clue in the question.",
      ],
    },
  },
  {
    slug: "td-last-seat-transactions",
    type: "technical-depth",
    title: "Two buyers, one last concert seat: transactions and isolation",
    prompt:
      "Our ticketing site sold the same last seat to two people who clicked 'Buy' within milliseconds of each other. The code reads the seat, checks it's available, and then marks it sold. Explain how this happened, what a database transaction is, and the ways we could prevent it, with the trade-offs of each.",
    difficulty: "MEDIUM",
    tags: ["databases", "transactions", "concurrency", "consistency"],
    companies: ["Amazon", "Google", "Stripe"],
    competencies: ["databases-data", "fundamentals", "communication-clarity"],
    learn: {
      explainer:
        "A transaction groups several database steps so they all happen or none do. Isolation decides what two transactions running at the same time can see of each other; with weak isolation, two buyers can both read 'seat free' before either marks it sold.",
      terms: [
        ["Transaction", "A group of database operations that succeeds or fails as a whole."],
        ["Isolation level", "How much one running transaction is protected from the effects of others."],
        ["Row lock", "A database mark that makes other transactions wait before changing the same row."],
      ],
      resources: [R.ddia, R.sqlCourse, R.useIndex],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer identifies a classic race condition: both requests read 'available' before either wrote 'sold'. It explains transactions plainly and knows that a transaction alone doesn't automatically prevent this; it depends on how the check and the write are done.",
        [
          "**The race:** request A reads 'available', request B reads 'available', A writes 'sold to A', B writes 'sold to B'. Both saw a true fact at the moment they read it.",
          "**Transactions:** a group of reads and writes treated as one unit with the ACID properties: all-or-nothing (atomic), rules respected (consistent), not disturbed by other transactions to a chosen degree (isolated) and saved permanently once committed (durable).",
          "**Isolation levels:** databases let you trade safety for speed. Under the common default (read committed), two transactions can both read 'available' and proceed. Serializable isolation makes the outcome as if they ran one after another, usually by making one of them fail and retry.",
          "**Practical fixes:** (1) a conditional update, 'mark sold only where it is still available', and check that exactly one row changed; (2) lock the row while reading (SELECT ... FOR UPDATE) so the second request waits; (3) optimistic concurrency, where each row has a version number and the write succeeds only if the version hasn't changed; (4) a unique constraint on seat in the tickets table so a second sale is rejected.",
          "**Trade-offs:** locks are simple but make others wait and can deadlock; optimistic approaches are fast when conflicts are rare but need retries; serializable isolation is safest but costs throughput.",
          "**Product view:** the losing buyer needs a friendly 'someone just got this seat' message and fresh alternatives, not an error page.",
        ],
      ),
      followUps: [
        "What is a deadlock, and how could row locks cause one here?",
        "Which fix would you choose for a stadium on-sale with 50,000 people trying for 2,000 seats, and why?",
        "What changes if the seats and payments live in two different services with separate databases?",
        "How would you test that the fix works before the next big on-sale?",
      ],
      pitfalls: [
        "Saying 'wrap it in a transaction' as if that alone solves it.",
        "Proposing to check availability twice in application code, which narrows the window but doesn't close it.",
        "Not being able to say what ACID stands for in plain words.",
      ],
    },
  },
  {
    slug: "td-replication-lag",
    type: "technical-depth",
    title: "Why does my profile change disappear when I refresh?",
    prompt:
      "Users report that after they update their display name and refresh the page, the old name sometimes comes back, and a few seconds later the new one appears. Our database has one primary server that takes writes and several replicas that serve reads. Explain what's going on, why we set it up this way, and what we could do about it.",
    difficulty: "MEDIUM",
    tags: ["databases", "replication", "consistency", "debugging"],
    companies: ["Meta", "LinkedIn", "Google"],
    competencies: ["databases-data", "debugging-reasoning", "communication-clarity"],
    learn: {
      explainer:
        "Many databases keep copies (replicas) of the main server to share the reading load. Copies are updated a moment later than the main server, so a read from a replica just after a write can show old data; designs fix this by reading your own recent writes from the main server.",
      terms: [
        ["Primary", "The database server that accepts writes."],
        ["Read replica", "A copy that serves reads and receives changes from the primary shortly after."],
        ["Read-your-writes", "A guarantee that a user always sees their own latest changes."],
      ],
      resources: [R.ddia, R.sdPrimer, R.sre],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer recognises replication lag from the symptom ('old value, then new value a few seconds later') and explains the trade-off that created it, then offers targeted fixes rather than abandoning replicas.",
        [
          "**Replication:** the primary records every change and replicas copy those changes. Usually this is asynchronous: the primary confirms the write without waiting for replicas, so replicas can be a little behind.",
          "**Why replicas:** they spread the read load (most apps read far more than they write), put data closer to users in other regions, and give a standby if the primary fails.",
          "**What happened:** the write went to the primary; the refresh read from a replica that hadn't caught up yet. This breaks 'read your own writes', a guarantee users expect even if they tolerate others' changes arriving late.",
          "**Fixes:** read from the primary for a short window after a user writes; track the position of the user's last write and read only from a replica that has reached it; pin a user's session to one up-to-date replica; or update the page from the write's response instead of re-reading.",
          "**Synchronous replication:** waiting for replicas on every write removes lag but slows every write and can block when a replica is unhealthy; it's usually reserved for data where loss on failover is unacceptable.",
          "**Investigation:** check replica lag metrics around the reports; growing lag can signal an overloaded replica, a long-running query or a bulk job on the primary.",
          "**Failover risk:** if the primary dies, changes not yet copied can be lost, which is the same trade-off seen from a different angle.",
        ],
      ),
      followUps: [
        "Replica lag normally stays under 100 milliseconds but jumps to 30 seconds every night at 2 a.m. What would you look for?",
        "Which kinds of data in a banking app could tolerate lag, and which couldn't?",
        "What is the risk to recent writes when the primary fails and a replica is promoted?",
        "How would this change if replicas were in another continent?",
      ],
      pitfalls: [
        "Blaming the browser cache without considering the database architecture described.",
        "Proposing to remove replicas entirely without weighing the read load they carry.",
        "Not explaining why asynchronous replication was a reasonable choice in the first place.",
      ],
    },
  },
  {
    slug: "td-sql-vs-nosql",
    type: "technical-depth",
    title: "Choosing between SQL and NoSQL for a fitness app",
    prompt:
      "We're building a fitness app that stores user accounts and subscriptions, workouts people log, a social feed of friends' activity, and heart-rate readings from wearables every few seconds. One engineer wants everything in a relational database; another wants everything in a NoSQL store. Talk me through how you'd think about the choice, and what you'd recommend.",
    difficulty: "MEDIUM",
    tags: ["databases", "sql", "nosql", "architecture"],
    companies: ["Amazon", "Microsoft", "Apple"],
    competencies: ["databases-data", "fundamentals", "communication-clarity"],
    learn: {
      explainer:
        "Relational (SQL) databases store data in tables with relationships and strong guarantees; many NoSQL stores give up some of that to scale out easily or to store a particular shape of data well. The right choice follows how each kind of data is read and written, and one product often uses more than one.",
      terms: [
        ["Relational database", "Data in tables of rows and columns, linked by keys and queried with SQL."],
        ["Schema", "The agreed structure of the data: which fields exist and what type they are."],
        ["Time-series store", "A database built for many timestamped readings, such as heart rate every few seconds."],
      ],
      resources: [R.ddia, R.sqlCourse, R.sdPrimer],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer refuses the all-or-nothing framing: it looks at each kind of data, how it's written and read and how consistent it must be, and picks the fewest stores that fit, mindful that every extra store is something the team must run.",
        [
          "**Relational (SQL) strengths:** tables with a defined schema, joins across tables, transactions and mature tooling. Right for accounts, subscriptions and payments, where correctness matters and relationships are rich.",
          "**NoSQL families:** key-value and document stores (flexible records looked up by key), wide-column stores (very high write rates, data laid out for known queries) and graph stores (relationships first). They scale out across machines easily but often give up joins and some consistency.",
          "**Applying it:** accounts and subscriptions in SQL; workouts could sit in SQL too at first; heart-rate readings (many millions of small writes an hour, read by user and time range) suit a time-series or wide-column store; the social feed can start in SQL and move to a cache-backed design if it grows.",
          "**Access patterns first:** ask how each piece of data is read. NoSQL models are designed around known queries, so unknown future queries (like ad-hoc analytics) are painful; those go to a separate analytics warehouse anyway.",
          "**Scale realism:** a well-tuned relational database handles far more than most start-ups need; picking NoSQL 'for scale' on day one often adds cost without benefit.",
          "**Team and operations:** the team's experience, managed-service options and cost matter as much as features. Recommend a relational core plus a time-series store for sensor data, and revisit with real numbers.",
        ],
      ),
      followUps: [
        "What do you lose if heart-rate data goes into a store without joins or transactions?",
        "The app reaches 20 million users and the feed query is slow. What would you do?",
        "What is 'eventual consistency', and where would users notice it in this app?",
        "How would you migrate workouts from one store to another later without downtime?",
      ],
      pitfalls: [
        "Declaring that NoSQL 'scales' and SQL doesn't, without nuance.",
        "Choosing one store for everything without looking at how each kind of data is used.",
        "Ignoring the operational cost of running several different databases.",
      ],
    },
  },
  {
    slug: "td-big-o-dedupe",
    type: "technical-depth",
    title: "Explain Big-O by de-duplicating a customer list",
    prompt:
      "After an acquisition we have to merge two customer lists, about 5 million records in total, and remove duplicates by email address. An analyst's script compares every record with every other record and has been running for two days. Explain why it's so slow using Big-O, describe a better approach in plain words, and say what gets harder if 'duplicate' means 'probably the same person'.",
    difficulty: "EASY",
    tags: ["algorithms", "big-o", "hash-maps", "data-quality"],
    companies: ["Google", "Amazon", "Salesforce"],
    competencies: ["algorithms-complexity", "communication-clarity"],
    learn: {
      explainer:
        "Big-O describes how the work a program does grows as its input grows. Comparing every record with every other grows with the square of the list (5 million records means trillions of comparisons), while putting each email into a set and checking for repeats grows in step with the list.",
      terms: [
        ["Big-O notation", "A rough description of how running time grows with input size, such as O(n) or O(n²)."],
        ["Set", "A collection that holds each value once and can tell quickly whether a value is already in it."],
        ["Normalisation", "Cleaning values into one form, such as lower-casing emails, before comparing them."],
      ],
      resources: [R.grokkingAlgorithms, R.pythonCourse, R.automateBoring],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer explains Big-O as 'how the work grows as the data grows', shows with real numbers why comparing every pair explodes, and offers a linear approach using a hash set, then reasons honestly about fuzzy matching.",
        [
          "**Big-O in plain words:** it describes how running time or memory grows as the input grows, ignoring constant factors. Doubling the input doubles O(n) work but quadruples O(n²) work.",
          "**Why it's slow:** comparing every pair of 5 million records is about 12.5 trillion comparisons, which is O(n²). At 100 million comparisons a second that's around 35 hours, which matches what we see.",
          "**Sorting approach:** normalise emails (lower-case, trim spaces), sort by email (O(n log n), roughly 5 million × 23 steps) and duplicates end up next to each other.",
          "**Hash set approach:** walk the list once, normalising each email and checking a hash set of emails already seen, which takes close to constant time per lookup. That is O(n), about 5 million steps, a few seconds, at the cost of memory for the set (a few hundred megabytes, which fits on a laptop).",
          "**Fuzzy matching:** 'J. Smith, jsmith@gmail' versus 'John Smith, john.smith@gmail' needs similarity scoring, which is pairwise again. The trick is blocking: only compare records that share a cheap key (same postcode and surname initial, say), shrinking comparisons enormously, then send borderline cases to human review.",
          "**Communicating:** an executive version such as 'the script's work grows with the square of the list; the new approach grows in a straight line, so it takes minutes instead of days' lands well.",
        ],
      ),
      followUps: [
        "What if the list were 5 billion records and didn't fit in one machine's memory?",
        "Which is better here, sorting or a hash set, and when would you choose the other?",
        "How would you decide which of two duplicate records to keep?",
        "What does O(log n) mean, and where have you seen it in practice?",
      ],
      pitfalls: [
        "Defining Big-O only as notation without connecting it to the real runtime.",
        "Forgetting to normalise emails, so 'Ana@x.com' and 'ana@x.com ' are missed.",
        "Claiming fuzzy matching can be done exactly and cheaply with the same hash approach.",
      ],
    },
  },
  {
    slug: "td-hash-map-internals",
    type: "technical-depth",
    title: "How does a hash map give near-instant lookups?",
    prompt:
      "Engineers on your team say 'just put it in a hash map' whenever something is slow. Explain how a hash map works under the hood and why looking up a key is usually so fast. Then tell me when it stops being fast, and how the same idea shows up when we spread data across many servers.",
    difficulty: "MEDIUM",
    tags: ["data-structures", "hash-maps", "algorithms", "distributed-systems"],
    companies: ["Google", "Meta", "Microsoft"],
    competencies: ["algorithms-complexity", "fundamentals", "communication-clarity"],
    learn: {
      explainer:
        "A hash map turns each key into a number (a hash) that says which slot of an array to look in, so finding a key takes about the same time whether there are ten entries or ten million. It slows down when many keys land in the same slot, or when it must grow and copy everything.",
      terms: [
        ["Hash function", "A function that turns a key into a number, always the same number for the same key."],
        ["Collision", "Two different keys landing in the same slot."],
        ["Load factor", "How full the map is; past a limit it grows to keep lookups fast."],
      ],
      resources: [R.grokkingAlgorithms, R.fluentPython, R.pythonCourse],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer explains the mechanism (hash the key to a number, use it to pick a slot) well enough to reason about when it breaks, and connects it to sharding and consistent hashing, which TPMs meet in design reviews.",
        [
          "**Mechanism:** a hash function turns a key (like an email) into a number; the number modulo the array size picks a bucket (slot). To look up, hash the key again and go straight to that bucket, with no searching.",
          "**Collisions:** two keys can land in the same bucket. Common fixes are a short list per bucket (chaining) or probing the next free slot. With a good hash function and enough buckets, buckets stay short, so lookups average constant time, O(1).",
          "**Resizing:** as it fills up, the map grows (often doubling) and re-places every key. That one step is slow, but spread across all inserts the average cost stays constant.",
          "**When it's slow:** a poor hash function or deliberately crafted keys put everything in one bucket (worst case O(n)); memory use is higher than a plain list; there's no ordering, so 'all keys between A and F' needs a sorted structure like a tree.",
          "**Across servers:** sharding uses the same idea, hash(key) picking a server. Simple 'modulo number of servers' moves almost every key when a server is added. Consistent hashing places servers and keys on a ring so adding a server only moves a small share of keys.",
          "**Trade-off summary:** hash maps give fast exact lookups; trees give ordered and range queries in O(log n).",
        ],
      ),
      followUps: [
        "Why would a hash map be a bad choice for 'show the 20 most recent orders'?",
        "We add a tenth cache server and the database is suddenly overloaded. What might have happened?",
        "What makes a hash function good for this purpose?",
        "How much memory would a hash map of 100 million user IDs to names roughly need?",
      ],
      pitfalls: [
        "Saying lookups are 'always O(1)' with no mention of collisions or worst cases.",
        "Not being able to explain what the hash function actually does.",
        "Missing the connection to distributing data across servers when prompted.",
      ],
    },
  },
  {
    slug: "td-dependency-graph-order",
    type: "technical-depth",
    title: "Sixty nightly data jobs and the order they must run in",
    prompt:
      "Every night, 60 data jobs build the tables behind the company's reports, and many read tables that other jobs write. Today each job starts at a fixed clock time, so when one runs late, the jobs after it read half-built tables and the morning dashboards are wrong. Explain how you'd represent which job needs which, how you'd work out a valid order and which jobs can run in parallel, and what you'd do if the dependencies contain a loop.",
    difficulty: "MEDIUM",
    tags: ["graphs", "algorithms", "dependencies", "data-pipelines"],
    companies: ["Amazon", "Google", "Airbnb"],
    competencies: ["algorithms-complexity", "debugging-reasoning", "communication-clarity"],
    learn: {
      explainer:
        "When tasks depend on each other, they form a graph: an arrow from A to B means B must wait for A. Ordering the work so every task comes after what it depends on is called a topological sort; if the arrows form a loop, no such order exists and someone must break the cycle.",
      terms: [
        ["Directed graph", "Points (tasks) joined by one-way arrows (dependencies)."],
        ["Topological sort", "An order of tasks in which each comes after everything it depends on."],
        ["Cycle", "A loop of dependencies, such as A needs B and B needs A."],
      ],
      resources: [R.grokkingAlgorithms, R.ddia, R.dataWarehouse],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer models the jobs as a directed graph, explains topological sorting in plain words, and turns it into a schedule: run a job when what it reads is ready, in parallel waves, with the longest chain deciding when reports are done and a loop treated as a design problem.",
        [
          "**Model:** each job is a node; if job A reads a table job B writes, there is an arrow from B to A (B must finish first). That is a directed graph, and it can be built from which tables each job reads and writes rather than from memory.",
          "**Ordering (topological sort):** repeatedly run the jobs whose inputs are all ready, mark their tables ready, and reveal the next set. The cost grows with jobs plus dependencies, O(V + E), trivial for 60 jobs.",
          "**Parallel waves:** each round of 'all inputs ready' can run in parallel; start on readiness, not on the clock, so a late job delays only what depends on it.",
          "**Critical path:** the longest chain of dependent jobs sets the earliest time the reports can be ready; those jobs deserve the most attention and speed-up work.",
          "**Cycles:** if some jobs remain but none has all inputs ready, there is a loop (A reads B's table and B reads A's). The fix is a design decision: split a job, or have one read yesterday's finished snapshot.",
          "**Failures:** when a job fails, everything downstream waits and reports say they are stale, instead of publishing wrong numbers; this is what workflow schedulers such as Airflow provide.",
        ],
      ),
      followUps: [
        "One job in the middle of the graph takes two hours. How do you find out whether speeding it up makes the reports earlier?",
        "Finance's dashboard must be ready by 07:00. How would you work out whether that's possible and what to change?",
        "A team adds a new job that reads from 15 others. How do you keep the order correct as jobs change?",
      ],
      pitfalls: [
        "Fixing it by spacing the clock times further apart.",
        "Not recognising that a loop makes a strict order impossible and needs a design change.",
        "Stopping at the algorithm without turning it into a schedule and a critical path.",
      ],
    },
  },
  {
    slug: "td-top-errors-huge-logs",
    type: "technical-depth",
    title: "Find the most common errors in 5 TB of logs",
    prompt:
      "We have 5 terabytes of application logs from yesterday spread across hundreds of files, and leadership wants the 100 most frequent error messages by this afternoon. A laptop has 16 GB of memory. Explain how you'd approach this, how the work could be split across many machines, and what you'd do if we wanted the answer continuously rather than once a day.",
    difficulty: "HARD",
    tags: ["algorithms", "big-data", "sorting", "streaming"],
    companies: ["Google", "Amazon", "Meta"],
    competencies: ["algorithms-complexity", "databases-data", "fundamentals"],
    learn: {
      explainer:
        "When data is far bigger than one computer's memory, the trick is to split it so each piece fits, count each piece separately, and combine the counts. The same idea, spread over many machines, is what MapReduce and modern data tools do.",
      terms: [
        ["MapReduce", "Process pieces of data in parallel (map), then combine the partial results (reduce)."],
        [
          "Hash partitioning",
          "Sending each item to a bucket chosen by its hash so the same item always lands in the same bucket.",
        ],
        ["Top-k", "Finding the k most frequent or largest items without sorting everything."],
      ],
      resources: [R.ddia, R.grokkingAlgorithms, R.pythonCourse],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer sees that the data doesn't fit in memory but the distinct error messages might not either, splits the work so each piece fits, and uses a small fixed-size structure for the top 100. It also thinks about what counts as 'the same error'.",
        [
          "**Normalise first:** replace IDs, timestamps and numbers in messages with placeholders so 'timeout for user 123' and 'timeout for user 456' count as one error.",
          "**Split by hash:** read every file and send each error to one of, say, 1,000 buckets according to a hash of the normalised message. All copies of the same message land in the same bucket, and each bucket is small enough to count in memory.",
          "**Count and keep the top:** count messages per bucket with a hash map, then keep the top 100 across buckets using a min-heap of size 100 (a structure that always knows its smallest item, so each new candidate is compared only with the current 100th). That step is O(n log 100), effectively linear.",
          "**Across machines:** this is the MapReduce pattern (map: emit message and 1; shuffle: group by message; reduce: sum), as offered by tools like Spark or a cloud data warehouse. Often the pragmatic answer is to load the logs into a warehouse and run a GROUP BY query.",
          "**Sorting at scale:** an external sort (sort chunks that fit in memory, write them out, then merge the sorted chunks) also works, but it's slower than hashing because sorting isn't needed to count.",
          "**Continuously:** a streaming pipeline keeps rolling counts per time window; for very many distinct messages, approximate structures such as a count-min sketch use fixed memory at the cost of small over-counts, which is fine for 'top errors'.",
        ],
      ),
      followUps: [
        "One error accounts for 40% of all lines. What happens to the bucket it lands in?",
        "How much memory does your approach need on each machine?",
        "When is an approximate answer acceptable, and how would you explain it to leadership?",
        "How would you attribute each error to the team that owns it?",
      ],
      pitfalls: [
        "Trying to load everything into memory on one machine.",
        "Sorting the full 5 TB when only counts are needed.",
        "Counting raw messages without normalising, so the top 100 is full of near-duplicates.",
      ],
    },
  },
  {
    slug: "td-caching-stale-data",
    type: "technical-depth",
    title: "We added a cache: now explain the bug reports",
    prompt:
      "To speed up product pages, the team put a cache in front of the product database, and page load times dropped by 70%. Since then, customers sometimes see an old price, and last Tuesday, right after a deploy, the database was overwhelmed for ten minutes. Explain how a cache like this works and what is likely behind each problem, and recommend changes.",
    difficulty: "MEDIUM",
    tags: ["caching", "performance", "consistency", "incidents"],
    companies: ["Amazon", "Netflix", "Meta"],
    competencies: ["fundamentals", "debugging-reasoning", "databases-data"],
    learn: {
      explainer:
        "A cache keeps copies of data close at hand so reads are fast, but a copy can go out of date when the original changes. Every cache needs a rule for when copies expire or are removed, and a plan for the moment many copies expire at once and all requests hit the database together.",
      terms: [
        ["Cache invalidation", "Removing or updating cached copies when the real data changes."],
        ["TTL", "Time to live: how long a cached copy may be used."],
        ["Thundering herd", "Many requests rushing to the database at once when a popular cached item expires."],
      ],
      resources: [R.ddia, R.sdPrimer, R.sdInterview],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer explains the common 'cache-aside' pattern, ties stale prices to how entries expire and are invalidated, and ties the overload to a cold or mass-expired cache sending every request to the database at once.",
        [
          "**Cache-aside:** the application checks the cache first; on a hit it returns the stored copy; on a miss it reads the database, stores the result with a time to live (TTL) and returns it. Fast, because memory is far faster than a database query, and it offloads the database.",
          "**Stale prices:** a cached price stays until its TTL expires or someone deletes it. If price updates don't invalidate (delete or overwrite) the cached entry, customers see the old price for up to the TTL. Fixes: invalidate on every price change, use shorter TTLs for volatile fields, and always re-check the price from the source of truth at checkout.",
          "**Invalidation races:** even with invalidation, a slow reader can put an old value back just after the delete; versioned entries or a short TTL as a safety net limit the damage.",
          "**The overload (stampede):** a deploy that cleared or changed cache keys, or many entries expiring at the same moment, meant thousands of misses hit the database simultaneously. Fixes: warm the cache before switching traffic, add random jitter to TTLs, let only one request refill a given key while others wait or get the slightly stale value, and protect the database with limits.",
          "**Measure:** hit rate, miss rate after deploys, database load, and a staleness metric for prices.",
          "**Judgement:** cache what is read often and tolerates slight staleness; be careful caching anything that affects money or permissions.",
        ],
      ),
      followUps: [
        "What TTL would you choose for product descriptions, prices and stock levels, and why?",
        "One product goes viral and the cache server holding its key is maxed out. What can you do?",
        "How would you test a cache change before it reaches production?",
        "Where else might a user's browser or a CDN be caching the same page?",
      ],
      pitfalls: [
        "Treating the cache as always correct, or proposing to remove it entirely.",
        "Not connecting the deploy to a cold or invalidated cache.",
        "Offering a single long TTL for everything.",
      ],
    },
  },
  {
    slug: "td-race-condition-likes",
    type: "technical-depth",
    title: "A viral post's like counter can't keep up",
    prompt:
      "Last year our like counter lost likes under load, and the team fixed it by making the database add one in a single atomic step. Now a celebrity post gets 40,000 likes a minute, the counts are right, but the like button times out for many users and other writes to that database slow down. Explain why the fix that made the count correct makes this post slow, and what you'd do about counters this hot.",
    difficulty: "MEDIUM",
    tags: ["concurrency", "race-conditions", "locking", "scalability"],
    companies: ["Meta", "Google", "LinkedIn"],
    competencies: ["fundamentals", "debugging-reasoning", "communication-clarity"],
    learn: {
      explainer:
        "When many servers update the same number at once, the way the update is written decides whether it is correct and whether it keeps up. 'Read, add one, save' loses updates when two servers interleave; an atomic increment fixes correctness, and spreading a hot counter over several rows fixes throughput.",
      terms: [
        ["Atomic operation", "A change that happens completely or not at all, with nothing able to slip in between."],
        ["Lost update", "One change overwriting another because both started from the same old value."],
        ["Hot key", "One record so popular that all the traffic queues up on it."],
      ],
      resources: [R.ddia, R.sqlCourse, R.sdPrimer],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer explains that every like now waits its turn on one database row (contention on a hot key), recalls why the atomic step was needed, and compares ways to spread or defer the writes, choosing by what the product really needs from the number.",
        [
          "**Why last year's bug happened:** server A reads 100, server B reads 100, both save 101, one like lost. The atomic increment removed that gap, but it works by making writers to the row take turns.",
          "**Contention now:** 40,000 increments a minute on one row means each waits for the one before; queues grow, requests time out, and the row's locks and log writes slow the rest of the database.",
          "**Atomic operations:** ask the database or cache to do the increment itself in one step ('count = count + 1'), so there is no gap. Simple and usually enough.",
          "**Locks:** a lock lets only one writer in at a time. Correct, but for a viral post everyone queues on the same lock, and locks held across several resources risk deadlock (two parties each waiting for the other).",
          "**Sharded counters:** split the count into, say, 50 sub-counters, increment a random one and sum them when reading. This spreads the write load for very hot items at the cost of slightly more expensive reads.",
          "**Recount and accept lag:** since the individual like records are correct, a background job can recount and display an approximate number ('12.4K'); users don't need per-like precision in real time.",
        ],
      ),
      followUps: [
        "Explain to a product manager why the like count may lag a few seconds behind.",
        "Why did neither problem appear in the test environment?",
        "Would you handle a bank balance the same way as a like count? Why or why not?",
        "How would you fix the counts that are already wrong?",
      ],
      pitfalls: [
        "Going back to 'read, add one, save', which reintroduces lost likes.",
        "Proposing a global lock without considering contention on a hot post.",
        "Treating approximate counts as unacceptable without asking what the product actually needs.",
      ],
    },
  },
  {
    slug: "td-p99-latency",
    type: "technical-depth",
    title: "Investigate a latency regression that only hits the slowest requests",
    prompt:
      "Our checkout API's median latency is unchanged at 120 milliseconds, but the 99th percentile has jumped from 400 milliseconds to 3 seconds since Monday. Explain what those two numbers mean and why the second one matters, then walk me through how you would work with the team to find the cause.",
    difficulty: "HARD",
    tags: ["performance", "latency", "debugging", "observability"],
    companies: ["Amazon", "Google", "Netflix"],
    competencies: ["debugging-reasoning", "fundamentals", "communication-clarity"],
    learn: {
      explainer:
        "Latency percentiles describe how slow requests are: the median (p50) is the typical request, and the 99th percentile (p99) is the slowest one in a hundred. Averages hide slow outliers, and a page that makes many calls is often held up by the slowest of them, so the tail matters to users more than it first seems.",
      terms: [
        ["Percentile", "The value below which a given share of measurements fall; p99 is slower than 99% of requests."],
        ["Tail latency", "The slowness of the slowest requests."],
        [
          "Garbage collection pause",
          "A moment when a program stops to free memory, which shows up as occasional slow requests.",
        ],
      ],
      resources: [R.sre, R.ddia, R.srw],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer explains percentiles clearly, argues why tail latency hurts real users and revenue, then runs a structured investigation that narrows the problem by dimension rather than guessing.",
        [
          "**Meaning:** the median (p50) is what the typical request gets; the 99th percentile (p99) is the time within which 99% of requests finish, so 1 in 100 takes longer. Averages hide these outliers.",
          "**Why it matters:** a page that calls ten services hits at least one slow tail response far more often than 1 in 100; heavy users make many requests; and checkout timeouts are lost revenue. Timeouts can also trigger retries that add load.",
          "**First questions:** what changed on Monday (deploys, configuration, traffic mix, a dependency's release, infrastructure maintenance)? Is it all requests or some?",
          "**Narrow down:** break p99 down by endpoint, region, host, customer type and payment method. A single bad host, one region or one dependency stands out quickly. Distributed traces of slow requests show which step takes the time.",
          "**Common tail causes:** garbage-collection pauses (the runtime briefly stopping to free memory), lock contention, a connection pool that's too small so requests queue, retries with long timeouts to a struggling dependency, cold caches, noisy neighbours on shared machines, or large customers with unusually big carts.",
          "**Mitigate then fix:** roll back Monday's change if it correlates; meanwhile tighten timeouts or route around a bad host. Then find the root cause, and add a p99 alert and a latency check to the release process.",
        ],
      ),
      followUps: [
        "The slow requests all come from large business customers. What does that suggest?",
        "How would you explain this issue to the head of e-commerce in two sentences?",
        "Why can adding retries make tail latency worse?",
        "What service-level objective would you propose for checkout latency?",
      ],
      pitfalls: [
        "Looking only at averages or the median and concluding nothing is wrong.",
        "Jumping to 'add more servers' without narrowing down where the time goes.",
        "Not asking what changed on Monday.",
      ],
    },
  },
  {
    slug: "td-dns-cutover",
    type: "technical-depth",
    title: "Plan a DNS cutover to a new load balancer",
    prompt:
      "We're moving api.example.com from an old load balancer to a new one in a different cloud, by changing its DNS record. Last time we did something similar, some customers kept hitting the old system for hours and a few broke entirely. Explain how DNS resolution and caching work, why that happened, and how you'd plan this cutover.",
    difficulty: "MEDIUM",
    tags: ["networking", "dns", "migration", "operations"],
    companies: ["Amazon", "Microsoft", "Cloudflare"],
    competencies: ["fundamentals", "debugging-reasoning", "communication-clarity"],
    learn: {
      explainer:
        "DNS answers are cached by browsers, operating systems and resolvers for as long as the record's time to live says, and some ignore it. A DNS change therefore spreads gradually, so a safe cutover lowers the time to live days ahead, keeps the old system working during the change, and watches traffic drain from it.",
      terms: [
        ["DNS record", "An entry that maps a name to an address or another name."],
        ["TTL", "How long others may cache a DNS answer before asking again."],
        ["Resolver", "The server that looks up names on a device's behalf and caches answers."],
      ],
      resources: [R.networking, R.sre, R.highPerfBrowser],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer explains that DNS answers are cached at many layers for as long as the record's TTL says, and some clients ignore the TTL, so a cutover is gradual by nature. It plans to run both sides in parallel and watch the tail of traffic.",
        [
          "**Resolution:** a client asks a resolver for api.example.com; the resolver finds the authoritative server for example.com and returns the record (an IP address, or an alias to another name) along with a TTL, the number of seconds it may be cached.",
          "**Caching everywhere:** browsers, operating systems, corporate resolvers, ISPs and long-running applications (some runtimes cache DNS until restarted) all hold answers. A 24-hour TTL means up to a day of old answers, and some clients keep them longer.",
          "**Why customers broke:** some may have hard-coded the old IP address or allow-listed it in their firewalls, or the new endpoint lacked a TLS certificate covering the name, or behaved differently (timeouts, headers).",
          "**Plan:** days ahead, lower the TTL to something like 60 seconds and wait out the old TTL; make sure the new load balancer serves the same certificate and behaviour; test it directly; then switch, possibly with weighted DNS to move 5%, 25%, then 100%.",
          "**Run both:** keep the old load balancer up and forwarding until its traffic drops to near zero, and identify the stragglers from its logs so you can contact those customers.",
          "**Rollback:** with a low TTL, switching back takes minutes. Communicate in advance to customers who allow-list IPs, and raise the TTL again once stable.",
        ],
      ),
      followUps: [
        "Why not set the TTL to one second permanently?",
        "A customer's corporate network still resolves the old address two days later. What could cause that?",
        "What's the difference between an A record and a CNAME?",
        "What would you put on the dashboard during the cutover?",
      ],
      pitfalls: [
        "Assuming a DNS change takes effect everywhere instantly.",
        "Lowering the TTL at the same moment as the switch, rather than beforehand.",
        "Turning off the old endpoint as soon as the record changes.",
      ],
    },
  },
  {
    slug: "td-https-cert-expiry",
    type: "technical-depth",
    title: "A certificate expired and the app went down: explain HTTPS",
    prompt:
      "Last night our mobile app stopped working for every user for 90 minutes because a TLS certificate on our API expired, though the website kept working. Explain what HTTPS and TLS give us, what a certificate is and why its expiry breaks clients, why the app and the website might have behaved differently, and how you'd prevent a repeat.",
    difficulty: "MEDIUM",
    tags: ["networking", "tls", "security", "incidents"],
    companies: ["Google", "Microsoft", "Apple"],
    competencies: ["fundamentals", "debugging-reasoning", "communication-clarity"],
    learn: {
      explainer:
        "HTTPS uses TLS to encrypt traffic and prove a server's identity with a certificate signed by an authority that devices trust. Certificates expire by design, so renewals must be automated and monitored; apps that pin a certificate or keep their own trust list break differently from browsers.",
      terms: [
        ["Certificate", "A signed document binding a domain name to a public key, valid for a set period."],
        ["Certificate authority", "An organisation that devices trust to vouch for certificates."],
        [
          "Certificate pinning",
          "An app accepting only specific certificates, which adds safety but makes rotation harder.",
        ],
      ],
      resources: [R.networking, R.securityEngineering, R.sre],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer explains the three guarantees of TLS in plain words, how certificates and certificate authorities create trust, and then treats the outage as a process failure with both technical and operational fixes.",
        [
          "**What TLS provides:** encryption (no one in between can read the traffic), integrity (no one can change it unnoticed) and authentication (the server proves it's really api.example.com). HTTPS is ordinary HTTP sent over TLS.",
          "**Certificates:** a certificate binds a domain name to a public key and is signed by a certificate authority (CA) that browsers and phones already trust, usually through a chain of intermediate certificates. It has a validity period, so a stolen or mis-issued certificate doesn't stay valid forever.",
          "**Why expiry breaks things:** clients check dates during the handshake and refuse to connect to an expired certificate, because they can't tell an expired certificate from an attack.",
          "**App versus website:** they may use different endpoints and certificates; the website may sit behind a CDN with automatically renewed certificates; the app may pin a specific certificate or key (hard-code what it trusts) or use a stricter HTTP library; a missing intermediate certificate can also fail on some clients but not others.",
          "**Prevention:** automate issuance and renewal (for example with the ACME protocol used by Let's Encrypt and most cloud providers), keep an inventory of every certificate and endpoint, alert at 30, 14 and 7 days before expiry, and monitor from outside as a real client would.",
          "**Pinning caution:** if the app pins certificates, renewal must be coordinated with app releases, including backup pins, or a routine renewal becomes an outage.",
          "**Blameless review:** the real question is why expiry wasn't anyone's job, so give certificates clear owners.",
        ],
      ),
      followUps: [
        "How would you find every certificate the company uses?",
        "What is certificate pinning, and what is the trade-off?",
        "How would you explain this outage to customer support in three sentences?",
        "Why do certificates have expiry dates at all, and why are lifetimes getting shorter?",
      ],
      pitfalls: [
        "Describing TLS as only 'encryption' and missing authentication.",
        "Stopping at 'set a calendar reminder' rather than automation plus monitoring and ownership.",
        "Not considering why mobile and web clients behaved differently.",
      ],
    },
  },
  {
    slug: "td-retries-idempotency",
    type: "technical-depth",
    title: "Retries, timeouts and idempotency: why a customer was charged twice",
    prompt:
      "A customer was charged twice for one order. Our checkout service called the payment service, the call timed out after 5 seconds, and the checkout service retried, but the first charge had actually gone through. Explain what went wrong in terms of timeouts, retries and idempotency, and how a well-designed system avoids it.",
    difficulty: "MEDIUM",
    tags: ["distributed-systems", "apis", "reliability", "payments"],
    companies: ["Stripe", "Amazon", "Uber"],
    competencies: ["fundamentals", "debugging-reasoning", "databases-data"],
    learn: {
      explainer:
        "A timeout doesn't mean a request failed; it means we don't know. Retrying is safe only if doing the same thing twice has the same effect as doing it once, which is what an idempotency key gives: the server remembers the key and returns the first result instead of charging again.",
      terms: [
        ["Timeout", "Giving up waiting for an answer after a set time."],
        ["Idempotent", "Safe to repeat: doing it twice has the same effect as doing it once."],
        ["Retry with backoff", "Trying again after waits that grow, so a struggling service isn't swamped."],
      ],
      resources: [R.ddia, R.apiDesign, R.sre],
    },
    guide: {
      strongAnswer: strong(
        "A strong answer explains that a timeout means 'I don't know what happened', not 'it failed', so retries are only safe if repeating the request has no extra effect, and shows how idempotency keys make that true.",
        [
          "**The ambiguity:** when a call times out, the request may never have arrived, may have been processed with the reply lost, or may still be running. The caller can't tell which.",
          "**Idempotency:** an operation is idempotent if doing it twice has the same effect as doing it once. Reading data or setting a value is naturally idempotent; 'charge $50' isn't.",
          "**Idempotency keys:** the caller generates a unique key per logical payment and sends it with every attempt. The payment service stores keys with their results (with a uniqueness constraint) and returns the stored result for a repeat key instead of charging again.",
          "**Retry hygiene:** retry only failures that may be temporary, use exponential backoff with jitter (wait longer after each attempt, with randomness so clients don't retry in sync), cap the attempts, and use a retry budget so retries can't multiply load during an outage.",
          "**Timeouts:** set them from real latency data and coordinate them along the chain, so an outer service doesn't give up while an inner one is still working, and check status ('did payment X succeed?') before retrying where possible.",
          "**Cleanup:** reconcile charges against orders daily to catch and refund duplicates automatically, and tell the affected customer promptly.",
        ],
      ),
      followUps: [
        "Where should the idempotency key be generated, and how long should it be kept?",
        "What is a retry storm, and how would you spot one?",
        "Which HTTP methods are expected to be idempotent, and does that guarantee anything?",
        "How would you find every customer who was double-charged before the fix?",
      ],
      pitfalls: [
        "Treating a timeout as a definite failure.",
        "Proposing to remove retries altogether, which trades duplicates for lost payments.",
        "Generating a new key on each retry, which defeats the purpose.",
      ],
    },
  },
];
