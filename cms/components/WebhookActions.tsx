'use client'
/**
 * The admin's webhook buttons: on a subscriber, show its secret once or
 * rotate it (the answer is held only in this component's state, so leaving
 * the page forgets it) and redeliver all failed events; on a dead letter,
 * redeliver it.
 */
import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

const MESSAGES = {
  zh: {
    unsaved: '保存后即生成密钥。The secret is generated when you save.',
    reveal: '显示密钥（仅一次）',
    rotate: '轮换密钥',
    confirmRotate: '轮换后旧密钥立即失效，确定吗？',
    copy: '请立即复制保存，此密钥不会再次显示：',
    redeliverAll: '重新投递全部失败事件',
    redeliverOne: '重新投递',
    queued: (count: number) => `已排队重新投递 ${count} 个事件，结果见“Webhook 投递失败”。`,
    failed: '操作失败：',
  },
  en: {
    unsaved: 'The secret is generated when you save.',
    reveal: 'Show the secret (once)',
    rotate: 'Rotate the secret',
    confirmRotate: 'The old secret stops working at once. Rotate?',
    copy: 'Copy it now; it will not be shown again:',
    redeliverAll: 'Redeliver all failed events',
    redeliverOne: 'Redeliver',
    queued: (count: number) =>
      `${count} event(s) queued for redelivery; see "Failed webhook deliveries" for the outcome.`,
    failed: 'Failed: ',
  },
}

function useWebhookCall() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const messages = i18n.language === 'en' ? MESSAGES.en : MESSAGES.zh
  const [note, setNote] = useState<string | null>(null)
  const call = async (path: string): Promise<Record<string, unknown> | null> => {
    const response = await fetch(`${config.serverURL ?? ''}${config.routes.api}${path}`, {
      method: 'POST',
      credentials: 'include',
    })
    const body = (await response.json().catch(() => ({}))) as { errors?: { message: string }[] } & Record<
      string,
      unknown
    >
    if (!response.ok) {
      setNote(messages.failed + (body.errors?.[0]?.message ?? `HTTP ${response.status}`))
      return null
    }
    return body
  }
  return { messages, note, setNote, call }
}

export function SubscriberSecret() {
  const { id } = useDocumentInfo()
  const { messages, note, setNote, call } = useWebhookCall()
  const [secret, setSecret] = useState<string | null>(null)
  if (!id) return <p>{messages.unsaved}</p>
  const show = async (action: 'reveal-secret' | 'rotate-secret') => {
    if (action === 'rotate-secret' && !window.confirm(messages.confirmRotate)) return
    setNote(null)
    const body = await call(`/webhook-subscribers/${id}/${action}`)
    if (body && typeof body.secret === 'string') setSecret(body.secret)
  }
  const redeliverAll = async () => {
    const body = await call(`/webhook-subscribers/${id}/redeliver-failed`)
    if (body) setNote(messages.queued(Number(body.queued ?? 0)))
  }
  return (
    <div className="webhook-actions">
      {secret ? (
        <p>
          {messages.copy} <code>{secret}</code>
        </p>
      ) : null}
      <Button buttonStyle="secondary" size="small" onClick={() => show('reveal-secret')}>
        {messages.reveal}
      </Button>
      <Button buttonStyle="secondary" size="small" onClick={() => show('rotate-secret')}>
        {messages.rotate}
      </Button>
      <Button buttonStyle="secondary" size="small" onClick={redeliverAll}>
        {messages.redeliverAll}
      </Button>
      {note ? <p>{note}</p> : null}
    </div>
  )
}

export function RedeliverOne() {
  const { id } = useDocumentInfo()
  const { messages, note, setNote, call } = useWebhookCall()
  if (!id) return null
  const redeliver = async () => {
    const body = await call(`/webhook-dead-letters/${id}/redeliver`)
    if (body) setNote(messages.queued(Number(body.queued ?? 0)))
  }
  return (
    <div className="webhook-actions">
      <Button buttonStyle="secondary" size="small" onClick={redeliver}>
        {messages.redeliverOne}
      </Button>
      {note ? <p>{note}</p> : null}
    </div>
  )
}
