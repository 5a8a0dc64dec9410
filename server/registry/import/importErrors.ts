/**
 * The two ways an import stops before any record is looked at: the command
 * was asked for something it cannot do (no such file, an unknown encoding;
 * exit 2), or the file itself cannot be read as a registry sheet (exit 1,
 * like rejected lines). Both carry one bilingual sentence for the clerk.
 */
export class ImportUsageError extends Error {
  override name = 'ImportUsageError'
}

export class ImportFileError extends Error {
  override name = 'ImportFileError'
}
