'use client'
/* List cell for date fields: French day-first dates, Paris time, honouring the row's `datePrecision`. */
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import { type DatePrecision, formatDisplayDate } from '../dates'

export const DateCell = ({ cellData, field, rowData }: DefaultCellComponentProps) => {
  const { i18n } = useTranslation()
  const admin = (field as { admin?: { date?: { pickerAppearance?: string }; custom?: { exactDate?: boolean } } }).admin
  const appearance = admin?.date?.pickerAppearance
  const text = formatDisplayDate(cellData, {
    // The row's precision is its publication date's: revision and sort dates are exact (admin.custom.exactDate).
    precision: admin?.custom?.exactDate ? undefined : (rowData as { datePrecision?: DatePrecision } | undefined)?.datePrecision,
    dayOnly: appearance === 'dayOnly',
    language: i18n.language,
  })
  return <span>{text}</span>
}
