'use client'
/**
 * A list column holding registry ids (a submission's institution, a
 * purchase's vendor, a course's teachers) shows the records' names: all the
 * rows of a page are named in one request through the shared cache.
 */
import { useConfig, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import type { RegistryKind } from '../registry/registryDb.ts'
import { useRegistryLabels } from './registryLabels.ts'

const idsOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((id): id is string => typeof id === 'string' && id !== '')

const WORDS = {
  zh: { loading: '…', missing: '登记中没有', failed: '查询登记库失败' },
  en: { loading: '…', missing: 'not in the registry', failed: 'could not search the registry' },
}

export function RegistryCell(props: DefaultCellComponentProps & { kind: RegistryKind }) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const words = i18n.language === 'en' ? WORDS.en : WORDS.zh
  const ids = idsOf(props.cellData)
  const labelOf = useRegistryLabels(`${config.serverURL ?? ''}${config.routes.api}/registry-search`, props.kind, ids)
  const names = ids.map((id) => {
    const known = labelOf(id)
    if (known.state === 'found') return known.choice.label
    if (known.state === 'loading') return words.loading
    return `${id}（${known.state === 'missing' ? words.missing : words.failed}）`
  })
  return <span className="registry-cell">{names.join('、')}</span>
}
