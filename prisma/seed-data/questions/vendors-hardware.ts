import { R } from "./learn-resources";
import { strong, type SeedQuestion } from "./seed-question";

/**
 * Vendors and hardware programs: work that depends on other companies, factories,
 * lead times and physical devices, where a slip can't be fixed with a redeploy.
 */
export const VENDORS_HARDWARE_QUESTIONS: SeedQuestion[] = [
  {
    slug: "vh-vendor-missing-milestones",
    type: "program-execution",
    title: "An outsourced build that keeps missing milestones",
    prompt:
      "Your company contracted an outside firm to build a partner portal, fixed price, due in four months. Two months in, they've missed both milestones, demos show less than promised, and their account manager says everything will be fine. Your own team has no spare engineers. How would you get this back under control?",
    difficulty: "MEDIUM",
    tags: ["vendor-management", "outsourcing", "recovery"],
    companies: ["Accenture", "Microsoft", "Amazon"],
    competencies: ["course-correction", "stakeholder-alignment", "dependency-risk"],
    guide: {
      strongAnswer: strong(
        "A strong answer replaces assurances with evidence, finds out why the vendor is slipping, uses the contract and the relationship together, and prepares options if recovery fails.",
        [
          "**Evidence:** working software in short demos, not status reports; access to their backlog and code; a clear list of what's done against the contract.",
          "**Causes:** understaffed, unclear requirements from our side, slow answers from us, or wrong skills?",
          "**Recovery plan:** re-baselined milestones every two weeks, named senior people on their side, escalation to their leadership, and our side's obligations met quickly.",
          "**Contract:** acceptance criteria, penalties or withheld payments, and rights to code; use them as leverage, not as the first move.",
          "**Options:** reduced scope, parallel plan for critical pieces, or replacing the vendor; a decision date.",
        ],
      ),
      followUps: [
        "The vendor says the delays are because your team answers questions slowly. What do you do?",
        "Legal asks whether to invoke penalties. How do you weigh it?",
        "At month three it's clear they won't finish. What now?",
      ],
      pitfalls: ["Trusting status reports without seeing working software.", "Jumping straight to contract threats."],
    },
    learn: {
      explainer:
        "Managing a vendor means managing a dependency you don't control directly. The best tools are clear acceptance criteria, frequent evidence (working software, not slides), a relationship at several levels, and a contract that gives leverage if needed. Slips often have causes on both sides.",
      terms: [
        ["Statement of work (SOW)", "The contract section describing what a vendor will deliver."],
        ["Acceptance criteria", "Conditions a deliverable must meet to be accepted and paid for."],
        ["Fixed-price contract", "A contract with an agreed total price, where the vendor carries cost overruns."],
      ],
      resources: [R.vendorContracts, R.tpmHandbook, R.pmbok],
    },
  },
  {
    slug: "vh-choose-support-platform",
    type: "program-execution",
    title: "Run the selection of a new customer-support platform",
    prompt:
      "Your support organisation of 400 agents is replacing its help-desk software, and you're asked to run the vendor selection. Support leadership, IT, security, finance and data teams all have requirements, and three vendors are keen. How would you run the process from requirements to signed contract?",
    difficulty: "EASY",
    tags: ["vendor-selection", "rfp", "procurement"],
    companies: ["Amazon", "Salesforce", "Zendesk"],
    competencies: ["planning-scoping", "stakeholder-alignment"],
    guide: {
      strongAnswer: strong(
        "A strong answer runs a fair, documented process: gather and weight requirements with stakeholders, test vendors against real scenarios, check references and costs, and make a recommendation with a clear decision-maker.",
        [
          "**Requirements:** must-haves and nice-to-haves from each group, weighted; security and data rules as pass/fail.",
          "**Request for proposal:** the same questions to each vendor; pricing over three years at expected volume.",
          "**Evaluate:** scripted demos using our real scenarios; a hands-on trial with a few agents; reference calls with similar customers.",
          "**Score:** a weighted scorecard filled in by the panel; total cost of ownership including migration and training.",
          "**Decide and negotiate:** recommendation to the decision-maker; procurement and legal negotiate terms, including exit and data export.",
        ],
      ),
      followUps: [
        "Support leadership loves the vendor that scores lowest on security. What do you do?",
        "A vendor offers a big discount if you sign this week. How do you respond?",
        "How would you plan the migration of five years of tickets?",
      ],
      pitfalls: ["Letting vendor demos drive the requirements.", "Forgetting exit terms and data export."],
    },
    learn: {
      explainer:
        "A vendor selection compares suppliers fairly against requirements agreed in advance. A request for proposal asks each vendor the same questions; scripted demos and trials test claims; a weighted scorecard makes the comparison transparent. Total cost of ownership and the ability to leave later matter as much as features.",
      terms: [
        ["RFP", "Request for proposal: a document asking vendors to answer the same requirements and price."],
        ["Scorecard", "A table scoring each vendor against weighted criteria."],
        ["Reference call", "Talking to an existing customer of the vendor."],
      ],
      resources: [R.vendorContracts, R.pmbok, R.tpmHandbook],
    },
  },
  {
    slug: "vh-hardware-build-phases",
    type: "program-execution",
    title: "Explain hardware build phases to a software team",
    prompt:
      "You're the TPM for a new smart home speaker. The software team, used to shipping every week, keeps asking why they can't change the hardware design after the 'DVT' build and why the factory needs their software months before launch. Explain the phases of a hardware program and why they work the way they do.",
    difficulty: "EASY",
    tags: ["hardware", "npi", "evt-dvt-pvt"],
    companies: ["Apple", "Amazon", "Google"],
    competencies: ["planning-scoping", "dependency-risk", "stakeholder-alignment"],
    guide: {
      strongAnswer: strong(
        "A strong answer walks through the build phases, explaining that each one freezes more of the design because changes become slower and more expensive the closer you get to mass production.",
        [
          "**Prototypes:** prove the concept; anything can change.",
          "**EVT (engineering validation test):** does the design work? Tens to hundreds of units; electrical and functional testing.",
          "**DVT (design validation test):** does it meet every requirement, with production-intent parts and tooling? Reliability, drop, thermal, certification testing. Design changes now need new tooling, taking weeks and costing a lot.",
          "**PVT (production validation test):** can the factory build it at volume with good yield? The manufacturing process is validated.",
          "**Software:** the factory installs a software image at production and needs test software for the line; the device must update itself after purchase; so software has its own earlier deadlines.",
        ],
      ),
      followUps: [
        "In DVT, testing finds the speaker overheats. What are the options and their costs?",
        "The software team wants a feature that needs a new sensor. When is it too late?",
        "How would you align the software team's sprints with the hardware calendar?",
      ],
      pitfalls: [
        "Treating hardware schedules as flexible like software.",
        "Forgetting factory and certification software needs.",
      ],
    },
    learn: {
      explainer:
        "Hardware is built in phases, often called EVT, DVT and PVT, each producing more units and freezing more of the design. Late changes are expensive because they need new parts, moulds and tests, so decisions are made earlier than software teams are used to. The factory also needs software months ahead to build and test units.",
      terms: [
        ["EVT / DVT / PVT", "Engineering, design and production validation tests: the main hardware build phases."],
        ["Tooling", "Moulds and fixtures made to mass-produce parts; costly and slow to change."],
        ["Factory image", "The software installed on devices on the production line."],
      ],
      resources: [R.hardwareNpi, R.tpmHandbook, R.supplyChain],
    },
  },
  {
    slug: "vh-chip-shortage-launch",
    type: "program-execution",
    title: "A component shortage threatens the device launch",
    prompt:
      "Your company plans to launch a new fitness watch in 14 weeks with 500,000 units for the holiday season. The supplier of a key power-management chip just told you they can deliver only 40% of the order on time because of a global shortage. Marketing has committed launch dates with retailers. How would you handle it?",
    difficulty: "HARD",
    tags: ["hardware", "supply-chain", "shortage", "launch"],
    companies: ["Apple", "Fitbit", "Samsung"],
    competencies: ["course-correction", "dependency-risk", "stakeholder-alignment"],
    guide: {
      strongAnswer: strong(
        "A strong answer pursues supply options in parallel (more from the supplier, alternatives, redesign), reshapes demand and launch plans around realistic supply, and gives leadership a clear decision with trade-offs.",
        [
          "**Understand supply:** exact quantities and dates; what would secure more (price, long-term commitment, executive escalation).",
          "**Alternatives:** second-source chips already qualified; alternative parts needing a board change (time for redesign, testing and recertification); brokers (risk of counterfeits).",
          "**Demand side:** prioritise markets, channels and models with the highest value; phased launch; pre-orders.",
          "**Plan:** scenarios (40%, 70%, 100%) with revenue and dates; a decision date for redesign.",
          "**Communicate:** leadership, marketing and retailers with realistic allocations early, rather than hoping.",
        ],
      ),
      followUps: [
        "An alternative chip exists but needs a board change and re-certification taking ten weeks. Do you do it?",
        "A broker offers the chips at five times the price. What do you consider?",
        "Retailers are told about shortages. How do you decide who gets units?",
      ],
      pitfalls: [
        "Waiting for the supplier to find more without pursuing options.",
        "Not involving marketing and sales until the shortfall is certain.",
      ],
    },
    learn: {
      explainer:
        "Hardware depends on physical parts with long lead times, sometimes months. When a part runs short, options include securing more from the supplier, qualifying an alternative part (which may need design changes and new certification), and shaping demand by prioritising markets. Having a second source for critical parts reduces the risk in the first place.",
      terms: [
        ["Lead time", "How long between ordering a part and receiving it."],
        ["Second source", "An alternative supplier or part already qualified for use."],
        ["Allocation", "Deciding how limited supply is divided among markets or customers."],
      ],
      resources: [R.hardwareNpi, R.supplyChain, R.vendorContracts],
    },
  },
  {
    slug: "vh-factory-yield-drop",
    type: "program-execution",
    title: "Factory yield dropped to 70% a month before launch",
    prompt:
      "Your contract manufacturer's yield on a new tablet, the share of units that pass final testing, has dropped from 95% to 70% over two weeks, a month before launch. Each failed unit costs money and time, and the launch volume is now at risk. The manufacturer blames a component; the component supplier blames the factory. How would you lead this?",
    difficulty: "MEDIUM",
    tags: ["hardware", "manufacturing", "yield", "root-cause"],
    companies: ["Apple", "Microsoft", "Google"],
    competencies: ["course-correction", "dependency-risk", "stakeholder-alignment"],
    guide: {
      strongAnswer: strong(
        "A strong answer moves from blame to data: analyse the failures (which test, which stations, which component lots, which shifts), run controlled experiments to isolate the cause, and manage launch volume while it's fixed.",
        [
          "**Data:** failure modes by test station, time, production line, component lot and supplier; what changed two weeks ago.",
          "**Isolate:** swap suspected components between good and bad units; run a batch with parts from an older lot.",
          "**Joint team:** engineers from our side, the factory and the supplier in one room (or call) with one list of hypotheses and owners.",
          "**Contain:** extra screening, rework of failed units if possible, hold suspect lots.",
          "**Launch impact:** forecast good units per week under scenarios and agree allocation with sales.",
        ],
      ),
      followUps: [
        "The cause is a component lot, and replacing it takes three weeks. What now?",
        "Rework can fix half the failed units, but they might fail later in customers' hands. Would you ship them?",
        "How would you make the factory and supplier work together rather than blame each other?",
      ],
      pitfalls: ["Deciding who's to blame before analysing the failures.", "Ignoring the launch volume conversation."],
    },
    learn: {
      explainer:
        "Yield is the share of manufactured units that pass testing. A sudden drop has a cause, often a change in a component batch, a machine or a process. Finding it means slicing the failure data by what varies (station, batch, shift, supplier lot) and running controlled swaps, much like debugging software with physical parts.",
      terms: [
        ["Yield", "The share of units that pass testing."],
        ["Failure mode", "The specific way a unit fails, such as 'no display' or 'battery test'."],
        ["Lot", "A batch of components made together, tracked by number."],
      ],
      resources: [R.hardwareNpi, R.supplyChain],
    },
  },
  {
    slug: "vh-server-capacity-buildout",
    type: "program-execution",
    title: "Capacity for next year: servers take six months to arrive",
    prompt:
      "Your company runs its own data centres. The capacity plan says compute demand will grow 60% next year, but servers take six months from order to arrival, data-centre power is nearly maxed out in one site, and finance wants to spend as little as possible up front. You're asked to run the capacity program. How would you plan it?",
    difficulty: "MEDIUM",
    tags: ["capacity-planning", "data-centres", "hardware", "procurement"],
    companies: ["Meta", "Google", "Microsoft"],
    competencies: ["planning-scoping", "dependency-risk", "stakeholder-alignment"],
    guide: {
      strongAnswer: strong(
        "A strong answer turns demand forecasts into a dated supply plan working backwards from need, accounting for every lead time (servers, power, space, network), with buffers and checkpoints to adjust as forecasts change.",
        [
          "**Demand:** the forecast by service and quarter; its uncertainty; efficiency gains that reduce it.",
          "**Supply chain:** server order lead time, delivery, racking, networking, burn-in and handover to teams; power and cooling upgrades, often the longest.",
          "**Work backwards:** order dates from when capacity is needed minus all lead times.",
          "**Cost versus risk:** a buffer above the forecast; staged orders; cloud capacity as overflow for peaks.",
          "**Power constraint:** shift growth to the other site, or start power work now.",
          "**Review:** monthly forecast updates; trigger points to bring orders forward or delay them.",
        ],
      ),
      followUps: [
        "Halfway through the year, demand is growing 90%, not 60%. What do you do?",
        "Finance proposes ordering everything at once for a volume discount. Pros and cons?",
        "A big product launch is uncertain and would add 20% demand if it happens. How do you plan for it?",
      ],
      pitfalls: ["Forgetting power, cooling and network lead times.", "Treating the forecast as certain."],
    },
    learn: {
      explainer:
        "Running your own data centres means planning physical capacity long in advance: servers take months to arrive, and power and cooling upgrades can take longer. Capacity planning turns demand forecasts into order dates by working backwards through every lead time, holds a buffer for uncertainty, and revisits the plan as forecasts change.",
      terms: [
        ["Capacity plan", "A forecast of demand and the supply needed to meet it, with dates."],
        ["Power envelope", "How much electrical power a data centre can supply to equipment."],
        ["Burn-in", "Running new hardware under load before use to catch early failures."],
      ],
      resources: [R.sre, R.supplyChain, R.tpmHandbook],
    },
  },
  {
    slug: "vh-firmware-update-two-million-devices",
    type: "program-execution",
    title: "Updating the firmware of two million devices in people's homes",
    prompt:
      "Your company's smart thermostats, two million in homes across Europe and North America, need a firmware update to fix a security flaw. If an update fails badly, a device can stop working ('bricked') and a technician visit costs $150. Some devices are on weak Wi-Fi. How would you plan and run the rollout?",
    difficulty: "HARD",
    tags: ["firmware", "iot", "rollout", "hardware"],
    companies: ["Google", "Amazon", "Apple"],
    competencies: ["dependency-risk", "course-correction", "metrics-delivery"],
    guide: {
      strongAnswer: strong(
        "A strong answer plans for failure at scale: devices that can recover from a bad update, a staged rollout with automatic stop conditions, and customer support ready for the small share that fail.",
        [
          "**Device safety:** two firmware slots so the device falls back to the old version if the new one fails (A/B update); updates checked for integrity; install only when idle and powered.",
          "**Test:** a lab of real devices including old hardware revisions; then employees' homes.",
          "**Staged rollout:** 0.1%, 1%, 10%, then the rest, by region and hardware version; automatic pause if failure or support contacts exceed a threshold.",
          "**Security urgency:** balance the flaw's risk against the rollout pace; possibly a server-side mitigation first.",
          "**Support:** scripts, replacement stock, communication to customers; metrics on update success by cohort.",
        ],
      ),
      followUps: [
        "At 1%, 0.3% of devices fail to come back online. What do you do?",
        "The flaw is being actively exploited. How does that change your rollout?",
        "Some devices haven't connected for months. How do you handle them?",
      ],
      pitfalls: ["Rolling out to everyone at once.", "No way for a device to recover from a failed update."],
    },
    learn: {
      explainer:
        "Updating software on devices in people's homes is risky because a failure can't be fixed by a redeploy. Safe designs keep the old version alongside the new so devices can roll back on their own, and rollouts go in small stages with automatic pauses if failures rise. Even a tiny failure rate matters at millions of devices.",
      terms: [
        ["Firmware", "Software built into a device that controls its hardware."],
        ["Bricking", "A device becoming unusable, often after a failed update."],
        ["A/B partition update", "Keeping two copies of the firmware so a failed update falls back to the old one."],
      ],
      resources: [R.hardwareNpi, R.sre, R.securityEngineering],
    },
  },
  {
    slug: "vh-saas-contract-terms",
    type: "program-execution",
    title: "What to ask for in a contract with a critical SaaS vendor",
    prompt:
      "Your company is about to sign a three-year contract with a software-as-a-service vendor that will run your customer identity and login. Procurement focuses on price. As the TPM who owns the integration, what terms would you make sure are in the contract, and why?",
    difficulty: "EASY",
    tags: ["vendor-management", "contracts", "sla", "risk"],
    companies: ["Okta", "Microsoft", "Amazon"],
    competencies: ["dependency-risk", "stakeholder-alignment"],
    guide: {
      strongAnswer: strong(
        "A strong answer focuses on terms that protect the business if the service fails, changes or needs to be left: service levels with remedies, security and data protection, support, change notice and exit.",
        [
          "**Availability SLA:** a level matching our needs (login down means our product is down), how it's measured, and meaningful credits or termination rights.",
          "**Support:** response times for critical issues, named escalation contacts.",
          "**Security and data:** certifications, breach notification within a set time, data location, sub-processors, right to audit.",
          "**Change:** notice periods for breaking API changes or feature removal; price increase caps.",
          "**Exit:** data export in a usable format, transition help, and enough notice to migrate.",
        ],
      ),
      followUps: [
        "The vendor refuses any SLA beyond 99.5%. What are your options?",
        "Two years in, the vendor is acquired by a competitor. What would you want the contract to say?",
        "How would you work with procurement so these terms don't get traded away for price?",
      ],
      pitfalls: ["Leaving contract terms entirely to procurement.", "Forgetting exit and data export."],
    },
    learn: {
      explainer:
        "When a vendor runs a critical part of your product, the contract is your safety net. Beyond price, it should set service levels with real remedies, security and data protection duties, notice of changes, and a workable exit. These terms matter most when things go wrong, which is exactly when they're too late to negotiate.",
      terms: [
        ["SaaS", "Software as a service: software run by a vendor and used over the internet."],
        ["Service credit", "A discount owed when the vendor misses its service level."],
        ["Exit clause", "Terms for ending the contract and moving data elsewhere."],
      ],
      resources: [R.vendorContracts, R.tpmHandbook, R.securityEngineering],
    },
  },
  {
    slug: "vh-vendor-end-of-life",
    type: "program-execution",
    title: "A vendor is discontinuing the product you depend on",
    prompt:
      "The vendor of the search engine that powers your e-commerce site's product search announces it will discontinue the product in twelve months. Search drives 40% of revenue, the integration is deep, and the vendor offers a 'migration path' to its new, more expensive product. How would you run the response?",
    difficulty: "MEDIUM",
    tags: ["vendor-management", "end-of-life", "migration"],
    companies: ["Amazon", "eBay", "Wayfair"],
    competencies: ["planning-scoping", "dependency-risk", "stakeholder-alignment"],
    guide: {
      strongAnswer: strong(
        "A strong answer treats the deadline as fixed, evaluates options quickly (the vendor's path, other vendors, building in-house), and plans a migration that protects revenue through careful testing and gradual traffic shifting.",
        [
          "**Clarify:** exact dates, support terms until then, contractual rights (extensions, data export).",
          "**Options:** vendor's new product, competitors, open-source or in-house; evaluated on relevance quality with our queries, cost and effort.",
          "**Decide within weeks:** the migration itself needs most of the year.",
          "**Migrate safely:** run old and new side by side; compare results offline; A/B test relevance and revenue; ramp traffic gradually; keep the old as fallback until the end.",
          "**Buffer:** aim to finish two or three months before the deadline.",
        ],
      ),
      followUps: [
        "The vendor offers a big discount if you commit within 30 days. How do you respond?",
        "The new engine gives noticeably different results and revenue per search drops 2% in the test. What now?",
        "Merchandisers have years of manual tuning rules in the old system. How do you handle them?",
      ],
      pitfalls: [
        "Taking the vendor's path without evaluating alternatives.",
        "Planning to finish right at the deadline.",
      ],
    },
    learn: {
      explainer:
        "Vendors discontinue products, and a dependency you rely on may go away on their schedule, not yours. The response is a program with a fixed end date: understand your rights, compare replacements on your own data, decide quickly, and migrate with both systems running side by side so that revenue is protected.",
      terms: [
        ["End of life (EOL)", "The date after which a product is no longer sold or supported."],
        ["Parallel run", "Running old and new systems together to compare them before switching."],
        ["Migration path", "A vendor's suggested route from an old product to a new one."],
      ],
      resources: [R.vendorContracts, R.tpmHandbook, R.trustworthyExperiments],
    },
  },
  {
    slug: "vh-radio-certification",
    type: "program-execution",
    title: "Radio certification could delay the launch by two months",
    prompt:
      "Your company's new wireless earbuds must be certified by radio regulators in the US, EU, Japan and India before they can be sold there. The test lab has a six-week queue, the design had a late change to the antenna, and marketing wants all four markets on the same day. How would you plan certification and what would you tell marketing?",
    difficulty: "MEDIUM",
    tags: ["hardware", "certification", "regulatory", "launch"],
    companies: ["Apple", "Samsung", "Sony"],
    competencies: ["dependency-risk", "planning-scoping", "stakeholder-alignment"],
    guide: {
      strongAnswer: strong(
        "A strong answer treats certification as a critical-path dependency, plans it per market with its own timeline, reduces risk with pre-testing, and gives marketing a realistic, possibly staggered, launch plan.",
        [
          "**Per market:** requirements, test lab and agency timelines differ; some accept others' test reports, some need local testing.",
          "**Reduce risk:** pre-compliance testing on the changed antenna before the formal slot; book lab slots now; units with final design ready for testing.",
          "**Design freeze:** any further change after certification may mean re-testing.",
          "**Plan:** critical path per market with buffer; the latest market sets a same-day launch.",
          "**Marketing:** offer options: same-day launch at the latest market's date, or staggered launches with the first markets sooner.",
        ],
      ),
      followUps: [
        "The device fails a test in the EU. What happens next?",
        "Product wants a small firmware change after certification. Can you allow it?",
        "India's timeline is uncertain. How do you handle it in the plan?",
      ],
      pitfalls: ["Assuming one certification covers every market.", "Booking labs only when the design is final."],
    },
    learn: {
      explainer:
        "Devices that transmit radio signals must be certified in each country before sale, to show they don't interfere with other equipment and are safe. Each market has its own rules, labs and timelines, and design changes can force re-testing. Certification is often on the critical path of hardware launches.",
      terms: [
        ["Certification", "Official approval that a product meets a market's rules."],
        ["Pre-compliance testing", "Informal testing before the official test to catch failures early."],
        ["Design freeze", "The point after which the design can't change without major cost."],
      ],
      resources: [R.hardwareNpi, R.pmbok, R.tpmHandbook],
    },
  },
  {
    slug: "vh-retail-launch-five-countries",
    type: "program-execution",
    title: "Getting a new device onto store shelves in five countries",
    prompt:
      "Your company's first consumer device, a home security camera, will launch in physical retail stores in the US, UK, Germany, France and Japan on the same day in October. The product works; the question is everything around it. What workstreams would your launch program need, and which would worry you most?",
    difficulty: "EASY",
    tags: ["hardware", "retail", "launch", "logistics"],
    companies: ["Amazon", "Google", "Logitech"],
    competencies: ["planning-scoping", "dependency-risk", "stakeholder-alignment"],
    guide: {
      strongAnswer: strong(
        "A strong answer identifies the many non-engineering workstreams of a physical launch, works back from the date using their lead times, and picks out the riskiest ones.",
        [
          "**Workstreams:** packaging and printed materials per language and regulation; manufacturing volume and shipping to regional warehouses (weeks by sea); retailer agreements and store placement; pricing and taxes; certification per market; localisation of the app and setup; customer support in each language; returns and warranty processes; marketing.",
          "**Work back:** shipping by sea can take four to six weeks; packaging must be final before production.",
          "**Most worrying:** often logistics and customs timing, Japan's specific requirements, and support readiness on day one.",
          "**Governance:** one launch calendar, owners per workstream and market, readiness reviews.",
        ],
      ),
      followUps: [
        "The German packaging has a legal error discovered after printing. What now?",
        "A shipping delay means Japan's stock arrives a week late. Options?",
        "How do you know support is ready for launch day?",
      ],
      pitfalls: ["Thinking only about the product and the app.", "Ignoring shipping lead times."],
    },
    learn: {
      explainer:
        "Launching a physical product in stores involves far more than the product: packaging and manuals in each language, shipping to each country, customs, agreements with retailers, support and returns. Many of these have long lead times, so the plan works backwards from the launch date, and the riskiest items get the earliest attention.",
      terms: [
        ["Logistics", "Moving and storing goods from factory to customer."],
        ["Localisation", "Adapting product, packaging and support to each market's language and rules."],
        ["Launch readiness review", "A check that every workstream is ready before launch."],
      ],
      resources: [R.hardwareNpi, R.supplyChain, R.pmbok],
    },
  },
];
