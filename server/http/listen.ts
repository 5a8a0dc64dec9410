/** Starts a server listening and resolves with its port (0 asks for a free one); a busy port rejects. */
import type http from 'node:http'
import type { AddressInfo } from 'node:net'

export async function listen(server: http.Server, port: number, host?: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  return (server.address() as AddressInfo).port
}
