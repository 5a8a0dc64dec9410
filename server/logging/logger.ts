/**
 * The hub's structured log: pino (which Payload already uses), one JSON
 * object a line, on stdout, for whatever collects the containers' output.
 * Anything that could carry a secret is redacted by path as a second line
 * of defence; the request log (server/http/requestLog.ts) never puts one in.
 */
import { pino, type DestinationStream, type Logger } from 'pino'

export type { Logger }

/** `destination`: stdout unless given (tests read the lines). */
export function createLogger(
  role: string,
  level = process.env.LOG_LEVEL || 'info',
  destination?: DestinationStream,
): Logger {
  const options = {
    level,
    base: { service: 'canal-hub', role, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        'authorization',
        'cookie',
        'password',
        'token',
        'apiKey',
        '*.authorization',
        '*.cookie',
        '*.password',
        '*.token',
        '*.apiKey',
      ],
      censor: '[redacted]',
    },
  }
  return destination ? pino(options, destination) : pino(options)
}
