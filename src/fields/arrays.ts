import type { CollectionConfig, Field, FieldHook } from 'payload'

/**
 * `null` for an array field (which the OpenAPI spec and the generated types allow: `T[] | null`) made
 * every create and update fail with a 500 on SQLite: the adapter tests `'$push' in value` on it. It
 * means "no rows", so it is stored as an empty array.
 */
const nullAsEmpty: FieldHook = ({ value }) => (value === null ? [] : value)

/** Adds `nullAsEmpty` to every array field, at any depth (groups, rows, tabs, arrays in arrays). */
export function emptyNullArrays(collections: CollectionConfig[]): CollectionConfig[] {
  const visit = (fields: Field[]): Field[] =>
    fields.map((field) => {
      if (field.type === 'array') {
        return {
          ...field,
          fields: visit(field.fields),
          hooks: { ...field.hooks, beforeValidate: [nullAsEmpty, ...(field.hooks?.beforeValidate ?? [])] },
        }
      }
      if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: visit(field.fields) }
      if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: visit(tab.fields) })) }
      return field
    })
  return collections.map((collection) => ({ ...collection, fields: visit(collection.fields) }))
}
