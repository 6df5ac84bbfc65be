import { methodNames } from '../../../shared/contract';
import type { Handlers } from '../platform/handlers';

/**
 * Assembles the features' handlers into one table, refusing at start-up a method that two
 * features both answer (an object spread would let the later one win without a word) and a
 * contract method that nobody answers.
 */
export function handlerRegistry(groups: readonly object[]): Handlers {
  const table: Record<string, unknown> = {};
  for (const group of groups) {
    for (const [method, handler] of Object.entries(group)) {
      if (Object.hasOwn(table, method)) throw new Error(`Method "${method}" has two handlers`);
      table[method] = handler;
    }
  }
  const missing = methodNames.filter((m) => !Object.hasOwn(table, m));
  if (missing.length > 0) throw new Error(`No handler for ${missing.join(', ')}`);
  return table as Handlers;
}

/** The handlers of several groups as one type; used to check at compile time that they cover the contract. */
export type Merged<T extends readonly object[]> = T extends readonly [infer Head, ...infer Rest extends readonly object[]] ? Head & Merged<Rest> : unknown;
