import os from 'node:os';

/**
 * The addresses of this PC that a colleague's browser can reach: IPv4 on each network card, and the
 * loopback address (this PC only, for trying it out). Never 0.0.0.0 or "::": listening on every card
 * at once would also open Cakap on a Wi-Fi or a VPN the office did not mean to share it with.
 */
export interface LocalAddress {
  interface: string;
  address: string;
}

export function localAddresses(): LocalAddress[] {
  const found: LocalAddress[] = [];
  for (const [name, entries] of Object.entries(os.networkInterfaces())) {
    for (const entry of entries ?? []) {
      if (entry.family === 'IPv4' && !entry.internal) found.push({ interface: name, address: entry.address });
    }
  }
  found.push({ interface: 'hanya komputer ini', address: '127.0.0.1' });
  return found;
}

const EVERYWHERE = new Set(['0.0.0.0', '::', '[::]', '*', '']);

/** Why an address cannot be listened on (one Indonesian sentence), or null when it is one of this PC's. */
export function addressProblem(host: string, available: readonly LocalAddress[]): string | null {
  if (EVERYWHERE.has(host.trim())) {
    return `Alamat "${host}" berarti semua jaringan sekaligus; pilih satu alamat komputer ini (${available.map((a) => a.address).join(', ')}).`;
  }
  if (!available.some((a) => a.address === host)) {
    return `Alamat ${host} bukan alamat komputer ini; pilih salah satu dari: ${available.map((a) => a.address).join(', ')}.`;
  }
  return null;
}
