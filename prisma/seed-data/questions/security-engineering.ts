import { R } from "./learn-resources";
import { strong, type SeedQuestion } from "./seed-question";

/**
 * Security engineering as a TPM needs it: how common attacks work, how systems
 * defend against them, and how to run the programs that close the gaps.
 */
export const SECURITY_ENGINEERING_QUESTIONS: SeedQuestion[] = [
  {
    slug: "sec-storing-passwords",
    type: "technical-depth",
    title: "How should an app store its users' passwords?",
    prompt:
      "Your team is building sign-up for a new consumer app, and an engineer's design stores passwords encrypted in the database so support can read them back to users who forget. Security objects. Explain what's wrong with that design, how passwords should be stored, and what happens if the database is stolen either way.",
    difficulty: "EASY",
    tags: ["security", "passwords", "hashing"],
    companies: ["Google", "Microsoft", "Meta"],
    competencies: ["fundamentals", "communication-clarity"],
    guide: {
      strongAnswer: strong(
        "A strong answer explains that passwords should never be recoverable: store a slow, salted hash so that even the company can't read them, and reset rather than reveal forgotten passwords.",
        [
          "**Problem:** anything encrypted can be decrypted with the key; if the database and key are stolen, every password is exposed, and users reuse passwords elsewhere.",
          "**Hashing:** a one-way function; at login, hash what the user types and compare.",
          "**Salt:** a random value per user mixed in, so identical passwords give different hashes and precomputed tables don't work.",
          "**Slow hashing:** algorithms designed to be slow (bcrypt, scrypt, Argon2) make guessing billions of passwords expensive.",
          "**Support:** password reset via a time-limited link, never reading passwords out; and offer two-factor authentication or passkeys.",
        ],
      ),
      followUps: [
        "An old system stores passwords with a fast, unsalted hash. How would you migrate users without forcing everyone to reset?",
        "The database is stolen. What do you tell users, even with good hashing?",
        "Product wants 'magic link' email login instead of passwords. What are the trade-offs?",
      ],
      pitfalls: ["Saying 'encrypt the passwords'.", "Not knowing why a salt or a slow algorithm matters."],
    },
    learn: {
      explainer:
        "Good systems never store passwords in a form that can be read back. They store a hash, the output of a one-way function, plus a random salt, using an algorithm deliberately slow to compute. At login the typed password is hashed the same way and compared. If the database is stolen, attackers must guess each password one slow attempt at a time.",
      terms: [
        ["Hash", "A one-way fingerprint of data; you can't get the original back from it."],
        ["Salt", "A random value added before hashing so equal passwords give different hashes."],
        ["Two-factor authentication", "Requiring something besides the password, such as a code from a phone."],
      ],
      resources: [R.securityEngineering, R.owaspTop10],
    },
  },
  {
    slug: "sec-change-the-number-in-the-url",
    type: "technical-depth",
    title: "Change one number in the address bar, see someone else's invoice",
    prompt:
      "A customer reports that by changing the number at the end of the invoice page's address, from /invoices/10452 to /invoices/10453, they can see another company's invoice. They're logged in, and the page does check that. Explain what kind of bug this is, why logging in doesn't prevent it, and how you'd lead the response and the fix.",
    difficulty: "MEDIUM",
    tags: ["security", "authorization", "idor", "access-control"],
    companies: ["Stripe", "Shopify", "Salesforce"],
    competencies: ["fundamentals", "debugging-reasoning", "communication-clarity"],
    guide: {
      strongAnswer: strong(
        "A strong answer separates authentication (who you are) from authorisation (what you may see), names the bug as broken access control, and covers both the urgent response and a fix that prevents the whole class.",
        [
          "**The bug:** the page checks the user is logged in but not that the invoice belongs to their company; guessable numbers make it easy to exploit.",
          "**Urgent:** fix the check (scope the lookup by the user's company), review logs for other accounts' invoices being viewed, treat it as a security incident with legal if data was exposed.",
          "**Class fix:** authorisation built into every data query (look up invoices 'where company = the user's'), not added page by page; tests that try other users' IDs; a review of similar endpoints.",
          "**Extra layer:** non-guessable IDs make discovery harder but are not a substitute for the check.",
        ],
      ),
      followUps: [
        "Logs show a competitor's account viewed 3,000 invoices. What now?",
        "The same pattern may exist in 200 API endpoints. How would you find and fix them?",
        "An engineer says random IDs would fix it. Do you agree?",
      ],
      pitfalls: ["Confusing authentication with authorisation.", "Fixing only the invoice page."],
    },
    learn: {
      explainer:
        "Authentication answers 'who are you?' (logging in); authorisation answers 'are you allowed to see or do this?'. Many serious breaches come from systems that check the first and forget the second for a particular record, letting any logged-in user reach others' data by changing an ID. The durable fix is to scope every data lookup by who is asking.",
      terms: [
        ["Authentication", "Verifying who a user is."],
        ["Authorisation", "Deciding what a user is allowed to access or do."],
        ["IDOR", "Insecure direct object reference: reaching others' records by changing an ID."],
      ],
      resources: [R.owaspTop10, R.securityEngineering, R.threatModeling],
    },
  },
  {
    slug: "sec-key-pushed-to-public-repo",
    type: "technical-depth",
    title: "A cloud access key was pushed to a public repository",
    prompt:
      "An engineer accidentally pushed a cloud access key with broad permissions to a public code repository. They deleted the file twenty minutes later and told you. What needs to happen now, in what order, and what would you change so it doesn't happen again?",
    difficulty: "EASY",
    tags: ["security", "secrets", "incident-response"],
    companies: ["GitHub", "Amazon", "Google"],
    competencies: ["fundamentals", "debugging-reasoning", "communication-clarity"],
    guide: {
      strongAnswer: strong(
        "A strong answer knows that deleting the file doesn't help (it's in the history and automated scanners find keys within minutes), so the key must be revoked immediately, its use investigated, and secrets kept out of code in future.",
        [
          "**Now:** revoke or rotate the key first; then check the cloud audit logs for anything it did since it was pushed; look for new resources (often crypto-mining) or data access.",
          "**Clean up:** remove it from history; but assume it's compromised regardless.",
          "**Thank the engineer:** reporting quickly is exactly what you want to encourage.",
          "**Prevent:** secrets in a secrets manager, not in code; pre-commit and repository secret scanning; short-lived credentials; least-privilege permissions so one key can do less.",
        ],
      ),
      followUps: [
        "Audit logs show the key created 40 large servers in another region. What now?",
        "Rotating the key will break three production services that use it. What do you do?",
        "How do you find other secrets already sitting in your code?",
      ],
      pitfalls: ["Believing deleting the file fixes it.", "Investigating before revoking."],
    },
    learn: {
      explainer:
        "Secrets such as passwords and access keys must never be stored in code, because code is copied, shared and sometimes made public, and automated bots scan public repositories for keys within minutes. Once a secret is exposed, the only safe response is to revoke it and check what it was used for. Secrets managers and short-lived credentials reduce the risk.",
      terms: [
        ["Secret", "A password, key or token that grants access."],
        ["Rotation", "Replacing a secret with a new one and disabling the old one."],
        ["Secrets manager", "A secure service that stores secrets and hands them to programs at run time."],
      ],
      resources: [R.securityEngineering, R.owaspTop10],
    },
  },
  {
    slug: "sec-injection-for-executives",
    type: "technical-depth",
    title: "Explain the penetration test's top finding to executives",
    prompt:
      "An external penetration test found that the search box on your customer portal is vulnerable to SQL injection, rated critical. You're presenting the results to the leadership team, none of them engineers. Explain what SQL injection is, why it's rated critical, how it gets fixed properly, and what you're asking them for.",
    difficulty: "EASY",
    tags: ["security", "sql-injection", "communication", "penetration-testing"],
    companies: ["Microsoft", "Oracle", "IBM"],
    competencies: ["communication-clarity", "fundamentals"],
    guide: {
      strongAnswer: strong(
        "A strong answer uses a plain analogy, connects the technical risk to business impact, explains the proper fix (not a filter), and makes a clear ask.",
        [
          "**Plain explanation:** the search box's text is pasted straight into a database command, so an attacker can type a command instead of a search term and the database runs it.",
          "**Why critical:** it can expose or change the whole customer database; well-known and automated attack.",
          "**Proper fix:** parameterised queries keep data and commands separate, so input can never become a command; plus least-privilege database accounts and a scan of other inputs.",
          "**Status:** fixed or mitigated already, with dates for the rest.",
          "**Ask:** time for teams to review all inputs; security testing in the development process; a budget for regular tests.",
        ],
      ),
      followUps: [
        "An executive asks whether anyone has already exploited it. How do you answer?",
        "Engineering proposes blocking suspicious characters in the search box. Is that enough?",
        "How would you make sure the next test doesn't find the same class of problem?",
      ],
      pitfalls: ["Jargon that loses the audience.", "Presenting a character filter as the fix."],
    },
    learn: {
      explainer:
        "SQL injection happens when a program builds a database command by pasting in text a user typed, so a cleverly crafted input becomes part of the command. The fix is parameterised queries, which send the command and the user's data separately, so data can never be run as a command. It's one of the oldest and most damaging web vulnerabilities.",
      terms: [
        ["SQL injection", "Tricking a program into running attacker-supplied database commands."],
        ["Parameterised query", "A database command with placeholders filled in safely with data."],
        ["Penetration test", "An authorised simulated attack to find weaknesses."],
      ],
      resources: [R.owaspTop10, R.securityEngineering, R.sqlCourse],
    },
  },
  {
    slug: "sec-threat-model-share-links",
    type: "technical-depth",
    title: "Threat-model 'anyone with the link can view'",
    prompt:
      "Your document product is adding 'share by link': anyone with the link can view the document without signing in. Product wants it in six weeks. You're asked to run the security review with the team. How would you work out what could go wrong, and which protections would you ask for before launch?",
    difficulty: "MEDIUM",
    tags: ["security", "threat-modeling", "sharing", "privacy"],
    companies: ["Google", "Dropbox", "Microsoft"],
    competencies: ["fundamentals", "communication-clarity", "debugging-reasoning"],
    guide: {
      strongAnswer: strong(
        "A strong answer runs a structured threat model: what we're protecting, who might attack or misuse it, how, and which controls reduce the risk, prioritised for launch versus later.",
        [
          "**Assets and actors:** document contents; owners, recipients, people the link is forwarded to, search engines, attackers guessing links.",
          "**Threats:** links guessed (need long random tokens), forwarded or leaked, indexed by search engines, still valid after the owner changes their mind, used to scrape data.",
          "**Controls:** unguessable tokens, easy revocation and expiry, 'no index' headers, view logs for owners, rate limits, admin policies to disable for enterprise customers, warnings for sensitive content.",
          "**Prioritise:** must-have before launch (token strength, revocation, admin off-switch) versus follow-ups.",
          "**Process:** write it down; revisit when the feature changes.",
        ],
      ),
      followUps: [
        "An enterprise customer says links must never leave their company. What do you offer?",
        "Links start appearing in search results. What went wrong and what do you do?",
        "Product now wants 'anyone with the link can edit'. What changes?",
      ],
      pitfalls: [
        "Listing generic threats without prioritising.",
        "Forgetting revocation and what happens after sharing.",
      ],
    },
    learn: {
      explainer:
        "Threat modelling is a structured way of asking 'what could go wrong?' before building: what are we protecting, who might attack or misuse it, how, and what will we do about each. Frameworks such as STRIDE give a checklist of threat types. Doing it early is cheaper than fixing problems after launch.",
      terms: [
        ["Threat model", "A structured analysis of what could go wrong and how to prevent it."],
        [
          "STRIDE",
          "A checklist of threats: spoofing, tampering, repudiation, information disclosure, denial of service, elevation of privilege.",
        ],
        ["Revocation", "Cancelling access that was granted before."],
      ],
      resources: [R.threatModeling, R.owaspTop10, R.securityEngineering],
    },
  },
  {
    slug: "sec-critical-library-vulnerability",
    type: "technical-depth",
    title: "A critical flaw in a library that's everywhere",
    prompt:
      "A critical vulnerability is announced in a widely used logging library, exploitable remotely, with attacks already seen in the wild. Your company has around 600 services and nobody knows which use the library, directly or through other libraries. The CISO asks you to run the response. How would you organise it?",
    difficulty: "MEDIUM",
    tags: ["security", "vulnerability-management", "dependencies", "sbom"],
    companies: ["Amazon", "Microsoft", "Apple"],
    competencies: ["fundamentals", "debugging-reasoning", "communication-clarity"],
    guide: {
      strongAnswer: strong(
        "A strong answer runs it as an urgent program: find every affected service fast (including indirect use), prioritise by exposure, apply mitigations and patches in waves, track to zero, and then fix the lack of inventory.",
        [
          "**Find:** scan code repositories, build manifests and running systems for the library and its versions, including dependencies of dependencies.",
          "**Prioritise:** internet-facing services and those handling sensitive data first.",
          "**Mitigate and patch:** temporary mitigations (firewall rules, configuration flags) while teams upgrade; a central team helps those stuck.",
          "**Track:** a live dashboard of services by status; daily updates to the CISO; owners for each service.",
          "**Check for compromise:** look for signs of exploitation in logs.",
          "**Afterwards:** a software bill of materials for every service, automated dependency updates and alerts.",
        ],
      ),
      followUps: [
        "A vendor's product you run also contains the library and they haven't patched it. What do you do?",
        "A team says they can't upgrade because it breaks their service. Options?",
        "How would you report progress so leadership knows when you're 'done'?",
      ],
      pitfalls: ["Searching only for direct use of the library.", "No tracking, so the last 5% never gets fixed."],
    },
    learn: {
      explainer:
        "Modern software is built from many open-source libraries, which themselves depend on others. When a serious flaw is found in a popular library, the first challenge is knowing where it's used. A software bill of materials, an inventory of every component in every service, turns a weeks-long hunt into a query.",
      terms: [
        ["Vulnerability", "A flaw that an attacker can use to do something they shouldn't."],
        ["Transitive dependency", "A library your code uses indirectly, through another library."],
        ["SBOM", "Software bill of materials: a list of all components in a piece of software."],
      ],
      resources: [R.securityEngineering, R.owaspTop10, R.sre],
    },
  },
  {
    slug: "sec-sign-in-with-google",
    type: "technical-depth",
    title: "What actually happens when you click 'Sign in with Google'?",
    prompt:
      "Your B2B product is adding 'Sign in with Google' and 'Sign in with Microsoft', and enterprise customers are asking for single sign-on with their own identity providers. A sales lead asks you to explain how this works, why it's safer than passwords, and what 'tokens' are. Explain it so they could answer a customer's questions.",
    difficulty: "MEDIUM",
    tags: ["security", "sso", "oauth", "identity"],
    companies: ["Okta", "Microsoft", "Google"],
    competencies: ["fundamentals", "communication-clarity"],
    guide: {
      strongAnswer: strong(
        "A strong answer explains delegated sign-in: the user proves who they are to a trusted identity provider, which sends our app a signed statement (a token) saying who they are, so our app never sees their password.",
        [
          "**The flow:** our app redirects to Google; the user signs in there (with Google's protections such as two-factor); Google redirects back with a code; our server exchanges it for a signed token identifying the user.",
          "**Tokens:** signed, time-limited statements; our app checks the signature and expiry.",
          "**Why safer:** one fewer password to leak; the identity provider's security (2FA, suspicious-login detection) applies; companies can cut off a leaver's access in one place.",
          "**Enterprise SSO:** same idea with the customer's identity provider (via SAML or OpenID Connect); often plus automatic account creation and removal (SCIM).",
          "**Standards:** OAuth 2.0 for granting access, OpenID Connect for identity on top of it.",
        ],
      ),
      followUps: [
        "A customer asks what happens when an employee leaves. What do you tell them?",
        "Google's sign-in is down. What happens to our users?",
        "A user signed up with a password and now signs in with Google using the same email. What should happen?",
      ],
      pitfalls: ["Saying Google shares the user's password with us.", "Confusing OAuth's access grants with identity."],
    },
    learn: {
      explainer:
        "Single sign-on lets people log in once with a trusted identity provider (Google, Microsoft, or their company's system) instead of creating a password for every app. The provider checks who they are and sends the app a signed, time-limited token. The app never sees the password, and companies can control access centrally.",
      terms: [
        ["Identity provider", "A service that verifies who a user is, such as Google or Okta."],
        ["Token", "A signed, time-limited piece of data proving identity or permission."],
        ["OAuth / OpenID Connect", "Standards for granting access and for signing in via another provider."],
      ],
      resources: [R.securityEngineering, R.apiDesign, R.owaspTop10],
    },
  },
  {
    slug: "sec-replace-the-vpn",
    type: "technical-depth",
    title: "Replace the corporate VPN with per-app access",
    prompt:
      "Your company's 6,000 employees reach internal tools through a VPN: once connected, they can reach almost anything on the internal network. After an incident where a phished laptop was used to browse internal systems, the CISO wants to move to a 'zero trust' model within a year. Explain what that means technically, and how you'd run the program.",
    difficulty: "HARD",
    tags: ["security", "zero-trust", "network", "identity"],
    companies: ["Google", "Microsoft", "Cloudflare"],
    competencies: ["fundamentals", "communication-clarity", "debugging-reasoning"],
    guide: {
      strongAnswer: strong(
        "A strong answer explains that zero trust replaces 'inside the network means trusted' with a check on every request (who the user is, the device's health, the app's policy), and runs the move as a phased migration, app by app.",
        [
          "**Concept:** no implicit trust from network location; each app sits behind an access proxy that verifies identity (SSO with strong 2FA), device posture (managed, patched, encrypted) and per-app policy.",
          "**Why:** a phished laptop can reach only what that user may reach, and only from a healthy device; access is logged per request.",
          "**Program:** inventory of internal apps and who uses them; identity and device management foundations first; migrate apps in waves (web apps first, legacy protocols later); keep the VPN for the remainder, then shrink and retire it.",
          "**People:** pilot groups, clear communication, help desk readiness; contractors and unmanaged devices need a plan.",
          "**Measure:** apps migrated, VPN users remaining, incidents and help-desk tickets.",
        ],
      ),
      followUps: [
        "A legacy factory system can't sit behind the proxy. What do you do?",
        "Engineers need SSH access to servers. How does that fit?",
        "Halfway through, the help desk is overwhelmed. How do you adjust?",
      ],
      pitfalls: ["Treating zero trust as a product to buy rather than a model to adopt.", "A big-bang cutover."],
    },
    learn: {
      explainer:
        "Traditional networks trust anything inside the walls: connect to the VPN and you can reach most systems. Zero trust assumes any device may be compromised, so every request to every app is checked: who the user is, whether their device is healthy, and whether policy allows this access. Moving there is a long migration, usually app by app.",
      terms: [
        ["VPN", "Virtual private network: a secure tunnel into a company's internal network."],
        ["Zero trust", "A security model that checks every request instead of trusting network location."],
        ["Device posture", "The security state of a device, such as whether it's patched and encrypted."],
      ],
      resources: [R.securityEngineering, R.threatModeling, R.networking],
    },
  },
];
