/**
 * Field validation that adds to Payload's checks instead of replacing them.
 *
 * A field's own `validate` replaces Payload's built-in validator for its type (min/max, required,
 * option lists…): `withFieldValidation` puts the built-in one back in front of every custom validator,
 * and adds two checks Payload does not make: dates must be ISO 8601 (src/fields/dates.ts), and
 * relationship and upload ids must name existing documents (a missing id would otherwise fail deep in
 * the database: a foreign-key error on SQLite, a dangling id on MongoDB). Applied to every collection
 * in payload.config.ts, so a new field cannot forget it.
 *
 * Payload skips validation when it saves a draft (`?draft=true`) and for fields hidden by their
 * `admin.condition` (a kit on a fiche that is not a kit fiche), yet stores their values; and its
 * validators of text, select and similar fields let a list or an object through (`"summary": []`), which
 * the database cannot bind. What keeps the database from failing (ISO dates, existing related documents,
 * single values in single-value fields) is therefore checked in a `beforeChange` field hook, which
 * Payload runs on every save (a ValidationError, 400, naming the field). Account credentials (email,
 * password), which Payload lower-cases or hashes before any field check, are checked before the operation.
 */
import {
  APIError,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type Field,
  type FieldHook,
  type PayloadRequest,
  ValidationError,
  validations,
} from 'payload'

import { ISO_DATE_MESSAGE, isIsoDate, isoDate } from './dates'
import { writesTranslation } from './translatable'

type Result = string | true
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any field's validator (Payload types each one)
export type Check = (value: any, options: any) => Result | Promise<Result>

/** Runs `checks` in order and answers with the first message. */
export const allOf =
  (...checks: Check[]): Check =>
  async (value, options) => {
    for (const check of checks) {
      const result = await check(value, options)
      if (result !== true) return result
    }
    return true
  }

/** A whole number (e.g. a fiche's number): Payload's number field also accepts 2.5. */
export const integer: Check = (value: unknown) =>
  value === null || value === undefined || (Array.isArray(value) ? value : [value]).every(Number.isInteger)
    ? true
    : 'Ce champ attend un nombre entier (a whole number is expected).'

/** The ids a relationship or upload value names, by collection. */
function relatedIds(value: unknown, relationTo: unknown): Map<string, Set<string>> {
  const wanted = new Map<string, Set<string>>()
  if (value === null || value === undefined) return wanted
  for (const item of Array.isArray(value) ? value : [value]) {
    const [collection, id] =
      typeof relationTo === 'string'
        ? [relationTo, item && typeof item === 'object' ? (item as { id?: unknown }).id : item]
        : [(item as { relationTo?: string })?.relationTo, (item as { value?: unknown })?.value]
    if (typeof collection !== 'string' || (typeof id !== 'string' && typeof id !== 'number')) continue
    wanted.set(collection, (wanted.get(collection) ?? new Set()).add(String(id)))
  }
  return wanted
}

/** Every related id names an existing document (read with the change's transaction, whatever the access). */
async function missingDocuments(req: PayloadRequest, wanted: Map<string, Set<string>>): Promise<Result> {
  const missing: string[] = []
  for (const [collection, ids] of wanted) {
    if (!req.payload.collections[collection as 'media']) {
      missing.push(...ids)
      continue
    }
    const { docs } = await req.payload.find({
      collection: collection as 'media',
      where: { id: { in: [...ids] } },
      depth: 0,
      limit: ids.size,
      pagination: false,
      overrideAccess: true,
      select: {},
      req,
    })
    const found = new Set(docs.map((doc) => String(doc.id)))
    missing.push(...[...ids].filter((id) => !found.has(id)))
  }
  return missing.length ? `Document introuvable (no such document): ${missing.join(', ')}.` : true
}

/** Field types stored as one column value (a list only when `hasMany`). */
const SINGLE_VALUE_TYPES = new Set(['text', 'textarea', 'email', 'code', 'select', 'radio', 'checkbox'])
const isPrimitive = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value)

/** One value (a list of values with `hasMany`), not an object or a list the database cannot bind. */
const singleValue = (value: unknown, hasMany: boolean): Result =>
  value === undefined || isPrimitive(value) || (hasMany && Array.isArray(value) && value.every(isPrimitive))
    ? true
    : `Une seule valeur attendue (expected ${hasMany ? 'a value or a list of values' : 'a single value'}, not ${Array.isArray(value) ? 'a list' : 'an object'}).`

