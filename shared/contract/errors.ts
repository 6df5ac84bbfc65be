import { z } from 'zod';

/**
 * Errors cross every door (IPC, HTTP bridge, CLI) as {code, message}. The code is stable and
 * meant for programs; the message is Bahasa Indonesia and meant for the person at the desk.
 */
export const apiErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export const ERROR_CODES = {
  invalidInput: 'INVALID_INPUT',
  notFound: 'NOT_FOUND',
  conflict: 'CONFLICT',
  unknownMethod: 'UNKNOWN_METHOD',
  unauthorized: 'UNAUTHORIZED',
  /** Signed in, but the account's role may not do this (office mode). */
  forbidden: 'FORBIDDEN',
  /** Office mode: sign in first, or again (the session expired). */
  loginRequired: 'LOGIN_REQUIRED',
  fileUnreadable: 'FILE_UNREADABLE',
  /** Another job (a colleague's import) holds the database's write lock; nothing changed, try again. */
  busy: 'DATABASE_BUSY',
  internal: 'INTERNAL',
} as const;

export type ApiResult<T> = { ok: true; result: T } | { ok: false; error: ApiError };

/** Thrown by the client so UI code can show `error.message` as it is. */
export class ApiCallError extends Error implements ApiError {
  readonly code: string;
  constructor(error: ApiError) {
    super(error.message);
    this.code = error.code;
    this.name = 'ApiCallError';
  }
}

/** Turns a zod failure into one Indonesian sentence naming the field. */
export function describeInvalidInput(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'Masukan tidak valid.';
  const more = error.issues.length > 1 ? ` Ada ${error.issues.length - 1} masalah lain.` : '';
  // Our own messages are whole sentences that name the field; zod's generic ones need the field added.
  if (first.message.endsWith('.')) return `${first.message}${more}`;
  const field = first.path.length > 0 ? ` pada "${first.path.join('.')}"` : '';
  return `Masukan tidak valid${field}: ${first.message}.${more}`;
}
