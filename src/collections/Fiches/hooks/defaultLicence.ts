import type { FieldHook } from 'payload'

/** Déniché sheets are published under CC BY-NC-ND 4.0 unless an editor says otherwise. */
export const defaultLicence: FieldHook = ({ value, siblingData }) =>
  value || (siblingData?.series === 'deniche' ? 'cc-by-nc-nd-4.0' : value)
