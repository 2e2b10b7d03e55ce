import type { TextField } from 'payload'

/** True for absolute http(s) URLs. */
export const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

/** An optional absolute http(s) URL, refused with a French message otherwise. */
export function urlField(overrides: Partial<TextField> & Pick<TextField, 'name' | 'label'>): TextField {
  return {
    type: 'text',
    validate: (value: unknown) =>
      value === null || value === undefined || value === '' || (typeof value === 'string' && isHttpUrl(value))
        ? true
        : 'Adresse web invalide : elle doit commencer par http:// ou https://.',
    ...overrides,
  } as TextField
}
