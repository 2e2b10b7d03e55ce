import type { Role } from '../helpers/rest'

/**
 * Failures the fuzzer found, kept as plain requests so that they stay found: each is replayed before
 * the generated requests, with the status class it must get (and the same leak and crash oracles).
 * Placeholders in `path` and `body` are filled from the fixtures: `{draft:<collection>}`,
 * `{members:<collection>}` (hidden ids, see world.ts), `{victim:<collection>}`, `{webhook}`.
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
}

const json = 'application/json'

export const REGRESSIONS: Regression[] = [
  // Found by the first audit, confirmed by the fuzzer.
  { name: 'near on a text field', role: 'anonymous', method: 'GET', path: '/api/fiches?where[title][near]=abc', expect: '4xx' },
  { name: 'date filter with a non-date', role: 'anonymous', method: 'GET', path: '/api/fiches?where[firstPublishedAt][greater_than]=notadate', expect: '4xx' },
  { name: 'JSON body sent as text/plain', role: 'editor', method: 'POST', path: '/api/themes', body: '{"title":"Thème en texte"}', contentType: 'text/plain', expect: '4xx' },
  { name: 'JSON null body', role: 'editor', method: 'POST', path: '/api/themes', body: 'null', contentType: json, expect: '4xx' },
  { name: 'JSON nested 5,000 deep', role: 'anonymous', method: 'POST', path: '/api/graphql', body: `${'['.repeat(5000)}${']'.repeat(5000)}`, contentType: json, expect: '4xx' },
  { name: 'kit id that does not exist', role: 'editor', method: 'POST', path: '/api/fiches', body: '{"title":"Fiche orpheline","series":"kit","kit":"00000000-0000-4000-8000-000000000000"}', contentType: json, expect: '4xx' },
  { name: 'media file that does not exist', role: 'anonymous', method: 'GET', path: '/api/media/file/missing-file.png', expect: '4xx' },
  { name: 'revision date in French words', role: 'editor', method: 'POST', path: '/api/kits', body: '{"title":"Kit daté","level":"regional","edition":2018,"revisedAt":"30 avril 2018"}', contentType: json, expect: '4xx' },
  { name: 'limit=-1', role: 'anonymous', method: 'GET', path: '/api/fiches?limit=-1', expect: '4xx' },
  { name: 'delete a webhook that has deliveries', role: 'admin', method: 'DELETE', path: '/api/webhooks/{webhook}', expect: '2xx' },
  { name: 'anonymous read of a draft by id', role: 'anonymous', method: 'GET', path: '/api/fiches/{draft:fiches}', expect: '4xx' },
  { name: 'partner read of a members-only kit by id', role: 'partner', method: 'GET', path: '/api/kits/{members:kits}?depth=2', expect: '4xx' },
]
