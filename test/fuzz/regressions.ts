import type { Role } from '../helpers/rest'

/**
 * Failures the fuzzer found, kept as plain requests so that they stay found: each is replayed before
 * the generated requests, with the status class it must get (and the same oracles: no 5xx, no
 * GraphQL internal error, no leak). `owner` names who fixes it (see /work/wt/fuzz-findings.md when
 * merging); entries without an owner were fixed on the fuzz branch.
 *
 * Placeholders in `path` and `body` are filled from the fixtures (world.ts): `{draft:<collection>}`,
 * `{members:<collection>}` (hidden ids), `{victim:<collection>}`, `{webhook}`, `{pointer:<collection>}`
 * (the public document whose relationships and rich text point at hidden ones) and `{self:<role>}` (the
 * caller's own account).
 */
export interface Regression {
  name: string
  role: Role
  method: string
  path: string
  body?: string
  contentType?: string
  /** `4xx` for bad input; `not 5xx` when both an answer and a refusal are fine. */
  expect: '2xx' | '4xx' | 'not 5xx'
  owner?: 'safety-db' | 'safety-bounds' | 'safety-leaks'
}

const json = 'application/json'
const gql = (query: string) => JSON.stringify({ query })

export const REGRESSIONS: Regression[] = [
  // Fixed on the fuzz branch.
  { name: 'array field set to null, as the spec allows', role: 'editor', method: 'POST', path: '/api/events', body: '{"title":"Club null","kind":"webinar","start":"2021-02-05T10:00:00.000Z","speakers":null}', contentType: json, expect: '2xx' },
  { name: 'nested array field set to null', role: 'editor', method: 'PATCH', path: '/api/fiches/{victim:fiches}', body: '{"deniche":{"keyFigures":null},"documents":null}', contentType: json, expect: '2xx' },
  { name: 'GraphQL Access as a member', role: 'member', method: 'POST', path: '/api/graphql', body: gql('{ Access { canAccessAdmin fiches { read { permission } create { permission } fields { title { update { permission } } } } } }'), contentType: json, expect: '2xx' },
  { name: 'GraphQL docAccess as an editor', role: 'editor', method: 'POST', path: '/api/graphql', body: gql('{ docAccessFiche(id: "{victim:fiches}") { update { permission } fields { title { read { permission } } } } }'), contentType: json, expect: '2xx' },
  { name: 'TRACE', role: 'anonymous', method: 'TRACE', path: '/api/fiches', expect: '4xx' },
  { name: 'PROPFIND', role: 'editor', method: 'PROPFIND', path: '/api/graphql', expect: '4xx' },
  { name: 'versions of a collection without versions', role: 'member', method: 'GET', path: '/api/themes/versions', expect: '4xx' },
  { name: 'restoring a version of a collection without versions', role: 'admin', method: 'POST', path: '/api/media/versions/00000000-0000-4000-8000-000000000000', expect: '4xx' },
  { name: 'email verification, which users do not have', role: 'anonymous', method: 'POST', path: '/api/users/verify/abc', expect: '4xx' },
  { name: 'where as a plain string', role: 'anonymous', method: 'GET', path: '/api/kits?where=t', expect: '4xx' },
  { name: 'where as JSON, which Payload accepts', role: 'anonymous', method: 'GET', path: '/api/themes?where=%7B%22slug%22%3A%7B%22exists%22%3Atrue%7D%7D&limit=1', expect: '2xx' },
  { name: 'a collection whose REST endpoints are disabled', role: 'admin', method: 'POST', path: '/api/payload-migrations', body: '{}', contentType: json, expect: '4xx' },

  // Found by CI (FUZZ_SEED=46439191), fixed on the fuzzfix branch.
  { name: 'a list given to a one-value operator, counted', role: 'member', method: 'GET', path: '/api/fiches/count?where[partners.kind][not_equals][0]=7&where[partners.kind][not_equals][1]=238', expect: '4xx' },
  { name: 'a list given to contains', role: 'partner', method: 'GET', path: '/api/events/count?where[title][contains][0]=9007199254740993&where[title][contains][1]=2637', expect: '4xx' },
  { name: 'a list given to a comparison under a capitalised Or', role: 'editor', method: 'GET', path: '/api/territories/count?where[Or][0][name][exists]=true&where[Or][1][parent][less_than_equal][0]=d&where[Or][1][parent][less_than_equal][1]=1e%2B21', expect: '4xx' },
  { name: 'an object given to a list operator', role: 'anonymous', method: 'GET', path: '/api/themes?where=%7B%22id%22%3A%7B%22not_in%22%3A%7B%22a%22%3A%22x%22%7D%7D%7D', expect: '4xx' },
  { name: 'a list in the where of a join', role: 'anonymous', method: 'GET', path: '/api/kits?joins[fiches][where][title][contains][0]=a&joins[fiches][where][title][contains][1]=b&limit=1', expect: '4xx' },
  { name: 'multipart without a boundary to a collection', role: 'editor', method: 'POST', path: '/api/territories', body: '{"name":"Fuzz","kind":"region"}', contentType: 'multipart/form-data', expect: '4xx' },
  {
    name: 'multipart whose _payload is not JSON',
    role: 'editor',
    method: 'POST',
    path: '/api/media',
    body: '------fuzz\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{\r\n------fuzz--\r\n',
    contentType: 'multipart/form-data; boundary=----fuzz',
    expect: '4xx',
  },
  { name: 'GraphQL @skip with a string condition', role: 'admin', method: 'POST', path: '/api/graphql', body: gql('query Op { __typename @skip(if: "x") Fiches { docs { id } } }'), contentType: json, expect: '4xx' },
  { name: 'GraphQL with a blank JSON body', role: 'anonymous', method: 'POST', path: '/api/graphql', body: ' ', contentType: json, expect: '4xx' },
  { name: 'a kit that does not exist on a fiche that is not a kit fiche (validation skipped)', role: 'editor', method: 'POST', path: '/api/fiches?depth=5&fallback-locale=en&draft=%F0%9D%A0%B8', body: '{"title":"Fiche au kit caché","series":"reperess","number":2073,"kit":"00000000-0000-4000-8000-000000000000"}', contentType: json, expect: '4xx' },
  { name: 'a draft naming a theme that does not exist (drafts skip validation)', role: 'editor', method: 'POST', path: '/api/fiches?draft=true', body: '{"title":"Brouillon orphelin","series":"deniche","themes":["00000000-0000-4000-8000-000000000000"]}', contentType: json, expect: '4xx' },
  { name: 'a draft with a date in French words', role: 'editor', method: 'POST', path: '/api/kits?draft=true', body: '{"title":"Kit brouillon daté","level":"regional","edition":2018,"revisedAt":"30 avril 2018"}', contentType: json, expect: '4xx' },

  {
    name: 'multipart whose _payload is JSON but not an object',
    role: 'admin',
    method: 'POST',
    path: '/api/media',
    body: '------fuzz\r\nContent-Disposition: form-data; name="_payload"\r\n\r\ntrue\r\n------fuzz--\r\n',
    contentType: 'multipart/form-data; boundary=----fuzz',
    expect: '4xx',
  },
  { name: 'a list in a one-value text field', role: 'editor', method: 'POST', path: '/api/fiches', body: '{"title":"Fiche au résumé en liste","series":"deniche","summary":[]}', contentType: json, expect: '4xx' },
  { name: 'an object in a localized field of an update', role: 'editor', method: 'PATCH', path: '/api/advocacy-contributions/{victim:advocacy-contributions}?publishSpecificLocale=en&trash=true', body: '{"outcome":{"a":1}}', contentType: json, expect: '4xx' },
  { name: 'an account email that is not text', role: 'admin', method: 'POST', path: '/api/users', body: '{"email":true,"password":"correct horse battery staple"}', contentType: json, expect: '4xx' },
  { name: 'an account password that is not text', role: 'admin', method: 'POST', path: '/api/users', body: '{"email":"texte@rtes.test","password":{"a":1}}', contentType: json, expect: '4xx' },
  { name: 'media file name longer than the file system allows', role: 'editor', method: 'GET', path: `/api/media/file/${'%C3%A9'.repeat(300)}.png`, expect: '4xx' },
  { name: 'deleting an admin preference (Payload fails on SQLite)', role: 'partner', method: 'DELETE', path: '/api/payload-preferences/now', expect: '4xx' },

  // safety-db: invalid input reaching the database, missing files, half-done writes.
  { name: 'near on a text field', role: 'anonymous', method: 'GET', path: '/api/fiches?where[title][near]=abc', expect: '4xx', owner: 'safety-db' },
  { name: 'date filter with a non-date', role: 'anonymous', method: 'GET', path: '/api/fiches?where[firstPublishedAt][greater_than]=notadate', expect: '4xx', owner: 'safety-db' },
  { name: 'date filter with an impossible date', role: 'partner', method: 'GET', path: '/api/territories/count?where[updatedAt][less_than]=2021-13-45', expect: '4xx', owner: 'safety-db' },
  { name: 'operator the field type does not have (all on a date)', role: 'admin', method: 'GET', path: '/api/users?where[createdAt][all]=1753', expect: '4xx', owner: 'safety-db' },
  { name: 'kit id that does not exist', role: 'editor', method: 'POST', path: '/api/fiches', body: '{"title":"Fiche orpheline","series":"kit","kit":"00000000-0000-4000-8000-000000000000"}', contentType: json, expect: '4xx', owner: 'safety-db' },
  { name: 'relationship id that is not an id', role: 'editor', method: 'PATCH', path: '/api/fiches/{victim:fiches}', body: '{"partners":["Fuzz coopération 13"]}', contentType: json, expect: '4xx', owner: 'safety-db' },
  { name: 'revision date in French words', role: 'editor', method: 'POST', path: '/api/kits', body: '{"title":"Kit daté","level":"regional","edition":2018,"revisedAt":"30 avril 2018"}', contentType: json, expect: '4xx', owner: 'safety-db' },
  // Anonymous callers get a 403 before the file is looked for; members and editors reached the disk.
  { name: 'media file that does not exist', role: 'member', method: 'GET', path: '/api/media/file/missing-file.png', expect: '4xx', owner: 'safety-db' },
  { name: 'NUL in a media file name', role: 'admin', method: 'GET', path: '/api/media/file/%00.png', expect: '4xx', owner: 'safety-db' },
  // Deleted with its deliveries, or refused with a 4xx that says why: either, but not a 500.
  { name: 'delete a webhook that has deliveries', role: 'admin', method: 'DELETE', path: '/api/webhooks/{webhook}', expect: 'not 5xx', owner: 'safety-db' },

  // safety-bounds: bodies, content types, pagination, GraphQL size.
  { name: 'JSON body sent as text/plain', role: 'editor', method: 'POST', path: '/api/themes', body: '{"title":"Thème en texte"}', contentType: 'text/plain', expect: '4xx', owner: 'safety-bounds' },
  { name: 'form-encoded body', role: 'editor', method: 'POST', path: '/api/fiches', body: 'title=Fuzz&series=deniche', contentType: 'application/x-www-form-urlencoded', expect: '4xx', owner: 'safety-bounds' },
  { name: 'multipart body to a collection without uploads', role: 'anonymous', method: 'POST', path: '/api/users/forgot-password', body: '{"email":"x@y.z"}', contentType: 'multipart/form-data', expect: '4xx', owner: 'safety-bounds' },
  {
    name: 'malformed multipart body',
    role: 'editor',
    method: 'POST',
    path: '/api/media',
    body: '------fuzz\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\nnot a png\r\n------fuzz\r\nContent-Disposition',
    contentType: 'multipart/form-data; boundary=----fuzz',
    expect: '4xx',
    owner: 'safety-bounds',
  },
  { name: 'JSON null body', role: 'editor', method: 'POST', path: '/api/themes', body: 'null', contentType: json, expect: '4xx', owner: 'safety-bounds' },
  { name: 'JSON number body', role: 'editor', method: 'POST', path: '/api/territories', body: '2395', contentType: json, expect: '4xx', owner: 'safety-bounds' },
  { name: 'JSON nested 5,000 deep', role: 'editor', method: 'POST', path: '/api/themes', body: `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`, contentType: json, expect: '4xx', owner: 'safety-bounds' },
  { name: 'GraphQL variables nested 3,000 deep', role: 'anonymous', method: 'POST', path: '/api/graphql', body: `{"query":"query Deep($w: Kit_where) { Kits(where: $w) { docs { id } } }","variables":{"w":${'{"AND":['.repeat(3000)}{}${']}'.repeat(3000)}}}`, contentType: json, expect: '4xx', owner: 'safety-bounds' },
  { name: 'limit=-1', role: 'anonymous', method: 'GET', path: '/api/fiches?limit=-1', expect: '4xx', owner: 'safety-bounds' },
  { name: 'limit given twice', role: 'anonymous', method: 'GET', path: '/api/partners?limit=1&limit=2', expect: '4xx', owner: 'safety-bounds' },
  { name: 'page=Infinity', role: 'partner', method: 'GET', path: '/api/events?limit=13&page=Infinity', expect: '4xx', owner: 'safety-bounds' },

  // safety-leaks: hidden documents reached through public ones.
  { name: 'rich text of a public fiche, read anonymously', role: 'anonymous', method: 'GET', path: '/api/fiches/{pointer:fiches}?depth=0', expect: '2xx', owner: 'safety-leaks' },
  { name: 'rich text of a public fiche, read by a member', role: 'member', method: 'GET', path: '/api/fiches/{pointer:fiches}?depth=2', expect: '2xx', owner: 'safety-leaks' },
  { name: 'rich text over GraphQL, for a partner', role: 'partner', method: 'POST', path: '/api/graphql', body: gql('{ Fiche(id: "{pointer:fiches}") { id body } }'), contentType: json, expect: '2xx', owner: 'safety-leaks' },
  { name: 'a partner changing its own password', role: 'partner', method: 'PATCH', path: '/api/users/{self:partner}', body: '{"password":"a-new-password-for-the-key"}', contentType: json, expect: '4xx', owner: 'safety-leaks' },

  // Access that holds today: kept so that it stays so.
  { name: 'anonymous read of a draft by id', role: 'anonymous', method: 'GET', path: '/api/fiches/{draft:fiches}', expect: '4xx' },
  { name: 'partner read of a members-only kit by id', role: 'partner', method: 'GET', path: '/api/kits/{members:kits}?depth=2', expect: '4xx' },
]
