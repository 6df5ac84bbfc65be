import type { SharingStatus } from '../../../../shared/contract/sharing';
import { DEFAULT_OFFICE_PORT } from '../../../../shared/contract/sharing';
import type { CoreContext } from '../../platform/context';
import { conflict, invalidInput } from '../../platform/errors';
import { addressProblem, localAddresses } from './addresses';
import { ensureCertificate, readCertificate, type Certificate } from './certificate';

/**
 * Kantor bersama (office mode), as the office set it in Pengaturan: off by default; when on, one
 * address of this PC and a port. The door that holds the database (the desktop app, or `cakap serve
 * --office`) starts the HTTPS server from this and restarts it when it changes.
 */
const KEY = 'sharing';

export interface SharingSettings {
  enabled: boolean;
  host: string | null;
  port: number;
}

export function readSharing(ctx: CoreContext): SharingSettings {
  return ctx.store.settings.get<SharingSettings>(KEY) ?? { enabled: false, host: null, port: DEFAULT_OFFICE_PORT };
}

export function sharingStatus(ctx: CoreContext): SharingStatus {
  const settings = readSharing(ctx);
  const certificate = readCertificate(ctx.dbPath);
  return {
    enabled: settings.enabled,
    host: settings.host,
    port: settings.port,
    url: settings.enabled && settings.host ? officeUrl(settings.host, settings.port) : null,
    addresses: localAddresses(),
    certificate: certificate && { fingerprint: certificate.fingerprint, validUntil: certificate.validUntil, hosts: certificate.hosts },
    activeAccounts: ctx.store.accounts.all().filter((a) => a.disabled_at === null).length,
    running: { ...ctx.officeServer },
  };
}

export const officeUrl = (host: string, port: number) => `https://${host}:${port}`;

export async function enableSharing(ctx: CoreContext, host: string, port: number): Promise<SharingStatus> {
  const problem = addressProblem(host, localAddresses());
  if (problem) throw invalidInput(problem);
  if (!ctx.store.accounts.all().some((a) => a.disabled_at === null)) {
    throw conflict('Buat dulu akun untuk rekan kerja (Pengaturan › Akun): tanpa akun tidak ada yang dapat masuk dari peramban.');
  }
  const { certificate, made } = await ensureCertificate(ctx.dbPath, host, ctx.now());
  ctx.store.transaction(() => {
    ctx.store.settings.set(KEY, { enabled: true, host, port } satisfies SharingSettings);
    ctx.audit('sharing.enable', { host, port, fingerprint: certificate.fingerprint, certificateMade: made });
  });
  ctx.emit({ type: 'sharing.changed' });
  return sharingStatus(ctx);
}

export function disableSharing(ctx: CoreContext): SharingStatus {
  const settings = readSharing(ctx);
  ctx.store.transaction(() => {
    ctx.store.settings.set(KEY, { ...settings, enabled: false } satisfies SharingSettings);
    ctx.audit('sharing.disable', { host: settings.host, port: settings.port });
  });
  ctx.emit({ type: 'sharing.changed' });
  return sharingStatus(ctx);
}

export interface OfficeServerConfig {
  host: string;
  port: number;
  certificate: Certificate;
}

/** What the door needs to serve office mode now, or null when it is off (or its address is gone from this PC). */
export async function officeServerConfig(ctx: CoreContext, override?: { host: string; port: number }): Promise<OfficeServerConfig | null> {
  const settings = readSharing(ctx);
  const host = override?.host ?? (settings.enabled ? settings.host : null);
  const port = override?.port ?? settings.port;
  if (!host) return null;
  const problem = addressProblem(host, localAddresses());
  if (problem) throw invalidInput(problem);
  const { certificate } = await ensureCertificate(ctx.dbPath, host, ctx.now());
  return { host, port, certificate };
}
