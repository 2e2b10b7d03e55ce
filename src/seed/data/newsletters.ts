// The monthly « lettre électronique » of 2021, from the RTES 2021 activity report
// (../shared/seed/rtes-rapport-activite-2021.md): « 11 lettres électroniques cette année, envoyées à plus de
// 6 800 destinataires ». The report's calendar marks a « Newsletter » in ten months (January to March, May to
// July, September to December): those ten are seeded, on the first of the month (the day is not given). The 23
// Flash hebdo and the quarterly « Politique de la ville & ESS » letters have no dates in the report.
import type { Key } from './types'

export interface NewsletterSeed {
  key: Key
  series: 'lettre-electronique'
  number: number
  /** The first of the month it was sent in. */
  date: string
  month: string
}

const MONTHS: Array<[string, string]> = [
  ['01', 'janvier'],
  ['02', 'février'],
  ['03', 'mars'],
  ['05', 'mai'],
  ['06', 'juin'],
  ['07', 'juillet'],
  ['09', 'septembre'],
  ['10', 'octobre'],
  ['11', 'novembre'],
  ['12', 'décembre'],
]

export const newsletters: NewsletterSeed[] = MONTHS.map(([month, name], index) => ({
  key: `lettre-electronique-2021-${month}`,
  series: 'lettre-electronique',
  number: index + 1,
  date: `2021-${month}-01`,
  month: `${name} 2021`,
}))

/** Until the first letter of 2021, items go back to this date. */
export const NEWSLETTERS_SINCE = '2020-12-01'
