/**
 * Every refusal in the hub is written once, Chinese first and English after
 * ("审核中的内容不能送审。Only a draft can be sent to review."). Editors read
 * it in the admin's language: the Chinese admin shows it as written, the
 * English admin puts the English first. Splitting is pure so the rules stay
 * plain strings that REST and the graph already serve.
 */
export interface Bilingual {
  zh: string
  en: string
}

export type Language = 'zh' | 'en'

// The Chinese half ends at its first full stop (or closing mark) that an English sentence follows.
const BOUNDARY = /[。！？）](?=\s*[A-Z"'(])/

/** The two halves of a bilingual message, or null when it is in one language only. */
export function splitBilingual(message: string): Bilingual | null {
  const text = message.trim()
  const match = BOUNDARY.exec(text)
  if (!match) return null
  const cut = match.index + 1
  return { zh: text.slice(0, cut), en: text.slice(cut).trim() }
}

/** The message as someone reading `language` should see it: their language first, the other alongside. */
export function inLanguage(message: string, language: string | undefined, prefix?: Bilingual): string {
  const halves = splitBilingual(message)
  if (!halves) return prefix ? `${prefix.zh} / ${prefix.en}：${message}` : message
  const zh = prefix ? `${prefix.zh}：${halves.zh}` : halves.zh
  const en = prefix ? `${prefix.en} - ${halves.en}` : halves.en
  return language === 'en' ? `${en} ${zh}` : `${zh}${en}`
}

/** "01", "02", …: array rows are counted from 01, as the admin labels them. */
export const rowNumber = (index: number): string => String(index + 1).padStart(2, '0')
