/**
 * The Node flags every hub process starts with, in one place so the dev
 * launcher, `npm start` and the start-up check cannot drift apart.
 *
 * `--conditions=<mode>` makes Node resolve lexical's plain dev or prod build
 * instead of its entry file with a top-level `await import()`, which Node 20
 * often leaves unsettled (exit 13). See server/cli/run.mjs.
 *
 * A process that serves the graph (role `graph`, or `all`) gets a young
 * generation of 64 MiB semi-spaces instead of V8's 16 MiB. Every request
 * allocates its answer and dies young, and the process also holds Payload
 * (for sign-ins) and the read model: with 16 MiB the hub scavenged every 60-100
 * ms under the bench's load (43 scavenges in 1,000 series pages, 413-798 ms of
 * pauses, the longest 100-240 ms on this shared two-core machine) and promoted
 * the answers in flight into the old generation; with 64 MiB, 11-12 scavenges
 * and 117-224 ms (`--trace-gc` of the bench's hub process, scale 10). The
 * price is up to about 100 MiB more resident memory at the peak of the young
 * generation, only when it is used.
 */
const GRAPH_FLAGS = ['--max-semi-space-size=64']

/** @param {'development' | 'production'} mode @param {'graph' | 'admin' | 'jobs' | 'all'} [role] */
export function nodeFlags(mode, role = 'all') {
  return [`--conditions=${mode}`, ...(role === 'graph' || role === 'all' ? GRAPH_FLAGS : [])]
}
