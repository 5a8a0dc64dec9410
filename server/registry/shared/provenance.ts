/**
 * Where every registry record came from: the source system and its id there
 * (the upsert key), who pushed it, when, in which push, and a hash of its
 * content so an identical re-push is recognised as unchanged.
 */
export interface Provenance {
  source: string
  externalId: string
  pushedBy: string
  pushedAt: Date
  pushId: string
  contentHash: string
  createdAt: Date
}

/** A stored registry record: its id, its content and its provenance. */
export type RegistryDocument<TContent> = { _id: string } & TContent & Provenance
