import { R } from "./learn-resources";
import { strong, type SeedQuestion } from "./seed-question";

/**
 * System design without the textbook staples: problems from schools, clinics,
 * farms and small businesses, where the constraints (patchy networks, scarce
 * stock, audits, peaks at one minute past eight) shape the design.
 */
export const SYSTEM_DESIGN_ORIGINAL_QUESTIONS: SeedQuestion[] = [
  {
    slug: "sdo-peer-interview-matching",
    type: "system-design",
    title: "Design matching for a peer mock-interview platform",
    prompt:
      "Design the system that pairs people for mock interviews on a practice platform: every user can be a candidate or an interviewer, each sets weekly availability in their own time zone, and a candidate wants an interviewer with the right experience within the next week. The platform has 200,000 users across 40 countries, and a booked slot must never be given to two people. Focus on how slots are found and booked.",
    difficulty: "HARD",
    tags: ["scheduling", "matching", "time-zones", "booking"],
    companies: ["Calendly", "Microsoft", "Google"],
    competencies: ["requirements-scoping", "data-modeling", "architecture", "tradeoffs"],
    guide: {
      strongAnswer: strong(
        "A strong answer models availability as weekly rules in each person's zone, expands them into concrete times only for the search window, filters by experience and existing bookings, and makes the booking itself safe with a database constraint.",
        [
          "**Requirements:** search latency (under a second), fairness across interviewers, no double bookings, reminders, cancellations; rough scale (200k users, perhaps 20k bookings a week).",
          "**Data:** users and profiles (experience, interview types); weekly availability rules with a time zone; bookings with start and end in UTC; exceptions (holidays).",
          "**Search:** filter interviewers by type and experience first; expand their rules into the next 7 days' slots, converting zones (daylight-saving changes included); subtract busy times of both people.",
          "**Booking:** a transaction that inserts the booking with an exclusion constraint on the interviewer's time range, so a race gives a clean conflict and fresh slots.",
          "**Scale and fairness:** cache expanded slots per interviewer with invalidation when rules or bookings change; spread bookings across interviewers rather than always the first.",
          "**Operations:** calendar invites, reminders via a job queue, no-show tracking.",
        ],
      ),
      followUps: [
        "A slot crosses midnight and a daylight-saving change for one of the two people. How do you store and show it?",
        "The platform grows to 5 million users. Which part breaks first?",
        "'Match me' should pick the best interviewer automatically. What would 'best' mean and how would you compute it?",
      ],
      pitfalls: [
        "Storing availability as local times without the zone.",
        "Checking for conflicts in code before inserting, which races.",
      ],
    },
    learn: {
      explainer:
        "Scheduling systems store availability as rules ('Tuesdays 18:00–21:00, Europe/Berlin') and expand them into actual times only when searching. Times are stored in UTC and shown in each viewer's zone, which must handle daylight-saving changes. Preventing double bookings belongs in the database, as a constraint that refuses overlapping time ranges.",
      terms: [
        ["Recurrence rule", "A description of a repeating time, such as every Tuesday evening."],
        [
          "Exclusion constraint",
          "A database rule that refuses rows whose ranges overlap, such as two bookings at once.",
        ],
        ["UTC", "The world's reference time, used for storing times unambiguously."],
      ],
      resources: [R.ddia, R.sdPrimer, R.sqlCourse],
    },
  },
  {
    slug: "sdo-school-bus-tracking",
    type: "system-design",
    title: "Design live school-bus tracking for parents",
    prompt:
      "A school district with 400 buses and 30,000 students wants an app where parents see where their child's bus is and get a notification when it's ten minutes from their stop. Buses have a GPS device that can send a position every ten seconds over a mobile network that drops out in rural areas. Design the system, keeping children's safety and privacy in mind.",
    difficulty: "EASY",
    tags: ["location", "iot", "notifications", "privacy"],
    companies: ["Google", "Uber", "Samsara"],
    competencies: ["requirements-scoping", "architecture", "tradeoffs"],
    guide: {
      strongAnswer: strong(
        "A strong answer sizes the load (small), designs a simple ingest-store-notify pipeline, handles connectivity gaps honestly, and puts privacy rules (who may see which bus) at the centre.",
        [
          "**Scale:** 400 buses × one position per 10 s = 40 writes a second; small. Reads spike at school start and end.",
          "**Ingest:** devices send positions to an API; store the latest position per bus in memory or a fast store and the history for a short time.",
          "**ETA and alerts:** estimated arrival per stop from the route and recent speed; notify parents once when the ETA crosses ten minutes; avoid repeated alerts.",
          "**Connectivity gaps:** show 'last seen 3 min ago' rather than a false position; devices buffer positions and send when back online.",
          "**Privacy and safety:** parents see only their child's bus and only during its route; no student data on the device; history deleted after days; staff accounts audited.",
        ],
      ),
      followUps: [
        "A parent has joint custody with different stops on different days. How does the data model handle it?",
        "A bus is replaced by a spare on the day. How do parents still get the right bus?",
        "The district wants students to tap a card when boarding so parents know they're on. What changes?",
      ],
      pitfalls: ["Over-engineering for a scale that's small.", "Showing stale positions as current."],
    },
    learn: {
      explainer:
        "Location tracking systems receive a stream of positions from devices, keep the latest position fast to read, estimate arrival times from routes and speeds, and notify people at the right moment. Devices on mobile networks go out of range, so designs buffer positions and show data freshness honestly. Location data about people, especially children, needs strict access rules.",
      terms: [
        ["Telemetry", "Data sent automatically by devices, such as GPS positions."],
        ["ETA", "Estimated time of arrival."],
        ["Data freshness", "How recent a piece of data is, shown so users don't trust stale information."],
      ],
      resources: [R.sdPrimer, R.ddia, R.privacyGdpr],
    },
  },
  {
    slug: "sdo-medicine-stock-finder",
    type: "system-design",
    title: "Design a service that finds which pharmacy has a scarce medicine",
    prompt:
      "During shortages, patients call pharmacy after pharmacy looking for a medicine in stock. A national pharmacy association wants a service where patients search for a medicine near them and see which pharmacies probably have it. The 9,000 member pharmacies use a dozen different stock systems, some updated only overnight. Design it.",
    difficulty: "EASY",
    tags: ["inventory", "integration", "search", "data-freshness"],
    companies: ["CVS Health", "Walgreens", "Google"],
    competencies: ["requirements-scoping", "architecture", "data-modeling", "tradeoffs"],
    guide: {
      strongAnswer: strong(
        "A strong answer focuses on integrating many stock systems with different freshness, being honest about uncertainty ('probably in stock, updated 2 hours ago'), and preventing the service from sending everyone to the same pharmacy.",
        [
          "**Integration:** adapters per stock system; some push changes, some export nightly; a common model of pharmacy, product (standard drug codes), quantity, updated-at.",
          "**Search:** by product and location (geospatial index), ranked by distance, likelihood of stock and freshness.",
          "**Uncertainty:** show 'last updated' and a confidence level; let pharmacies mark 'out' quickly; let patients reserve or call ahead.",
          "**Herding:** when stock is low, many patients are sent to the same pharmacy; show ranges instead of exact counts, rotate suggestions or offer reservations.",
          "**Privacy:** searches about medicines are sensitive; don't keep identifiable search logs.",
        ],
      ),
      followUps: [
        "Some pharmacies don't want competitors to see their stock levels. How do you handle that?",
        "During a crisis, traffic is 100 times normal. What fails first?",
        "The government wants weekly reports on shortages by region. What data do you need to keep?",
      ],
      pitfalls: [
        "Assuming real-time stock data everywhere.",
        "Ignoring what happens when thousands of people go to the same pharmacy.",
      ],
    },
    learn: {
      explainer:
        "Many useful services combine data from lots of independent systems with different formats and update rates. The design challenge is a common data model, one adapter per source, and honesty about how fresh each piece of data is. Showing uncertainty is better than showing false precision.",
      terms: [
        ["Adapter", "A small component that translates one system's data into a common format."],
        ["Geospatial search", "Finding things near a location."],
        ["Data freshness", "How recently a piece of data was updated."],
      ],
      resources: [R.ddia, R.sdPrimer, R.sdInterview],
    },
  },
  {
    slug: "sdo-exam-results-morning",
    type: "system-design",
    title: "Design the system that releases exam results at 08:00",
    prompt:
      "Every August, a national exam board publishes results for 800,000 students at exactly 08:00, and almost all of them log in within the first five minutes. Results must not be visible a second early, each student must see only their own, and schools need their whole class's results at 06:00 under embargo. Design the system.",
    difficulty: "MEDIUM",
    tags: ["traffic-spikes", "caching", "access-control", "embargo"],
    companies: ["Pearson", "Amazon", "Microsoft"],
    competencies: ["scalability-reliability", "architecture", "rollout-operations", "requirements-scoping"],
    guide: {
      strongAnswer: strong(
        "A strong answer precomputes everything before 08:00, serves results from a read-only store sized for the peak, enforces the embargo and per-student access at the edge of the system, and rehearses the morning.",
        [
          "**Scale:** 800k students in five minutes is roughly 2,700 logins a second at peak, plus retries; sign-in is the hardest part.",
          "**Precompute:** results are fixed; load them into a fast, read-only store keyed by student the night before.",
          "**Sign-in:** pre-warm capacity; consider sending each student a one-time code in advance to avoid a password-reset storm at 08:00.",
          "**Embargo:** the release time enforced on the server side, not in the page; school access at 06:00 by role.",
          "**Spike handling:** a waiting room that admits users at a sustainable rate; static pages on a CDN; no personal data cached at the edge.",
          "**Operations:** a full-scale load test, a run book, people on call from 05:00, and a fallback (results emailed) if the site fails.",
        ],
      ),
      followUps: [
        "At 07:59, a bug is found that shows some students another student's grade. What do you do?",
        "A school reports wrong results for a whole class. How does the system support corrections after release?",
        "Next year, two exam boards release on the same morning on your platform. What changes?",
      ],
      pitfalls: ["Caching personal results on a shared CDN.", "Relying on the web page to hide results before 08:00."],
    },
    learn: {
      explainer:
        "Some systems face a predictable, enormous spike: everyone arrives in the same few minutes. Because the data is known in advance, it can be precomputed and loaded into a fast read-only store. The remaining challenges are sign-in at peak, releasing at exactly the right moment enforced by the server, and making sure each person sees only their own data.",
      terms: [
        ["Embargo", "A rule that information may not be released before a set time."],
        ["Precomputation", "Preparing results in advance so requests only read them."],
        ["Load test", "Simulating expected traffic to check the system can handle it."],
      ],
      resources: [R.sdInterview, R.sre, R.highPerfBrowser],
    },
  },
  {
    slug: "sdo-ev-charger-network",
    type: "system-design",
    title: "Design the backend for a network of EV chargers",
    prompt:
      "Design the backend for a company that operates 20,000 electric-vehicle chargers. Drivers find a charger in the app, start a session by scanning a code, and pay at the end; operators see which chargers are faulty and can restart them remotely. Chargers talk to the backend over mobile networks and sometimes lose connection mid-session. Design it.",
    difficulty: "MEDIUM",
    tags: ["iot", "payments", "device-management", "offline"],
    companies: ["Tesla", "ChargePoint", "Shell"],
    competencies: ["architecture", "data-modeling", "scalability-reliability", "tradeoffs"],
    guide: {
      strongAnswer: strong(
        "A strong answer separates device communication (a standard protocol with chargers), session and billing records that must be exact even when connectivity fails, and the driver and operator apps, with clear rules for what happens offline.",
        [
          "**Device link:** chargers keep a connection to a gateway using a standard charging protocol; heartbeats show health; commands (start, stop, restart) are sent through it.",
          "**Sessions:** started by the app after authorising payment (a pre-authorisation hold); the charger records energy delivered locally with timestamps.",
          "**Offline:** if the link drops, the charger continues and stores meter readings; on reconnect it uploads them; billing uses the charger's record; sessions have unique IDs so uploads are idempotent.",
          "**Availability map:** charger status is eventually consistent; show 'last updated'.",
          "**Operations:** fault detection from heartbeats and error codes; remote restart; firmware updates in stages.",
        ],
      ),
      followUps: [
        "A charger goes offline for three days and then uploads 200 sessions. What happens to billing?",
        "Drivers want to reserve a charger 15 minutes in advance. What changes?",
        "The company expands to 200,000 chargers. Which component scales worst?",
      ],
      pitfalls: [
        "Billing from the backend's view of a session that may have lost connection.",
        "No plan for devices going offline.",
      ],
    },
    learn: {
      explainer:
        "Systems that control physical devices must assume the network will drop. Devices keep their own records and upload them later; the backend treats those uploads as the source of truth for things like billing, and makes them safe to receive twice. Status shown to users is 'last known', not guaranteed current.",
      terms: [
        ["Heartbeat", "A regular small message from a device saying it's alive."],
        ["Pre-authorisation", "A temporary hold on a card for an expected amount before the final charge."],
        ["Store and forward", "Keeping data locally while offline and sending it when the connection returns."],
      ],
      resources: [R.ddia, R.sdPrimer, R.sre],
    },
  },
  {
    slug: "sdo-receipt-to-expense",
    type: "system-design",
    title: "Design photo-of-a-receipt to approved expense",
    prompt:
      "Employees of a 50,000-person company photograph receipts on their phone; the system should read the amount, date, merchant and currency, create an expense claim, route it for approval by the right managers and finance, and keep everything for seven years for auditors. Design the system.",
    difficulty: "MEDIUM",
    tags: ["ocr", "workflow", "audit", "document-processing"],
    companies: ["SAP", "Expensify", "Microsoft"],
    competencies: ["architecture", "data-modeling", "requirements-scoping", "rollout-operations"],
    guide: {
      strongAnswer: strong(
        "A strong answer designs an asynchronous pipeline from upload to extraction to human confirmation, a workflow for approvals driven by policy, and storage that satisfies auditors.",
        [
          "**Upload:** the app uploads the image to object storage and creates a draft claim; extraction runs in the background.",
          "**Extraction:** a text-recognition service returns fields with confidence; the employee confirms or corrects; corrections are kept to improve accuracy.",
          "**Policy and routing:** rules by amount, category and country decide approvers (manager, then finance above a threshold); delegation when someone is on leave.",
          "**Data:** claims, line items, receipt images, approval steps with who/when, currency conversion rate used.",
          "**Audit:** immutable history of every change; seven-year retention in cheaper storage; duplicate-receipt detection.",
          "**Integration:** payroll or payments and the accounting system.",
        ],
      ),
      followUps: [
        "The same receipt is submitted twice by two colleagues who shared a dinner. How would you catch it?",
        "Finance wants approvals to work from email without opening the app. What are the risks?",
        "Auditors ask to see who changed a claim's amount and when. Can your design answer?",
      ],
      pitfalls: ["Trusting extracted amounts without human confirmation.", "Forgetting retention and audit history."],
    },
    learn: {
      explainer:
        "Document-processing systems combine automatic extraction, such as reading text from a photo, with human confirmation, because extraction is never perfect. Workflow engines route items through approvals based on rules. In finance, every change must be recorded and kept for years so auditors can reconstruct what happened.",
      terms: [
        ["OCR", "Optical character recognition: turning images of text into text."],
        ["Workflow", "A defined sequence of steps and approvals an item goes through."],
        ["Audit trail", "A permanent record of who did what and when."],
      ],
      resources: [R.ddia, R.sdInterview, R.sdPrimer],
    },
  },
  {
    slug: "sdo-restaurant-waitlist",
    type: "system-design",
    title: "Design a walk-in waitlist for restaurants",
    prompt:
      "Design a waitlist product for busy restaurants: a host adds walk-in guests on a tablet, guests get a text message with their place and an estimated wait, and a second text when their table is ready; guests can also join remotely from a web page. It will be sold to 3,000 restaurants. Design it.",
    difficulty: "EASY",
    tags: ["sms", "queues", "multi-tenant", "small-business"],
    companies: ["Yelp", "OpenTable", "Toast"],
    competencies: ["requirements-scoping", "architecture", "data-modeling"],
    guide: {
      strongAnswer: strong(
        "A strong answer keeps it simple: a multi-tenant service with a small data model, a reliable way to send texts, a wait-time estimate that can improve, and a tablet that keeps working when the restaurant's Wi-Fi is poor.",
        [
          "**Scale:** small per restaurant; a few thousand restaurants at dinner peak is modest.",
          "**Data:** restaurants, tables and sizes, waitlist entries (party size, phone, status, times), with every query scoped to the restaurant.",
          "**Texts:** through an SMS provider via a queue, with retries and delivery status; replies such as 'cancel' handled.",
          "**Wait estimate:** start simple (average turn time by party size), improve with the restaurant's own history.",
          "**Tablet resilience:** works offline briefly and syncs; the host can always see the list.",
          "**Privacy:** phone numbers used only for this, deleted after a while.",
        ],
      ),
      followUps: [
        "Guests complain the estimate is always wrong on Friday nights. How would you improve it?",
        "A chain with 200 restaurants wants one dashboard. What changes?",
        "The SMS provider has an outage on a Saturday night. What happens?",
      ],
      pitfalls: [
        "Designing for huge scale that doesn't exist.",
        "Forgetting that data must be separated per restaurant.",
      ],
    },
    learn: {
      explainer:
        "Many business products are multi-tenant: one system serves many customers, each of whose data must be kept separate. Small, well-scoped designs are often the right answer. Sending text messages goes through a provider and a queue, because providers are sometimes slow or down.",
      terms: [
        ["Multi-tenant", "One system serving many customers, with each customer's data kept apart."],
        ["SMS gateway", "A service that sends and receives text messages for applications."],
        ["Turn time", "How long a table is occupied by one party."],
      ],
      resources: [R.sdPrimer, R.sdInterview],
    },
  },
  {
    slug: "sdo-library-ebook-lending",
    type: "system-design",
    title: "Design e-book lending for a public library network",
    prompt:
      "A network of public libraries wants members to borrow e-books on their phones. Publishers license each e-book copy to one reader at a time, some licences expire after 26 loans or two years, and popular books have waiting lists of hundreds. Loans end automatically after three weeks. Design the system.",
    difficulty: "EASY",
    tags: ["licensing", "waitlists", "drm", "scheduling"],
    companies: ["OverDrive", "Amazon", "Google"],
    competencies: ["data-modeling", "requirements-scoping", "architecture"],
    guide: {
      strongAnswer: strong(
        "A strong answer models licences as countable copies with their own rules, handles loans, holds and expiry as time-driven state changes, and keeps the book files protected.",
        [
          "**Data:** titles; licences (copies, loan limit, expiry date, loans used); loans (member, licence, start, due); holds (queue position).",
          "**Borrowing:** a loan takes a free copy atomically, so two members can't get the last one.",
          "**Time-driven events:** a scheduled job ends due loans and offers the copy to the next hold, who has a few days to accept.",
          "**Licence rules:** count loans per licence; retire a licence at its limit; report to librarians which popular titles need more licences.",
          "**Content:** files served with protection from the publisher's rights system; reading works offline until the due date.",
        ],
      ),
      followUps: [
        "A member returns a book early. What happens in the system?",
        "Librarians want to estimate waiting time for each hold. How?",
        "A publisher changes licence terms for new purchases only. How does the model cope?",
      ],
      pitfalls: ["Ignoring licence limits and expiry.", "Non-atomic borrowing of the last copy."],
    },
    learn: {
      explainer:
        "Lending systems track scarce items: each copy can be with one borrower, loans expire, and people queue for popular items. The design is mostly about getting the data model and the time-driven transitions right: a scheduled job ends loans and offers copies to the next person, and taking a copy must be atomic.",
      terms: [
        ["Licence", "Permission to use something under set terms, such as a number of loans."],
        ["Hold", "A place in the queue for an item that's currently out."],
        ["Scheduled job", "Work a system does automatically at set times."],
      ],
      resources: [R.sqlCourse, R.ddia, R.sdPrimer],
    },
  },
  {
    slug: "sdo-clinical-trial-offline-capture",
    type: "system-design",
    title: "Design offline-first data capture for clinical trials",
    prompt:
      "A research organisation runs clinical trials in rural clinics with unreliable internet. Nurses record patient visits on tablets: measurements, symptoms, consent forms. Data must sync to a central system when connected, never be lost, and every change must be traceable for regulators. Two nurses may edit the same patient's record on different tablets. Design the system.",
    difficulty: "HARD",
    tags: ["offline-first", "sync", "audit", "healthcare"],
    companies: ["Medidata", "Oracle", "Veeva"],
    competencies: ["data-modeling", "architecture", "tradeoffs", "scalability-reliability"],
    guide: {
      strongAnswer: strong(
        "A strong answer designs the tablet as the primary place of work with a local database, syncs changes as an append-only log, resolves conflicts deliberately (not silently), and keeps a complete audit trail as regulators require.",
        [
          "**Local-first:** the tablet stores everything locally, encrypted; the app never waits for the network.",
          "**Sync:** each change is an entry with who, when, device and previous version; uploaded when connected; the server acknowledges; retries are safe (idempotent by change ID).",
          "**Conflicts:** two edits to the same field are flagged for a person to resolve, with both values kept; non-overlapping edits merge automatically.",
          "**Audit:** no data is ever overwritten; corrections are new entries with a reason, as clinical regulations require.",
          "**Security:** device loss (remote wipe, encryption), user authentication offline, consent forms as signed documents.",
          "**Operations:** dashboards of devices that haven't synced for days.",
        ],
      ),
      followUps: [
        "A tablet is lost with a week of unsynced data. What could have reduced the loss?",
        "Regulators ask for the value of a blood pressure reading as it was on 3 March. Can you answer?",
        "A trial protocol changes mid-study, adding new fields. How do tablets get the new forms?",
      ],
      pitfalls: [
        "Last-write-wins conflict handling on medical data.",
        "Designing as if the network is always available.",
      ],
    },
    learn: {
      explainer:
        "Offline-first apps keep working without a network by storing data on the device and syncing later. Syncing means sending changes, not whole records, and deciding what happens when two devices changed the same thing. In regulated fields like clinical research, every change must be kept with who made it and why, so data is never simply overwritten.",
      terms: [
        ["Offline-first", "Designing an app to work fully without a connection, syncing when possible."],
        ["Conflict resolution", "Deciding what happens when two copies were changed differently."],
        ["Audit trail", "A permanent, ordered record of every change."],
      ],
      resources: [R.ddia, R.sdPrimer, R.securityEngineering],
    },
  },
  {
    slug: "sdo-farm-sensor-alerts",
    type: "system-design",
    title: "Design frost and irrigation alerts from farm sensors",
    prompt:
      "An agricultural company sells soil-moisture and temperature sensors to farms; each farm has 20 to 500 sensors that report every 15 minutes over a low-power radio network to a gateway on the farm, which has a patchy mobile connection. Farmers want a warning on their phone when frost is likely in the next hours and advice on when to irrigate. Design the system for 5,000 farms.",
    difficulty: "MEDIUM",
    tags: ["iot", "time-series", "alerts", "edge-computing"],
    companies: ["John Deere", "Microsoft", "Bosch"],
    competencies: ["architecture", "scalability-reliability", "tradeoffs", "requirements-scoping"],
    guide: {
      strongAnswer: strong(
        "A strong answer sizes the data (modest), stores readings as time series, combines them with weather forecasts for predictions, and puts critical alerting on the farm gateway so it still works when the connection is down.",
        [
          "**Scale:** 5,000 farms × ~100 sensors × 96 readings a day ≈ 50 million readings a day, around 600 a second; fine for a time-series store.",
          "**Gateway:** buffers readings when offline; can run a simple local frost rule and send an SMS or sound an alarm even without the cloud.",
          "**Cloud:** ingest, time-series storage, downsampling for history, weather forecasts per farm location.",
          "**Predictions:** frost risk from temperature trend and forecast; irrigation advice from moisture, crop type and forecast rain; explainable to farmers.",
          "**Alerts:** severity, quiet hours except frost, no repeats; confirmation that the farmer saw it.",
          "**Fleet:** sensor battery and health monitoring; firmware updates.",
        ],
      ),
      followUps: [
        "A sensor starts reporting nonsense values. How does the system notice and avoid false alarms?",
        "Farmers in a valley say frost alerts come too late. What would you examine?",
        "The company wants to sell aggregated data to insurers. What must you consider?",
      ],
      pitfalls: [
        "Making critical alerts depend on a connection that drops.",
        "Storing sensor data like ordinary relational rows without thinking about volume and queries.",
      ],
    },
    learn: {
      explainer:
        "Sensor networks produce streams of timestamped readings, stored in time-series databases that handle large volumes and summarise old data. When connectivity is unreliable, some logic runs 'at the edge', on a local gateway, so urgent actions don't depend on the cloud. Predictions combine sensor data with outside data such as weather forecasts.",
      terms: [
        ["Edge computing", "Processing data near where it's produced instead of in a distant data centre."],
        ["Gateway", "A local device that collects data from sensors and connects them to the internet."],
        ["Time-series database", "A database built for large volumes of timestamped readings."],
      ],
      resources: [R.ddia, R.sdPrimer, R.sre],
    },
  },
  {
    slug: "sdo-parcel-locker-network",
    type: "system-design",
    title: "Design the software for a network of parcel lockers",
    prompt:
      "A logistics company operates 8,000 parcel lockers in train stations and supermarkets. Couriers drop parcels into free compartments; recipients get a code and have 72 hours to collect; uncollected parcels go back. Lockers have a touchscreen and a mobile connection that sometimes fails. Design the system, including what happens when a locker is offline.",
    difficulty: "MEDIUM",
    tags: ["iot", "logistics", "offline", "reservations"],
    companies: ["Amazon", "InPost", "DHL"],
    competencies: ["architecture", "data-modeling", "scalability-reliability", "tradeoffs"],
    guide: {
      strongAnswer: strong(
        "A strong answer splits authority between the central system and each locker carefully, so drop-offs and pick-ups keep working offline without giving the same compartment or code twice.",
        [
          "**Data:** lockers, compartments (size, state), parcels, reservations, codes, events.",
          "**Reservation:** compartments reserved centrally when a parcel is routed to a locker; a courier's handheld gets the assignment.",
          "**Offline:** each locker keeps its own compartment state and a list of valid codes (hashed); it can accept drops and pick-ups offline and sync events later; the central system treats the locker as authoritative for physical state.",
          "**Codes:** single-use, tied to a compartment, expire; verified locally.",
          "**Expiry:** a scheduled process notifies couriers to collect expired parcels.",
          "**Operations:** compartment faults (door stuck), locker health dashboard, remote unlock with audit.",
        ],
      ),
      followUps: [
        "A locker was offline for a day; the central system sent it new parcels it didn't know about. What happens?",
        "Demand before Christmas triples. How do you allocate compartments between couriers?",
        "Someone reports their parcel missing but the locker says it was collected. What data helps?",
      ],
      pitfalls: ["Making every pick-up depend on a central call.", "Storing plain codes on devices."],
    },
    learn: {
      explainer:
        "Physical systems such as lockers must keep working when their network fails, so some decisions are made locally. The design question is which part is the authority for what: the central system for plans and reservations, the device for what physically happened. Events recorded locally are synced later, and the central view catches up.",
      terms: [
        ["Source of truth", "The system whose record wins when records disagree."],
        ["Event sync", "Sending recorded events from a device to a central system after the fact."],
        ["Single-use code", "A code that works once and then expires."],
      ],
      resources: [R.ddia, R.sdPrimer, R.sdInterview],
    },
  },
  {
    slug: "sdo-approval-workflow-engine",
    type: "system-design",
    title: "Design a configurable approval-workflow engine",
    prompt:
      "Your company's purchasing, hiring, travel and contract processes each have their own hard-coded approval logic, and every change needs engineering work. Design a shared workflow engine where business teams configure approval flows (for example 'over $10,000 needs finance, then the CFO; legal if it's a new vendor') without code, with reminders, escalations when approvers don't respond, and a record of every decision.",
    difficulty: "HARD",
    tags: ["workflow", "rules-engine", "platform", "audit"],
    companies: ["ServiceNow", "SAP", "Microsoft"],
    competencies: ["architecture", "data-modeling", "tradeoffs", "rollout-operations"],
    guide: {
      strongAnswer: strong(
        "A strong answer separates workflow definitions (versioned configuration) from running instances (state machines with history), handles time-based events reliably, and plans migration of existing processes one at a time.",
        [
          "**Definitions:** steps, conditions and approver rules as data, created in an editor; versioned, so running requests keep the version they started with.",
          "**Instances:** one per request, with current step, state and a history of every action; transitions in transactions.",
          "**Approver resolution:** from roles and the org chart at the time (manager of the requester, finance approver for the region), with delegation.",
          "**Time:** reminders and escalations as scheduled jobs stored in the database, so they survive restarts.",
          "**Integration:** events or webhooks to calling systems when a request is approved or rejected.",
          "**Trade-off:** flexibility versus complexity; limit the rule language to avoid building a programming language. Start with one process, migrate others gradually.",
        ],
      ),
      followUps: [
        "A workflow definition is changed while 300 requests are in flight. What happens to them?",
        "An approver leaves the company with 40 pending approvals. How does the engine handle it?",
        "Auditors want to know why a request skipped the legal step. Can your design answer?",
      ],
      pitfalls: [
        "Hard-coding approvers instead of resolving them from roles.",
        "Reminders held in memory, lost when a server restarts.",
      ],
    },
    learn: {
      explainer:
        "A workflow engine runs processes made of steps and approvals, defined as configuration rather than code. Each running request is a small state machine with a recorded history. Definitions are versioned so changing a process doesn't break requests already under way, and time-based actions such as reminders are stored as scheduled jobs so they happen even after restarts.",
      terms: [
        ["State machine", "A model of allowed states and the moves between them."],
        ["Versioned configuration", "Settings kept with version numbers so old and new can coexist."],
        ["Escalation", "Automatically involving someone else when an approver doesn't respond in time."],
      ],
      resources: [R.ddia, R.sdPrimer, R.staffEngineer],
    },
  },
];
