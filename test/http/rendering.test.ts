/**
 * What partners can show without a Lexical runtime: rich text rendered as sanitised HTML (REST
 * `?richText=html`, GraphQL `bodyHtml`, the SDK), built from the tree the reader may see, with public
 * links; and images in AVIF and WebP sizes with ready-made `srcset`s, members-only files staying private.
 */
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createClient, imageSources, imageUrl, renderRichText } from '../../src/sdk/src'
import { heading, paragraph, relationship, root, text, uploadNode } from '../helpers/lexical'
import { call, createAccounts, createDoc, type Credentials, graphql, type Role } from '../helpers/rest'
import { type RunningServer, startServer } from '../helpers/server'

const SITE = 'https://www.rtes.test'
let server: RunningServer
let auth: Credentials

beforeAll(async () => {
  server = await startServer('rendering', { env: { PUBLIC_SITE_URL: SITE } })
  auth = await createAccounts(server.url)
})
afterAll(async () => {
  await server?.stop()
})

interface Size {
  url: string | null
  width: number | null
  height: number | null
  mimeType: string | null
}
interface MediaDoc {
  id: string
  url: string
  filename: string
  sizes: Record<string, Size>
  srcsets: Record<'card' | 'hero', Record<'avif' | 'webp', string | null>>
}

