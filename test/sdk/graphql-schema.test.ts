import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { codegen } from '@graphql-codegen/core'
import * as operationsPlugin from '@graphql-codegen/typescript-operations'
import {
  buildSchema,
  type GraphQLSchema,
  isInputObjectType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  parse,
  printSchema,
  printType,
  validate,
} from 'graphql'
import { describe, expect, it } from 'vitest'

import { ROOT } from '../helpers/server'

/**
 * The partners' GraphQL schema (src/sdk/schema.graphql, src/graphql/partnerSchema.ts): public queries
 * only, a view of the served schema (src/sdk/schema.full.graphql) whose required fields are non-null, so
 * that graphql-codegen gives partners `title: string`, not `Maybe<string>`.
 */
const run = promisify(execFile)
const read = (file: string) => buildSchema(fs.readFileSync(path.join(ROOT, file), 'utf8'))
const partner = read('src/sdk/schema.graphql')
const full = read('src/sdk/schema.full.graphql')

const OPERATION = `query FichesOfThemes($themes: [JSON], $limit: Int) {
  Fiches(where: { themes: { in: $themes } }, limit: $limit, sort: "-firstPublishedAt") {
    totalDocs
    docs { title slug series summary kit { title } deniche { keyFigures { id label value } } createdAt }
  }
}`

const named = (schema: GraphQLSchema) =>
  Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__') && !(isScalarType(type) && isSpecifiedScalarType(type)))

describe('the partners’ GraphQL schema', () => {
  it('has the queries of the public collections only: no mutations, accounts, versions or internals', () => {
    expect(partner.getMutationType()).toBeUndefined()
    const queries = Object.keys(partner.getQueryType()!.getFields())
    expect(queries).toContain('Fiches')
    expect(queries).toContain('countKits')
    expect(queries).toContain('Medias')
    for (const name of queries)
      expect(name).toMatch(
        /^(count)?(Fiches?|Kits?|PressArticles?|AdvocacyContributions?|Events?|News|NewsItem|Interviews?|Partners?|Person|People|Themes?|Territor(y|ies)|Medias?|Newsletters?)$/,
      )
    for (const type of named(partner))
      expect(type.name).not.toMatch(/^(User|Webhook|Payload|Access|versions?[A-Z])|Version$|DocAccess|Mutation/)
    expect(fs.statSync(path.join(ROOT, 'src/sdk/schema.graphql')).size).toBeLessThan(
      fs.statSync(path.join(ROOT, 'src/sdk/schema.full.graphql')).size / 4,
    )
  })

  it('is a view of the served schema: same inputs, enums and arguments; outputs at most made non-null', () => {
    for (const type of named(partner)) {
      const served = full.getType(type.name)
      expect(served, type.name).toBeDefined()
      if (isObjectType(type)) {
        const servedFields = (served as typeof type).getFields()
        for (const field of Object.values(type.getFields())) {
          const servedField = servedFields[field.name]
          expect(servedField, `${type.name}.${field.name}`).toBeDefined()
          expect(String(field.type).replace(/!$/, ''), `${type.name}.${field.name}`).toBe(String(servedField.type).replace(/!$/, ''))
          for (const arg of field.args) {
            expect(
              String(servedField.args.find((candidate) => candidate.name === arg.name)?.type),
              `${type.name}.${field.name}(${arg.name})`,
            ).toBe(String(arg.type))
          }
        }
      } else {
        expect(printType(type), type.name).toBe(printType(served!))
      }
    }
    // A partner's operation is valid on both.
    expect(validate(partner, parse(OPERATION))).toEqual([])
    expect(validate(full, parse(OPERATION))).toEqual([])
  })

  it('types required fields, timestamps and array row ids as non-null; leaves editors’ arguments out', () => {
    const fiche = partner.getType('Fiche')
    if (!isObjectType(fiche)) throw new Error('no Fiche type')
    const fields = fiche.getFields()
    expect(String(fields.title.type)).toBe('String!')
    expect(String(fields.slug.type)).toBe('String!')
    expect(String(fields.series.type)).toBe('Fiche_series!')
    expect(String(fields.createdAt.type)).toBe('DateTime!')
    expect(String(fields.summary.type)).toBe('String')
    expect(fields.kit.args.map((arg) => arg.name)).toEqual(['locale'])
    const fichesArgs = partner
      .getQueryType()!
      .getFields()
      .Fiches.args.map((arg) => arg.name)
    expect(fichesArgs).not.toContain('draft')
    expect(fichesArgs).not.toContain('fallbackLocale')
    expect(isInputObjectType(partner.getType('Fiche_where'))).toBe(true)
  })

  it('leaves out what partners never read: who proposed an actualité or an event, and its review', () => {
    for (const name of ['NewsItem', 'Event']) {
      const type = partner.getType(name)
      if (!isObjectType(type)) throw new Error(`no ${name} type`)
      for (const field of ['proposedBy', 'reviewStatus', 'reviewComment', 'submittedAt'])
        expect(type.getFields(), name).not.toHaveProperty(field)
      expect((full.getType(name) as typeof type).getFields()).toHaveProperty('reviewStatus')
    }
  })
})

async function generate(schema: GraphQLSchema): Promise<string> {
  return codegen({
    schema: parse(printSchema(schema)),
    documents: [{ document: parse(OPERATION) }],
    filename: 'graphql.ts',
    // The operation's types, with the enums they use (typescript-operations 6 needs no other plugin).
    plugins: [{ 'typescript-operations': {} }],
    pluginMap: { 'typescript-operations': operationsPlugin },
    config: {},
  })
}

describe('GraphQL Code Generator against it', () => {
  it('yields non-null types for required fields, which the served schema types as Maybe', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rtes-codegen-'))
    try {
      fs.writeFileSync(path.join(dir, 'partner.ts'), await generate(partner))
      fs.writeFileSync(path.join(dir, 'full.ts'), await generate(full))
      const usage = (from: string) => `import type { FichesOfThemesQuery } from './${from}.js'
declare const data: FichesOfThemesQuery
const fiche = data.Fiches!.docs[0]!
export const title: string = fiche.title
export const slug: string = fiche.slug
export const series: 'kit' | 'deniche' | 'points_de_reperess' | 'reperess' = fiche.series // GraphQL enum names
export const created: unknown = fiche.createdAt
export const label: string = fiche.deniche!.keyFigures![0]!.label
// @ts-expect-error a summary may be missing
export const summary: string = fiche.summary
`
      fs.writeFileSync(path.join(dir, 'uses-partner.ts'), usage('partner'))
      fs.writeFileSync(path.join(dir, 'uses-full.ts'), usage('full'))
      const tsc = (file: string) =>
        run(
          process.execPath,
          [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict', '--module', 'nodenext', '--skipLibCheck', file],
          { cwd: dir },
        )
          .then(() => '')
          .catch((error: { stdout: string }) => error.stdout)
      expect(await tsc('uses-partner.ts')).toBe('')
      // The served schema alone would have typed them `Maybe<string>`.
      expect(await tsc('uses-full.ts')).toMatch(/title[\s\S]*not assignable|not assignable[\s\S]*null/)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
