/**
 * Random operations that pass GraphQL validation, built from the hub's own
 * schema: a random query field, random arguments of the right types (as
 * variables, so any value reaches the resolvers), and a random selection a
 * few levels deep with fragments on unions and interfaces. The values are
 * only type-correct: negative page sizes, unknown ids and odd text are the
 * point.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql'
import { randomText, type Random } from './fuzzRandom.ts'

export interface GraphOperation {
  query: string
  variables: Record<string, unknown>
}

/** Values the hub knows, so some arguments hit real records. */
export interface GraphSamples {
  ids: string[]
  slugs: string[]
  words: string[]
}

const MAX_SELECTION_DEPTH = 5

function randomScalar(name: string, random: Random, samples: GraphSamples): unknown {
  switch (name) {
    case 'Int':
      return random.pick([0, 1, 2, 5, 20, -1, 200, 201, 2_147_483_647, -2_147_483_648, random.int(-50, 300)])
    case 'Float':
      return random.pick([0, 0.5, -1.25, 1e9, 3.14, random.next() * 1000])
    case 'Boolean':
      return random.chance(0.5)
    case 'ID':
      return random.chance(0.6) && samples.ids.length ? random.pick(samples.ids) : randomText(random, samples.slugs)
    case 'DateTimeISO':
    case 'DateTime':
      return random.pick([
        new Date(Date.now() + random.int(-400, 400) * 86_400_000).toISOString(),
        '2026-01-01T00:00:00Z',
        '1970-01-01T00:00:00.000Z',
        '9999-12-31T23:59:59Z',
      ])
    default:
      return random.chance(0.5) && samples.slugs.length ? random.pick(samples.slugs) : randomText(random, samples.words)
  }
}

function randomInput(type: GraphQLInputType, random: Random, samples: GraphSamples, depth = 0): unknown {
  if (isNonNullType(type)) return randomInput(type.ofType, random, samples, depth)
  if (isListType(type))
    return Array.from({ length: random.int(0, 3) }, () => randomInput(type.ofType, random, samples, depth + 1))
  if (isEnumType(type)) return random.pick(type.getValues()).name
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {}
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) || (depth < 3 && random.chance(0.4)))
        value[field.name] = randomInput(field.type, random, samples, depth + 1)
    }
    return value
  }
  if (isScalarType(type)) return randomScalar(type.name, random, samples)
  return null
}

class Builder {
  private readonly variables: Record<string, unknown> = {}
  private readonly definitions: string[] = []

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly random: Random,
    private readonly samples: GraphSamples,
  ) {}

  private argumentsOf(args: readonly GraphQLArgument[]): string {
    const chosen = args.filter((arg) => isNonNullType(arg.type) || this.random.chance(0.5))
    if (!chosen.length) return ''
    return `(${chosen
      .map((arg) => {
        const name = `v${this.definitions.length}`
        this.definitions.push(`$${name}: ${String(arg.type)}`)
        this.variables[name] = randomInput(arg.type, this.random, this.samples)
        return `${arg.name}: $${name}`
      })
      .join(', ')})`
  }

  selection(type: GraphQLOutputType, depth: number): string {
    const named = getNamedType(type)
    if (isObjectType(named) || isInterfaceType(named)) {
      const fields = Object.values(named.getFields())
      const leaves = fields.filter(
        (field) =>
          !isObjectType(getNamedType(field.type)) &&
          !isInterfaceType(getNamedType(field.type)) &&
          !isUnionType(getNamedType(field.type)),
      )
      const count = this.random.int(1, Math.min(4, fields.length))
      const picked = new Set<GraphQLField<unknown, unknown>>()
      for (let index = 0; index < count; index++) {
        const pool = depth >= MAX_SELECTION_DEPTH ? leaves : fields
        if (pool.length) picked.add(this.random.pick(pool))
      }
      if (!picked.size) return '{ __typename }'
      const parts = [...picked].map((field) => {
        const inner = getNamedType(field.type)
        const sub = isScalarType(inner) || isEnumType(inner) ? '' : ` ${this.selection(field.type, depth + 1)}`
        return `${field.name}${this.argumentsOf(field.args)}${sub}`
      })
      // On an interface, sometimes ask for one implementation's own fields too.
      const fragments =
        isInterfaceType(named) && depth < MAX_SELECTION_DEPTH && this.random.chance(0.4)
          ? this.schema
              .getPossibleTypes(named)
              .filter(() => this.random.chance(0.5))
              .map((member) => `... on ${member.name} ${this.selection(member, depth + 1)}`)
          : []
      return `{ ${[...parts, ...fragments].join(' ')} }`
    }
    if (isUnionType(named)) {
      const members = named.getTypes().filter(() => this.random.chance(0.6))
      return `{ __typename ${members.map((member) => `... on ${member.name} ${this.selection(member, depth + 1)}`).join(' ')} }`
    }
    return ''
  }

  operation(): GraphOperation {
    const query = this.schema.getQueryType()!
    const field = this.random.pick(Object.values(query.getFields()))
    const named = getNamedType(field.type)
    const body = `${field.name}${this.argumentsOf(field.args)}${isScalarType(named) || isEnumType(named) ? '' : ` ${this.selection(field.type, 2)}`}`
    const header = this.definitions.length ? `query Fuzz(${this.definitions.join(', ')})` : 'query Fuzz'
    return { query: `${header} { ${body} }`, variables: this.variables }
  }
}

export function randomGraphOperation(schema: GraphQLSchema, random: Random, samples: GraphSamples): GraphOperation {
  return new Builder(schema, random, samples).operation()
}
