import { R } from "./learn-resources";
import { strong, type SeedQuestion } from "./seed-question";

/**
 * SQL and data, read the way a TPM meets them: a dashboard that moved, two teams
 * with different numbers, a query to read aloud. Candidates may sketch SQL, but
 * the interviewer listens for reasoning about the data, not for syntax.
 */
export const SQL_AND_DATA_QUESTIONS: SeedQuestion[] = [
  {
    slug: "sql-metric-dropped",
    type: "technical-depth",
    title: "Daily orders fell 18% overnight: find out why",
    prompt:
      "You open the orders dashboard on Tuesday morning and yesterday's completed orders are 18% below the same weekday last week. Nothing was announced, marketing says no campaign ended, and the VP wants an answer by noon. You have read access to the orders, sessions and app-release tables. Walk me through how you'd find out what happened, and what queries you'd run or ask for.",
    difficulty: "MEDIUM",
    tags: ["sql", "metrics", "debugging", "analytics"],
    companies: ["Meta", "Amazon", "Uber", "DoorDash"],
    competencies: ["databases-data", "debugging-reasoning", "communication-clarity", "code-query-literacy"],
    guide: {
      strongAnswer: strong(
        "A strong answer first asks whether the drop is real or an artefact of how it is measured, then narrows it down by slicing the data until one segment explains most of the drop, and only then looks for a cause.",
        [
          "**Is the number real?** Checks the pipeline: did yesterday's data load fully (row counts by hour, late-arriving data), did a definition or time-zone boundary change, is the comparison day a fair one (holiday last week?).",
          "**Slice it:** breaks orders down by platform, app version, country, payment method, new versus returning customers and hour of day, with GROUP BY queries comparing yesterday to the baseline. A drop concentrated in one slice (say, Android 7.4 only) points at a cause.",
          "**Follow the funnel:** sessions, product views, add to cart, checkout started, orders; finds the step where the rate fell, which separates 'fewer visitors' from 'visitors can't buy'.",
          "**Correlate with changes:** releases, feature-flag flips, payment-provider incidents, pricing changes at the hour the drop started.",
          "**Communicates:** gives the VP a short interim answer at noon with what is known, what is ruled out and the next check, rather than waiting for certainty.",
        ],
      ),
      followUps: [
        "The drop is entirely in one country and started at 02:00 UTC. What does that change about your search?",
        "Sessions are flat but orders fell. Which step of the funnel would you query next, and why?",
        "It turns out the logging for one app version stopped sending order events, but orders really happened. How do you fix the dashboard and stop this happening again?",
        "Now the VP asks you to confirm within 30 minutes whether to roll back yesterday's release. What would you need to see?",
      ],
      pitfalls: [
        "Jumping to a cause (the release, a competitor) before checking whether the data itself is complete.",
        "Looking only at the total instead of slicing until one segment explains the drop.",
        "Comparing to 'yesterday' instead of the same weekday, so normal weekly patterns look like a problem.",
      ],
    },
    learn: {
      explainer:
        "When a number on a dashboard moves, there are two kinds of explanation: the world changed, or the measurement changed. Good investigations first check the data is complete and defined the same way, then split the number into parts (by country, device, app version, step of the purchase) until one part explains most of the change. SQL's GROUP BY is the tool for that splitting.",
      terms: [
        ["GROUP BY", "SQL that splits rows into groups (for example by country) so you can count or sum each group."],
        ["Funnel", "The steps users go through to reach a goal, such as visit, add to cart, pay."],
        ["Baseline", "The normal value you compare against, such as the same weekday last week."],
      ],
      resources: [R.sqlCourse, R.leanAnalytics, R.storytellingData],
    },
  },
  {
    slug: "sql-join-doubled-revenue",
    type: "technical-depth",
    title: "Revenue doubled in the report but not in the bank",
    prompt:
      "An analyst's weekly report shows revenue twice as high as finance's number. Their query joins the orders table to the shipments table on order ID and then sums the order amount. Most orders ship in one box, but large ones ship in several. Explain what went wrong and how you would fix the query.",
    difficulty: "EASY",
    tags: ["sql", "joins", "analytics"],
    companies: ["Amazon", "Shopify", "Microsoft"],
    competencies: ["code-query-literacy", "databases-data", "debugging-reasoning"],
    guide: {
      strongAnswer: strong(
        "A strong answer explains that a join repeats each order once per matching shipment, so summing the order amount after the join counts multi-box orders several times. It then fixes the query and suggests how to catch this next time.",
        [
          "**What a join does:** it pairs every order row with every shipment row that has the same order ID; an order with three shipments becomes three rows.",
          "**Why the sum is wrong:** the order amount is copied onto each of those rows, so SUM adds it three times. This is often called join fan-out.",
          "**Fixes:** sum the amount from the orders table alone; or aggregate shipments per order first (a subquery or CTE with GROUP BY order ID) and then join one row per order; or use COUNT(DISTINCT order_id) when counting.",
          "**Check:** compare the row count before and after the join, and reconcile the total against finance's figure for one week.",
        ],
      ),
      followUps: [
        "Now the report must show revenue per carrier, and an order can ship with two carriers. How should the amount be split?",
        "The analyst switches to SUM(DISTINCT amount). Why is that still wrong?",
        "How could the team catch this kind of mistake before a report reaches leadership?",
      ],
      pitfalls: [
        "Saying 'the join is wrong' without explaining that rows are repeated.",
        "Proposing DISTINCT everywhere, which hides the problem and breaks when two orders have the same amount.",
      ],
    },
    learn: {
      explainer:
        "A JOIN combines rows from two tables that share a value, such as an order ID. If one order matches three shipments, the result has three rows for that order, each carrying the order's amount. Adding up a column after a join therefore counts some values more than once unless you first reduce each side to one row per key.",
      terms: [
        ["JOIN", "Combining rows from two tables where a column matches, such as orders and shipments on order ID."],
        ["One-to-many", "A relationship where one row (an order) matches several rows in another table (shipments)."],
        ["CTE", "Common table expression: a named sub-query written with WITH, used to build a query in steps."],
      ],
      resources: [R.sqlCourse, R.sqlAntipatterns],
    },
  },
  {
    slug: "sql-missing-customers-left-join",
    type: "technical-depth",
    title: "Why are our newest customers missing from the report?",
    prompt:
      "Customer success asks for a list of all customers with the number of support tickets each has opened, so they can call the quiet ones. The list they got has 8,200 customers, but the company has 11,000. The query joins customers to tickets and counts tickets per customer. What explains the missing 2,800, and what would you change?",
    difficulty: "EASY",
    tags: ["sql", "joins", "null"],
    companies: ["Salesforce", "Microsoft", "Google"],
    competencies: ["code-query-literacy", "databases-data", "communication-clarity"],
    guide: {
      strongAnswer: strong(
        "A strong answer recognises that an inner join keeps only customers who have at least one ticket, so exactly the quiet customers the team wanted are dropped.",
        [
          "**Inner versus left join:** an inner join returns only rows with a match on both sides; a left join keeps every customer and fills ticket columns with NULL when there is none.",
          "**Counting correctly:** with a left join, COUNT(ticket_id) gives 0 for customers without tickets, while COUNT(*) would wrongly give 1.",
          "**Sanity check:** the number of rows should equal the number of customers; compare to SELECT COUNT(*) FROM customers.",
          "**Product angle:** confirms what 'customer' means (active accounts only? trials?) so the list matches what customer success needs.",
        ],
      ),
      followUps: [
        "They now want only customers with no tickets in the last 90 days, including those who never opened one. How does the query change?",
        "Some tickets have a customer ID that no longer exists in the customers table. What would each kind of join do with them?",
        "The list must refresh every morning for a dashboard. Would you do anything differently?",
      ],
      pitfalls: [
        "Using COUNT(*) after a left join and reporting 1 ticket for customers with none.",
        "Putting the 90-day date filter in the WHERE clause, which quietly turns the left join back into an inner join.",
      ],
    },
    learn: {
      explainer:
        "An inner join keeps only rows that match in both tables; a left join keeps every row of the first table and leaves blanks (NULL) where the second has nothing. Reports about who did not do something, such as customers with no tickets, need a left join, or the very rows you care about disappear.",
      terms: [
        ["Inner join", "Keeps only rows that have a match in both tables."],
        ["Left join", "Keeps every row of the left table, with NULLs where the right table has no match."],
        ["NULL", "SQL's marker for 'no value', which behaves differently from zero or an empty string."],
      ],
      resources: [R.sqlCourse, R.sqlAntipatterns],
    },
  },
  {
    slug: "sql-teams-open-p1-bugs",
    type: "technical-depth",
    title: "Which teams are sitting on too many urgent bugs?",
    prompt:
      "Leadership wants a weekly list of engineering teams with more than five open P1 bugs, highest first. There is a bugs table with an ID, team, priority, status, created date and closed date. Talk me through the query you would write, or ask an analyst for, and what you would check before sending the list to the VP.",
    difficulty: "EASY",
    tags: ["sql", "aggregation", "reporting"],
    companies: ["Microsoft", "Google", "Atlassian"],
    competencies: ["databases-data", "communication-clarity", "fundamentals", "code-query-literacy"],
    guide: {
      strongAnswer: strong(
        "A strong answer describes filtering to open P1 bugs, grouping by team, keeping groups above five and ordering by the count, and explains the difference between WHERE and HAVING in plain words.",
        [
          "**The shape:** SELECT team, COUNT(*) FROM bugs WHERE priority = 'P1' AND status is open GROUP BY team HAVING COUNT(*) > 5 ORDER BY the count descending.",
          "**WHERE versus HAVING:** WHERE filters rows before grouping; HAVING filters the groups after counting.",
          "**Definitions first:** what counts as open (reopened? blocked?), whether bugs moved between teams, and whether 'P1' is spelled consistently.",
          "**Fairness:** raw counts punish big teams; also shows bugs per engineer or age of the oldest P1, and notes the list should lead to help rather than blame.",
        ],
      ),
      followUps: [
        "The VP wants to see how long each team's P1s have been open, not just how many. What would you add?",
        "Half the P1s have no team set. What do you do with them?",
        "Now leadership wants the trend over the last twelve weeks. How would you build that?",
      ],
      pitfalls: [
        "Trying to filter the count in WHERE, which doesn't work on aggregated values.",
        "Sending counts without agreeing what 'open' and 'P1' mean.",
      ],
    },
    learn: {
      explainer:
        "Most reporting questions are 'how many per group?'. In SQL you filter the rows you care about (WHERE), split them into groups (GROUP BY), count or add them up per group (COUNT, SUM), and then keep only the groups you want (HAVING). Reading a query in that order makes almost any report understandable.",
      terms: [
        ["WHERE", "Filters individual rows before any grouping."],
        ["HAVING", "Filters groups after they have been counted or summed."],
        ["Aggregate function", "A function such as COUNT, SUM or AVG that turns many rows into one number."],
      ],
      resources: [R.sqlCourse, R.storytellingData],
    },
  },
  {
    slug: "sql-null-not-in-trap",
    type: "technical-depth",
    title: "A query that returns nothing because of one blank value",
    prompt:
      "An analyst wants users who have never been sent a marketing email. Their query selects users whose ID is NOT IN the list of recipient IDs from the email log. It returns zero rows, which can't be right: we know thousands of users opted out. Someone discovers that a few rows in the email log have a blank recipient ID. Explain why that breaks the query, and what else NULLs do to reports.",
    difficulty: "MEDIUM",
    tags: ["sql", "null", "data-quality"],
    companies: ["Google", "Meta", "Snowflake"],
    competencies: ["code-query-literacy", "databases-data", "debugging-reasoning", "fundamentals"],
    guide: {
      strongAnswer: strong(
        "A strong answer explains SQL's three-valued logic: comparing anything with NULL gives 'unknown', not true or false, so NOT IN a list containing NULL can never be true for any row.",
        [
          "**Why zero rows:** 'id NOT IN (1, 2, NULL)' means id is not 1 and not 2 and not NULL; the last part is unknown, so the whole condition is never true.",
          "**Fixes:** use NOT EXISTS with a correlated sub-query, or a left join and keep rows where the match is NULL, or filter NULLs out of the list.",
          "**Other NULL effects:** AVG and SUM ignore NULLs (so an average may be over fewer rows than you think); COUNT(column) skips them while COUNT(*) doesn't; 'status <> 'closed'' leaves out rows where status is NULL.",
          "**Root cause:** why are recipient IDs blank at all? Adds a NOT NULL constraint or a data-quality check upstream.",
        ],
      ),
      followUps: [
        "The average order value on a dashboard jumped after a change that left some amounts blank. Walk me through why.",
        "Should the email log allow a blank recipient at all? Who would you talk to and what would you change?",
        "How would you test for this class of problem in a data pipeline before it reaches a report?",
      ],
      pitfalls: [
        "Treating NULL as zero or as an empty string.",
        "Fixing the query but not asking why the data has blanks.",
      ],
    },
    learn: {
      explainer:
        "NULL means 'unknown', and SQL treats it specially: any comparison with NULL is neither true nor false but unknown, and rows whose condition is unknown are left out. This quietly changes counts, averages and filters, which is why experienced analysts check for NULLs before trusting a number.",
      terms: [
        ["Three-valued logic", "SQL conditions can be true, false or unknown; only true keeps a row."],
        ["NOT EXISTS", "A safe way to find rows with no match in another table."],
        ["NOT NULL constraint", "A database rule that refuses rows with a blank value in that column."],
      ],
      resources: [R.sqlCourse, R.sqlAntipatterns],
    },
  },
  {
    slug: "sql-signup-funnel",
    type: "technical-depth",
    title: "Build the sign-up funnel from raw events",
    prompt:
      "Product wants to know where people give up during sign-up: landing page, form started, email confirmed, first project created. There is an events table with user or device ID, event name and timestamp. Explain how you would turn it into a funnel that shows how many people reach each step and the drop between steps, and what choices change the answer.",
    difficulty: "MEDIUM",
    tags: ["sql", "funnel", "analytics", "events"],
    companies: ["Meta", "Airbnb", "Spotify"],
    competencies: ["databases-data", "communication-clarity", "debugging-reasoning", "code-query-literacy"],
    guide: {
      strongAnswer: strong(
        "A strong answer counts distinct people per step, requires the steps to happen in order within a time window, and names the definitional choices that can move the result by a lot.",
        [
          "**Counting people, not events:** COUNT(DISTINCT user) per step; one person can fire 'form started' five times.",
          "**Order and window:** a person counts at step 3 only if they reached steps 1 and 2 first, within, say, 7 days of landing; built with a query per step or with MIN(timestamp) per user per event and comparisons.",
          "**Identity:** before sign-up people are anonymous device IDs; joining devices to the new account is needed or the funnel breaks at the email step.",
          "**Choices that move the answer:** the time window, whether bots and employees are excluded, and which date a person is counted on.",
          "**Presenting it:** conversion between each pair of steps and overall, by platform and traffic source, with sample sizes.",
        ],
      ),
      followUps: [
        "Confirmation emails sometimes arrive days later. How does the window you choose change the numbers?",
        "Half of users sign up on mobile and confirm on desktop. What breaks, and how do you fix it?",
        "Product redesigns the form next week. How would you compare before and after fairly?",
      ],
      pitfalls: [
        "Counting events instead of distinct people.",
        "Ignoring the order of steps, so people who confirmed before landing are counted.",
        "Not saying which definitions were chosen, so two teams get different funnels.",
      ],
    },
    learn: {
      explainer:
        "Product analytics usually starts from an events table: one row each time someone does something. A funnel counts how many distinct people reach each step of a journey, in order, and shows where they drop off. Small choices, such as how long someone has to finish or whether to count devices or people, can change the picture a lot.",
      terms: [
        ["Event", "A record that something happened, such as 'form started', with who, what and when."],
        ["Conversion rate", "The share of people at one step who reach the next."],
        ["COUNT(DISTINCT …)", "Counts different values once each, such as unique users."],
      ],
      resources: [R.sqlCourse, R.leanAnalytics, R.storytellingData],
    },
  },
  {
    slug: "sql-weekly-retention-cohorts",
    type: "technical-depth",
    title: "Are people who joined this spring sticking around?",
    prompt:
      "The growth team says new users are more engaged than ever because weekly active users are at a record high. The head of product suspects newer users leave faster than older ones did. Using a users table (with sign-up date) and an activity table (user and date), explain how you would answer the question, and what the result would look like.",
    difficulty: "MEDIUM",
    tags: ["sql", "retention", "cohorts", "analytics"],
    companies: ["Meta", "Spotify", "Duolingo"],
    competencies: ["databases-data", "communication-clarity", "code-query-literacy"],
    guide: {
      strongAnswer: strong(
        "A strong answer explains why a growing total can hide worse retention, and builds a cohort table: users grouped by the week they joined, with the share still active in each week after.",
        [
          "**Why totals mislead:** active users can rise because many people join, even if each group leaves faster.",
          "**Cohorts:** group users by sign-up week; for each cohort and each week since sign-up, count distinct active users and divide by cohort size.",
          "**SQL shape:** join activity to users, compute weeks since sign-up with date arithmetic, GROUP BY cohort week and weeks since, then divide by cohort size.",
          "**Reading it:** compare the week-4 retention of spring cohorts with last autumn's; a triangle-shaped table or one line per cohort.",
          "**Caveats:** define 'active' (opened the app? did a lesson?), and recent cohorts don't yet have later weeks.",
        ],
      ),
      followUps: [
        "Marketing ran a big paid campaign in April. How might that distort the spring cohorts?",
        "The definition of 'active' changed in May. What do you do with the table?",
        "Leadership wants one number instead of a table. Which would you give, and what would you warn them about?",
      ],
      pitfalls: [
        "Answering with total active users, the number that hides the problem.",
        "Dividing by the wrong denominator, such as all users instead of the cohort's size.",
      ],
    },
    learn: {
      explainer:
        "Retention asks: of the people who started in a given period, how many are still here later? A cohort is a group that started together, such as everyone who signed up in one week. Comparing cohorts shows whether newer users stay as well as older ones, which totals cannot show because new sign-ups keep filling the bucket.",
      terms: [
        ["Cohort", "A group of users who share a starting point, such as sign-up week."],
        ["Retention curve", "The share of a cohort still active in each period after they started."],
        ["Denominator", "The number you divide by; for retention, the cohort's starting size."],
      ],
      resources: [R.leanAnalytics, R.sqlCourse, R.storytellingData],
    },
  },
  {
    slug: "sql-two-teams-two-numbers",
    type: "technical-depth",
    title: "Two teams report different monthly active users",
    prompt:
      "In the quarterly review, the growth team reports 4.1 million monthly active users and the finance team reports 3.6 million for the same month. Both say their SQL is right. The CFO asks you to settle it before the board meeting in two weeks. How would you find out why the numbers differ, and how would you stop it happening again?",
    difficulty: "MEDIUM",
    tags: ["metrics", "sql", "data-governance"],
    companies: ["Meta", "Microsoft", "LinkedIn"],
    competencies: ["databases-data", "communication-clarity", "debugging-reasoning", "code-query-literacy"],
    guide: {
      strongAnswer: strong(
        "A strong answer treats this as a definition problem before a code problem: it compares the two definitions step by step, reconciles the numbers with a bridge from one to the other, and gets one owner to publish one definition.",
        [
          "**Write both definitions down:** what counts as active (any login? a paid action?), which time zone decides the month, whether test accounts, employees, bots and deleted users are excluded, and whether people or devices are counted.",
          "**Reconcile:** run both on the same data and build a bridge: 4.1M, minus bots (0.2M), minus logged-out devices (0.25M), and so on, until the gap is explained.",
          "**Check the sources:** do both read the same tables, refreshed at the same time?",
          "**Decide:** the CFO or a metrics owner picks the official definition for the board; the other number can exist under a different name.",
          "**Prevent:** a shared, documented metric definition in one place (a semantic layer or certified table) that dashboards reuse.",
        ],
      ),
      followUps: [
        "After reconciling, 0.1M of the gap remains unexplained and the board is in two days. What do you present?",
        "Growth's number is used in their bonus targets. How does that change the conversation?",
        "A new product line launches next month with its own app. How do you keep the definition consistent?",
      ],
      pitfalls: [
        "Deciding which team is 'right' without writing both definitions down.",
        "Fixing the number for the board but leaving two definitions in circulation.",
      ],
    },
    learn: {
      explainer:
        "Most disagreements about numbers are disagreements about definitions: who counts, when a day starts, what 'active' means. Reconciling means applying each difference one at a time until one number turns into the other. Mature data teams keep one written definition per important metric, with an owner, and every report uses it.",
      terms: [
        ["Metric definition", "The exact rule for computing a number, including what is included and excluded."],
        ["Reconciliation bridge", "A step-by-step explanation of how one number becomes another."],
        ["Semantic layer", "A shared place where metric definitions live so every tool computes them the same way."],
      ],
      resources: [R.dataWarehouse, R.leanAnalytics, R.storytellingData],
    },
  },
  {
    slug: "sql-course-signup-tables",
    type: "technical-depth",
    title: "Design the tables for a training-course sign-up",
    prompt:
      "HR wants a simple internal tool where employees sign up for training courses. Each course runs several times a year in sessions with a date, a room and a capacity; employees book a session and may cancel. HR wants to see who attended what. Sketch the tables you'd create, their key columns, and how they connect. Why not keep it all in one big spreadsheet-like table?",
    difficulty: "EASY",
    tags: ["data-modeling", "sql", "normalisation"],
    companies: ["Microsoft", "Oracle", "Workday"],
    competencies: ["databases-data", "fundamentals", "communication-clarity"],
    guide: {
      strongAnswer: strong(
        "A strong answer separates the things the tool talks about into their own tables, links them with keys, and explains in plain words what goes wrong when everything lives in one table.",
        [
          "**Tables:** employees; courses (title, description); sessions (course ID, date, room, capacity); bookings (session ID, employee ID, status such as booked, cancelled, attended, with timestamps).",
          "**Keys:** each table has its own ID (primary key); sessions point to courses and bookings point to sessions and employees (foreign keys).",
          "**Rules in the database:** one active booking per employee per session (a unique constraint); capacity enforced when booking.",
          "**Why not one table:** course details would be copied onto every booking, so renaming a course means editing hundreds of rows, and mistakes make copies disagree (update anomalies).",
          "**Questions it answers:** who attended what is a join of bookings, sessions and courses filtered to 'attended'.",
        ],
      ),
      followUps: [
        "HR now wants waiting lists that fill automatically when someone cancels. What changes?",
        "Some courses have several trainers per session. How would you model that?",
        "Two people grab the last seat at the same moment. Where should the capacity rule live?",
      ],
      pitfalls: ["Putting course details on every booking row.", "Storing a list of attendees as text in one column."],
    },
    learn: {
      explainer:
        "Relational databases store each kind of thing (employees, courses, sessions, bookings) in its own table and connect them with IDs. Storing each fact once, called normalisation, means a change is made in one place and can't leave copies that disagree. Joins put the pieces back together when you ask a question.",
      terms: [
        ["Primary key", "The column that uniquely identifies each row, usually an ID."],
        ["Foreign key", "A column that points to a row in another table, such as a booking's session ID."],
        ["Normalisation", "Organising tables so each fact is stored once."],
      ],
      resources: [R.sqlCourse, R.sqlAntipatterns, R.ddia],
    },
  },
  {
    slug: "sql-latest-status-per-ticket",
    type: "technical-depth",
    title: "The current status of every ticket from a history table",
    prompt:
      "A support system stores every status change as a row: ticket ID, status, changed at. The ops lead wants today's count of tickets in each current status, and an analyst's query counts all rows by status, which gives numbers far too high. Explain why, and how you'd get each ticket's latest status. Then tell me what a window function is and when you'd reach for one.",
    difficulty: "MEDIUM",
    tags: ["sql", "window-functions", "analytics"],
    companies: ["Amazon", "Zendesk", "Google"],
    competencies: ["code-query-literacy", "databases-data", "algorithms-complexity", "communication-clarity"],
    guide: {
      strongAnswer: strong(
        "A strong answer sees that the table holds history, so each ticket appears once per change; the fix is to keep only each ticket's latest row before counting.",
        [
          "**Why too high:** a ticket that went open, pending, solved is counted in all three statuses.",
          "**Latest row per ticket:** either find MAX(changed_at) per ticket and join back, or use ROW_NUMBER() OVER (PARTITION BY ticket ORDER BY changed_at DESC) and keep row 1.",
          "**Window function in plain words:** it computes something across related rows (here, each ticket's rows) without collapsing them into one, such as a rank, a running total or the previous value.",
          "**Edge cases:** two changes with the same timestamp need a tie-breaker; tickets deleted or merged.",
          "**Other uses:** time between status changes (LAG), running totals, top-N per group.",
        ],
      ),
      followUps: [
        "Ops now wants the average time tickets spend in 'pending'. How would you compute that from this table?",
        "The history table has 2 billion rows and the query takes an hour. What would you suggest?",
        "Two status rows for the same ticket have the same timestamp. What goes wrong and how do you fix it?",
      ],
      pitfalls: [
        "Using GROUP BY status on the raw history.",
        "Taking MAX(status) instead of the status of the latest row.",
      ],
    },
    learn: {
      explainer:
        "Many tables record history: a new row each time something changes. To ask about the present you first pick each item's latest row. Window functions help: they look across a group of related rows (all rows of one ticket) and give each row a value such as its rank, without merging the rows together.",
      terms: [
        [
          "Window function",
          "A calculation across related rows (a 'window') that keeps every row, such as ROW_NUMBER or LAG.",
        ],
        ["PARTITION BY", "Splits rows into groups for a window function, like GROUP BY but without collapsing them."],
        ["Event history table", "A table that adds a row for every change instead of updating one row."],
      ],
      resources: [R.sqlCourse, R.useIndex, R.dataWarehouse],
    },
  },
  {
    slug: "sql-reports-off-production",
    type: "technical-depth",
    title: "Why finance's report slows down checkout",
    prompt:
      "Every Monday at 9:00 checkout gets slow for about twenty minutes. It turns out finance runs a large revenue report directly against the production database that checkout uses. Finance says the report is essential and the data must be current. Explain why this happens, what a data warehouse is, and what you'd propose.",
    difficulty: "EASY",
    tags: ["databases", "data-warehouse", "oltp", "olap"],
    companies: ["Amazon", "Snowflake", "Microsoft"],
    competencies: ["databases-data", "fundamentals", "communication-clarity"],
    guide: {
      strongAnswer: strong(
        "A strong answer explains that the same database is doing two very different jobs, and proposes separating them while asking what 'current' really needs to mean for finance.",
        [
          "**Two workloads:** checkout makes many tiny reads and writes that must be fast (OLTP); the report scans millions of rows at once (OLAP), using disk, memory and locks that checkout needs.",
          "**Quick relief:** run the report on a read replica, or schedule it off-peak.",
          "**Lasting fix:** copy data regularly into a data warehouse built for large scans (columnar storage), through an ETL or ELT pipeline.",
          "**Freshness:** asks whether finance needs data to the second or to the hour; most reports are fine with data that is an hour old, and that drives the cost.",
          "**Stakeholders:** agrees the change with finance, checks their numbers match after the move, and gives them a clear freshness promise.",
        ],
      ),
      followUps: [
        "Finance insists the report must include orders from the last five minutes. What options do you have?",
        "The read replica starts lagging during the report. What does that tell you?",
        "Three more teams want to query production directly. What policy would you propose?",
      ],
      pitfalls: [
        "Suggesting a bigger database server as the only answer.",
        "Moving the report without checking that finance's numbers still match.",
      ],
    },
    learn: {
      explainer:
        "Databases that run a product (OLTP) are tuned for many small, fast transactions. Analytics (OLAP) reads huge amounts of data at once. Running both on one database makes them fight for the same resources, so companies copy data into a separate data warehouse for reporting, accepting that it is a little behind.",
      terms: [
        ["OLTP", "Online transaction processing: many small reads and writes, such as placing orders."],
        ["OLAP", "Online analytical processing: large scans and summaries for reports."],
        ["ETL", "Extract, transform, load: copying data from source systems into a warehouse."],
      ],
      resources: [R.dataWarehouse, R.ddia, R.sqlCourse],
    },
  },
  {
    slug: "sql-zero-downtime-column-change",
    type: "technical-depth",
    title: "Changing a column on a 500-million-row table while it's in use",
    prompt:
      "The payments team needs to change how amounts are stored in a 500-million-row table, from a decimal in dollars to a whole number of cents in a new column, and eventually drop the old one. The table is written hundreds of times a second and the service can't go down. The first plan was one migration script run on a Sunday night. Explain the risks and how you'd run it instead.",
    difficulty: "HARD",
    tags: ["databases", "migrations", "zero-downtime"],
    companies: ["Stripe", "Shopify", "GitHub"],
    competencies: ["databases-data", "debugging-reasoning", "fundamentals"],
    guide: {
      strongAnswer: strong(
        "A strong answer explains that big schema changes can lock a busy table or run for hours, and lays out the expand-and-contract pattern: add the new column, write both, backfill in small batches, switch reads, then remove the old column.",
        [
          "**Risks of one script:** a rewrite of 500M rows can hold locks that block writes, fill the transaction log, lag replicas, and can't be stopped halfway cleanly.",
          "**Expand:** add the new nullable column (a quick metadata change in most databases); deploy code that writes both columns.",
          "**Backfill:** copy old rows in small batches with pauses, watching replica lag and error rates; resumable if stopped.",
          "**Verify and switch:** compare both columns for every row; switch reads behind a flag; keep writing both for a while.",
          "**Contract:** stop writing the old column, then drop it in a later release, once nothing reads it (including reports and other services).",
          "**Program view:** each step is a separate, reversible release with an owner and a check before the next.",
        ],
      ),
      followUps: [
        "Halfway through the backfill, replicas fall ten minutes behind. What do you do?",
        "A finance report nobody told you about reads the old column. How would you have found it earlier?",
        "Leadership asks why this takes three weeks instead of one night. How do you explain it?",
      ],
      pitfalls: [
        "Treating it as one step instead of a sequence of reversible ones.",
        "Forgetting other readers of the table, such as analytics and other services.",
      ],
    },
    learn: {
      explainer:
        "Changing the structure of a big, busy table can lock it or overload the database. The safe approach is expand and contract: first add the new structure alongside the old, make the code handle both, copy the old data over gradually, switch to the new, and only remove the old once nothing depends on it. Each step can be reversed.",
      terms: [
        ["Schema migration", "A change to a database's structure, such as adding or changing a column."],
        ["Backfill", "Filling a new column or table with values computed from existing data."],
        ["Expand and contract", "Add new alongside old, move over, then remove old, so nothing breaks in between."],
      ],
      resources: [R.ddia, R.useIndex, R.accelerate],
    },
  },
  {
    slug: "sql-pipeline-duplicates",
    type: "technical-depth",
    title: "A nightly data load that silently doubled some rows",
    prompt:
      "Marketing spent a week optimising campaigns based on a conversion report before someone noticed that a nightly pipeline had loaded some days twice after a retry, inflating conversions by up to 40% on those days. Nothing alerted anyone. Explain how this kind of thing happens, and what checks and practices would catch it next time.",
    difficulty: "MEDIUM",
    tags: ["data-pipelines", "data-quality", "idempotency"],
    companies: ["Airbnb", "Netflix", "Uber"],
    competencies: ["databases-data", "debugging-reasoning", "communication-clarity"],
    guide: {
      strongAnswer: strong(
        "A strong answer explains that a pipeline step which appends data is not safe to rerun, and proposes making loads idempotent plus automated data tests that fail loudly.",
        [
          "**How it happened:** the job failed after inserting part of a day, the scheduler retried, and the retry appended the same rows again.",
          "**Idempotent loads:** each run replaces a whole partition (delete and reload that day, or overwrite) or merges on a unique key, so rerunning gives the same result.",
          "**Data tests:** uniqueness of the key, row counts within an expected range compared with the source, freshness, and totals reconciled with the source system.",
          "**Alerting and ownership:** failed tests block the downstream report and page the data owner, rather than publishing silently.",
          "**Repair:** fix the affected days, tell marketing what changed and which decisions relied on it.",
        ],
      ),
      followUps: [
        "The source system itself sometimes sends the same order twice with different IDs. How do you de-duplicate now?",
        "A row-count test would have fired on a public holiday, when volume is naturally low. How do you set thresholds?",
        "Marketing asks whether their budget decisions from that week were wrong. How do you answer?",
      ],
      pitfalls: [
        "Blaming the retry rather than the load that isn't safe to repeat.",
        "Adding checks that only log warnings nobody reads.",
      ],
    },
    learn: {
      explainer:
        "Data pipelines copy and reshape data on a schedule, and jobs fail and get retried. A step is idempotent if running it twice gives the same result as running it once, for example by replacing a whole day's data instead of appending to it. Automated tests on the data (no duplicates, counts in a normal range, fresh enough) catch problems before people make decisions on them.",
      terms: [
        ["Idempotent job", "A job that gives the same result whether it runs once or several times."],
        ["Partition", "A slice of a table, often one day, that can be replaced as a unit."],
        ["Data test", "An automatic check on data, such as 'order IDs are unique'."],
      ],
      resources: [R.ddia, R.dataWarehouse, R.mlDesign],
    },
  },
  {
    slug: "sql-conversion-up-everywhere-down-overall",
    type: "technical-depth",
    title: "Conversion rose in every country but fell overall",
    prompt:
      "After a checkout redesign, the analyst shows that conversion went up in every single country we sell in, yet total conversion across all countries went down. The product lead thinks the data must be broken. Explain how both can be true, how you'd check it with the data, and what you'd tell the product lead about whether the redesign worked.",
    difficulty: "HARD",
    tags: ["statistics", "analytics", "simpsons-paradox"],
    companies: ["Google", "Booking.com", "Airbnb"],
    competencies: ["databases-data", "debugging-reasoning", "communication-clarity"],
    guide: {
      strongAnswer: strong(
        "A strong answer recognises Simpson's paradox: the overall rate is a weighted average, and if the mix of traffic shifted toward countries that convert less, the total can fall while every part improves.",
        [
          "**The mechanism:** suppose a big marketing push brought many visitors from a country with low conversion; each country improved, but more of the total now comes from the low-converting one.",
          "**Check:** query visitors and conversions by country for both periods; compute each country's share of traffic and its rate; recompute the total using the old traffic mix.",
          "**Was the redesign good?** Within-country comparisons are fairer, but a before-and-after is still confounded by season and campaigns; an A/B test would settle it.",
          "**Communicate:** show a small table of share and rate per country; avoid 'the data is broken' and avoid claiming the redesign works from this alone.",
        ],
      ),
      followUps: [
        "We can't run an A/B test because the redesign is already live everywhere. How would you estimate its effect?",
        "The same pattern appears by device instead of country. What would you look at?",
        "Leadership wants one number for the quarterly review. Which one and why?",
      ],
      pitfalls: [
        "Declaring the data wrong without checking the traffic mix.",
        "Concluding the redesign caused the per-country gains without an experiment.",
      ],
    },
    learn: {
      explainer:
        "An overall rate is an average of group rates weighted by group size. If the mix of groups changes, the overall rate can move in the opposite direction to every group's rate; this is called Simpson's paradox. Whenever totals and segments disagree, look at how the mix changed before concluding anything.",
      terms: [
        ["Simpson's paradox", "A trend that appears in every group but reverses when the groups are combined."],
        ["Mix shift", "A change in the share each group contributes to a total."],
        ["Confounder", "A third factor that affects both the change and the outcome, misleading comparisons."],
      ],
      resources: [R.trustworthyExperiments, R.leanAnalytics, R.storytellingData],
    },
  },
  {
    slug: "sql-analysts-want-raw-emails",
    type: "technical-depth",
    title: "Analysts want the raw user table, emails included",
    prompt:
      "A new analytics team asks for read access to the full users table, including names, emails and birth dates, so they can 'explore freely'. The security team says no, the analysts say they can't do their job otherwise, and both come to you. Explain what the risks are and how you would give analysts what they need without exposing personal data.",
    difficulty: "EASY",
    tags: ["privacy", "data-access", "pii"],
    companies: ["Meta", "Google", "Stripe"],
    competencies: ["databases-data", "fundamentals", "communication-clarity"],
    guide: {
      strongAnswer: strong(
        "A strong answer finds out what questions the analysts need to answer, then offers data that answers them without the personal fields, with access that is logged and reviewed.",
        [
          "**Risks:** leaks or misuse of personal data, breaking privacy law and promises to users, and a wider target for attackers.",
          "**What analysts need:** usually behaviour by segment, not names; age bands instead of birth dates; a stable pseudonymous ID instead of an email.",
          "**Options:** a view or table with personal fields removed or masked; hashing or tokenising IDs; aggregated tables; a controlled process for the rare case needing raw data.",
          "**Controls:** least-privilege roles, access logged and reviewed, time-limited access for exceptions.",
          "**Resolution:** agrees the approach with security and the analytics lead, and writes it down as a standard for future teams.",
        ],
      ),
      followUps: [
        "An analyst needs to contact users who churned for interviews. How do you support that safely?",
        "Someone points out that ZIP code plus birth date can identify people. What changes?",
        "A regulator asks who looked at a specific user's data last year. Can you answer?",
      ],
      pitfalls: [
        "Choosing a side (all or nothing) without asking what analysts actually need.",
        "Assuming that removing names alone makes data anonymous.",
      ],
    },
    learn: {
      explainer:
        "Personal data, such as names, emails and birth dates, is protected by law and by users' trust. Most analysis doesn't need it: patterns can be studied with pseudonymous IDs and grouped values. The principle of least privilege says people get only the access they need for their job, and access to sensitive data is logged.",
      terms: [
        ["PII", "Personally identifiable information: data that can identify a person."],
        [
          "Pseudonymisation",
          "Replacing identifying fields with a code, so data can be linked without showing who it is.",
        ],
        ["Least privilege", "Giving each person only the access their work requires."],
      ],
      resources: [R.privacyGdpr, R.securityEngineering, R.dataWarehouse],
    },
  },
];
