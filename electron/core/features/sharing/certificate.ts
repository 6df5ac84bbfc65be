import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import selfsigned from 'selfsigned';

/**
 * The office PC's own HTTPS certificate, made at first start of office mode: traffic on the office
 * network is encrypted, and colleagues compare the fingerprint Cakap shows with the one their browser
 * shows before they accept its warning (no public authority can vouch for a PC on a local network).
 * Kept beside the database in `kantor-bersama/` (the key readable by this user only), valid for
 * CERTIFICATE_YEARS, made again when it expires or does not cover the chosen address.
 */
const CERTIFICATE_YEARS = 3;

export interface Certificate {
  key: string;
  cert: string;
  fingerprint: string;
  validUntil: string;
  hosts: string[];
}

export function certificateDir(dbPath: string): string {
  return path.join(path.dirname(path.resolve(dbPath)), 'kantor-bersama');
}

export function readCertificate(dbPath: string): Certificate | null {
  const dir = certificateDir(dbPath);
  const keyFile = path.join(dir, 'kunci.pem');
  const certFile = path.join(dir, 'sertifikat.pem');
  if (!fs.existsSync(keyFile) || !fs.existsSync(certFile)) return null;
  try {
    const cert = fs.readFileSync(certFile, 'utf8');
    const x509 = new crypto.X509Certificate(cert);
    const hosts = (x509.subjectAltName ?? '')
      .split(',')
      .map((part) => part.trim().replace(/^(DNS|IP Address):/, ''))
      .filter(Boolean);
    return { key: fs.readFileSync(keyFile, 'utf8'), cert, fingerprint: x509.fingerprint256, validUntil: new Date(x509.validTo).toISOString(), hosts };
  } catch {
    return null;
  }
}

/** The certificate for `host`, made now when there is none, it expires within a month, or it does not name `host`. */
export async function ensureCertificate(dbPath: string, host: string, now: Date): Promise<{ certificate: Certificate; made: boolean }> {
  const existing = readCertificate(dbPath);
  const soon = new Date(now.getTime() + 30 * 86_400_000).toISOString();
  if (existing && existing.hosts.includes(host) && existing.validUntil > soon) return { certificate: existing, made: false };
  const hostname = os.hostname();
  const ips = [...new Set(['127.0.0.1', host])];
  const notAfter = new Date(now);
  notAfter.setFullYear(notAfter.getFullYear() + CERTIFICATE_YEARS);
  const pems = await selfsigned.generate([{ name: 'commonName', value: `Cakap ${hostname}` }, { name: 'organizationName', value: 'Cakap kantor bersama' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: now,
    notAfterDate: notAfter,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: hostname }, { type: 2, value: 'localhost' }, ...ips.map((ip) => ({ type: 7 as const, ip }))] },
    ],
  });
  const dir = certificateDir(dbPath);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'kunci.pem'), pems.private, { mode: 0o600 });
  fs.writeFileSync(path.join(dir, 'sertifikat.pem'), pems.cert);
  return { certificate: readCertificate(dbPath)!, made: true };
}
