/** The only time zone RTES schedules and reads dates in: a 9:00 chosen in the admin is 9:00 in Paris. */
export const ADMIN_TIME_ZONE = 'Europe/Paris'

/**
 * react-datepicker's own English labels (the "Time" column, month buttons, day aria-labels), in French:
 * passed as `overrides` to every date picker of the admin.
 */
export const FRENCH_DATE_PICKER = {
  timeCaption: 'Heure',
  previousMonthButtonLabel: 'Mois précédent',
  nextMonthButtonLabel: 'Mois suivant',
  previousYearButtonLabel: 'Année précédente',
  nextYearButtonLabel: 'Année suivante',
  chooseDayAriaLabelPrefix: 'Choisir le',
  disabledDayAriaLabelPrefix: 'Indisponible :',
  monthAriaLabelPrefix: 'Mois',
  weekAriaLabelPrefix: 'Semaine',
}
