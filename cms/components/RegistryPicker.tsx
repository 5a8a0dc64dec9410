'use client'
/**
 * The admin's input for registry ids: the editor types part of a name and
 * picks a teacher, venue or institution from the registry's list
 * (GET /api/registry-search); the field stores the chosen ids and the editor
 * reads names, never ids.
 */
import {
  FieldDescription,
  FieldLabel,
  ReactSelect,
  useConfig,
  useDebounce,
  useField,
  useTranslation,
  type ReactSelectOption,
} from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'
import { useEffect, useMemo, useState } from 'react'
import type { RegistryKind } from '../registry/registryDb.ts'
import type { RegistrySearchResult } from '../registry/searchRegistry.ts'
import { KeptFieldError } from './KeptRefusal.tsx'
import { rememberChoices, useRegistryLabels } from './registryLabels.ts'

export type RegistryPickerProps = TextFieldClientProps & { kind: RegistryKind; hasMany?: boolean }

/** Long enough that a word typed quickly is one request, short enough to feel live. */
const SEARCH_DELAY_MS = 250
const MORE_OPTION = '\u0000more'

const MESSAGES = {
  zh: {
    placeholder: '输入姓名或名称中的字搜索',
    none: '没有匹配的记录',
    more: '还有更多，请多输入几个字缩小范围',
    missing: '登记中没有',
    failed: '查询登记库失败',
    loading: '正在读取名称…',
  },
  en: {
    placeholder: 'Type part of a name to search',
    none: 'No matching records',
    more: 'More match: type more to narrow the list',
    missing: 'not in the registry',
    failed: 'Could not search the registry',
    loading: 'Loading the name…',
  },
}

function idsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((id): id is string => typeof id === 'string' && id !== '')
  return typeof value === 'string' && value !== '' ? [value] : []
}

export function RegistryPicker(props: RegistryPickerProps) {
  const { field, path: pathFromProps, readOnly, kind } = props
  const hasMany = props.hasMany ?? field.hasMany ?? false
  const { i18n } = useTranslation()
  const messages = i18n.language === 'en' ? MESSAGES.en : MESSAGES.zh
  const { config } = useConfig()
  const searchUrl = `${config.serverURL ?? ''}${config.routes.api}/registry-search`
  const { path, value, setValue, showError, disabled } = useField<string | string[] | null>({
    potentiallyStalePath: pathFromProps,
  })
  const ids = useMemo(() => idsOf(value), [value])

  const [menuOpen, setMenuOpen] = useState(false)
  const [text, setText] = useState('')
  const searchText = useDebounce(text, SEARCH_DELAY_MS)
  const [found, setFound] = useState<RegistrySearchResult | null>(null)
  const [loading, setLoading] = useState(false)
  const [failed, setFailed] = useState(false)

  // The ids the document already holds, named through the page's shared cache.
  const labelOf = useRegistryLabels(searchUrl, kind, ids)

  // Search while the list is open; a newer search cancels the one in flight.
  useEffect(() => {
    if (!menuOpen) return
    const controller = new AbortController()
    setLoading(true)
    fetchChoices(searchUrl, { kind, q: searchText }, controller.signal)
      .then((result) => {
        rememberChoices(kind, result.results)
        setFound(result)
        setFailed(false)
        setLoading(false)
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return
        setFailed(true)
        setLoading(false)
        console.error(error)
      })
    return () => {
      controller.abort()
      setLoading(false)
    }
  }, [searchUrl, kind, searchText, menuOpen])

  // The list shows each record's detail to tell namesakes apart; a chip of a hasMany field has room for the name only.
  const optionOf = (id: string, withDetail: boolean): ReactSelectOption<string> => {
    const known = labelOf(id)
    if (known.state === 'loading') return { value: id, label: messages.loading }
    if (known.state !== 'found')
      return { value: id, label: `${id}（${known.state === 'missing' ? messages.missing : messages.failed}）` }
    const choice = known.choice
    return { value: id, label: withDetail && choice.detail ? `${choice.label} — ${choice.detail}` : choice.label }
  }
  const options: ReactSelectOption<string>[] = (found?.results ?? [])
    .filter((choice) => !ids.includes(choice.id))
    .map((choice) => optionOf(choice.id, true))
  if (found?.more) options.push({ value: MORE_OPTION, label: messages.more, isDisabled: true })

  const onChange = (selected: ReactSelectOption | ReactSelectOption[] | null) => {
    const chosen = (Array.isArray(selected) ? selected : selected ? [selected] : []).map((option) =>
      String(option.value),
    )
    setValue(hasMany ? chosen : (chosen[0] ?? null))
  }

  const selected = ids.map((id) => optionOf(id, !hasMany))
  return (
    <div
      className={['field-type', 'registry-picker', showError && 'error'].filter(Boolean).join(' ')}
      id={`field-${path.replace(/\./g, '__')}`}
    >
      <FieldLabel
        label={field.label}
        localized={field.localized}
        path={path}
        required={field.required}
        htmlFor={`field-input-${path}`}
      />
      <div className="field-type__wrap">
        <KeptFieldError path={path} />
        <ReactSelect
          inputId={`field-input-${path}`}
          disabled={readOnly || disabled}
          isMulti={hasMany}
          isClearable
          isLoading={loading}
          options={options}
          value={hasMany ? selected : selected[0]}
          onChange={onChange}
          onInputChange={setText}
          onMenuOpen={() => setMenuOpen(true)}
          onMenuClose={() => setMenuOpen(false)}
          // The server already matched the text; the detail in a label must not filter it out again.
          filterOption={() => true}
          noOptionsMessage={() => (failed ? messages.failed : messages.none)}
          placeholder={messages.placeholder}
          showError={showError}
        />
      </div>
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}

async function fetchChoices(
  url: string,
  params: Record<string, string>,
  signal: AbortSignal,
): Promise<RegistrySearchResult> {
  const response = await fetch(`${url}?${new URLSearchParams(params)}`, { credentials: 'include', signal })
  if (!response.ok) throw new Error(`registry search answered ${response.status}`)
  return (await response.json()) as RegistrySearchResult
}
