/**
 * What a validator makes of one pushed record: its clean content, the
 * problems found, and the registry records it refers to (checked later
 * against the database and the rest of the batch).
 */
import type { FieldProblem } from '../../errors/hubErrors.ts'
import type { PlacesDirectory } from '../places/placesDirectory.ts'

export interface Reference {
  path: string
  id: string
}

export interface Normalized<TContent> {
  externalId: string | undefined
  content: TContent | undefined
  problems: FieldProblem[]
  references: Reference[]
}

export interface NormalizeContext {
  source: string
  places: PlacesDirectory
}
