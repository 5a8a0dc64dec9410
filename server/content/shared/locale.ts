/** The reader's language for texts editors write in two languages, with the fallback rule. */
import { registerEnumType } from 'type-graphql'
import type { LocalizedText } from '../../catalogue/versionedWrite.ts'

export enum Locale {
  ZH = 'zh',
  EN = 'en',
}

registerEnumType(Locale, {
  name: 'Locale',
  description: '内容语言。Content language.',
  valuesConfig: {
    ZH: { description: '中文（默认）。Chinese (default).' },
    EN: { description: '英文；缺少时回退中文。English, falling back to Chinese.' },
  },
})

/** The text in the asked language; English falls back to Chinese (Chinese is always written first). */
export function pick(text: LocalizedText | undefined, locale: Locale): string | null {
  return (locale === Locale.EN ? (text?.en ?? text?.zh) : (text?.zh ?? text?.en)) ?? null
}
