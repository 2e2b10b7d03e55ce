/** The GraphQL depth rule (src/graphql/depthLimit.ts), on a small schema, without Payload. */
import { buildSchema, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'

import { depthLimit } from '../../src/graphql/depthLimit'

const schema = buildSchema(`
  type Kit { title: String, fiches: [Fiche] }
  type Fiche { title: String, kit: Kit }
  type Query { Fiche: Fiche, Kits: [Kit] }
`)
const errors = (query: string, max: number) => validate(schema, parse(query), [depthLimit(max)]).map((error) => error.message)

describe('depthLimit', () => {
  it('counts nested fields (a leaf at depth n is n deep)', () => {
    expect(errors('{ Fiche { title } }', 2)).toEqual([])
    expect(errors('{ Fiche { kit { title } } }', 2)).toEqual([expect.stringMatching(/maximum depth of 2/)])
    expect(errors('{ Fiche { kit { title } } }', 3)).toEqual([])
  })

  it('follows fragments and inline fragments, and names the operation', () => {
    const query = `
      query Deep { Fiche { ...F } }
      fragment F on Fiche { kit { ... on Kit { fiches { title } } } }`
    expect(errors(query, 3)).toEqual([expect.stringMatching(/^Operation "Deep" exceeds the maximum depth of 3/)])
    expect(errors(query, 4)).toEqual([])
  })

  it('does not count introspection, and survives cyclic fragments (graphql reports them)', () => {
    expect(errors('{ __schema { types { fields { type { ofType { name } } } } } }', 1)).toEqual([])
    const cyclic = 'query { Fiche { ...A } } fragment A on Fiche { kit { ...B } } fragment B on Kit { fiches { ...A } }'
    expect(() => errors(cyclic, 50)).not.toThrow()
  })
})
