/**
 * How `npm start` flushes the spans the preload (server/logging/tracing.ts)
 * began collecting: both share this module, so a drain can send the last
 * spans before the process exits. A no-op when tracing is off.
 */
let stop: (() => Promise<void>) | undefined

export function keepTracing(shutdown: () => Promise<void>): void {
  stop = shutdown
}

/** Sends the spans still buffered and stops tracing; resolves at once when tracing is off. */
export async function stopTracing(): Promise<void> {
  const shutdown = stop
  stop = undefined
  await shutdown?.()
}
