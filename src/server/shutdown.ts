import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import net from 'node:net'

interface Connection {
  /** Responses not finished yet on this socket. */
  active: Set<ServerResponse>
  /** Requests this socket has carried (0: an upgraded WebSocket, or a connection that never sent one). */
  served: number
}

export interface DrainResult {
  /** Requests still running when the grace period ended, cut with their connection ("GET /api/… (12 s)"). */
  cut: string[]
}

/**
 * Tracks the server's connections so that a shutdown can drain them: stop accepting, let in-flight requests
 * finish within a grace period, then cut what is left. `http.Server#close` alone never resolves while a
 * WebSocket is open (in development, Payload's own HMR socket to Next is one) and closes idle keep-alive
 * connections at once; this keeps them until the drain ends so their next request hears `Connection: close`.
 */
export class ConnectionDrain {
  private readonly connections = new Map<net.Socket, Connection>()
  private readonly started = new WeakMap<ServerResponse, { label: string; at: number }>()
  private draining = false
  private onIdle?: () => void

  constructor(private readonly server: Server) {
    server.on('connection', (socket: net.Socket) => {
      this.connections.set(socket, { active: new Set(), served: 0 })
      socket.once('close', () => {
        this.connections.delete(socket)
        this.checkIdle()
      })
    })
    // Before Express sees the request: during the drain every response closes its connection.
    server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
      const connection = this.connections.get(req.socket)
      if (!connection) return
      connection.active.add(res)
      connection.served += 1
      this.started.set(res, { label: `${req.method} ${req.url}`, at: Date.now() })
      if (this.draining) res.setHeader('Connection', 'close')
      res.once('close', () => {
        connection.active.delete(res)
        this.checkIdle()
      })
    })
  }

  get inFlight(): number {
    let count = 0
    for (const { active } of this.connections.values()) count += active.size
    return count
  }

  /** Stops accepting connections and resolves once no request is running, or when `graceMs` has passed. */
  async drain(graceMs: number): Promise<DrainResult> {
    this.draining = true
    // net.Server#close: stop listening without http.Server#close closing idle keep-alive connections.
    net.Server.prototype.close.call(this.server)
    for (const [socket, { active, served }] of this.connections) {
      // WebSockets (HMR) and connections that never sent a request have nothing to finish.
      if (served === 0) socket.destroy()
      for (const res of active) if (!res.headersSent) res.setHeader('Connection', 'close')
    }
    let timer: NodeJS.Timeout | undefined
    await new Promise<void>((resolve) => {
      this.onIdle = resolve
      timer = setTimeout(resolve, graceMs)
      this.checkIdle()
    })
    clearTimeout(timer)
    const now = Date.now()
    const cut = [...this.connections.values()].flatMap(({ active }) =>
      [...active].map((res) => {
        const start = this.started.get(res)
        return start ? `${start.label} (${Math.round((now - start.at) / 1000)} s)` : 'unknown request'
      }),
    )
    for (const socket of this.connections.keys()) socket.destroy()
    return { cut }
  }

  private checkIdle(): void {
    if (this.draining && this.inFlight === 0) this.onIdle?.()
  }
}
