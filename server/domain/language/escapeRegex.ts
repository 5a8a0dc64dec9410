/**
 * A reader's text as a literal inside a regular expression: the graph's text
 * filters and the desk's registry search match what was typed, never a
 * pattern someone smuggled in.
 */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
