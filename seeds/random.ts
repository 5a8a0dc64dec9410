/**
 * Seeds must come out identical on every run (tests, benchmarks and demo data
 * compare against them), so they draw from this seeded generator and never
 * from Math.random.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  /** `count` distinct items in random order (all of them if count exceeds the length). */
  sample<T>(items: readonly T[], count: number): T[]
}

/** mulberry32: tiny, fast and good enough for seed data. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list')
      return items[int(0, items.length - 1)] as T
    },
    sample<T>(items: readonly T[], count: number): T[] {
      const pool = [...items]
      const wanted = Math.min(Math.max(0, count), pool.length)
      for (let i = 0; i < wanted; i++) {
        const j = int(i, pool.length - 1)
        const tmp = pool[i] as T
        pool[i] = pool[j] as T
        pool[j] = tmp
      }
      return pool.slice(0, wanted)
    },
  }
}
