'use client'
/**
 * Keeps a refused save's reason next to the field it names until the editor
 * changes that field (or a later save goes through).
 *
 * Payload puts a refusal's field errors into the form once, and its next
 * form-state refresh (sent on the editor's next keystroke, anywhere in the
 * form) answers "valid" for every field whose own `validate` passes; the
 * workflow rules run in hooks, not in `validate`, because they depend on the
 * save itself (publishing, the action picked, who else decided meanwhile),
 * which a refresh does not know. So the reason vanished the moment the editor
 * started fixing it. Here the form's errors are noted with the value the
 * field held when refused, and shown for as long as the field still holds it.
 *
 * `RefusalRecorder` (a sidebar ui field, always mounted) notes the errors,
 * even for fields not drawn at the moment (a closed session row);
 * `KeptFieldError` shows them as Payload's own field error does.
 */
import { FieldError, useDocumentInfo, useFormFields, useFormSubmitted } from '@payloadcms/ui'
import { useEffect, useSyncExternalStore } from 'react'

interface Kept {
  message: string
  /** The field's value, as JSON, when the save was refused. */
  value: string
}

/** What was refused on the document open in this tab (the recorder clears it when another opens). */
const kept = new Map<string, Kept>()
let keptFor: string | null = null
const listeners = new Set<() => void>()
let version = 0

function changed(): void {
  version++
  for (const listener of listeners) listener()
}
const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
const currentVersion = () => version

const valueKey = (value: unknown) => JSON.stringify(value ?? null)

function forgetAll(): void {
  if (kept.size === 0) return
  kept.clear()
  changed()
}

function useDocumentKey(): string {
  const { collectionSlug, globalSlug, id } = useDocumentInfo()
  return `${collectionSlug ?? globalSlug ?? ''}/${id ?? 'new'}`
}

/** Notes every field error the form holds, with the value it was given for. */
export function RefusalRecorder() {
  const doc = useDocumentKey()
  const { savedDocumentData } = useDocumentInfo()
  const saved = (savedDocumentData as { updatedAt?: string } | undefined)?.updatedAt ?? null
  // A string, so this re-renders only when the set of errors changes, not on every keystroke.
  const errors = useFormFields(([fields]) =>
    JSON.stringify(
      Object.entries(fields)
        .filter(
          ([, state]) => state?.valid === false && typeof state.errorMessage === 'string' && state.errorMessage !== '',
        )
        .map(([path, state]) => [path, state.errorMessage, valueKey(state.value)]),
    ),
  )
  // Another document, or a save that went through, ends what was refused before (first, so errors of this render are noted after).
  useEffect(() => {
    keptFor = doc
    forgetAll()
  }, [doc, saved])
  useEffect(() => {
    const noted = JSON.parse(errors) as [string, string, string][]
    if (noted.length === 0 || keptFor !== doc) return
    for (const [path, message, value] of noted) kept.set(path, { message, value })
    changed()
  }, [doc, errors])
  useEffect(
    () => () => {
      if (keptFor === doc) forgetAll()
    },
    [doc],
  )
  return null
}

export interface KeptFieldErrorProps {
  path: string
  /** Also show what was refused at these paths (e.g. `_status`, which has no field of its own). */
  alsoFor?: string[]
  /** Beside a field that draws its own live error: show only what that one no longer shows. */
  keptOnly?: boolean
}

export function KeptFieldError({ path, alsoFor = [], keptOnly = false }: KeptFieldErrorProps) {
  useSyncExternalStore(subscribe, currentVersion, currentVersion)
  const submitted = useFormSubmitted()
  const paths = [path, ...alsoFor]
  const states = JSON.parse(
    useFormFields(([fields]) =>
      JSON.stringify(
        paths.map((at) => [fields[at]?.valid ?? true, fields[at]?.errorMessage ?? null, valueKey(fields[at]?.value)]),
      ),
    ),
  ) as [boolean, string | null, string][]

  const live = submitted && states[0]![0] === false && Boolean(states[0]![1])
  if (live) return keptOnly ? null : <FieldError path={path} />
  const messages = paths.flatMap((at, index) => {
    const refusal = kept.get(at)
    return refusal && refusal.value === states[index]![2] ? [refusal.message] : []
  })
  if (messages.length === 0) return null
  return (
    <div className="kept-refusal" data-refusal-path={path}>
      <FieldError path={path} message={[...new Set(messages)].join(' ')} showError />
    </div>
  )
}
