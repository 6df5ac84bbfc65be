import type { Access } from '../contract/method';

/** The three roles of office mode, and what each may do (shared/contract/method.ts: Access). */
export const ROLES = ['admin', 'operator', 'reader'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  operator: 'Operator',
  reader: 'Pembaca',
};

export const ROLE_HINTS: Record<Role, string> = {
  admin: 'akun dan pengaturan, ditambah semua yang boleh dilakukan operator',
  operator: 'impor, program, daftar, surat dan tagihan',
  reader: 'melihat halaman dan laporan; NIK selalu disamarkan',
};

const ALLOWED: Record<Role, readonly Access[]> = {
  admin: ['read', 'operate', 'admin'],
  operator: ['read', 'operate'],
  reader: ['read'],
};

export function mayCall(role: Role, access: Access): boolean {
  return ALLOWED[role].includes(access);
}

/** Who calls the core through office mode: a signed-in account. The desk (window, CLI) has none. */
export interface Caller {
  username: string;
  role: Role;
}

/**
 * A session ends after SESSION_IDLE_MINUTES without a request, and at the latest SESSION_MAX_HOURS after
 * signing in (a working day), whichever comes first. After MAX_FAILURES wrong passwords in a row an
 * account is locked for LOCK_MINUTES: a guesser gets a handful of tries an hour, a colleague who
 * mistyped waits a quarter of an hour, or asks an admin.
 */
export const SESSION_IDLE_MINUTES = 30;
export const SESSION_MAX_HOURS = 10;
export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;
