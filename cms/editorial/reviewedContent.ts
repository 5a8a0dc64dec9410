/**
 * What every reviewed, published kind of content shares (courses, lecture
 * series, collections): drafts with versions and scheduled publishing, the
 * review workflow on every save (after the kind's own checks), and the
 * catalogue projection after every save and delete.
 */
import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import type { Projector } from '../catalogue/projectors.ts'
import { catalogueHooks } from '../catalogue/projectToCatalogue.ts'
import { rememberDraftSave, reviewWorkflow } from './reviewWorkflow.ts'
import type { LoggedCollection } from '../activity/activityActions.ts'
import { writeActivity } from '../activity/recordActivity.ts'

export interface ReviewedContent {
  projector: Projector
  /** Fields an edit to a published or approved item may change without another review. */
  exempt: readonly string[]
  /** Checks that run before the review (who may change what). */
  before?: CollectionBeforeChangeHook[]
  /** Checks that run after it (what publishing requires). */
  onPublish?: CollectionBeforeChangeHook[]
}

export function reviewedContent(options: ReviewedContent): Pick<CollectionConfig, 'versions' | 'hooks'> {
  const catalogue = catalogueHooks(options.projector)
  // Every reviewed kind (courses, series, collections) is one the activity log knows.
  const collection = options.projector.collection as LoggedCollection
  return {
    versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
    hooks: {
      beforeOperation: [rememberDraftSave],
      beforeChange: [
        ...(options.before ?? []),
        reviewWorkflow({ collection, exempt: options.exempt }),
        ...(options.onPublish ?? []),
      ],
      afterChange: [catalogue.afterChange, writeActivity(collection)],
      afterDelete: [catalogue.afterDelete],
    },
  }
}
