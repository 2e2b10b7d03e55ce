/**
 * Fills a SQLite database with many fiches fast, for the benchmark and the query-plan test: a few
 * template fiches written through the Local API (so every row has Payload's real shape: both locales,
 * arrays and their locales, relationships) are cloned in SQL, round-robin, into `fiches` and every
 * table that hangs from it. Clones get distinct ids, slugs, numbers and dates; 9 in 10 are published,
 * 1 in 20 is members-only. Versions' tables are not filled: public reads never touch them.
 */
import type { Payload } from 'payload'

interface Client {
  execute: (statement: string | { sql: string; args: unknown[] }) => Promise<{ rows: Array<Record<string, unknown>> }>
  batch: (statements: string[], mode: 'write') => Promise<unknown>
}

const clientOf = (payload: Payload): Client => (payload.db as unknown as { client: Client }).client

/** The id of clone number `i` (a valid UUID, never a template's random v4 id). */
const cloneId = (i: string) => `printf('00000000-0000-4000-8000-%012d', ${i})`

async function columnsOf(client: Client, table: string): Promise<Array<{ name: string; pk: boolean; type: string }>> {
  const { rows } = await client.execute(`PRAGMA table_info(\`${table}\`)`)
  return rows.map((row) => ({ name: String(row.name), pk: Number(row.pk) > 0, type: String(row.type).toLowerCase() }))
}

async function parentOf(client: Client, table: string): Promise<string | undefined> {
  const { rows } = await client.execute(`PRAGMA foreign_key_list(\`${table}\`)`)
  return rows.find((row) => row.from === '_parent_id' || row.from === 'parent_id')?.table as string | undefined
}

/**
 * Adds clones `from + 1 … to` of the template fiches (their ids, in order). Runs in chunks of 5,000
 * fiches, each in one transaction.
 */
