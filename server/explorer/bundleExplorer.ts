/**
 * Bundles the graph explorer (GraphiQL, React, Monaco and its workers) from
 * the installed packages into plain files the hub serves, so it works
 * offline: `npm run build` writes them into dist/explorer; a development hub
 * bundles them into node_modules/.cache on its first explorer request.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { env, projectRoot } from '../config/env.ts'

/** Where `npm run build` puts the files for production. */
export const explorerAssetsDir = path.join(projectRoot, 'dist', 'explorer')

/** Where a development hub keeps them, per GraphiQL version (outside dist/, which a build empties). */
function devAssetsDir(): string {
  const { version } = JSON.parse(
    readFileSync(path.join(projectRoot, 'node_modules/graphiql/package.json'), 'utf8'),
  ) as { version: string }
  return path.join(projectRoot, 'node_modules/.cache/canal-hub-explorer', version)
}

export async function bundleExplorer(outdir = explorerAssetsDir): Promise<string> {
  // Only the build needs esbuild and GraphiQL (development dependencies); a production image carries the output.
  const { build } = await import('esbuild')
  const resolve = (specifier: string) => path.join(projectRoot, 'node_modules', specifier)
  await build({
    entryPoints: {
      explorer: path.join(projectRoot, 'server/explorer/client/explorer.tsx'),
      'editor.worker': resolve('monaco-editor/esm/vs/editor/editor.worker.js'),
      'json.worker': resolve('monaco-editor/esm/vs/language/json/json.worker.js'),
      'graphql.worker': resolve('monaco-graphql/esm/graphql.worker.js'),
    },
    outdir,
    bundle: true,
    format: 'esm',
    splitting: false,
    minify: true,
    jsx: 'automatic',
    target: 'es2022',
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    absWorkingDir: projectRoot,
  })
  return outdir
}

/** The assets: the build's in production, else bundled now if they are not there yet. */
export async function explorerAssets(): Promise<string> {
  if (env.isProduction) {
    if (existsSync(path.join(explorerAssetsDir, 'explorer.js'))) return explorerAssetsDir
    throw new Error('the explorer is on but dist/explorer is missing: run `npm run build`.')
  }
  const dir = devAssetsDir()
  if (existsSync(path.join(dir, 'explorer.js'))) return dir
  return bundleExplorer(dir)
}
