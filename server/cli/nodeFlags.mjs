/**
 * The Node flags every hub process starts with, in one place so the dev
 * launcher, `npm start` and the start-up check cannot drift apart.
 *
 * `--conditions=<mode>` makes Node resolve lexical's plain dev or prod build
 * instead of its entry file with a top-level `await import()`, which Node 20
 * often leaves unsettled (exit 13). See server/cli/run.mjs.
 */
export function nodeFlags(mode) {
  return [`--conditions=${mode}`]
}
