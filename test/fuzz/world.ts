import { randomBytes } from 'node:crypto'

import { call, createAccounts, createDoc, type Credentials, type Role } from '../helpers/rest'
import { text } from '../helpers/lexical'
import { TEST_PASSWORD as PASSWORD } from '../helpers/users'

/**
 * What the fuzzer plays with, made over REST before it starts: the five callers, fixtures that some of
 * them must never see (drafts, members-only documents and media, a pending draft of a published
 * document, deleted drafts, a webhook secret), public documents that point at those fixtures in every
 * way a document can (relationships, uploads, rich-text nodes), victims that editors may write to, and
 * ids of the seeded content.
 */

export const ROLES: Role[] = ['anonymous', 'partner', 'member', 'editor', 'admin']
/** Must never see drafts. */
const NOT_EDITORS: Role[] = ['anonymous', 'partner', 'member']
/** Must never see members-only content either. */
const PUBLIC_ONLY: Role[] = ['anonymous', 'partner']

/** A string that must not appear in what `hiddenFrom` callers receive. */
export interface Secret {
  token: string
  hiddenFrom: ReadonlySet<Role>
  /** What it is, for the report, e.g. `id of draft-only kits fixture`. */
  what: string
  /** A document id: may be echoed in errors about a request that named it, never returned as data. */
  isId: boolean
}

/** Collections with drafts (and, but partners, a `visibility` field), with their smallest valid document. */
export const EDITORIAL: Record<string, { visibility: boolean; data: (n: number) => Record<string, unknown> }> = {
  fiches: { visibility: true, data: (n) => ({ title: `Fiche fuzz ${n}`, series: 'deniche' }) },
  kits: { visibility: true, data: (n) => ({ title: `Kit fuzz ${n}`, level: 'regional', edition: 2003 + (n % 90) }) },
  'press-articles': {
    visibility: true,
    data: (n) => ({ title: `Article fuzz ${n}`, outlet: 'Localtis', date: '2021-11-19', scope: 'national-specialised' }),
  },
  'advocacy-contributions': {
    visibility: true,
    data: (n) => ({ title: `Plaidoyer fuzz ${n}`, kind: 'contribution', date: '2021-05-01', context: 'Loi 3DS' }),
  },
  events: { visibility: true, data: (n) => ({ title: `Webinaire fuzz ${n}`, kind: 'webinar', start: '2021-02-05T10:00:00.000Z' }) },
  partners: { visibility: false, data: (n) => ({ name: `Partenaire fuzz ${n}`, kind: 'cress' }) },
}
/** Reference collections: no drafts, no visibility, readable by all. */
export const REFERENCE: Record<string, (n: number) => Record<string, unknown>> = {
  themes: (n) => ({ title: `Thème fuzz ${n}` }),
  territories: (n) => ({ name: `Territoire fuzz ${n}`, kind: 'region' }),
}

export interface World {
  auth: Credentials
  /** A second session per logged-in role, the only one `logout`/`refresh-token` are fuzzed with. */
  spareSessions: Partial<Record<Role, string>>
  /** Account ids of the five callers: never written to by the fuzzer (it would lock itself out). */
  accountIds: Record<Exclude<Role, 'anonymous'>, string>
  secrets: Secret[]
  /** Per collection: ids of documents someone may read (seeded, victims, public fixtures). */
  readable: Record<string, string[]>
  /** Per collection: ids of fixtures hidden from someone. */
  hidden: Record<string, string[]>
  /** Per collection: documents editors and admins may write to (fixtures are left alone). */
  victims: Record<string, string[]>
  /** Users the admin may update, lock and delete. */
  victimUsers: { id: string; email: string }[]
  /** Slugs worth filtering on: public ones and the fixtures'. */
  slugs: string[]
  /** Media file names: public ones and the members-only one. */
  filenames: string[]
  /** Ids of fixtures, never written by editors: that would change who may see them. */
  fixtureIds: Set<string>
  /** Per role, a sync token taken before the fixtures existed (their later deletion shows in deltas). */
  syncTokens: Partial<Record<Role, string>>
  /** The fuzzer's webhook, then the regression list's. */
  webhookIds: string[]
  /** Per collection, the public document that points at hidden ones (relationships, rich text). */
  pointers: Record<string, string>
}

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')

