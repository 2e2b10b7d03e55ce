/**
 * `node --import tsx scripts/bench/fill-cli.ts <db file> <total fiches>`: brings the benchmark's SQLite
 * database to <total> fiches (run by scripts/bench.ts in a process of its own). The first run applies the
 * committed migrations (as production does) and writes the template fiches; every run then moves the
 * content version, as a real change would.
 */
import fs from 'node:fs'

const [file, totalArg] = process.argv.slice(2)
const total = Number(totalArg)
if (!file || !Number.isInteger(total) || total < 1) throw new Error('usage: fill-cli.ts <db file> <total fiches>')

Object.assign(process.env, { NODE_ENV: 'production', DATABASE_URI: `file:${file}`, RTES_SEED: 'off' })
process.env.PAYLOAD_SECRET ||= 'bench'

const TEMPLATES = 4
const { getPayload } = await import('payload')
const config = await (await import('../../payload.config')).default
const { cloneFiches, createTemplateFiches } = await import('./fill')
const payload = await getPayload({ config, key: 'bench-fill' })

const state = `${file}.templates.json`
const fresh = !fs.existsSync(state)
const templates: string[] = fresh ? await createTemplateFiches(payload, TEMPLATES) : JSON.parse(fs.readFileSync(state, 'utf8'))
if (fresh) fs.writeFileSync(state, JSON.stringify(templates))
const { totalDocs } = await payload.count({ collection: 'fiches' })
if (total > totalDocs) await cloneFiches(payload, templates, totalDocs - templates.length, total - templates.length)
// A change through the Local API moves the content version (the SQL above does not).
const theme = await payload.find({ collection: 'themes', where: { slug: { equals: 'bench-commande-publique' } }, limit: 1 })
await payload.update({ collection: 'themes', id: theme.docs[0].id, data: { description: `${total} fiches` } })
console.log(JSON.stringify({ fiches: (await payload.count({ collection: 'fiches' })).totalDocs }))
await payload.destroy()
process.exit(0)
