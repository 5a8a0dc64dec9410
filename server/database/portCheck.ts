/**
 * Tells whether a TCP port on the loopback interface is free, so the launcher
 * can refuse a busy port with a clear message instead of a child's crash.
 */
import net from 'node:net'

export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer()
    probe.once('error', () => resolve(false))
    probe.once('listening', () => probe.close(() => resolve(true)))
    probe.listen(port, host)
  })
}
