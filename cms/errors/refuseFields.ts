/**
 * How every hook refuses a save: Payload's ValidationError with each problem
 * on its field path, so the admin marks the fields, REST answers 400 with the
 * paths, and nothing of the save is written.
 */
import { ValidationError, type PayloadRequest } from 'payload'

export interface FieldRefusal {
  path: string
  message: string
}

export function refuseFields(req: PayloadRequest, collection: string | undefined, errors: FieldRefusal[]): never {
  throw new ValidationError({ collection, errors, req }, req.t)
}

export function refuseField(req: PayloadRequest, collection: string | undefined, path: string, message: string): never {
  return refuseFields(req, collection, [{ path, message }])
}
