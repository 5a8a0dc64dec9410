/**
 * Turns a text file's bytes into text whatever Excel saved it as. "CSV" on
 * Chinese Windows is GBK (read here as GB18030, its superset), "Unicode
 * text" is UTF-16 with a byte-order mark, "CSV UTF-8" is UTF-8 with one.
 * Valid UTF-8 is taken as UTF-8, anything else as GB18030: a Chinese text of
 * any length in GBK is almost never valid UTF-8, and a guess from letter
 * statistics is often wrong on a short file. The clerk is told whenever the
 * file was not read as UTF-8, and can force an encoding.
 */
import iconv from 'iconv-lite'
import { ImportFileError, ImportUsageError } from './importErrors.ts'

export interface DecodedText {
  text: string
  /** The encoding the text was read as, as a person writes it ("UTF-8", "GB18030"). */
  encoding: string
  /** One bilingual sentence when the file was not read as UTF-8, else null. */
  notice: string | null
}

const BYTE_ORDER_MARKS: { bytes: number[]; encoding: string; label: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8', label: 'UTF-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le', label: 'UTF-16 LE' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be', label: 'UTF-16 BE' },
]

export function decodeText(bytes: Buffer, forced?: string): DecodedText {
  if (forced) return decodeForced(bytes, forced)

  const marked = BYTE_ORDER_MARKS.find((mark) => mark.bytes.every((byte, index) => bytes[index] === byte))
  if (marked) {
    const text = iconv.decode(bytes, marked.encoding)
    return { text, encoding: marked.label, notice: marked.label === 'UTF-8' ? null : notRead(marked.label) }
  }

  const unmarkedUtf16 = utf16WithoutMark(bytes)
  if (unmarkedUtf16)
    return {
      text: iconv.decode(bytes, unmarkedUtf16.encoding),
      encoding: unmarkedUtf16.label,
      notice: notRead(unmarkedUtf16.label),
    }

  const utf8 = strictUtf8(bytes)
  if (utf8 !== undefined) return { text: utf8, encoding: 'UTF-8', notice: null }

  const text = iconv.decode(bytes, 'gb18030')
  if (text.includes('\uFFFD')) {
    throw new ImportFileError(
      '文件既不是 UTF-8 也不是 GB18030（GBK）编码，请用 --encoding 指定其编码。The file is neither UTF-8 nor GB18030 (GBK); name its encoding with --encoding.',
    )
  }
  return {
    text,
    encoding: 'GB18030',
    notice:
      '文件不是 UTF-8 编码，已按 GB18030（GBK，中文 Windows 上 Excel 的默认编码）读取。The file is not UTF-8; it was read as GB18030 (GBK, Excel’s default on Chinese Windows).',
  }
}

function decodeForced(bytes: Buffer, forced: string): DecodedText {
  if (!iconv.encodingExists(forced)) {
    throw new ImportUsageError(
      `不认识编码“${forced}”，可用 utf-8、gb18030、gbk、utf-16le 等。Unknown encoding "${forced}"; use utf-8, gb18030, gbk, utf-16le or the like.`,
    )
  }
  // iconv-lite drops a byte-order mark of the named encoding by itself.
  const text = iconv.decode(bytes, forced)
  const isUtf8 = /^utf-?8$/i.test(forced)
  return {
    text,
    encoding: forced,
    notice: isUtf8
      ? null
      : `文件按 --encoding 指定的 ${forced} 编码读取，未按 UTF-8。The file was read as ${forced}, as --encoding asks, not as UTF-8.`,
  }
}

function notRead(label: string): string {
  return `文件不是 UTF-8 编码，已按 ${label} 读取。The file is not UTF-8; it was read as ${label}.`
}

function strictUtf8(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

/**
 * UTF-16 saved without a mark still shows itself: a text file has no zero
 * bytes, but in UTF-16 every Latin letter, digit and comma carries one, on
 * the odd side (LE) or the even side (BE).
 */
function utf16WithoutMark(bytes: Buffer): { encoding: string; label: string } | undefined {
  const sample = bytes.subarray(0, 4096)
  let evenZeros = 0
  let oddZeros = 0
  for (let index = 0; index < sample.length; index++) {
    if (sample[index] === 0) {
      if (index % 2 === 0) evenZeros++
      else oddZeros++
    }
  }
  const pairs = Math.floor(sample.length / 2)
  if (pairs === 0 || evenZeros + oddZeros < pairs / 4) return undefined
  return oddZeros > evenZeros
    ? { encoding: 'utf-16le', label: 'UTF-16 LE' }
    : { encoding: 'utf-16be', label: 'UTF-16 BE' }
}
