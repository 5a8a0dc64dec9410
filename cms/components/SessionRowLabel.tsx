'use client'
/**
 * The label of a lecture series' session row: its number, day, hours and
 * venue ("第 03 场 · 12月1日 周一 14:30–16:00 · 拱宸桥文化家园"), so an
 * editor finds a session among sixty without opening any. Venue names come
 * from the page's shared registry cache, all rows in one request.
 */
import { useConfig, useRowLabel, useTranslation } from '@payloadcms/ui'
import { clockOf, dayOf } from './shanghaiTime.ts'
import { useRegistryLabels } from './registryLabels.ts'

interface SessionRow {
  title?: string | null
  startsAt?: string | null
  endsAt?: string | null
  venue?: string | null
  status?: string | null
}

const WORDS = {
  zh: {
    session: (number: string) => `第 ${number} 场`,
    noTime: '未定时间',
    cancelled: '已取消',
    loading: '…',
    missing: '登记中没有该场地',
  },
  en: {
    session: (number: string) => `Session ${number}`,
    noTime: 'no time yet',
    cancelled: 'cancelled',
    loading: '…',
    missing: 'venue not in the registry',
  },
}

export function SessionRowLabel() {
  const { data, rowNumber } = useRowLabel<SessionRow>()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const language = i18n.language === 'en' ? 'en' : 'zh'
  const words = WORDS[language]
  const venueIds = data?.venue ? [data.venue] : []
  const labelOf = useRegistryLabels(`${config.serverURL ?? ''}${config.routes.api}/registry-search`, 'venues', venueIds)

  const number = String((rowNumber ?? 0) + 1).padStart(2, '0')
  const day = dayOf(data?.startsAt, language)
  const hours = day ? `${clockOf(data?.startsAt, language)}–${clockOf(data?.endsAt, language)}` : ''
  const venue = data?.venue ? labelOf(data.venue) : null
  const venueName = !venue
    ? ''
    : venue.state === 'found'
      ? venue.choice.label
      : venue.state === 'missing'
        ? words.missing
        : venue.state === 'loading'
          ? words.loading
          : data!.venue!
  const parts = [words.session(number), day ? `${day} ${hours}` : words.noTime, venueName, data?.title ?? ''].filter(
    Boolean,
  )
  return (
    <span className="row-label session-row-label" style={{ pointerEvents: 'none' }}>
      {parts.join(' · ')}
      {data?.status === 'cancelled' ? `（${words.cancelled}）` : ''}
    </span>
  )
}