/**
 * The checks above as a field hook (see the top of this file). Ids the document already held are not
 * looked up again: an update that does not change a relationship costs no query.
 */
const storable =
  (field: Field): FieldHook =>
  async ({ value, previousValue, path, collection, req }) => {
    let result: Result = true
    if (field.type === 'date') result = isoDate(value)
    else if (SINGLE_VALUE_TYPES.has(field.type)) result = singleValue(value, 'hasMany' in field && Boolean(field.hasMany))
    else if (field.type === 'relationship' || field.type === 'upload') {
      const wanted = relatedIds(value, field.relationTo)
      for (const [slug, ids] of relatedIds(previousValue, field.relationTo)) for (const id of ids) wanted.get(slug)?.delete(id)
      result = await missingDocuments(req, wanted)
    }
    if (result !== true)
      throw new ValidationError({ collection: collection?.slug, errors: [{ path: path.join('.'), message: result }], req }, req.t)
    return value
  }

const builtIn = (type: string): Check | undefined => (validations as unknown as Record<string, Check | undefined>)[type]

/**
 * A localized field is required in the default language only: a translation may stay empty (readers get
 * the French text through the locale fallback), so publishing in English does not demand every label.
 */
const inDefaultLocaleOnly =
  (check: Check): Check =>
  (value, options: { required?: boolean; req?: Partial<PayloadRequest> }) =>
    check(value, { ...options, required: Boolean(options.required) && !writesTranslation(options.req) })

/** The checks a field gets: Payload's built-in ones, ours for its type, then its own. */
function validateFor(field: Field): Check | undefined {
  if (!('name' in field) || field.type === 'ui') return undefined
  const own = (field as { validate?: Check }).validate
  const requiredTranslation = 'localized' in field && field.localized && 'required' in field && field.required
  const builtInCheck = builtIn(field.type)
  const base = builtInCheck && requiredTranslation ? inDefaultLocaleOnly(builtInCheck) : builtInCheck
  // Payload passes the field's own settings (min, max, relationTo…) in the options, as to its built-ins.
  const checks = [...(base ? [base] : []), ...(own ? [own] : [])]
  // The ISO check comes first: its message says which format is expected. Related ids are checked by
  // the `storable` hook, which runs first on every save.
  if (field.type === 'date') checks.unshift(isoDate)
  else if (!own && !requiredTranslation) return undefined // Payload installs its built-in validator itself
  return allOf(...checks)
}

/** Adds the `storable` hook to date, relationship, upload and single-value fields, after their own. */
function withStorableHook(field: Field): Field {
  if (!(field.type === 'date' || field.type === 'relationship' || field.type === 'upload' || SINGLE_VALUE_TYPES.has(field.type)))
    return field
  const hooks = (field as { hooks?: { beforeChange?: FieldHook[] } }).hooks
  return { ...field, hooks: { ...hooks, beforeChange: [...(hooks?.beforeChange ?? []), storable(field)] } } as Field
}

function withChecks(fields: Field[]): Field[] {
  return fields.map((field) => {
    let next = field
    if ('fields' in next && Array.isArray(next.fields)) next = { ...next, fields: withChecks(next.fields) }
    if (next.type === 'tabs') next = { ...next, tabs: next.tabs.map((tab) => ({ ...tab, fields: withChecks(tab.fields) })) }
    if (next.type === 'blocks') next = { ...next, blocks: next.blocks.map((block) => ({ ...block, fields: withChecks(block.fields) })) }
    const validate = validateFor(next)
    return withStorableHook(validate ? ({ ...next, validate } as Field) : next)
  })
}

/** Credentials Payload handles before any field check: `email.toLowerCase()` or hashing a non-string was a 500. */
const credentialsAreText: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: Record<string, unknown> }).data
  // Sessions are Payload's to manage: a `sessions: null` sent by a client was a TypeError (500).
  if (data && 'sessions' in data && req.payloadAPI !== 'local') delete data.sessions
  const errors = ['email', 'username', 'password']
    .filter((name) => data?.[name] !== undefined && data[name] !== null && typeof data[name] !== 'string')
    .map((path) => ({ path, message: 'Texte attendu (expected a string).' }))
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
  return args
}

