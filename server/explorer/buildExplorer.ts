/** `npm run build:explorer`: the explorer's files into dist/explorer (see bundleExplorer.ts). */
import { bundleExplorer } from './bundleExplorer.ts'

const started = Date.now()
const outdir = await bundleExplorer()
console.log(`explorer bundled into ${outdir} in ${Math.round((Date.now() - started) / 1000)} s`)