async function upload(name: string, visibility: 'public' | 'members', width = 1600, height = 1000): Promise<MediaDoc> {
  const png = await sharp({ create: { width, height, channels: 3, background: '#2a6f97' } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify({ alt: `Illustration ${name}`, visibility }))
  const res = await fetch(`${server.url}/api/media`, { method: 'POST', headers: { Authorization: auth.editor! }, body: form })
  expect(res.status, await res.clone().text()).toBe(201)
  return (await res.json()).doc
}

const link = (fields: Record<string, unknown>, label: string) => ({
  type: 'link',
  version: 3,
  direction: 'ltr',
  format: '',
  indent: 0,
  id: `ln-${label.length}`,
  fields: { newTab: false, ...fields },
  children: [text(label)],
})

describe('images', () => {
  let image: MediaDoc

  beforeAll(async () => {
    image = await upload('terrain.png', 'public')
  })

  it('makes card (3:2) and hero sizes in AVIF and WebP, none wider than the original', () => {
    expect(image.sizes.card480Webp).toMatchObject({ width: 480, height: 320, mimeType: 'image/webp' })
    expect(image.sizes.card960Avif).toMatchObject({ width: 960, height: 640, mimeType: 'image/avif' })
    expect(image.sizes.hero1280Webp).toMatchObject({ width: 1280, height: 800, mimeType: 'image/webp' })
    expect(image.sizes.hero1280Avif).toMatchObject({ width: 1280, mimeType: 'image/avif' })
    // 1920 is wider than the 1600 px original.
    expect(image.sizes.hero1920Webp?.url ?? null).toBeNull()
    expect(image.sizes.thumbnail).toMatchObject({ width: 320, height: 320 })
  })

  it('serves the sizes as real AVIF and WebP files', async () => {
    for (const [size, format] of [
      ['card480Webp', 'webp'],
      ['card960Avif', 'heif'],
    ] as const) {
      const res = await fetch(image.sizes[size].url!)
      expect(res.status, size).toBe(200)
      expect(res.headers.get('content-type'), size).toBe(image.sizes[size].mimeType)
      const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata()
      expect(meta.format, size).toBe(format)
      expect(meta.width, size).toBe(image.sizes[size].width)
    }
  })

  it('gives srcset-ready attributes, over REST and with the SDK helpers', async () => {
    const { body } = await call(server.url, `/api/media/${image.id}`)
    expect(body.srcsets.card.webp).toBe(`${image.sizes.card480Webp.url} 480w, ${image.sizes.card960Webp.url} 960w`)
    expect(body.srcsets.hero.avif).toBe(`${image.sizes.hero1280Avif.url} 1280w`)
    const small = await upload('vignette.png', 'public', 300, 200)
    expect((await call(server.url, `/api/media/${small.id}`)).body.srcsets.card).toEqual({ avif: null, webp: null })

    const rtes = createClient({ baseUrl: server.url })
    const media = await rtes.media.get(image.id)
    expect(imageSources(media, 'card')).toEqual([
      { type: 'image/avif', srcset: body.srcsets.card.avif },
      { type: 'image/webp', srcset: body.srcsets.card.webp },
    ])
    expect(imageUrl(media, { kind: 'card', width: 500 })).toBe(image.sizes.card960Webp.url)
    expect(imageUrl(media, { kind: 'hero', width: 4000, format: 'avif' })).toBe(image.sizes.hero1280Avif.url)
    expect(imageUrl(await rtes.media.get(small.id), { kind: 'card' })).toBe(small.url)
    expect(imageUrl('an-id-at-depth-0')).toBeUndefined()
  })

  it('keeps members-only files, sizes included, from those who may not read them', async () => {
    const hidden = await upload('plan-reserve.png', 'members')
    for (const size of ['card480Webp', 'card960Avif', 'hero1280Webp']) {
      const path = new URL(hidden.sizes[size].url!).pathname
      for (const role of ['anonymous', 'partner', 'member'] as Role[]) {
        const res = await fetch(`${server.url}${path}`, { headers: auth[role] ? { Authorization: auth[role] } : {} })
        expect(res.status, `${role} ${size}`).toBe(role === 'member' ? 200 : 403)
        await res.body?.cancel()
      }
    }
  })
})

describe('rich text as HTML', () => {
  const ids: Record<string, string> = {}
  let hiddenImage: MediaDoc
  let openImage: MediaDoc

  beforeAll(async () => {
    const create = (data: Record<string, unknown>, status: 'draft' | 'published' = 'published') =>
      createDoc(server.url, auth.editor, 'fiches', { series: 'deniche', ...data }, status)
    ids.draft = (await create({ title: 'Brouillon confidentiel', slug: 'html-draft' }, 'draft')).id
    ids.members = (await create({ title: 'Fiche réservée', slug: 'html-members', visibility: 'members' })).id
    ids.open = (await create({ title: 'Fiche ouverte', slug: 'html-open' })).id
    hiddenImage = await upload('cadastre.png', 'members')
    openImage = await upload('marche.png', 'public')
    const body = root(
      heading('h2', 'Le marché solidaire'),
      paragraph(text('Gras', 1), text(' puis <script>alert(1)</script> & texte')),
      paragraph(
        link({ linkType: 'internal', doc: { relationTo: 'fiches', value: ids.open } }, 'voir la fiche ouverte'),
        text(' ; '),
        link({ linkType: 'internal', doc: { relationTo: 'fiches', value: ids.draft } }, 'le brouillon'),
        text(' ; '),
        link({ linkType: 'custom', url: 'javascript:alert(1)' }, 'piège'),
        text(' ; '),
        link({ linkType: 'custom', url: 'https://www.ess-france.org/' }, 'ESS France'),
      ),
      relationship('fiches', ids.members),
      relationship('fiches', ids.open),
      uploadNode(hiddenImage.id),
      uploadNode(openImage.id),
    )
    ids.page = (await create({ title: 'Page avec contenu riche', slug: 'html-page', body })).id
  })

  const html = async (role: Role, query = '') => {
    const { status, body } = await call(server.url, `/api/fiches/${ids.page}?richText=html${query}`, { auth: auth[role] })
    expect(status).toBe(200)
    return body.bodyHtml as string
  }

  it('renders the body with Payload’s converters: formats escaped text, public links, sanitised URLs', async () => {
    const out = await html('anonymous')
    expect(out).toContain('<h2>Le marché solidaire</h2>')
    expect(out).toContain('<strong>Gras</strong>')
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; texte')
    expect(out).not.toMatch(/<script/i)
    expect(out).toContain(`<a href="${SITE}/fiches/html-open">voir la fiche ouverte</a>`)
    expect(out).toContain('<a href="https://www.ess-france.org/">ESS France</a>')
    expect(out).not.toContain('javascript:')
    expect(out).toContain(`<p><a href="${SITE}/fiches/html-open">Fiche ouverte</a></p>`)
    expect(out).toContain(`<picture><source type="image/avif" srcset="${openImage.srcsets.hero.avif}" sizes="100vw" />`)
    expect(out).toContain(
      `<img src="${openImage.url}" alt="Illustration marche.png" width="1600" height="1000" loading="lazy" /></picture>`,
    )
  })

  it('leaves out what the reader may not read (the JSON pruning runs first), and keeps it for those who may', async () => {
    for (const role of ['anonymous', 'partner', 'member', 'editor'] as Role[]) {
      const out = await html(role)
      const member = role === 'member' || role === 'editor'
      expect(out.includes('html-members'), `${role}: members-only embed`).toBe(member)
      expect(out.includes(hiddenImage.filename.replace(/\.png$/, '')), `${role}: members-only image`).toBe(member)
      // A link to a draft keeps its text, without the link, for everyone but editors.
      expect(out).toContain('le brouillon')
      expect(out.includes(`${SITE}/fiches/html-draft`), `${role}: draft link`).toBe(role === 'editor')
      expect(out).not.toContain(ids.draft)
    }
  })

  it('is only computed when asked for, at every depth, in lists too', async () => {
    const plain = await call(server.url, `/api/fiches/${ids.page}`)
    expect(plain.body).not.toHaveProperty('bodyHtml')
    expect(plain.body.body.root.children.length).toBeGreaterThan(0)
    expect(await html('anonymous', '&depth=0')).toBe(await html('anonymous', '&depth=2'))
    const list = await call(server.url, '/api/fiches?where[slug][equals]=html-page&richText=html&depth=0')
    expect(list.body.docs[0].bodyHtml).toBe(await html('anonymous'))
    const selected = await call(server.url, `/api/fiches/${ids.page}?richText=html&select[title]=true&select[body]=true`)
    expect(Object.keys(selected.body).sort()).toEqual(['body', 'bodyHtml', 'id', 'title'])
    const empty = await call(server.url, `/api/fiches/${ids.open}?richText=html`)
    expect(empty.body.bodyHtml ?? null).toBeNull()
  })

  it('is a GraphQL field, computed for the reader when selected', async () => {
    const query = `{ Fiche(id: "${ids.page}") { title bodyHtml } }`
    const anonymous = await graphql(server.url, query)
    expect(anonymous.errors).toBeUndefined()
    expect(anonymous.data.Fiche.bodyHtml).toBe(await html('anonymous'))
    const member = await graphql(server.url, query, auth.member)
    expect(member.data.Fiche.bodyHtml).toBe(await html('member'))
    expect(member.data.Fiche.bodyHtml).not.toBe(anonymous.data.Fiche.bodyHtml)
  })

  it('reaches the SDK, typed, and the SDK’s own renderer handles the JSON', async () => {
    const rtes = createClient({ baseUrl: server.url })
    const fiche = await rtes.fiches.get(ids.page, { richText: 'html', depth: 1 })
    expect(fiche.bodyHtml).toBe(await html('anonymous'))
    const local = renderRichText(fiche.body, { linkHref: (collection, doc) => `/${collection}/${(doc as { slug: string }).slug}` })
    expect(local).toContain('<h2>Le marché solidaire</h2>')
    expect(local).toContain('<strong>Gras</strong>')
    expect(local).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; texte')
    expect(local).not.toMatch(/<script/i)
    expect(local).toContain('<a href="/fiches/html-open">voir la fiche ouverte</a>')
    expect(local).toContain('<a href="#">piège</a>')
    expect(local).toContain(`<img src="${openImage.url}" alt="Illustration marche.png">`)
    expect(local).not.toContain('html-members')
  })
})
