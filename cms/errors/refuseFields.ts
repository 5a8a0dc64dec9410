/**
 * How every hook refuses a save: Payload's ValidationError with each problem
 * on its field path, so the admin marks the fields, REST answers 400 with the
 * paths, and nothing of the save is written.
 *
 * Payload's own summary ("下面的字段是无效的：reviewAction") names paths and
 * not reasons, and the admin's toast shows only that summary. So the summary
 * is replaced by the reasons themselves, in the reader's language first, with
 * array rows named as the admin labels them ("第 03 场"), never `sessions.2`.
 */
import { ValidationError, type PayloadRequest } from 'payload'
import { inLanguage, type Bilingual } from '../../server/domain/language/bilingual.ts'

export interface FieldRefusal {
  path: string
  message: string
  /** The array row the problem sits in, as the admin labels it (e.g. 第 03 场 / Session 03). */
  row?: Bilingual
}

/**
 * The admin's toast reads an ASCII colon as "intro: field, field, …" and
 * splits the rest at commas, which would cut a reason like "08:30–12:00, …"
 * into pieces; the ratio sign looks the same and is left whole.
 */
const whole = (text: string) => text.replace(/:/g, '\u2236')

export function refuseFields(req: PayloadRequest, collection: string | undefined, errors: FieldRefusal[]): never {
  const language = req.i18n?.language
  const spoken = errors.map(({ path, message, row }) => ({ path, message: inLanguage(message, language), row }))
  const error = new ValidationError(
    { collection, errors: spoken.map(({ path, message }) => ({ path, message })), req },
    req.t,
  )
  error.message = whole(errors.map(({ message, row }) => inLanguage(message, language, row)).join(' '))
  throw error
}

export function refuseField(req: PayloadRequest, collection: string | undefined, path: string, message: string): never {
  return refuseFields(req, collection, [{ path, message }])
}
