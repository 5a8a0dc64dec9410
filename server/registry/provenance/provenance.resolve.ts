/** Builds the public view of a record's provenance; who pushed it is for editors only. */
import { isEditor } from '../../auth/guards.ts'
import type { Viewer } from '../../auth/viewer.ts'
import type { Provenance } from '../shared/provenance.ts'
import type { ProvenanceInfo } from './provenance.type.ts'

export function provenanceFor(document: Provenance, viewer: Viewer | null): ProvenanceInfo {
  return {
    source: document.source,
    externalId: document.externalId,
    pushedAt: document.pushedAt,
    pushedBy: isEditor(viewer) ? document.pushedBy : null,
  }
}
