import { LRUCache } from 'lru-cache'

/** `compute`, remembering the last `max` answers by argument (for pure string functions on hot paths). */
export function memoized(compute: (key: string) => string, max: number): (key: string) => string {
  const answers = new LRUCache<string, string>({ max })
  return (key) => {
    let answer = answers.get(key)
    if (answer === undefined) answers.set(key, (answer = compute(key)))
    return answer
  }
}
