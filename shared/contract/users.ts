import { z } from 'zod';
import { ROLES } from '../domain/accounts';
import { emptyInput, okOutput } from './common';
import { method } from './method';

const usernameSchema = z
  .string()
  .trim()
  .min(3, { error: 'Nama pengguna paling sedikit 3 huruf.' })
  .max(40, { error: 'Nama pengguna paling panjang 40 huruf.' })
  .regex(/^[a-zA-Z0-9._-]+$/, { error: 'Nama pengguna hanya huruf, angka, titik, garis bawah atau tanda hubung, tanpa spasi (misalnya siti.aminah).' });
const passwordSchema = z.string().min(1, { error: 'Kata sandi harus diisi.' }).max(200, { error: 'Kata sandi paling panjang 200 karakter.' });

export const accountSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  role: z.enum(ROLES),
  active: z.boolean(),
  /** Locked after too many wrong passwords, until this time (ISO). */
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  disabledAt: z.string().nullable(),
});
export type Account = z.infer<typeof accountSchema>;

export const currentUserSchema = z.object({
  /** Through office mode: the signed-in account; at the desk (window, CLI): the computer's user, with every right. */
  username: z.string(),
  fullName: z.string(),
  role: z.enum(ROLES),
  officeMode: z.boolean(),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

export const usersMethods = {
  'users.current': method({
    summary: 'Siapa yang sedang memakai Cakap, dan perannya.',
    access: 'read',
    input: emptyInput,
    output: currentUserSchema,
  }),
  'users.list': method({
    summary: 'Akun rekan kerja untuk mode kantor bersama.',
    access: 'admin',
    input: emptyInput,
    output: z.array(accountSchema),
  }),
  'users.add': method({
    summary: 'Buat akun: nama pengguna, nama lengkap, peran dan kata sandi awal.',
    access: 'admin',
    input: z.object({
      username: usernameSchema,
      fullName: z.string().trim().min(2, { error: 'Nama lengkap harus diisi.' }).max(100, { error: 'Nama lengkap paling panjang 100 huruf.' }),
      role: z.enum(ROLES, { error: 'Peran harus admin, operator atau pembaca.' }),
      password: passwordSchema,
    }),
    output: accountSchema,
  }),
  'users.setActive': method({
    summary: 'Nonaktifkan akun (sesinya berakhir saat itu juga) atau aktifkan lagi.',
    access: 'admin',
    input: z.object({ id: z.number().int(), active: z.boolean() }),
    output: accountSchema,
  }),
  'users.resetPassword': method({
    summary: 'Beri akun kata sandi baru (misalnya bila lupa); sesinya berakhir dan kuncinya dibuka.',
    access: 'admin',
    input: z.object({ id: z.number().int(), password: passwordSchema }),
    output: accountSchema,
  }),
  'users.changePassword': method({
    summary: 'Ganti kata sandi sendiri.',
    access: 'read',
    input: z.object({ current: passwordSchema, next: passwordSchema }),
    output: okOutput,
  }),
};
