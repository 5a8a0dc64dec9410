/**
 * Runs on every create and update of every collection, whichever way it
 * comes (REST, the admin, the Local API), before any other hook: a document
 * of the wrong shape is refused with a ValidationError naming its fields, so
 * REST answers 400 and nothing is written.
 */
import type { CollectionBeforeOperationHook } from 'payload'
import { refuseFields } from '../errors/refuseFields.ts'
import { checkWriteData } from '../guards/writeData.ts'

export const refuseMalformedData: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const locales = req.payload.config.localization ? req.payload.config.localization.localeCodes : []
  const problems = checkWriteData((args as { data?: unknown }).data, collection.flattenedFields, locales)
  if (problems.length) refuseFields(req, collection.slug, problems)
  return args
}
