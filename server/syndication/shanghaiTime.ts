/**
 * The district's clock: every date a platform, a phone or the credit bank
 * reads from the hub is written in Asia/Shanghai time, with its offset.
 */
import { DateTime } from 'luxon'

export const TIME_ZONE = 'Asia/Shanghai'

export const inShanghai = (date: Date): DateTime => DateTime.fromJSDate(date, { zone: TIME_ZONE })

/** ISO 8601 with the +08:00 offset, milliseconds only when there are any. */
export const shanghaiIso = (date: Date): string => inShanghai(date).toISO({ suppressMilliseconds: true })!
