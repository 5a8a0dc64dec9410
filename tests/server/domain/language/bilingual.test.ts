/** Reading a bilingual refusal in the reader's language, and naming array rows as the admin counts them. */
import { describe, expect, it } from '@jest/globals'
import { inLanguage, rowNumber, splitBilingual } from '../../../../server/domain/language/bilingual.ts'
import { sessionRow } from '../../../../server/domain/scheduling/sessionChecks.ts'

describe('splitBilingual', () => {
  it.each([
    [
      '审核中的内容不能送审。Only a draft can be sent to review.',
      { zh: '审核中的内容不能送审。', en: 'Only a draft can be sent to review.' },
    ],
    // A name in quotes in both halves, and times and amounts with ASCII punctuation.
    ['场地“甲厅”已关闭。The venue "甲厅" is closed.', { zh: '场地“甲厅”已关闭。', en: 'The venue "甲厅" is closed.' }],
    [
      "超出征集预算：预算 ¥10,000，本次 ¥12,000。Over the call's budget: budget ¥10,000, this purchase ¥12,000.",
      {
        zh: '超出征集预算：预算 ¥10,000，本次 ¥12,000。',
        en: "Over the call's budget: budget ¥10,000, this purchase ¥12,000.",
      },
    ],
    ['未知的审核操作：skip。Unknown review action.', { zh: '未知的审核操作：skip。', en: 'Unknown review action.' }],
  ])('%s', (message, halves) => {
    expect(splitBilingual(message)).toEqual(halves)
  })

  it('is null for a message in one language', () => {
    expect(splitBilingual('Something went wrong.')).toBeNull()
    expect(splitBilingual('出错了。')).toBeNull()
  })
})

describe('inLanguage', () => {
  const message = "人数 55 超过场地“报告厅”的容量 40。Capacity 55 exceeds the venue's 40."
  it('keeps Chinese first for the Chinese admin, and puts the English first for the English one', () => {
    expect(inLanguage(message, 'zh')).toBe(message)
    expect(inLanguage(message, 'en')).toBe("Capacity 55 exceeds the venue's 40. 人数 55 超过场地“报告厅”的容量 40。")
  })
  it('names the row in each language', () => {
    const row = sessionRow('sessions.2')
    expect(row).toEqual({ zh: '第 03 场', en: 'Session 03' })
    expect(inLanguage(message, 'zh', row)).toBe(
      "第 03 场：人数 55 超过场地“报告厅”的容量 40。Session 03 - Capacity 55 exceeds the venue's 40.",
    )
    expect(inLanguage('Plain.', 'zh', row)).toBe('第 03 场 / Session 03：Plain.')
  })
  it('counts rows from 01', () => {
    expect([0, 9, 59].map(rowNumber)).toEqual(['01', '10', '60'])
  })
})
