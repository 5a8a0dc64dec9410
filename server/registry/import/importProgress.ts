/**
 * Progress of a long import on the clerk's screen: a bar with the time left
 * on a terminal, a line every thousand records with the time left when the
 * output goes to a file or another program. The estimate starts from the
 * first report, so lines refused before any writing do not make it look
 * faster than it is.
 */
import { SingleBar } from 'cli-progress'

/** Records between two progress lines when there is no terminal to redraw. */
const LINE_EVERY = 1_000

export interface ImportProgress {
  update(done: number, total: number): void
  stop(): void
}

/** `label` names the command in each line (`[import]`, `[export]`). */
export function importProgress(stream: NodeJS.WriteStream, label = 'import'): ImportProgress {
  return stream.isTTY ? terminalBar(stream, label) : progressLines(stream, label)
}

export function timeLeft(seconds: unknown): string {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return '估算中 estimating'
  if (seconds < 60) return `${Math.ceil(seconds)}s`
  const minutes = Math.floor(seconds / 60)
  return minutes < 60
    ? `${minutes}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`
    : `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`
}

function terminalBar(stream: NodeJS.WriteStream, label: string): ImportProgress {
  const bar = new SingleBar({
    format: `[${label}] {bar} {value}/{total} 条 | 剩余 ETA {eta_formatted}`,
    formatTime: (seconds) => timeLeft(seconds),
    etaAsynchronousUpdate: true,
    stream,
  })
  let started = false
  return {
    update(done, total) {
      if (!started) bar.start(total, done)
      else bar.update(done)
      started = true
    },
    stop: () => bar.stop(),
  }
}

function progressLines(stream: NodeJS.WriteStream, label: string): ImportProgress {
  let first: { at: number; done: number } | undefined
  let lastPrinted = 0
  return {
    update(done, total) {
      if (!first) first = { at: Date.now(), done }
      if (done !== total && done - lastPrinted < LINE_EVERY) return
      lastPrinted = done
      const rate = (done - first.done) / ((Date.now() - first.at) / 1000)
      const eta = done === total ? 0 : (total - done) / rate
      stream.write(`[${label}] ${done}/${total} 条 — 剩余 ETA ${timeLeft(eta)}\n`)
    },
    stop() {},
  }
}
