import type { NumberFieldSingleValidation, Where } from 'payload'

export const SERIES_LABELS = {
  deniche: { fr: 'Déniché pour vous', en: 'Déniché pour vous' },
  kit: { fr: 'Fiche de kit', en: 'Kit fiche' },
  'points-de-reperess': { fr: 'Points de RepèrESS', en: 'Points de RepèrESS' },
  reperess: { fr: 'Étude RepèrESS', en: 'RepèrESS study' },
} as const

/**
 * A fiche is identified by its series and number (two series can both have a n°9); kit fiches are
 * numbered within their kit. Checked here so a duplicate is a 400 on `number`, not a database error.
 */
export const uniqueNumberInSeries: NumberFieldSingleValidation = async (value, { data, id, req }) => {
  if (value === null || value === undefined) return true
  const { series, kit } = data as { series?: keyof typeof SERIES_LABELS; kit?: string | { id: string } | null }
  if (!series) return true
  const kitId = typeof kit === 'object' && kit ? kit.id : kit
  const conditions: Where[] = [{ series: { equals: series } }, { number: { equals: value } }]
  if (series === 'kit') {
    if (!kitId) return true
    conditions.push({ kit: { equals: kitId } })
  }
  if (id) conditions.push({ id: { not_equals: id } })
  const { totalDocs } = await req.payload.count({
    collection: 'fiches',
    where: { and: conditions },
    overrideAccess: true,
    req,
  })
  if (!totalDocs) return true
  return series === 'kit' ? `Ce kit a déjà une fiche n°${value}.` : `La série « ${SERIES_LABELS[series].fr} » a déjà une fiche n°${value}.`
}
