/**
 * Where the hub serves a draft's preview page, per CMS collection: shared by
 * the hub's route and the admin's 预览 Preview button, which must agree.
 */
export const PREVIEW_PATHS = {
  courses: 'courses',
  'lecture-series': 'series',
  'course-collections': 'collections',
} as const

export type PreviewKind = (typeof PREVIEW_PATHS)[keyof typeof PREVIEW_PATHS]
