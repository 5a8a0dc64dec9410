/**
 * Puts the input guards on every collection in one place, so a new
 * collection cannot be added without them: the document-shape check first
 * among its beforeOperation hooks, and, on upload collections, the answer for
 * files that are not on the disk.
 */
import type { CollectionConfig } from 'payload'
import { refuseMalformedData } from '../hooks/refuseMalformedData.ts'
import { missingFileHandler } from '../http/missingFile.ts'

export function withInputGuards(collection: CollectionConfig): CollectionConfig {
  const upload = collection.upload
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [refuseMalformedData, ...(collection.hooks?.beforeOperation ?? [])],
    },
    ...(typeof upload === 'object' && upload.staticDir
      ? { upload: { ...upload, handlers: [...(upload.handlers ?? []), missingFileHandler(upload.staticDir)] } }
      : {}),
  }
}
