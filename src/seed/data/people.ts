// Transcribed from the RTES 2021 activity report (../shared/seed/rtes-rapport-activite-2021.md): the people
// it names as speakers of the 2021 events, each once, with the position the report gives them first.
import { toSlug } from '../../fields/slug'
import { events } from './events'
import type { PersonSeed } from './types'

const byKey = new Map<string, PersonSeed>()
for (const { name, role } of events.flatMap((event) => event.speakers)) {
  const key = toSlug(name)
  if (!byKey.has(key)) byKey.set(key, { key, name, position: role })
}

export const people: PersonSeed[] = [...byKey.values()]
