import { Redis } from 'ioredis'

import { CONTENT_VERSION_KEY, type ContentVersionTracker } from './contentVersion'

export interface VersionSharing {
  close: () => Promise<void>
}

interface Logger {
  warn: (message: string) => void
}

/**
 * With REDIS_URL, instances tell each other when the content version moves: the instance whose change
 * committed publishes the new token; the others re-read the version before their next cached answer.
 * Without it (or while Redis is unreachable) each instance still re-reads the version every 500 ms:
 * Redis shortens that delay, correctness never depends on it.
 */
export function shareContentVersion(url: string, tracker: ContentVersionTracker, logger: Logger): VersionSharing {
  // A publish while Redis is away fails at once (the others still poll); the subscription waits for the
  // connection and is renewed after each reconnection (ioredis' autoResubscribe).
  const publisher = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false })
  const subscriber = new Redis(url)
  let warned = false
  const warn = (error: Error) => {
    if (warned) return
    warned = true
    logger.warn(`Redis (REDIS_URL) unavailable, content changes reach other instances within 500 ms instead: ${error.message}`)
  }
  publisher.on('error', warn)
  subscriber.on('error', warn)
  subscriber.on('ready', () => (warned = false))

  const channel = CONTENT_VERSION_KEY
  const stop = tracker.onLocalCommit((version) => {
    publisher.publish(channel, version.token).catch(warn)
  })
  subscriber.subscribe(channel).catch(warn)
  subscriber.on('message', () => tracker.invalidate())

  return {
    close: async () => {
      stop()
      await Promise.allSettled([publisher.quit(), subscriber.quit()])
    },
  }
}
