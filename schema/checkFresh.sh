#!/usr/bin/env bash
# Fails when a generated file differs from what the code generates now: the
# printed schema, the typed client documents, the CMS types and the admin
# import map. Compares against the index (what `git add` staged, or the
# checkout in CI's fresh clone): stage regenerated files before running it.
set -euo pipefail
cd "$(dirname "$0")/.."
generated=(schema/schema.graphql schema/generated cms/payload-types.ts 'cms/app/(payload)/admin/importMap.js')
npm run --silent generate >/dev/null
stale=$( { git diff --name-only -- "${generated[@]}"; git ls-files --others --exclude-standard -- "${generated[@]}"; } )
if [ -n "$stale" ]; then
  echo "Generated files are stale; run 'npm run generate' and commit them:" >&2
  echo "$stale" | sed 's/^/  /' >&2
  exit 1
fi
echo "generated files are fresh"
