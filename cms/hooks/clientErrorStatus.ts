/**
 * The last line behind the request guards: errors the database layer raises
 * for a client's value (a value of the wrong type for its field, a key the
 * database cannot store, a body that is not JSON) are the client's mistake,
 * so REST answers 400 naming the field instead of a 500. Anything else keeps
 * its status.
 *
 * And a refusal keeps its field paths: in the Next app the hooks' copy of
 * Payload's ValidationError is not the class Payload's error formatter
 * checks against, so the answer lost `data.errors` (the paths and reasons
 * per field) and the admin could put no reason next to its field.
 */
import type { AfterErrorHook } from 'payload'

interface DatabaseError {
  name?: string
  status?: number
  path?: string
  errors?: Record<string, { path?: string }>
}

/** The database's name for a path, as the client wrote it (`_id` is `id` over REST). */
const clientPath = (path: string) => (path === '_id' ? 'id' : path)

const wrongType = (databasePath: string) => {
  const path = clientPath(databasePath)
  return { path, message: `${path}：值的类型不对。${path} has a value of the wrong type.` }
}

function problemsOf(error: DatabaseError): { path: string; message: string }[] | null {
  if (error.status && error.status < 500) return null
  switch (error.name) {
    case 'CastError':
      return [wrongType(error.path ?? '(unknown)')]
    case 'ValidationError':
      // Mongoose's (Payload's own carries status 400 and never gets here).
      return Object.values(error.errors ?? {}).map((inner) => wrongType(inner.path ?? '(unknown)'))
    case 'BSONError':
      return [
        {
          path: '(root)',
          message: '文档含有数据库无法保存的键名或值。The document holds a key or value the database cannot store.',
        },
      ]
    case 'SyntaxError':
      return [{ path: '(root)', message: '请求体不是有效的 JSON。The request body is not valid JSON.' }]
    default:
      return null
  }
}

interface FieldErrorsCarrier {
  name?: string
  message?: string
  status?: number
  data?: { errors?: { path?: string; message?: string }[] }
}

type FormattedErrors = { errors?: { data?: unknown }[] } | undefined

/** A refusal (Payload's ValidationError, from whichever copy of the class) answered without its field errors. */
function lostFieldErrors(error: FieldErrorsCarrier, result: FormattedErrors): boolean {
  return (
    error.name === 'ValidationError' &&
    Array.isArray(error.data?.errors) &&
    error.data.errors.length > 0 &&
    !result?.errors?.some((entry) => entry.data)
  )
}

export const clientErrorStatus: AfterErrorHook = ({ error, result }) => {
  const carrier = error as FieldErrorsCarrier
  if (lostFieldErrors(carrier, result as FormattedErrors)) {
    return {
      status: carrier.status ?? 400,
      response: { errors: [{ name: 'ValidationError', message: carrier.message, data: carrier.data }] },
    }
  }
  const problems = problemsOf(error as DatabaseError)
  if (!problems?.length) return
  return {
    status: 400,
    response: {
      errors: [
        {
          name: 'ValidationError',
          message: problems.map((problem) => problem.message).join(' '),
          data: { errors: problems },
        },
      ],
    },
  }
}
