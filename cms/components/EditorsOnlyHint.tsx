'use client'
/**
 * A hint written for the district's editors (how to compare scores, what
 * reviewers see) that partner accounts must not be shown: it renders only
 * for editors and administrators, in the admin's language.
 */
import { useAuth, useTranslation } from '@payloadcms/ui'

export interface EditorsOnlyHintProps {
  zh: string
  en: string
}

export function EditorsOnlyHint({ zh, en }: EditorsOnlyHintProps) {
  const { user } = useAuth<{ role?: string | null }>()
  const { i18n } = useTranslation()
  if (user?.role !== 'editor' && user?.role !== 'admin') return null
  return <div className="custom-view-description">{i18n.language === 'en' ? en : zh}</div>
}
