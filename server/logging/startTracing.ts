/**
 * OpenTelemetry tracing of the hub, loaded only when OTEL_EXPORTER_OTLP_ENDPOINT
 * is set: each HTTP request, the GraphQL operation it carries (parse, validate,
 * execute, by operation name) and the database commands it sends, as one trace,
 * exported over OTLP/HTTP to the endpoint (the standard OTEL_EXPORTER_OTLP_*
 * variables apply). Recorded values stay out: GraphQL variables and the values
 * in database commands are not recorded, so no token or email leaves with a span.
 */
import { context, propagation, trace } from '@opentelemetry/api'
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks'
import { CompositePropagator, W3CBaggagePropagator, W3CTraceContextPropagator } from '@opentelemetry/core'
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http'
import { registerInstrumentations } from '@opentelemetry/instrumentation'
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql'
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http'
import { MongoDBInstrumentation } from '@opentelemetry/instrumentation-mongodb'
import { resourceFromAttributes } from '@opentelemetry/resources'
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace'
import { roleFrom } from '../config/processRoles.ts'
import { keepTracing } from './tracingHandle.ts'

/** Probes are polled every few seconds by the orchestrator; a trace for each would drown the requests. */
const UNTRACED_PATHS = new Set(['/healthz', '/readyz'])

/** The service name of this process: OTEL_SERVICE_NAME, else canal-learning-hub-<role>. */
export function tracingServiceName(argv: string[], env: NodeJS.ProcessEnv): string {
  if (env.OTEL_SERVICE_NAME) return env.OTEL_SERVICE_NAME
  let role: string
  try {
    role = roleFrom(argv, env.HUB_ROLE)
  } catch {
    role = 'all' // start.ts refuses the unknown role with its own message
  }
  return `canal-learning-hub-${role}`
}

export function startTracing(): void {
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable())
  propagation.setGlobalPropagator(
    new CompositePropagator({ propagators: [new W3CTraceContextPropagator(), new W3CBaggagePropagator()] }),
  )
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': tracingServiceName(process.argv.slice(2), process.env) }),
    spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter() })],
  })
  trace.setGlobalTracerProvider(provider)
  registerInstrumentations({
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.has((request.url ?? '').split('?')[0]!),
      }),
      new GraphQLInstrumentation({ mergeItems: true, ignoreTrivialResolveSpans: true, allowValues: false }),
      new MongoDBInstrumentation({ enhancedDatabaseReporting: false }),
    ],
  })
  keepTracing(() => provider.shutdown())
}
