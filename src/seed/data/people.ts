// Transcribed from the RTES 2021 activity report (../shared/seed/rtes-rapport-activite-2021.md): the people
// it names as speakers of the 2021 events and as the elected officials of its « parole d'élu.e », each once,
// with the position the report gives them first.
import { toSlug } from '../../fields/slug'
import { events } from './events'
import { interviews } from './interviews'
import type { PersonSeed } from './types'

const byKey = new Map<string, PersonSeed>()
const named = [
  ...events.flatMap((event) => event.speakers),
  ...interviews.flatMap((interview) => interview.officials.map(({ name, mandate }) => ({ name, role: mandate }))),
]
for (const { name, role } of named) {
  const key = toSlug(name)
  if (!byKey.has(key)) byKey.set(key, { key, name, position: role })
}

export const people: PersonSeed[] = [...byKey.values()]
