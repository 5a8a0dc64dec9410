/**
 * Whether a driver error is a unique-key conflict. Real MongoDB says E11000;
 * FerretDB on SQLite may instead pass SQLite's "UNIQUE constraint failed".
 */
export function isDuplicateKey(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: number; message?: string }
  return code === 11000 || /UNIQUE constraint failed|duplicate key/.test(message ?? '')
}
