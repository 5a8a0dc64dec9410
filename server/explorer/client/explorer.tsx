/**
 * The browser side of the graph explorer: GraphiQL from npm, bundled by the
 * hub (server/explorer/bundleExplorer.ts) so the page loads nothing from a
 * CDN. Monaco's workers are files the hub serves next to this bundle. The
 * documented operations arrive in the page as JSON and open as tabs.
 */
import { createGraphiQLFetcher } from '@graphiql/toolkit'
import { GraphiQL } from 'graphiql'
import 'graphiql/style.css'
import { createRoot } from 'react-dom/client'

const base = new URL('.', import.meta.url).pathname
;(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_id: string, label: string) {
    const name = label === 'json' ? 'json' : label === 'graphql' ? 'graphql' : 'editor'
    return new Worker(`${base}${name}.worker.js`, { type: 'module' })
  },
}

const examples = JSON.parse(document.getElementById('examples')?.textContent ?? '[]') as { query: string }[]
const fetcher = createGraphiQLFetcher({ url: window.location.pathname })
createRoot(document.getElementById('graphiql')!).render(
  <GraphiQL fetcher={fetcher} defaultTabs={examples.map(({ query }) => ({ query }))} />,
)