/**
 * The document sent is an object: a multipart `_payload` of `true` or `3` reached Payload's upload code (a
 * TypeError, 500). A multipart body without `_payload` carries no document at all (Payload ignores other
 * form fields): with a file, that is a file replaced and nothing else; without one, Payload's field hooks
 * read the missing document (a TypeError, 500) where the client meant to save `alt=…` as a form field.
 */
const dataIsObject: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: unknown }).data
  if (data === undefined && req.payloadAPI !== 'local' && !req.file) {
    throw new APIError(
      'Aucun document reçu : en multipart, les champs du document vont en JSON dans le champ de formulaire _payload (no document received: in a multipart body, send the fields as JSON in the _payload form field, next to an optional file).',
      400,
      undefined,
      true,
    )
  }
  if (data !== undefined && (typeof data !== 'object' || data === null || Array.isArray(data))) {
    throw new APIError(
      'Le document envoyé doit être un objet JSON (the document data, e.g. the _payload form field, must be a JSON object).',
      400,
      undefined,
      true,
    )
  }
  return args
}

/**
 * What Payload itself processes before any field check or hook: its timestamps (a `createdAt` of
 * "30 avril 2018" threw "Invalid time value", a 500) and the shape of rich-text trees (Lexical's hooks
 * read every node as an object: a string among a paragraph's children was a TypeError, 500). Checked
 * here, on every save, drafts included (Payload does not validate drafts).
 */
const payloadInputsAreWellFormed: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: Record<string, unknown> }).data
  if (!data || typeof data !== 'object') return args
  const errors: Array<{ path: string; message: string }> = []
  // Payload's draft status: a list there reached the database (it cannot bind one, a 500).
  if (collection.versions && data._status !== undefined && data._status !== 'draft' && data._status !== 'published') {
    errors.push({ path: '_status', message: '"draft" ou "published" attendu (expected "draft" or "published").' })
  }
  for (const path of ['createdAt', 'updatedAt']) {
    if (data[path] !== undefined && data[path] !== null && !isIsoDate(data[path])) errors.push({ path, message: ISO_DATE_MESSAGE })
  }
  if (collection.upload) {
    // The file's own fields, which Payload fills and then reads as it is sent (`mimeType: ["a", 1]` threw
    // `startsWith is not a function`, a 500).
    for (const [path, type] of UPLOAD_FIELDS) {
      const value = data[path]
      if (value !== undefined && value !== null && (typeof value !== type || (type === 'number' && !Number.isFinite(value)))) {
        errors.push({ path, message: type === 'string' ? 'Texte attendu (expected a string).' : 'Nombre attendu (expected a number).' })
      }
    }
  }
  for (const field of collection.fields) {
    if (field.type !== 'richText' || !('name' in field)) continue
    const problem = richTextProblem(data[field.name])
    if (problem) errors.push({ path: field.name, message: `Contenu riche mal formé (malformed rich text: ${problem}).` })
  }
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
  return args
}

const UPLOAD_FIELDS: Array<[string, 'string' | 'number']> = [
  ['filename', 'string'],
  ['mimeType', 'string'],
  ['url', 'string'],
  ['thumbnailURL', 'string'],
  ['filesize', 'number'],
  ['width', 'number'],
  ['height', 'number'],
  ['focalX', 'number'],
  ['focalY', 'number'],
]

/** Why a value is not a Lexical tree (`{ root: { type, children: [nodes] } }`, every node an object with a `type`), or null. */
function richTextProblem(value: unknown): string | null {
  if (value === undefined || value === null) return null
  const isObject = (node: unknown): node is Record<string, unknown> => typeof node === 'object' && node !== null && !Array.isArray(node)
  if (!isObject(value) || !isObject(value.root)) return 'expected an object with a "root" node'
  const stack: unknown[] = [value.root]
  while (stack.length) {
    const node = stack.pop()
    if (!isObject(node) || typeof node.type !== 'string') return 'every node must be an object with a "type"'
    if (node.children === undefined) continue
    if (!Array.isArray(node.children)) return '"children" must be a list of nodes'
    stack.push(...node.children)
  }
  return null
}

/** Applies the checks above to every field of every collection (and credentials to auth collections). */
export function withFieldValidation(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => ({
    ...collection,
    fields: withChecks(collection.fields),
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        dataIsObject,
        payloadInputsAreWellFormed,
        ...(collection.auth ? [credentialsAreText] : []),
        ...(collection.hooks?.beforeOperation ?? []),
      ],
    },
  }))
}
