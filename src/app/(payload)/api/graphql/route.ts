import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

const graphql = GRAPHQL_POST(config)

/** Payload answers a malformed JSON body with a bare 500: say what is wrong with a 400 instead. */
export const POST = async (request: Request): Promise<Response> => {
  if (request.headers.get('content-type')?.includes('application/json')) {
    try {
      JSON.parse(await request.clone().text())
    } catch (error) {
      return Response.json(
        { errors: [{ message: `The request body is not valid JSON: ${(error as Error).message}` }] },
        { status: 400 },
      )
    }
  }
  return graphql(request)
}

export const OPTIONS = REST_OPTIONS(config)
