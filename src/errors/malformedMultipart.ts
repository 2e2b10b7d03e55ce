import type { AfterErrorHook } from 'payload'

/**
 * Errors of the multipart parser (busboy, used by Payload for uploads) say the request body is malformed,
 * e.g. a NUL byte in a file name ("Malformed part header"): Payload lets them through as 500s.
 */
const BUSBOY_ERRORS = /^(Malformed part header|Unexpected end of (form|file)|Malformed urlencoded form|Multipart: Boundary not found)$/

export const malformedMultipartIsBadRequest: AfterErrorHook = ({ error }) => {
  if (!BUSBOY_ERRORS.test(error.message) || (error as { status?: number }).status) return
  return {
    status: 400,
    response: { errors: [{ message: `Corps multipart invalide (malformed multipart body): ${error.message}.` }] },
  }
}
