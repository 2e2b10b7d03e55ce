import type { AfterErrorHook } from 'payload'

/**
 * Errors of the multipart parser (busboy, used by Payload for uploads) say the request body is malformed,
 * e.g. a NUL byte in a file name ("Malformed part header"): Payload lets them through as 500s. So does
 * its `JSON.parse` of the form's `_payload` field (the document's data, as the admin sends it): a
 * SyntaxError on a multipart request is that field.
 */
const BUSBOY_ERRORS = /^(Malformed part header|Unexpected end of (form|file)|Malformed urlencoded form|Multipart: Boundary not found)$/

export const malformedMultipartIsBadRequest: AfterErrorHook = ({ error, req }) => {
  if ((error as { status?: number }).status) return
  if (BUSBOY_ERRORS.test(error.message)) {
    return { status: 400, response: { errors: [{ message: `Corps multipart invalide (malformed multipart body): ${error.message}.` }] } }
  }
  if (error instanceof SyntaxError && /^multipart\/form-data/i.test(req?.headers?.get('content-type') ?? '')) {
    return {
      status: 400,
      response: {
        errors: [
          {
            message: `Le champ _payload n’est pas du JSON valide (the _payload form field must be the document as JSON): ${error.message}.`,
          },
        ],
      },
    }
  }
}
