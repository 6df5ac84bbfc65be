/** A small seeded random generator: the same mutations every run, so a failure can be replayed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** How long one fuzzed file may take before it counts as a hang. */
export const TIME_LIMIT_MS = 10_000;

/** `work`, or a failure naming `what` when it takes longer than TIME_LIMIT_MS. */
export async function withinTimeLimit<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`lebih dari ${TIME_LIMIT_MS} ms: ${what}`)), TIME_LIMIT_MS);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
