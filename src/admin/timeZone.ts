/** The only time zone RTES schedules and reads dates in: a 9:00 chosen in the admin is 9:00 in Paris. */
export const ADMIN_TIME_ZONE = 'Europe/Paris'