/** A marker that identifies one fixture wherever it shows up (slug, title, file name). */
const marker = (kind: string) => `fz${kind}${randomBytes(5).toString('hex')}`

export async function buildWorld(url: string): Promise<World> {
  const auth = await createAccounts(url)
  const as = (role: Role) => auth[role]
  const must = async (label: string, res: Promise<{ status: number; body: any }>) => {
    const answer = await res
    if (answer.status >= 300)
      throw new Error(`fixture setup: ${label} answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 500)}`)
    return answer.body
  }

  const accountIds = {} as World['accountIds']
  for (const role of ['partner', 'member', 'editor', 'admin'] as const) {
    accountIds[role] = (await must(`me as ${role}`, call(url, '/api/users/me', { auth: as(role) }))).user.id
  }
  const spareSessions: World['spareSessions'] = {}
  for (const role of ['member', 'editor', 'admin'] as const) {
    const body = await must(
      `second login of ${role}`,
      call(url, '/api/users/login', {
        method: 'POST',
        body: { email: `${role === 'admin' ? 'admin' : role}@rtes.test`, password: PASSWORD },
      }),
    )
    spareSessions[role] = `JWT ${body.token}`
  }

  // Sync tokens first: the fixtures deleted below then show up in every delta from these tokens.
  const syncTokens: World['syncTokens'] = {}
  for (const role of ROLES) {
    let token: string | undefined
    for (let page = 0; page < 50; page++) {
      const body = await must(
        `sync as ${role}`,
        call(url, `/api/sync?limit=500${token ? `&since=${encodeURIComponent(token)}` : ''}`, { auth: as(role) }),
      )
      token = body.nextToken
      if (!body.hasMore) break
    }
    syncTokens[role] = token
  }

  const secrets: Secret[] = []
  const readable: Record<string, string[]> = {}
  const hidden: Record<string, string[]> = {}
  const victims: Record<string, string[]> = {}
  const slugs: string[] = []
  const filenames: string[] = []
  const fixtureIds = new Set<string>()
  const push = (map: Record<string, string[]>, collection: string, id: string) => (map[collection] ??= []).push(id)
  const hide = (collection: string, id: string, mark: string, hiddenFrom: Role[], what: string) => {
    secrets.push({ token: id, hiddenFrom: new Set(hiddenFrom), what: `id of ${what}`, isId: true })
    secrets.push({ token: mark, hiddenFrom: new Set(hiddenFrom), what: `marker (slug/title) of ${what}`, isId: false })
    push(hidden, collection, id)
    fixtureIds.add(id)
  }

  // Media: one public image, one members-only image (its file name carries the marker).
  const upload = async (visibility: 'public' | 'members', name: string) => {
    const form = new FormData()
    form.append('file', new Blob([PNG], { type: 'image/png' }), `${name}.png`)
    form.append('_payload', JSON.stringify({ alt: `Image ${name}`, visibility }))
    const res = await fetch(`${url}/api/media`, { method: 'POST', headers: { Authorization: as('editor')! }, body: form })
    const body = await res.json()
    if (res.status !== 201) throw new Error(`fixture setup: upload answered ${res.status}: ${JSON.stringify(body)}`)
    return body.doc as { id: string; filename: string }
  }
  const publicMedia = await upload('public', 'fuzz-public-image')
  push(readable, 'media', publicMedia.id)
  filenames.push(publicMedia.filename)
  const membersMark = marker('media')
  const membersMedia = await upload('members', `fuzz-members-${membersMark}`)
  hide('media', membersMedia.id, membersMark, PUBLIC_ONLY, 'members-only media fixture')
  filenames.push(membersMedia.filename)
  for (let i = 0; i < 3; i++) push(victims, 'media', (await upload('public', `fuzz-victim-${i}`)).id)

  // Per editorial collection: a draft-only document and (with visibility) a members-only published one.
  let n = 0
  const create = (collection: string, data: Record<string, unknown>, status: 'draft' | 'published') =>
    createDoc(url, as('editor'), collection, data, status)
  const draftOf: Record<string, string> = {}
  const membersOf: Record<string, string> = {}
  for (const [collection, { visibility, data }] of Object.entries(EDITORIAL)) {
    const draftMark = marker('draft')
    const draft = await create(collection, { ...data(++n), ...titled(collection, draftMark), slug: `${draftMark}-draft` }, 'draft')
    hide(collection, draft.id, draftMark, NOT_EDITORS, `draft-only ${collection} fixture`)
    draftOf[collection] = draft.id
    slugs.push(draft.slug ?? `${draftMark}-draft`)
    if (visibility) {
      const membersMarkDoc = marker('members')
      const members = await create(
        collection,
        { ...data(++n), ...titled(collection, membersMarkDoc), slug: `${membersMarkDoc}-members`, visibility: 'members' },
        'published',
      )
      hide(collection, members.id, membersMarkDoc, PUBLIC_ONLY, `members-only ${collection} fixture`)
      membersOf[collection] = members.id
      slugs.push(members.slug)
    }
    // A draft that was deleted: its id was never public, so no tombstone may name it to non-editors.
    const goneMark = marker('gone')
    const gone = await create(collection, { ...data(++n), ...titled(collection, goneMark), slug: `${goneMark}-gone` }, 'draft')
    await must(`delete ${collection} draft`, call(url, `/api/${collection}/${gone.id}`, { method: 'DELETE', auth: as('editor') }))
    hide(collection, gone.id, goneMark, NOT_EDITORS, `deleted draft ${collection} fixture`)
    for (let i = 0; i < 4; i++) push(victims, collection, (await create(collection, data(++n), i % 2 ? 'draft' : 'published')).id)
  }

  // Published public documents whose newer draft carries a marker that only editors may see.
  for (const collection of ['fiches', 'kits']) {
    const doc = await create(collection, EDITORIAL[collection].data(++n), 'published')
    const pendingMark = marker('pending')
    await must(
      `pending draft of ${collection}`,
      call(url, `/api/${collection}/${doc.id}?draft=true`, {
        method: 'PATCH',
        auth: as('editor'),
        body: { ...titled(collection, pendingMark), _status: 'draft' },
      }),
    )
    secrets.push({
      token: pendingMark,
      hiddenFrom: new Set(NOT_EDITORS),
      what: `pending draft title of published ${collection}`,
      isId: false,
    })
    push(readable, collection, doc.id)
    fixtureIds.add(doc.id)
  }

  // Public documents pointing at hidden ones in every way: relationships, uploads, rich-text nodes.
  const pointer = await create(
    'fiches',
    {
      ...EDITORIAL.fiches.data(++n),
      title: 'Fiche publique qui pointe partout',
      kit: draftOf.kits,
      partners: [draftOf.partners],
      documents: [{ label: 'PDF réservé', kind: 'pdf', file: membersMedia.id }],
      body: richTextPointingAt({ fiche: draftOf.fiches, kit: membersOf.kits, media: membersMedia.id, event: draftOf.events }),
    },
    'published',
  )
  const coverPointer = await create('kits', { ...EDITORIAL.kits.data(++n), cover: membersMedia.id }, 'published')
  const pressPointer = await create(
    'press-articles',
    { ...EDITORIAL['press-articles'].data(++n), relatedFiches: [draftOf.fiches, membersOf.fiches], relatedKits: [draftOf.kits] },
    'published',
  )
  const pointers: Record<string, string> = {}
  for (const [collection, doc] of [
    ['fiches', pointer],
    ['kits', coverPointer],
    ['press-articles', pressPointer],
  ] as const) {
    push(readable, collection, doc.id)
    fixtureIds.add(doc.id)
    pointers[collection] = doc.id
  }

  for (const [collection, data] of Object.entries(REFERENCE)) {
    for (let i = 0; i < 3; i++)
      push(
        victims,
        collection,
        (await must(`create ${collection}`, call(url, `/api/${collection}`, { method: 'POST', auth: as('editor'), body: data(++n) }))).doc
          .id,
      )
  }

  // Webhooks (the first for the fuzzer, the second for the regression list): secrets are write-only.
  const webhookSecret = marker('secret') + randomBytes(8).toString('hex')
  const webhookIds: string[] = []
  for (const name of ['Fuzz receiver', 'Regression receiver']) {
    const webhook = await must(
      'create webhook',
      call(url, '/api/webhooks', {
        method: 'POST',
        auth: as('admin'),
        body: {
          name,
          url: 'http://127.0.0.1:9/fuzz-hook',
          secret: webhookSecret,
          events: ['publish', 'update', 'unpublish', 'delete'],
          collections: ['fiches', 'kits'],
        },
      }),
    )
    webhookIds.push(webhook.doc.id)
  }
  secrets.push({ token: webhookSecret, hiddenFrom: new Set(ROLES), what: 'webhook signing secret', isId: false })
  // Something to deliver, so that the webhook has delivery rows.
  push(victims, 'fiches', (await create('fiches', EDITORIAL.fiches.data(n + 1), 'published')).id)

  const victimUsers: World['victimUsers'] = []
  for (const [i, role] of (['member', 'member', 'partner', 'editor'] as const).entries()) {
    const email = `victim-${i}@fuzz.test`
    const body = await must(
      `create victim ${role}`,
      call(url, '/api/users', { method: 'POST', auth: as('admin'), body: { email, password: PASSWORD, role } }),
    )
    victimUsers.push({ id: body.doc.id, email })
  }

  // A few seeded documents of every collection (what the public reads), as read and write targets.
  for (const collection of [...Object.keys(EDITORIAL), ...Object.keys(REFERENCE)]) {
    const body = await must(`list ${collection}`, call(url, `/api/${collection}?limit=6&depth=0`, { auth: as('anonymous') }))
    for (const doc of body.docs as { id: string; slug?: string }[]) {
      push(readable, collection, doc.id)
      if (doc.slug) slugs.push(doc.slug)
    }
    for (const id of victims[collection] ?? []) push(readable, collection, id)
  }
  readable.users = [...Object.values(accountIds), ...victimUsers.map((user) => user.id)]

  return {
    auth,
    spareSessions,
    accountIds,
    secrets,
    readable,
    hidden,
    victims,
    victimUsers,
    slugs,
    filenames,
    fixtureIds,
    syncTokens,
    webhookIds,
    pointers,
  }
}

/** The title (or name) field of a collection, carrying a marker. */
const titled = (collection: string, mark: string) =>
  collection === 'partners' ? { name: `Partenaire ${mark}` } : { title: `Canari ${mark}` }

/** A Lexical body with a relationship node, an upload node and an internal link, each to a hidden document. */
export function richTextPointingAt(ids: { fiche: string; kit: string; media: string; event: string }) {
  const block = { format: '' as const, indent: 0, version: 1, direction: 'ltr' as const }
  return {
    root: {
      type: 'root',
      ...block,
      children: [
        {
          type: 'paragraph',
          ...block,
          textFormat: 0,
          children: [
            text('Voir aussi '),
            {
              type: 'link',
              ...block,
              version: 3,
              fields: { linkType: 'internal', newTab: false, doc: { relationTo: 'events', value: ids.event } },
              children: [text('le webinaire')],
            },
          ],
        },
        { type: 'relationship', format: '', version: 2, relationTo: 'fiches', value: ids.fiche },
        { type: 'relationship', format: '', version: 2, relationTo: 'kits', value: ids.kit },
        { type: 'upload', format: '', version: 3, relationTo: 'media', value: ids.media, fields: null },
      ],
    },
  }
}
