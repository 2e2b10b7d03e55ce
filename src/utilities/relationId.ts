/** The id of a relationship value, populated (`{ id, … }`) or not (the id itself), as a string. */
export function relationId(value: unknown): string | undefined {
  const id = value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined
}
