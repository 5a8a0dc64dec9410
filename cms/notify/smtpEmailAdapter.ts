/**
 * Payload's email adapter over SMTP with nodemailer. Payload's own
 * @payloadcms/email-nodemailer is published up to 3.90.1, and Payload 3.90.2
 * refuses to start beside a plugin of another version, so the project keeps
 * this small adapter of the same shape instead.
 */
import type { EmailAdapter, SendEmailOptions } from 'payload'
import nodemailer from 'nodemailer'
import { limits } from '../../server/config/limits.ts'
import type { SmtpSettings } from '../../server/config/env.ts'

export function smtpEmailAdapter(settings: SmtpSettings): EmailAdapter {
  return () => {
    const transport = nodemailer.createTransport({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      auth: settings.user ? { user: settings.user, pass: settings.pass } : undefined,
      connectionTimeout: limits.notifications.smtpTimeoutMs,
      greetingTimeout: limits.notifications.smtpTimeoutMs,
      socketTimeout: limits.notifications.smtpTimeoutMs,
      // A capture on localhost has no certificate for STARTTLS; a real server is told by SMTP_SECURE.
      ignoreTLS: !settings.secure && ['127.0.0.1', 'localhost'].includes(settings.host),
    })
    return {
      name: 'smtp',
      defaultFromAddress: settings.from,
      defaultFromName: settings.fromName,
      sendEmail: (message: SendEmailOptions) =>
        transport.sendMail({ from: { name: settings.fromName, address: settings.from }, ...message }),
    }
  }
}
