import { R } from "./learn-resources";
import { md, strong, type SeedQuestion } from "./seed-question";

/**
 * Python code reading: short snippets a TPM might meet in a code review, a script
 * or an incident. The candidate reads aloud, explains what the code does and why
 * it misbehaves; nobody is asked to write code from scratch.
 */
export const PYTHON_CODE_READING_QUESTIONS: SeedQuestion[] = [
  {
    slug: "py-count-orders-dict",
    type: "technical-depth",
    title: "Read a short Python function that counts orders",
    prompt: md(
      "An analyst shares this function, which should count orders per customer, and says it crashes on the first order. Read it aloud, tell me what each line does, why it fails and how you'd fix it.",
      "",
      "```python",
      "def orders_per_customer(orders):",
      "    counts = {}",
      "    for order in orders:",
      "        counts[order['customer_id']] += 1",
      "    return counts",
      "```",
    ),
    difficulty: "EASY",
    tags: ["python", "dictionaries", "code-reading"],
    companies: ["Google", "Meta", "Amazon"],
    competencies: ["code-query-literacy", "fundamentals", "debugging-reasoning", "communication-clarity"],
    guide: {
      strongAnswer: strong(
        "A strong answer explains the loop and the dictionary in plain words, spots that the first time a customer appears there is no count to add one to, and offers a fix.",
        [
          "**Reading it:** counts starts as an empty dictionary (a lookup from key to value); the loop visits each order and tries to add one to that customer's count.",
          "**The bug:** the first order for a customer looks up a key that doesn't exist yet, which raises a KeyError.",
          "**Fixes:** counts[cid] = counts.get(cid, 0) + 1; or collections.Counter; or defaultdict(int).",
          "**Beyond the bug:** what if an order has no customer_id? Asks whether cancelled orders should count.",
          "**Complexity:** one pass over the orders with constant-time lookups, so it scales in step with the number of orders.",
        ],
      ),
      followUps: [
        "Now the business wants the total amount spent per customer, not the count. What changes?",
        "Some orders are missing the customer_id key entirely. What happens, and what should happen?",
        "The list has 50 million orders and doesn't fit in memory. How would you approach it?",
      ],
      pitfalls: [
        "Reading the syntax line by line without saying what the function is for.",
        "Guessing the error instead of reasoning about the first iteration.",
      ],
    },
    learn: {
      explainer:
        "A dictionary in Python maps keys to values, like a phone book maps names to numbers. Looking up a key that isn't there is an error, so counting code must either start each new key at zero or use a helper that does it for you. Reading code aloud line by line, and asking 'what happens the first time round the loop?', finds many bugs.",
      terms: [
        ["Dictionary", "A Python collection of key–value pairs with fast lookup by key."],
        ["KeyError", "The error Python raises when you look up a key that isn't in a dictionary."],
        ["Counter", "A ready-made Python dictionary for counting things."],
      ],
      resources: [R.pythonCourse, R.automateBoring],
    },
  },
  {
    slug: "py-mutable-default-argument",
    type: "technical-depth",
    title: "Why do tags from one ticket show up on another?",
    prompt: md(
      "Support reports that tags added to one ticket mysteriously appear on later tickets. An engineer points at this helper. Explain what's happening and why Python behaves this way.",
      "",
      "```python",
      "def make_ticket(title, tags=[]):",
      "    tags.append('new')",
      "    return {'title': title, 'tags': tags}",
      "",
      "a = make_ticket('Login broken')",
      "b = make_ticket('Refund missing')",
      "print(b['tags'])  # ['new', 'new']",
      "```",
    ),
    difficulty: "MEDIUM",
    tags: ["python", "functions", "mutability", "code-reading"],
    companies: ["Google", "Dropbox", "Microsoft"],
    competencies: ["fundamentals", "debugging-reasoning", "code-query-literacy"],
    guide: {
      strongAnswer: strong(
        "A strong answer explains that the default list is created once, when the function is defined, and every call that doesn't pass tags shares that same list.",
        [
          "**What happens:** the first call appends 'new' to the shared default list; the second call appends again to the same list, so both tickets point at one list containing two items.",
          "**Why:** default values are evaluated once; lists and dictionaries are mutable (they can change in place), so changes persist between calls.",
          "**Fix:** use tags=None and create a new list inside the function when it is None.",
          "**Wider lesson:** two names can refer to the same object; changing it through one name changes what the other sees.",
        ],
      ),
      followUps: [
        "Would the bug happen if the default were a string or a number instead of a list? Why?",
        "How would a code review or a test have caught this before it reached support?",
        "The same pattern is in 40 places in the codebase. How would you get it fixed without a big-bang change?",
      ],
      pitfalls: [
        "Saying 'Python has a bug' instead of explaining when defaults are created.",
        "Fixing the symptom by copying the list after the fact rather than the default.",
      ],
    },
    learn: {
      explainer:
        "In Python, variables are names attached to objects. Some objects, such as lists and dictionaries, can be changed in place; if two names point to the same list, a change made through one is seen through the other. A function's default values are created once, so a default list is shared by every call that uses it.",
      terms: [
        ["Mutable object", "An object that can be changed after it is created, such as a list or dictionary."],
        ["Default argument", "The value a function uses for a parameter when the caller doesn't give one."],
        ["None", "Python's value for 'nothing', often used as a safe default."],
      ],
      resources: [R.fluentPython, R.pythonCourse],
    },
  },
  {
    slug: "py-range-skips-first",
    type: "technical-depth",
    title: "The report that always leaves out the first sales team",
    prompt: md(
      "A weekly script emails a revenue line per sales team, and the Enterprise team never appears, although it's first in the list. Here is the loop. What's wrong, and how would you make it clearer?",
      "",
      "```python",
      "teams = ['Enterprise', 'Mid-market', 'Small business']",
      "for i in range(1, len(teams)):",
      "    send_line(teams[i], revenue[teams[i]])",
      "```",
    ),
    difficulty: "EASY",
    tags: ["python", "loops", "off-by-one"],
    companies: ["Amazon", "Microsoft", "Salesforce"],
    competencies: ["code-query-literacy", "fundamentals", "debugging-reasoning", "communication-clarity"],
    guide: {
      strongAnswer: strong(
        "A strong answer explains that Python counts positions from 0, so range(1, 3) gives 1 and 2 and the item at position 0 is skipped.",
        [
          "**Indexing:** the first item of a list is at position 0; range(1, len(teams)) starts at 1.",
          "**Fix:** range(len(teams)), or better, loop over the items directly: for team in teams.",
          "**Name it:** this is an off-by-one error, among the most common bugs.",
          "**Prevention:** a test that checks every team appears; code review looking at loop bounds.",
        ],
      ),
      followUps: [
        "What would happen with range(0, len(teams) + 1)?",
        "A new team, Public sector, is added at the end next quarter. Does the fixed loop need to change?",
        "Finance wants the teams sorted by revenue, highest first. How?",
      ],
      pitfalls: [
        "Not knowing that Python positions start at 0.",
        "Fixing the bounds but keeping index-based looping when a plain loop is clearer.",
      ],
    },
    learn: {
      explainer:
        "Python numbers the positions in a list from 0, so the first item is at 0 and the last at length minus 1. Loops that use positions are easy to get one-off wrong; looping over the items themselves avoids the problem entirely. An off-by-one error is a bug where a count or boundary is one too many or too few.",
      terms: [
        ["Index", "The position of an item in a list, starting at 0 in Python."],
        ["range()", "Produces a sequence of numbers, from a start up to but not including a stop."],
        ["Off-by-one error", "A bug where a loop or boundary includes one item too many or too few."],
      ],
      resources: [R.pythonCourse, R.automateBoring],
    },
  },
  {
    slug: "py-list-membership-slow",
    type: "technical-depth",
    title: "A nightly script that got slower every month",
    prompt: md(
      "This script checks every user against a block list before sending a newsletter. With 2 million users and a block list that has grown to 300,000 emails, it now takes nine hours. Explain why it's slow and what one-line change would help most.",
      "",
      "```python",
      "blocked = load_blocked_emails()      # a list",
      "for user in users:",
      "    if user.email not in blocked:",
      "        send_newsletter(user)",
      "```",
    ),
    difficulty: "EASY",
    tags: ["python", "performance", "big-o", "sets"],
    companies: ["Google", "Meta", "Mailchimp"],
    competencies: ["algorithms-complexity", "fundamentals", "communication-clarity", "code-query-literacy"],
    guide: {
      strongAnswer: strong(
        "A strong answer explains that checking membership in a list means scanning it, so the total work is users times block-list size, and that a set makes each check near-instant.",
        [
          "**Cost now:** 'in' on a list compares one by one; 2 million checks against 300,000 items is up to 600 billion comparisons, growing as both lists grow.",
          "**Fix:** blocked = set(load_blocked_emails()); a set finds an item by its hash in roughly constant time, so the loop becomes about 2 million quick checks.",
          "**Correctness:** normalise emails (lower-case, trim spaces) on both sides, or some blocked users still get mail.",
          "**Other costs:** sending itself may now dominate; measure before optimising further.",
        ],
      ),
      followUps: [
        "The block list moves into a database table. Where should the check happen now?",
        "Memory is tight: the set of 300,000 emails, is it a problem? Roughly how big is it?",
        "Legal says a blocked user must never get the newsletter, even if the script crashes and restarts. What changes?",
      ],
      pitfalls: [
        "Suggesting more machines or parallelism before fixing the lookup.",
        "Not noticing the case-sensitivity problem with emails.",
      ],
    },
    learn: {
      explainer:
        "Checking whether something is in a list means looking at items one by one, so it gets slower as the list grows. A set stores items by a hash so checking membership takes about the same time however big it is. Choosing the right container is often the biggest speed-up in a script, far bigger than faster hardware.",
      terms: [
        ["List", "An ordered collection; checking if an item is in it scans the items."],
        ["Set", "An unordered collection of unique items with very fast membership checks."],
        ["Time complexity", "How the work grows with the size of the input."],
      ],
      resources: [R.grokkingAlgorithms, R.pythonCourse, R.fluentPython],
    },
  },
  {
    slug: "py-swallowed-exception",
    type: "technical-depth",
    title: "Refunds that failed without anyone knowing",
    prompt: md(
      "Customers complain that refunds promised by support never arrived. The batch job that issues refunds reported success every night. Here's the core of it. What's wrong, and how should it behave instead?",
      "",
      "```python",
      "for refund in pending_refunds():",
      "    try:",
      "        payments.issue(refund.id, refund.amount)",
      "        mark_done(refund)",
      "    except Exception:",
      "        pass",
      "log.info('refund job finished OK')",
      "```",
    ),
    difficulty: "MEDIUM",
    tags: ["python", "exceptions", "reliability", "code-reading"],
    companies: ["Stripe", "PayPal", "Amazon"],
    competencies: ["debugging-reasoning", "fundamentals", "communication-clarity", "code-query-literacy"],
    guide: {
      strongAnswer: strong(
        "A strong answer explains that 'except Exception: pass' catches every error and throws it away, so failures leave no trace and the job always reports success.",
        [
          "**What happens:** if issue() fails (timeout, declined, bad data), the error is ignored, mark_done isn't called, and the loop carries on; the final log says OK regardless.",
          "**Better:** catch only the errors you expect, log each failure with the refund ID and reason, count failures, and end with a status that reflects them (and alert when above zero).",
          "**Retries:** a timeout may mean the refund did go through, so retries need an idempotency key to avoid refunding twice.",
          "**Repair:** find refunds never marked done, check with the payments provider which actually went out, and tell support.",
        ],
      ),
      followUps: [
        "The payments call times out: did the refund happen or not? How should the code handle that?",
        "Finance wants a daily report of failed refunds. Where does that come from?",
        "Would you stop the whole job at the first failure, or carry on? Argue both.",
      ],
      pitfalls: [
        "Saying 'add logging' without noticing that the job's success message is a lie.",
        "Suggesting blind retries that could refund twice.",
      ],
    },
    learn: {
      explainer:
        "An exception is how a program signals that something went wrong. Code can catch an exception to handle it, but catching every exception and doing nothing hides the problem: the program carries on as if all is well. Good error handling catches only expected errors, records them, and makes failures visible to people who can act.",
      terms: [
        ["Exception", "A signal that an operation failed, which stops the code unless it is caught."],
        ["try/except", "Python's way to run code and handle the errors it may raise."],
        ["Silent failure", "A failure that leaves no error, log or alert, so nobody notices."],
      ],
      resources: [R.pythonCourse, R.fluentPython, R.sre],
    },
  },
  {
    slug: "py-float-money",
    type: "technical-depth",
    title: "Invoices that are a cent out",
    prompt: md(
      "Finance finds that about one invoice in a thousand is off by a cent compared with the payment provider. The billing code adds up line items like this. Explain why the totals drift and how money should be handled in code.",
      "",
      "```python",
      "total = 0.0",
      "for line in invoice.lines:",
      "    total += line.unit_price * line.quantity * (1 + line.tax_rate)",
      "print(round(total, 2))",
      "```",
    ),
    difficulty: "MEDIUM",
    tags: ["python", "floating-point", "money", "billing"],
    companies: ["Stripe", "Square", "Intuit"],
    competencies: ["fundamentals", "debugging-reasoning", "communication-clarity", "code-query-literacy"],
    guide: {
      strongAnswer: strong(
        "A strong answer explains that floating-point numbers store most decimals only approximately, so tiny errors add up and rounding at different points gives different cents.",
        [
          "**Why:** computers store floats in binary; 0.1 can't be stored exactly, so 0.1 + 0.2 is 0.30000000000000004.",
          "**Where it bites:** many small approximations, and rounding only once at the end while the provider rounds each line, produce one-cent differences.",
          "**Fix:** store money as whole numbers of the smallest unit (cents) or use Python's Decimal; agree a rounding rule (per line or per invoice, and which rounding mode) with finance and the provider.",
          "**Program angle:** fix forward, decide what to do with past invoices, and add a reconciliation check that flags differences.",
        ],
      ),
      followUps: [
        "We add a currency with no minor unit (Japanese yen) and one with three decimals. What changes?",
        "Tax law says tax is rounded per line, not per invoice. How does the code change?",
        "Finance asks whether to re-issue the affected invoices. How would you help them decide?",
      ],
      pitfalls: [
        "Suggesting more decimal places in round() as the fix.",
        "Not asking which rounding rule the business and provider use.",
      ],
    },
    learn: {
      explainer:
        "Computers store ordinary decimal numbers (floats) in binary, which can't represent most decimal fractions exactly, so sums pick up tiny errors. For money, programs store whole numbers of cents or use an exact decimal type, and follow an explicit rounding rule agreed with finance.",
      terms: [
        ["Floating-point number", "A number stored approximately in binary, fast but not exact for decimals."],
        ["Decimal", "Python's exact decimal number type, suited to money."],
        ["Rounding mode", "The rule for rounding halves, such as half up or half to even."],
      ],
      resources: [R.pythonCourse, R.fluentPython],
    },
  },
  {
    slug: "py-naive-datetime-daily-report",
    type: "technical-depth",
    title: "Sales counted on the wrong day",
    prompt: md(
      "The daily sales report for our Sydney office counts late-evening sales on the next day and misses some early-morning ones. Timestamps in the database are in UTC. The report runs on a server in Sydney and does this. What's going on?",
      "",
      "```python",
      "from datetime import datetime, timedelta",
      "end = datetime.now()",
      "start = end - timedelta(days=1)",
      "sales = db.sales_between(start, end)   # compares with UTC timestamps",
      "```",
    ),
    difficulty: "MEDIUM",
    tags: ["python", "time-zones", "datetime", "reporting"],
    companies: ["Atlassian", "Google", "Airbnb"],
    competencies: ["fundamentals", "debugging-reasoning", "databases-data", "code-query-literacy"],
    guide: {
      strongAnswer: strong(
        "A strong answer spots that datetime.now() gives Sydney local time with no zone attached, and it's compared with UTC timestamps, so the window is shifted by ten or eleven hours; and 'the last 24 hours' isn't a calendar day anyway.",
        [
          "**Naive times:** datetime.now() has no time zone; the database treats it as UTC, so the window is off by Sydney's offset.",
          "**Which day?** The business wants a Sydney calendar day: midnight to midnight in Australia/Sydney, converted to UTC for the query.",
          "**Daylight saving:** Sydney's offset changes during the year, and one day a year has 23 hours and one 25, so fixed offsets are wrong; use a time-zone database.",
          "**Rerun-safe:** compute the window from the report's date, not from 'now', so a late or repeated run gives the same answer.",
        ],
      ),
      followUps: [
        "The job runs at 00:05 but sometimes starts at 01:30 after a delay. What happens with the current code?",
        "Head office in London wants one global daily report. Whose midnight?",
        "How would you test this code for the daylight-saving change day?",
      ],
      pitfalls: [
        "Saying 'just add 10 hours', which breaks at daylight-saving changes.",
        "Not separating 'last 24 hours' from 'yesterday in Sydney'.",
      ],
    },
    learn: {
      explainer:
        "A moment in time can be written in many time zones. Systems usually store times in UTC, the world's reference clock, and convert to a local zone only to show or to decide 'which day'. A time with no zone attached (a naive time) is easy to compare with the wrong thing, and daylight saving makes fixed offsets wrong twice a year.",
      terms: [
        ["UTC", "Coordinated Universal Time, the reference clock with no daylight saving."],
        ["Naive datetime", "A date and time with no time zone attached."],
        ["IANA time zone", "A named zone such as Australia/Sydney that knows its daylight-saving rules."],
      ],
      resources: [R.pythonCourse, R.fluentPython],
    },
  },
  {
    slug: "py-csv-summary-script",
    type: "technical-depth",
    title: "Walk me through a script that totals a spreadsheet export",
    prompt: md(
      "A project manager on your team wrote their first Python script to total hours per project from a timesheet export. It works on their test file but crashes on the real one with a ValueError. Read it with me: what does each part do, and what in a real export could break it?",
      "",
      "```python",
      "import csv",
      "totals = {}",
      "with open('timesheet.csv') as f:",
      "    for row in csv.reader(f):",
      "        project, hours = row[0], float(row[2])",
      "        totals[project] = totals.get(project, 0) + hours",
      "print(totals)",
      "```",
    ),
    difficulty: "EASY",
    tags: ["python", "csv", "scripting", "code-reading"],
    companies: ["Microsoft", "Amazon", "Atlassian"],
    competencies: ["code-query-literacy", "fundamentals", "debugging-reasoning", "communication-clarity"],
    guide: {
      strongAnswer: strong(
        "A strong answer explains the script in plain words and lists what real exports contain that test files don't: a header row, blank lines, commas in numbers, missing values.",
        [
          "**Reading it:** opens the file, reads it row by row as lists of text values, takes column 0 as project and converts column 2 to a number, and keeps a running total per project.",
          "**Likely crash:** the header row; float('Hours') raises ValueError. csv.DictReader, or skipping the first row, fixes it and makes the code read by column name.",
          "**Other traps:** blank lines, '7,5' written with a decimal comma, empty hours, projects spelled differently ('Apollo' versus 'apollo ').",
          "**Good habits:** report bad rows with their line numbers instead of crashing silently or skipping them silently.",
        ],
      ),
      followUps: [
        "The export adds a new column in the middle next month. What breaks, and how do you make the script robust to it?",
        "The file is now 5 GB. Does this script still work? Why?",
        "The PM wants this to run every Friday and email the result. What would you suggest?",
      ],
      pitfalls: [
        "Not knowing that csv.reader returns text, so conversion is needed.",
        "Fixing the header but ignoring other dirty-data cases.",
      ],
    },
    learn: {
      explainer:
        "A CSV file is a spreadsheet saved as plain text, one row per line and commas between columns. Python's csv module reads it row by row, but every value arrives as text and real files contain headers, blanks and odd formats. Scripts that work on a clean test file often fail on real data, so good scripts check and report bad rows.",
      terms: [
        ["CSV", "Comma-separated values: a plain-text table format."],
        [
          "ValueError",
          "The error Python raises when a value has the right type but wrong content, such as float('Hours').",
        ],
        ["DictReader", "Reads each CSV row as a dictionary keyed by the header names."],
      ],
      resources: [R.automateBoring, R.pythonCourse],
    },
  },
  {
    slug: "py-recursive-org-chart",
    type: "technical-depth",
    title: "Counting everyone under a manager, and the day it never finished",
    prompt: md(
      "An HR tool counts everyone in a manager's organisation with this function. It worked for years, then last week it ran forever and crashed with a RecursionError for one VP. Explain how the function works and what could have changed in the data.",
      "",
      "```python",
      "def org_size(manager_id):",
      "    total = 0",
      "    for report in direct_reports(manager_id):",
      "        total += 1 + org_size(report)",
      "    return total",
      "```",
    ),
    difficulty: "MEDIUM",
    tags: ["python", "recursion", "graphs", "data-quality"],
    companies: ["Workday", "Google", "LinkedIn"],
    competencies: ["algorithms-complexity", "debugging-reasoning", "fundamentals", "code-query-literacy"],
    guide: {
      strongAnswer: strong(
        "A strong answer explains recursion as a function calling itself on each direct report, and sees that it only ends if the org chart is a tree; a loop in the data (A reports to B who reports to A) makes it go round forever.",
        [
          "**How it works:** for each direct report, count that person plus everyone under them, by calling the same function.",
          "**Why it ends normally:** each call goes one level down and eventually reaches people with no reports.",
          "**What changed:** likely a cycle: an HR data entry error making someone their own manager's manager; or a very deep chain.",
          "**Fixes:** keep a set of people already visited and stop or report when one repeats; validate manager changes so cycles can't be saved.",
          "**Alternative:** a loop with an explicit queue (breadth-first) avoids Python's recursion limit.",
        ],
      ),
      followUps: [
        "A person can now have two managers (a matrix organisation). What changes in the count?",
        "The tool is slow for the CEO, 40,000 people, one database call per person. What would you do?",
        "How would you stop the bad data from being entered in the first place?",
      ],
      pitfalls: [
        "Blaming Python's limits without asking what changed in the data.",
        "Not being able to explain in words how the recursion reaches an end.",
      ],
    },
    learn: {
      explainer:
        "A recursive function solves a problem by calling itself on a smaller piece, like counting an organisation by counting each team under it. It needs a point where it stops, here people with no reports. If the data contains a loop, the function never reaches that point. Structures like org charts are trees; a tree with a loop is no longer a tree but a graph with a cycle.",
      terms: [
        ["Recursion", "A function that calls itself on smaller parts of the problem."],
        ["Base case", "The situation in which a recursive function stops calling itself."],
        ["Cycle", "A path in data that leads back to where it started."],
      ],
      resources: [R.grokkingAlgorithms, R.pythonCourse],
    },
  },
  {
    slug: "py-pagination-first-page-only",
    type: "technical-depth",
    title: "An export script that only ever gets the first 100 records",
    prompt: md(
      "A script exports all customers from a partner's API so finance can reconcile accounts. The partner has 12,000 customers, but the export always has exactly 100. Here's the loop. What's wrong, and what else should a script like this handle?",
      "",
      "```python",
      "url = 'https://api.partner.example/customers'",
      "customers = []",
      "while url:",
      "    page = http.get(url).json()",
      "    customers.extend(page['data'])",
      "    url = page.get('next_page_url')",
      "```",
      "",
      "The API's responses contain a key called `next` with the next page's address.",
    ),
    difficulty: "MEDIUM",
    tags: ["python", "apis", "pagination", "code-reading"],
    companies: ["Stripe", "Salesforce", "Shopify"],
    competencies: ["code-query-literacy", "debugging-reasoning", "fundamentals", "communication-clarity"],
    guide: {
      strongAnswer: strong(
        "A strong answer traces the loop: after the first page it looks for a key that doesn't exist, gets None, and stops. It then covers what real paginated exports must handle.",
        [
          "**The bug:** page.get('next_page_url') returns None because the key is called 'next', so the while loop ends after one page.",
          "**Fix:** read the right key; better, fail loudly if the response shape is unexpected, and check the count against a total the API reports.",
          "**Real-world concerns:** rate limits (HTTP 429, wait and retry), transient errors and timeouts, records added or removed while paging, and authentication expiring mid-export.",
          "**Verification:** compare the number exported with the partner's total; finance should know if the export is incomplete rather than get a silent partial file.",
        ],
      ),
      followUps: [
        "Halfway through, the API starts returning 429 Too Many Requests. What should the script do?",
        "New customers are added while the export runs and some records appear twice. Why, and how do you avoid it?",
        "The export must now run nightly and finance relies on it. What would you add?",
      ],
      pitfalls: [
        "Not tracing the loop to the exact line where it stops.",
        "Stopping at the key name and ignoring completeness checks.",
      ],
    },
    learn: {
      explainer:
        "APIs rarely return thousands of records at once; they return pages and a pointer to the next page. A script must follow the pointers until there are none left, cope with limits on how fast it may ask, and check it got everything. Reading what the API actually returns, rather than what you assume, avoids most paging bugs.",
      terms: [
        ["Pagination", "Splitting a long list of results into pages fetched one at a time."],
        ["Cursor", "A marker pointing to where the next page starts."],
        ["Rate limit", "The maximum number of requests an API accepts in a period."],
      ],
      resources: [R.automateBoring, R.apiDesign, R.pythonCourse],
    },
  },
  {
    slug: "py-config-shared-reference",
    type: "technical-depth",
    title: "Changing the EU settings broke the US ones",
    prompt: md(
      "A deployment script builds a configuration per region from a base configuration. After a change, US servers started pointing at the EU database. Explain why, and how to fix it.",
      "",
      "```python",
      "base = {'timeout': 30, 'db': {'host': 'db.us.internal'}}",
      "eu = base",
      "eu['db']['host'] = 'db.eu.internal'",
      "deploy('us', base)",
      "deploy('eu', eu)",
      "```",
    ),
    difficulty: "EASY",
    tags: ["python", "references", "configuration", "code-reading"],
    companies: ["Amazon", "Google", "HashiCorp"],
    competencies: ["fundamentals", "debugging-reasoning", "code-query-literacy"],
    guide: {
      strongAnswer: strong(
        "A strong answer explains that 'eu = base' doesn't copy anything: both names refer to the same dictionary, so changing the host through eu changes it for base too.",
        [
          "**Names and objects:** assignment attaches a second name to the same object.",
          "**Shallow versus deep copy:** base.copy() makes a new outer dictionary but still shares the inner 'db' dictionary; copy.deepcopy copies all levels.",
          "**Safer design:** build each region's configuration from a function that returns a fresh dictionary, or keep configuration in separate files per region, validated before deploy.",
          "**Program angle:** a check before deploy that each region's database host matches the region would have stopped this.",
        ],
      ),
      followUps: [
        "Would eu = base.copy() have fixed it? Why or why not?",
        "How would you test deployment configuration before it reaches servers?",
        "We add ten more regions. How would you structure the configuration?",
      ],
      pitfalls: [
        "Thinking assignment copies a dictionary.",
        "Proposing .copy() without noticing the nested dictionary.",
      ],
    },
    learn: {
      explainer:
        "In Python, writing b = a doesn't copy a; it gives the same object a second name. For changeable objects such as dictionaries, a change through either name shows up through both. A shallow copy duplicates only the outer layer; a deep copy duplicates everything inside too.",
      terms: [
        ["Reference", "A name pointing to an object; several names can point to the same one."],
        ["Shallow copy", "A new outer container that still shares the objects inside it."],
        ["Deep copy", "A full copy, including everything nested inside."],
      ],
      resources: [R.fluentPython, R.pythonCourse],
    },
  },
  {
    slug: "py-threads-lost-counts",
    type: "technical-depth",
    title: "Eight threads, one counter, and numbers that don't add up",
    prompt: md(
      "To speed up a data-quality job, an engineer split the work across eight threads. Each thread checks rows and increments a shared counter of bad rows. The job is faster, but the total is slightly different every run, and always lower than the single-threaded version. Explain why, and discuss whether threads were the right tool.",
      "",
      "```python",
      "bad_rows = 0",
      "def check(chunk):",
      "    global bad_rows",
      "    for row in chunk:",
      "        if not valid(row):",
      "            bad_rows += 1",
      "```",
    ),
    difficulty: "HARD",
    tags: ["python", "concurrency", "threads", "race-condition"],
    companies: ["Google", "Meta", "Databricks"],
    competencies: ["fundamentals", "debugging-reasoning", "algorithms-complexity", "code-query-literacy"],
    guide: {
      strongAnswer: strong(
        "A strong answer explains that 'bad_rows += 1' is a read, an add and a write; two threads can read the same old value and both write back the same new value, losing one increment.",
        [
          "**The race:** thread A reads 41, thread B reads 41, both write 42: one bad row vanished. It depends on timing, so totals vary run to run.",
          "**Fixes:** protect the update with a lock; or better, have each thread count its own chunk and add up the results at the end (no shared state).",
          "**Were threads right?** In standard Python, the global interpreter lock (GIL) lets only one thread run Python code at a time, so CPU-heavy checks gain little; threads help when waiting on input and output. Processes (multiprocessing) or a data tool that parallelises may be better.",
          "**Verify:** compare against the single-threaded result on a fixed sample; a test that runs many times would expose the flakiness.",
        ],
      ),
      followUps: [
        "The checks call a remote validation API for each row. Does that change your view on threads?",
        "The job moves to a cluster of ten machines. How would you count bad rows across them?",
        "How would you explain to a non-technical stakeholder why the numbers were wrong last month?",
      ],
      pitfalls: [
        "Saying 'threads are unsafe' without explaining the read-add-write interleaving.",
        "Adding a lock around the whole loop, which makes the threads pointless.",
      ],
    },
    learn: {
      explainer:
        "Threads let one program do several things at once, but when they change the same data, their steps can interleave and overwrite each other, a race condition. The safest design gives each worker its own data and combines results at the end. In standard Python, threads mostly help with waiting (on networks or disks), not with heavy computation.",
      terms: [
        ["Thread", "One line of execution inside a program; several can run at once."],
        ["Lock", "A mechanism that lets only one thread at a time run a piece of code."],
        ["GIL", "Python's global interpreter lock, which lets one thread run Python code at a time."],
      ],
      resources: [R.fluentPython, R.ddia, R.pythonCourse],
    },
  },
];
