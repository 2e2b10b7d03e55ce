import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

/** The suffix of the tables that hold localised fields (the adapter's default `localesSuffix`). */
const LOCALES_SUFFIX = '_locales'

/** The `*_locales` tables of a schema (versions' included), with their names. */
const localeTables = (schema: Parameters<SQLiteSchemaHook>[0]['schema']) =>
  Object.entries(schema.tables).filter(([name, table]) => name.endsWith(LOCALES_SUFFIX) && table._parentID && table._locale)

/**
 * SQLite schema hook (`afterSchemaInit`): an index led by `_parent_id` on every `*_locales` table,
 * versions' tables included.
 *
 * Payload 3.90 gives these tables only a unique index on (`_locale`, `_parent_id`), but reading a
 * document fetches its localised row(s) with a subquery on `_parent_id` alone, which that index cannot
 * serve: every list scanned the whole locales table once per row returned (0.2 req/s for the anonymous
 * fiche list at 100k fiches, BENCHMARKS.md). Arrays and `_rels` tables already have a
 * `_parent_id` / `parent_id` index. Declared in the schema (not by hand) so that development's schema
 * push keeps them and the committed migration creates them.
 */
export const localeParentIndexes: SQLiteSchemaHook = ({ extendTable, schema }) => {
  // Drizzle column keys: `_parentID` is the `_parent_id` column.
  for (const [name, table] of localeTables(schema)) {
    extendTable({
      table,
      extraConfig: (columns) => ({
        [`${name}_parent_idx`]: index(`${name}_parent_idx`).on(columns._parentID, columns._locale),
      }),
    })
  }
  return schema
}

/**
 * SQLite schema hook (`afterSchemaInit`): every translated column accepts NULL. A required localized field
 * is required in French only (src/fields/validate.ts `inDefaultLocaleOnly`): an English version may leave
 * it empty and readers get the French text by fallback. Payload makes a required field's column NOT NULL
 * in the locales table, so saving an English version without, say, an English title failed in the
 * database (a 500). Validation, not the column, says what is required; the generated types keep the
 * fields required, as they are in the default locale.
 */
export const nullableTranslations: SQLiteSchemaHook = ({ schema }) => {
  for (const [, table] of localeTables(schema)) {
    for (const [key, column] of Object.entries(table)) {
      if (key === 'id' || key === '_parentID' || key === '_locale') continue
      // Drizzle reads `notNull` from the column when it creates or compares the table (push, migrations).
      if (column && typeof column === 'object' && 'notNull' in column && column.notNull) (column as { notNull: boolean }).notNull = false
    }
  }
  return schema
}