export async function cloneFiches(payload: Payload, templates: string[], from: number, to: number): Promise<void> {
  const client = clientOf(payload)
  const { rows } = await client.execute(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND (name = 'fiches' OR name LIKE 'fiches\\_%' ESCAPE '\\')`,
  )
  const names = rows.map((row) => String(row.name))
  const parents = new Map(await Promise.all(names.map(async (table) => [table, await parentOf(client, table)] as const)))
  // Parents before children (foreign keys): fiches, then the tables hanging from it, then theirs.
  const depth = (table: string): number => (table === 'fiches' ? 0 : parents.get(table) === 'fiches' ? 1 : 2)
  const tables = names.sort((a, b) => depth(a) - depth(b))

  await client.execute('CREATE TEMP TABLE IF NOT EXISTS bench_templates (n INTEGER PRIMARY KEY, id TEXT NOT NULL)')
  await client.execute('DELETE FROM bench_templates')
  for (const [n, id] of templates.entries()) await client.execute({ sql: 'INSERT INTO bench_templates VALUES (?, ?)', args: [n, id] })

  const statements: Array<(low: number, high: number) => string> = []
  for (const table of tables) {
    const columns = await columnsOf(client, table)
    const parent = parents.get(table)
    // An integer primary key is left out: SQLite numbers the clones itself.
    const kept = columns.filter((column) => !(column.pk && column.type === 'integer'))
    const seq = (low: number, high: number) => `WITH RECURSIVE seq(i) AS (SELECT ${low} UNION ALL SELECT i + 1 FROM seq WHERE i < ${high}) `
    const template = `JOIN bench_templates t ON t.n = seq.i % ${templates.length}`
    if (table === 'fiches') {
      const value = (name: string): string =>
        ({
          id: cloneId('seq.i'),
          slug: `c.slug || '-' || seq.i`,
          number: 'seq.i',
          _status: `CASE WHEN seq.i % 10 = 0 THEN 'draft' ELSE 'published' END`,
          visibility: `CASE WHEN seq.i % 20 = 0 THEN 'members' ELSE 'public' END`,
          first_published_at: `strftime('%Y-%m-%dT%H:%M:%fZ', '2002-01-01', '+' || (seq.i % 8000) || ' days')`,
          created_at: `strftime('%Y-%m-%dT%H:%M:%fZ', '2020-01-01', '+' || seq.i || ' seconds')`,
          updated_at: `strftime('%Y-%m-%dT%H:%M:%fZ', '2020-01-01', '+' || seq.i || ' seconds')`,
        })[name] ?? `c.\`${name}\``
      statements.push(
        (low, high) =>
          `${seq(low, high)}INSERT INTO fiches (${kept.map((c) => `\`${c.name}\``).join(', ')})
         SELECT ${kept.map((c) => value(c.name)).join(', ')} FROM seq ${template} JOIN fiches c ON c.id = t.id`,
      )
      continue
    }
    if (!parent) continue
    const parentColumn = columns.some((c) => c.name === '_parent_id') ? '_parent_id' : 'parent_id'
    const textId = columns.some((c) => c.name === 'id' && c.pk && c.type !== 'integer')
    const value = (name: string): string => {
      if (name === 'id' && textId) return `c.id || '-' || seq.i`
      if (name === parentColumn) return parent === 'fiches' ? cloneId('seq.i') : `c.\`${name}\` || '-' || seq.i`
      return `c.\`${name}\``
    }
    // Rows of a table hanging from fiches, or from an array of fiches (two levels, as Payload builds them).
    const join =
      parent === 'fiches'
        ? `JOIN \`${table}\` c ON c.\`${parentColumn}\` = t.id`
        : `JOIN \`${parent}\` p ON p._parent_id = t.id JOIN \`${table}\` c ON c.\`${parentColumn}\` = p.id`
    statements.push(
      (low, high) =>
        `${seq(low, high)}INSERT INTO \`${table}\` (${kept.map((c) => `\`${c.name}\``).join(', ')})
       SELECT ${kept.map((c) => value(c.name)).join(', ')} FROM seq ${template} ${join}`,
    )
  }

  const CHUNK = 5_000
  for (let low = from + 1; low <= to; low += CHUNK) {
    const high = Math.min(to, low + CHUNK - 1)
    await client.batch(
      statements.map((statement) => statement(low, high)),
      'write',
    )
  }
}

const PARAGRAPH_FR =
  "Les collectivités locales soutiennent l'économie sociale et solidaire par la commande publique, l'accompagnement des porteurs de projets et la mise à disposition de locaux. Cette fiche présente les leviers mobilisables, des exemples de territoires et les contacts utiles pour aller plus loin."
const PARAGRAPH_EN =
  'Local authorities support the social and solidarity economy through public procurement, support for project leaders and premises. This sheet presents the levers, examples from territories and useful contacts to go further.'

/** A Lexical body of `count` paragraphs (about 300 bytes each once stored). */
function body(text: string, count: number) {
  const paragraph = (n: number) => ({
    type: 'paragraph',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    textFormat: 0,
    children: [{ type: 'text', text: `${n + 1}. ${text}`, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
  })
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: Array.from({ length: count }, (_, n) => paragraph(n)),
    },
  }
}

/**
 * Creates `count` published public template fiches like the real ones ("Déniché pour vous" sheets with
 * both languages, key figures, a contact, themes and territories) and returns their ids. Bodies are
 * 6 paragraphs, so a page of 20 fiches weighs about what the issue measured (~50 kB).
 */
export async function createTemplateFiches(payload: Payload, count: number): Promise<string[]> {
  const context = { seeding: true }
  const theme = await payload.create({
    collection: 'themes',
    data: { title: 'Commande publique', slug: 'bench-commande-publique' },
    context,
  })
  const territory = await payload.create({
    collection: 'territories',
    data: { name: 'Bretagne', slug: 'bench-bretagne', kind: 'region' },
    context,
  })
  const ids: string[] = []
  for (let n = 1; n <= count; n++) {
    const fiche = await payload.create({
      collection: 'fiches',
      context,
      data: {
        title: `Déniché pour vous n°${n} : une coopérative d'habitants accompagnée par sa commune`,
        slug: `bench-template-${n}`,
        series: 'deniche',
        number: 900_000 + n,
        summary: `Comment une commune a soutenu une coopérative d'habitants (fiche modèle ${n}).`,
        body: body(PARAGRAPH_FR, 6),
        deniche: {
          origin: 'Une initiative née en 2015 de la rencontre entre habitants et élus.',
          financing: 'Subvention communale, prêt solidaire et épargne citoyenne.',
          localAuthoritiesRole: 'Mise à disposition du foncier et accompagnement technique.',
          keyFigures: [
            { label: 'Logements', value: '24' },
            { label: 'Habitants', value: '60' },
          ],
          contacts: [
            {
              name: 'Camille Martin',
              role: 'Chargée de mission ESS',
              organisation: 'Ville de Rennes',
              email: 'camille.martin@example.org',
            },
          ],
        },
        themes: [theme.id],
        territories: [territory.id],
        firstPublishedAt: '2021-03-01T00:00:00.000Z',
        visibility: 'public',
        _status: 'published',
      } as never,
    })
    const figures = (fiche as { deniche?: { keyFigures?: Array<{ id: string; value: string }> } }).deniche?.keyFigures ?? []
    await payload.update({
      collection: 'fiches',
      id: fiche.id,
      locale: 'en',
      context,
      data: {
        title: `Found for you no. ${n}: a housing cooperative supported by its town`,
        summary: `How a town supported a housing cooperative (template sheet ${n}).`,
        body: body(PARAGRAPH_EN, 6),
        deniche: { keyFigures: figures.map((figure, k) => ({ ...figure, label: k ? 'Inhabitants' : 'Homes' })) },
        _status: 'published',
      } as never,
    })
    ids.push(String(fiche.id))
  }
  return ids
}
