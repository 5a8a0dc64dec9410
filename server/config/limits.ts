/**
 * Every limit the hub and the CMS enforce, in one place, so tests import the
 * same numbers the code uses and a change is made once.
 */
export const limits = {
  auth: {
    /** Wrong passwords in a row before an account is locked. */
    maxLoginAttempts: 5,
    /** How long a locked account stays locked. */
    lockTimeMs: 10 * 60 * 1000,
    /** Session token lifetime, in seconds. */
    tokenExpirationSeconds: 8 * 60 * 60,
    /**
     * Failed sign-ins one client address may make in a window before every
     * sign-in from it waits: a person mistyping tries a few times; guessing
     * across many accounts (which the per-account lock never sees) is stopped
     * after ten. Successful sign-ins do not count.
     */
    failedLoginsPerAddress: 10,
    /**
     * Failed sign-ins against one email address in a window, from anywhere.
     * Above the account lock (maxLoginAttempts), so an existing account is
     * locked first and says so; this one slows guessing at addresses that
     * have no account, which nothing locks.
     */
    failedLoginsPerAccount: 10,
    /** The window both counts run over; the wait is what remains of it. */
    failedLoginWindowSeconds: 15 * 60,
  },
  uploads: {
    /** Largest media file accepted, in bytes: a scanned contract or a print-size cover fits. */
    maxFileBytes: 20 * 1024 * 1024,
  },
  collect: {
    /**
     * How long a decision that lost the claim to a simultaneous one waits for
     * the winner to finish before answering: longer than creating a course
     * draft and a purchase, short enough for the editor's click.
     */
    losingDecisionWaitMs: 5_000,
    /** Longest course title a partner may propose: a title, not a paragraph. */
    maxTitleLength: 120,
    /** Longest summary or license terms of a proposal. */
    maxTextLength: 4_000,
    /** Sessions in a proposed plan (as many as a series may hold). */
    maxPlanSessions: 60,
    /** Registry ids of teachers or venues in one proposal. */
    maxProposedIds: 20,
  },
  editorial: {
    /** Sessions in one lecture series: a term of weekly talks is about 20. */
    maxSessionsPerSeries: 60,
    /** Items in one curated collection: a page a learner still reads to the end. */
    maxCollectionItems: 60,
  },
  cmsInput: {
    /**
     * Deepest nesting of a document sent to the CMS (objects and arrays). The
     * deepest real document, a rich text at its deepest inside an array row of
     * a localized field, nests about 30; a hundred thousand levels only ever
     * comes from someone looking for a stack overflow.
     */
    maxJsonDepth: 64,
    /** Deepest rich-text node nesting (a list inside a list inside a quote...): an editor's text nests a handful. */
    maxRichTextDepth: 16,
    /** Deepest `where` a REST query may nest (`and`/`or` inside each other): the admin's filters nest two or three. */
    maxWhereDepth: 8,
    /** Items one REST page may ask for (`limit`; 0 is Payload's "no limit"): the admin's lists show at most 100. */
    maxRestLimit: 1_000,
    /** Highest REST page number: a thousand pages of a thousand is past any collection here. */
    maxRestPage: 1_000_000,
  },
  graphql: {
    /** Deepest selection: the deepest documented operation nests 5 levels. */
    maxDepth: 8,
    /** Aliases in one operation: enough for a dashboard, too few to multiply a query. */
    maxAliases: 10,
    /** Tokens in one document: the largest documented operation has about 200. */
    maxTokens: 2_000,
    /** Directives in one document. */
    maxDirectives: 20,
    /**
     * Estimated cost: one per field, lists multiplied by the items they may
     * return (a connection by its page size). The documented catalogue page
     * at its largest (200 courses with provider, teachers and facets) costs
     * about 6,900; twice that is already a query no page needs.
     */
    maxCost: 10_000,
    /** Assumed size of an unpaginated child list (an institution's children, a street's communities). */
    childListSize: 20,
    /**
     * Cost estimates kept per parsed document, one per value of its scalar
     * variables (a page size, a slug): enough for every slug of the district's
     * catalogue pages to be estimated once, few enough that clients sending
     * ever new values keep at most this many small entries per document.
     */
    costCacheEntriesPerDocument: 512,
    /**
     * Longest key (the operation's scalar variables as JSON) an estimate is
     * kept under: a page size or a slug is a few dozen characters; a request
     * with long text in a variable is estimated anew instead of filling the
     * cache with it (512 keys of a 4 MiB body would be 2 GiB).
     */
    costCacheKeyMaxChars: 1_024,
  },
  http: {
    /** Largest request body the hub reads (a push of 1,000 venues fits). */
    maxBodyBytes: 4 * 1024 * 1024,
    /** How long a CDN may keep an anonymous answer built only from public data. */
    publicMaxAgeSeconds: 60,
    /**
     * Retry-After on a database time-out (503): a query that ran out its time
     * met a busy database; a few seconds lets a burst drain before the retry.
     */
    timeoutRetryAfterSeconds: 5,
  },
  production: {
    /** Shortest PAYLOAD_SECRET `npm start` accepts in production: 32 random bytes' worth of hex is 64, a passphrase 32 is the floor. */
    minSecretLength: 32,
    /**
     * How long a stopping process waits for the requests it already took
     * (answering new ones 503) before it closes what is left: longer than the
     * slowest legitimate request (database time-out, 5 s), shorter than an
     * orchestrator's usual 30 s kill grace.
     */
    drainTimeoutMs: 20_000,
    /** How often a jobs process looks for due jobs: a scheduled publish goes out within this. */
    jobsIntervalMs: 10_000,
    /** Due jobs one jobs process takes per look. */
    jobsPerRun: 20,
    /**
     * A jobs process whose runner has not moved (read the queue, finished a
     * job) for this many intervals is not ready: its reads are failing or a
     * job hangs, and scheduled publishes would go out late. Three intervals
     * (30 s) outlast the longest single job, a webhook delivery (20 s).
     */
    jobsStaleRounds: 3,
  },
  rateLimit: {
    /**
     * GraphQL requests one client (API key, else address) may send per window
     * to the graph: a busy page sends a few a second; a scraper or a broken
     * loop is held at ten a second on average. Across replicas when REDIS_URL is set.
     */
    graphRequestsPerWindow: 600,
    graphWindowSeconds: 60,
  },
  logging: {
    /** A request slower than this is logged at warn instead of info (override: HUB_SLOW_REQUEST_MS). */
    slowRequestMs: 1_000,
  },
  pagination: {
    /** Items on a page when the client does not say. */
    defaultPageSize: 20,
    /** Most items on one page: a full catalogue page or a calendar month in one request, and no more. */
    maxPageSize: 200,
  },
  loaders: {
    /** Keys in one DataLoader batch (one `$in` query). */
    maxBatchSize: 500,
  },
  text: {
    /** Longest text filter accepted. */
    maxSearchLength: 50,
  },
  catalogue: {
    /**
     * Items a reverse list shows at most (a teacher's courses, a street's
     * venues, a course's collections): the size the cost estimate assumes for
     * an unpaginated child list, so the estimate stays true.
     */
    reverseListSize: 20,
    /** Upcoming sessions listed under a teacher, venue or street: the nearest ones. */
    upcomingSessions: 20,
    /**
     * Rows one reverse-edge loader batch reads at most, so a page of parents
     * with very many children cannot make one unbounded query.
     */
    maxLoaderRows: 5_000,
    /** The calendar (`sessions`) spans this many days when no end is given. */
    calendarDefaultDays: 31,
    /** Longest calendar range in one query: a quarter. */
    calendarMaxDays: 92,
    /** Shortest and longest text `search` accepts (one Chinese character is a useful query). */
    searchMinLength: 1,
    searchMaxLength: 30,
    /** Hits per kind (courses, series, teachers, venues) in one `search`. */
    searchHitsPerKind: 10,
  },
  registrySearch: {
    /** Choices the admin's registry picker shows for one search: type more to narrow. */
    maxResults: 20,
    /** Longest search text; a name is a few characters. */
    maxQueryLength: 50,
    /** Chosen ids labelled in one request: more than any document names. */
    maxIds: 100,
  },
  registry: {
    /** Records in one push (mutation call or import chunk). */
    maxPushBatch: 1_000,
    /** Ids in one `$in` query: a whole push batch, since the embedded FerretDB scans the collection once per query. */
    maxInQuery: 1_000,
    /** How far up the network tree a parent chain is followed. */
    maxTreeDepth: 12,
  },
  changes: {
    /**
     * Commits the change log keeps. A replica or platform further behind
     * rebuilds from scratch; at a few hundred commits a day this is weeks.
     */
    retainedCommits: 20_000,
    /** Prune once every this many commits, so pruning costs nothing per write. */
    pruneEvery: 500,
    /** Commit numbers a writer tries before giving up: only as many writers as write at once. */
    maxClaimAttempts: 1_000,
    /**
     * Commits a reader fetches one lookup each; more are read in one range
     * read. A lookup by key is the cheap read on FerretDB (25 ms among 5,000
     * commits), a range read decodes the whole log once.
     */
    maxCommitLookups: 8,
  },
  syndication: {
    /** Events on a feed page when the platform does not say: a page of 100 is about 30 KiB with its entities. */
    feedDefaultPage: 100,
    /** Most events on one feed page: the same bound as any page of the graph. */
    feedMaxPage: 200,
    /**
     * Commits one feed page reads at most. A platform that follows only
     * courses may sit behind thousands of registry commits; it gets a page
     * with fewer events (or none) and a cursor past what was read, instead of
     * one request reading the whole log.
     */
    feedMaxCommitsScanned: 2_000,
    /** Commits read from the database at once while filling a page: one `{_id}` lookup each, in parallel. */
    feedReadBatch: 25,
    /**
     * Commits kept in memory by the feed's reader. A commit never changes once
     * written, so pages platforms ask again (every platform reads the same
     * latest commits) cost no database read.
     */
    cachedCommits: 5_000,
    /** A calendar holds sessions from this many days back: phones keep the recent past, cancelled ones included. */
    calendarPastDays: 31,
    /** ...and this many days ahead: a series is planned a term (about four months) ahead. */
    calendarFutureDays: 183,
    /** Sessions in one calendar at most, the earliest first: the whole district over that window is a few hundred. */
    calendarMaxEvents: 5_000,
    /**
     * How long a client or CDN may keep a calendar or a JSON-LD document before
     * asking again (and then it costs a 304 when nothing changed).
     */
    feedMaxAgeSeconds: 300,
    /** Longest period one credit-bank export covers: a year, as the credit bank records by year. */
    creditBankMaxDays: 366,
    /**
     * Records one credit-bank export holds at most: the district's year is a
     * few hundred; past this the period is too wide to be a real request.
     */
    creditBankMaxRecords: 50_000,
    /** Records joined to their provider, teachers, series and venue at a time (one loader batch each). */
    creditBankChunk: 200,
  },
  webhooks: {
    /**
     * Tries of one event before it is dead-lettered: with the backoff below
     * the last try comes about an hour after the first, long enough for a
     * platform's night-time maintenance, short enough that editors hear of it
     * the same day.
     */
    maxAttempts: 8,
    /** First retry delay; each further one doubles it (with jitter), 30 s, 1 min, 2 min ... */
    retryBaseMs: 30_000,
    /** Longest wait between two tries, however many came before. */
    retryMaxMs: 30 * 60_000,
    /** Longest one delivery may take (connecting, sending, the receiver's answer) before it counts as failed. */
    requestTimeoutMs: 10_000,
    /** Bytes of a receiver's answer read (and kept for the last error); the rest is dropped. */
    maxResponseBytes: 2_048,
    /**
     * Longest one delivery job works for one subscriber before it hands over
     * to the next job, so one job never holds a lease for long and the queue
     * sees progress.
     */
    maxJobMs: 20_000,
    /** Events one delivery job handles at most before it hands over. */
    maxEventsPerJob: 500,
    /** How long a job's claim on a subscriber lasts: a job and one more request, with room. */
    leaseMs: 60_000,
    /**
     * How often a job writes its subscriber's place while deliveries succeed
     * (and always before it waits or stops): after a crash at most this
     * much is delivered again, which receivers deduplicate anyway, and a
     * backlog does not cost one database write per event.
     */
    progressEveryMs: 500,
    /** Dead letters one "redeliver all" takes at once. */
    maxRedeliverAll: 1_000,
    /** Random share added to or taken from each retry delay, so many subscribers failing together do not retry together. */
    retryJitter: 0.25,
  },
  readModel: {
    /** How often a hub asks the change log for news: the freshness bound across replicas. */
    pollIntervalMs: 200,
    /**
     * Commits a replica replays one by one; further behind, reloading every
     * collection costs less than reading each commit.
     */
    maxReplayCommits: 200,
    /**
     * Changed entities of one collection fetched one by one in one refresh;
     * more, and the whole collection is read again (one scan on FerretDB).
     */
    maxFetchedPerCollection: 100,
    /**
     * How long a refresh waits for the commit of a write it already sees in a
     * document (a writer appends its commit right after writing), so that a
     * snapshot is one moment of the log. Past this it takes the newer document.
     */
    settleMs: 2_000,
    /**
     * Documents held in memory at most. The district is about 900; 100 times
     * that is about 100 MiB of heap. Beyond this the hub reads the database.
     */
    maxDocuments: 250_000,
    /**
     * Longest an answer may rest on a read model that could not reach the
     * change log: past this the hub refuses (503) rather than risk serving
     * something withdrawn since.
     */
    maxStalenessMs: 30_000,
  },
  database: {
    /** Longest a single hub query may run on the database. */
    maxTimeMS: 5_000,
    /**
     * Update operations sent in one command. FerretDB 1.24 stalls on an update
     * command of about 100 statements or more (80 run in 0.25 s, 100 never
     * return), so writes are sent in chunks well under that.
     */
    maxUpdatesPerCommand: 50,
    /**
     * Documents in a find's first reply. Large enough that a page or a loader
     * batch comes back in one round trip (the default is 101, FerretDB's 100).
     */
    findBatchSize: 10_000,
    /** How long the launcher waits for the database to answer a ping. */
    readyTimeoutMs: 60_000,
  },
  desk: {
    /** Licenses ending within this many days are shown on the dashboard. */
    licenseWarningDays: 30,
    /** Items named in each "waits for me" list (the count says how many more). */
    listed: 5,
    /** Documents of one collection the dashboard reads to count states (the district holds a few hundred). */
    scanned: 2_000,
    /** Steps of the activity log shown as recent activity. */
    recentActivity: 10,
  },
  notifications: {
    /**
     * A notice is sent only once its save is in the database: on a replica set
     * the save's transaction commits after the hooks run, so the sender looks
     * for it every `commitPollMs`, this many times, and drops the notice of a
     * save that never appears (rolled back).
     */
    commitPolls: 50,
    commitPollMs: 100,
    /** An SMTP server that does not answer within this is a failed send, logged and shown on the notice. */
    smtpTimeoutMs: 15_000,
    /** Most recipients of one event (every editor of the district office fits). */
    maxRecipients: 200,
  },
} as const
