/**
 * A seeded random source for the fuzzer, so a run that finds a failure can be
 * repeated exactly with `--seed`.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  chance(probability: number): boolean
}

export function seededRandom(seed: number): Random {
  // mulberry32: small, fast and good enough to spread test inputs.
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (probability) => next() < probability,
  }
}

/** Text a client might send: plain words, Chinese, operators written as text, escapes, control characters, long runs. */
export function randomText(random: Random, samples: readonly string[] = []): string {
  const kinds = [
    () => random.pick(samples.length ? samples : ['运河']),
    () => random.pick(['', ' ', '运河', '老年', '健康', 'a', 'Z', '书法课', 'course', 'seed:x']),
    () =>
      random.pick([
        '.*',
        '^$',
        '{"$ne":null}',
        '$where',
        '\\',
        '"',
        "'",
        '%',
        '_',
        '[',
        '(',
        '*',
        '+?',
        '\u0000',
        '\u202e',
        '😀',
        '\ud800',
        '<script>',
        'null',
        'undefined',
        '-1',
        '1e309',
      ]),
    () => 'x'.repeat(random.int(30, 300)),
    () => Array.from({ length: random.int(1, 12) }, () => String.fromCharCode(random.int(0, 0xffff))).join(''),
  ]
  return random.pick(kinds)()
}
