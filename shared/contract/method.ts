import type { z } from 'zod';

/**
 * Who may call a method when colleagues use Cakap through the office network (office mode): every
 * signed-in account ('read': pages and reports, NIK masked for a reader), operators and admins
 * ('operate': imports, programs, lists, letters), or admins only ('admin': accounts and settings).
 * The desktop window, the CLI and the one-person browser mode act with full rights, as before.
 */
export const ACCESS_LEVELS = ['read', 'operate', 'admin'] as const;
export type Access = (typeof ACCESS_LEVELS)[number];

/** One API method: what it takes, what it gives back, who may call it, and a line saying what it does. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  summary: string;
  access: Access;
  input: I;
  output: O;
}

export function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}
