/**
 * The Layout's direction of imports, checked: each rule against the imports
 * it must allow and refuse, the parser's reading of type-only imports, and
 * the whole source tree, which must break none of them.
 */
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { IMPORT_RULES, violationsOf, type ImportEdge } from '../../../server/cli/imports/importRules.ts'
import { importsIn, readImportEdges } from '../../../server/cli/imports/readImports.ts'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const edge = (from: string, to: string, typeOnly = false): ImportEdge => ({ from, to, typeOnly })

describe('import rules', () => {
  it.each([
    ['the desk uses a pure rule', edge('cms/editorial/reviewWorkflow.ts', 'server/domain/editorial/reviewRules.ts')],
    ['the desk writes the catalogue', edge('cms/catalogue/projectors.ts', 'server/catalogue/courseProjection.ts')],
    [
      'the desk reads a registry store type',
      edge('cms/notify/notifySubmissionEvents.ts', 'server/registry/institutions/institution.content.ts', true),
    ],
    ['the hub reads the generated types', edge('server/auth/viewer.ts', 'cms/payload-types.ts', true)],
    ['an entry point assembles the desk', edge('server/cli/dev.ts', 'cms/config/createPayloadConfig.ts')],
    ['an entry point loads seeds', edge('server/cli/seed.ts', 'seeds/seedAll.ts')],
    ['seeds use the registry store', edge('seeds/seedAll.ts', 'server/registry/push/pushRecords.ts')],
    ['a benchmark borrows the browser driver', edge('server/cli/bench/desk.bench.ts', 'tests/support/adminPage.ts')],
    ['a shared store loads a package', edge('server/changes/changeLog.ts', 'package:mongodb')],
    ['a rule names a package type', edge('server/domain/collect/submissionRules.ts', 'package:payload', true)],
  ])('allows: %s', (_, allowed) => {
    expect(violationsOf([allowed])).toEqual([])
  })

  it.each([
    [
      'the hub imports desk code',
      edge('server/graphql/context.ts', 'cms/access/roles.ts', true),
      'the hub does not import the desk',
    ],
    [
      'the hub loads the generated types at run time',
      edge('server/auth/viewer.ts', 'cms/payload-types.ts'),
      'the hub does not import the desk',
    ],
    [
      'the desk imports a resolver',
      edge('cms/registry/searchRegistry.ts', 'server/registry/teachers/teachers.resolver.ts'),
      'the desk builds on the shared layer only',
    ],
    [
      'the desk imports the graph machinery',
      edge('cms/registry/searchRegistry.ts', 'server/graphql/textFilter.ts'),
      'the desk builds on the shared layer only',
    ],
    [
      'the desk imports the read model',
      edge('cms/hooks/x.ts', 'server/readModel/readModel.ts'),
      'the desk builds on the shared layer only',
    ],
    [
      'the desk loads a registry resolver helper',
      edge('cms/registry/x.ts', 'server/registry/provenance/provenance.resolve.ts'),
      'the desk builds on the shared layer only',
    ],
    [
      'a collection copies seed data',
      edge('cms/collections/Calls/index.ts', 'seeds/places/streets.ts'),
      'seed data enters through entry points',
    ],
    [
      'the registry reads seeds',
      edge('server/registry/places/streets.repository.ts', 'seeds/places/streets.ts', true),
      'seed data enters through entry points',
    ],
    [
      'a rule imports a store',
      edge('server/domain/editorial/reviewRules.ts', 'server/database/mongo.ts'),
      'rules are pure',
    ],
    [
      'product code imports an entry point',
      edge('server/logging/startTracing.ts', 'server/cli/start.ts'),
      'nothing in the product imports an entry point',
    ],
    [
      'a shared store loads the read model behind the desk',
      edge('server/syndication/webhooks/publicEntity.ts', 'server/readModel/readModel.ts'),
      'the shared layer stays shared',
    ],
    ['a rule loads a package', edge('server/domain/editorial/reviewRules.ts', 'package:mongodb'), 'rules are pure'],
    [
      'product code imports tests',
      edge('server/http/drain.ts', 'tests/support/hub.ts'),
      'product code does not import tests',
    ],
  ])('refuses: %s', (_, refused, rule) => {
    expect(violationsOf([refused]).map((violation) => violation.rule)).toEqual([rule])
  })

  it('gives every rule a reason', () => {
    for (const rule of IMPORT_RULES) expect(rule.why.length).toBeGreaterThan(40)
  })
})

describe('reading imports', () => {
  it('tells type-only imports from imports that load code', () => {
    const text = [
      "import type { A } from './a.ts'",
      "import { type B, type C } from './b.ts'",
      "import { type D, e } from './d.ts'",
      "import f from './f.ts'",
      "export type { G } from './g.ts'",
      "export { h } from './h.ts'",
      "import './side.ts'",
      "const lazy = () => import('./lazy.ts')",
      "type T = import('./t.ts').T",
      'import {',
      '  m,',
      "} from './multi.ts'",
    ].join('\n')
    expect(importsIn('x.ts', text)).toEqual([
      { specifier: './a.ts', typeOnly: true },
      { specifier: './b.ts', typeOnly: true },
      { specifier: './d.ts', typeOnly: false },
      { specifier: './f.ts', typeOnly: false },
      { specifier: './g.ts', typeOnly: true },
      { specifier: './h.ts', typeOnly: false },
      { specifier: './side.ts', typeOnly: false },
      { specifier: './lazy.ts', typeOnly: false },
      { specifier: './t.ts', typeOnly: true },
      { specifier: './multi.ts', typeOnly: false },
    ])
  })
})

describe('the source tree', () => {
  it('has no import against the direction the Layout draws', () => {
    const edges = readImportEdges(root)
    expect(edges.filter((found) => !found.to.startsWith('package:')).length).toBeGreaterThan(1000)
    const found = violationsOf(edges).map(({ rule, edge: { from, to } }) => `${from} -> ${to}: ${rule}`)
    expect(found).toEqual([])
  })
})
