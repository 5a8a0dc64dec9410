/**
 * The graph explorer at GET /graphql for a browser: a page that loads
 * GraphiQL from the hub itself (/explorer/*, bundled from npm packages), with
 * the documented operations of schema/operations as its tabs. Apollo's own
 * landing page loads its code from a CDN and shows nothing offline, so it is
 * off; this one is served in development and, in production, only when
 * HUB_EXPLORER=on.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import express, { Router } from 'express'
import { projectRoot } from '../config/env.ts'
import { explorerAssets } from './bundleExplorer.ts'

/** The documented operations, `streets` first (the README's first query), then by file name. */
export function documentedOperations(
  dir = path.join(projectRoot, 'schema/operations'),
): { name: string; query: string }[] {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort((a, b) => (a === 'streets.graphql' ? -1 : b === 'streets.graphql' ? 1 : a.localeCompare(b)))
  return files.map((file) => ({
    name: file.replace(/\.graphql$/, ''),
    query: readFileSync(path.join(dir, file), 'utf8'),
  }))
}

function page(examples: { query: string }[]): string {
  // JSON inside a script element: `<` escaped so no operation text can close it.
  const data = JSON.stringify(examples).replace(/</g, '\\u003c')
  return `<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>运河终身学习港 · GraphQL 浏览器 Explorer</title>
<link rel="stylesheet" href="/explorer/explorer.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql"></div>
<script id="examples" type="application/json">${data}</script>
<script type="module" src="/explorer/explorer.js"></script>
</body>
</html>`
}

export function explorerRoutes(): Router {
  const router = Router()
  const examples = documentedOperations()
  let assets: Promise<express.RequestHandler> | undefined
  const files = () =>
    (assets ??= explorerAssets().then((dir) =>
      express.static(dir, { immutable: false, maxAge: '1h', fallthrough: false }),
    ))
  router.use('/explorer', (request, response, next) => {
    files().then((serve) => serve(request, response, next), next)
  })
  router.get('/graphql', (request, response, next) => {
    if (request.query.query !== undefined || request.accepts(['application/json', 'text/html']) !== 'text/html')
      return next()
    response.type('html').send(page(examples))
  })
  return router
}
