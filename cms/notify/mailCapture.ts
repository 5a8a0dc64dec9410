/**
 * A local SMTP server that keeps what it receives: `npm run dev` sends its
 * notification emails here when no SMTP_HOST is set (and writes each one to
 * .data/mail/ so a developer can open it), and tests read the real messages
 * the CMS sent, parsed as a mail client would.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface CapturedMail {
  to: string[]
  subject: string
  text: string
  raw: string
}

export interface MailCapture {
  host: string
  port: number
  /** Every message received so far, oldest first. */
  messages: CapturedMail[]
  /** Resolves with the first message (past or future) that matches, or fails after `timeoutMs`. */
  waitFor(match: (mail: CapturedMail) => boolean, timeoutMs?: number): Promise<CapturedMail>
  stop(): Promise<void>
}

const addresses = (parsed: ParsedMail): string[] => {
  const to = parsed.to === undefined ? [] : Array.isArray(parsed.to) ? parsed.to : [parsed.to]
  return to.flatMap((group) => group.value.map((entry) => entry.address ?? '')).filter(Boolean)
}

export async function startMailCapture(
  options: { port?: number; saveTo?: string; onMail?: (mail: CapturedMail) => void } = {},
): Promise<MailCapture> {
  const messages: CapturedMail[] = []
  const waiters = new Set<() => void>()
  if (options.saveTo) mkdirSync(options.saveTo, { recursive: true })
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, done) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        simpleParser(raw)
          .then((parsed) => {
            const mail = { to: addresses(parsed), subject: parsed.subject ?? '', text: parsed.text ?? '', raw }
            messages.push(mail)
            if (options.saveTo)
              writeFileSync(
                path.join(options.saveTo, `${new Date().toISOString().replace(/[:.]/g, '-')}-${messages.length}.eml`),
                raw,
              )
            options.onMail?.(mail)
            for (const wake of waiters) wake()
            done()
          })
          .catch((error: Error) => done(error))
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const port = (server.server.address() as AddressInfo).port

  return {
    host: '127.0.0.1',
    port,
    messages,
    waitFor(match, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(match)
          if (!found) return false
          waiters.delete(check)
          clearTimeout(timer)
          resolve(found)
          return true
        }
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(
            new Error(
              `no captured mail matched within ${timeoutMs} ms; received: ${messages.map((mail) => `${mail.to.join(',')} "${mail.subject}"`).join('; ') || 'none'}`,
            ),
          )
        }, timeoutMs)
        if (!check()) waiters.add(check)
      })
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
