import { ERROR_CODES } from '../../../shared/contract/errors';

/** An error the user caused or can fix; its message is shown as it is, in Bahasa Indonesia. */
export class CakapError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = 'CakapError';
  }
}

export const invalidInput = (message: string) => new CakapError(ERROR_CODES.invalidInput, message);
export const notFound = (message: string) => new CakapError(ERROR_CODES.notFound, message);
export const conflict = (message: string) => new CakapError(ERROR_CODES.conflict, message);
export const forbidden = (message: string) => new CakapError(ERROR_CODES.forbidden, message);
export const fileUnreadable = (message: string) => new CakapError(ERROR_CODES.fileUnreadable, message);

/** Thrown inside a job when the user pressed Batal; the job's transaction is rolled back. */
export class CancelledError extends CakapError {
  constructor() {
    super('CANCELLED', 'Dibatalkan; tidak ada yang berubah.');
  }
}
