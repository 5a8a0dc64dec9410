/**
 * Preloaded with `node --import` before the hub (npm start, the Dockerfile,
 * npm run dev), because instrumentations must be in place before graphql and
 * mongodb are first loaded. Tracing is off unless OTEL_EXPORTER_OTLP_ENDPOINT
 * is set, and then this file does nothing else: none of the OpenTelemetry
 * packages is loaded, so tracing costs nothing when off.
 */
if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) {
  const { startTracing } = await import('./startTracing.ts')
  startTracing()
}

// A module, so the top-level await above is allowed.
export {}
