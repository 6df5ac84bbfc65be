import fs from 'node:fs';
import path from 'node:path';

/**
 * Is a folder on this PC's own disk, or on a network location? SQLite keeps a database in WAL mode
 * whole only when every connection is on the same host (sqlite.org/wal.html: "WAL does not work over
 * a network filesystem"; sqlite.org/useovernet.html), so Cakap warns when its database folder is on a
 * share. The decision is a pure function of the folder's path and what its volume says about itself
 * (classifyFolder, tested on each kind); readVolume() asks the operating system, without a native
 * addon or a child process. The office issue builds its refusal on the same answer.
 */

export type LocationKind = 'local' | 'network' | 'unknown';

export interface FolderLocation {
  kind: LocationKind;
  /** What gave it away, for the warning and the self-test report (a share, a file system type). */
  reason: string;
}

/** What the operating system says about the volume a folder is on. */
export type VolumeInfo =
  /** Windows: the folder resolved by fs.realpathSync.native (GetFinalPathNameByHandleW); null when it could not be. */
  | { platform: 'win32'; realPath: string | null }
  /** Linux: statfs's f_type and the file system type of the mount holding the folder (/proc/self/mountinfo). */
  | { platform: 'linux'; fsType: number | null; mountType: string | null }
  /** Elsewhere (macOS): nothing Cakap reads. */
  | { platform: 'other' };

/**
 * A Windows path to a share: \\server\share\... or \\?\UNC\server\share\... The device forms
 * \\?\C:\... and \\.\... are local.
 */
export function isUncPath(p: string): boolean {
  const s = p.replace(/\//g, '\\');
  if (/^\\\\\?\\UNC\\/i.test(s)) return true;
  if (/^\\\\[?.]\\/.test(s)) return false;
  return /^\\\\[^\\]/.test(s);
}

/** The share part of a UNC path (\\server\share), for the warning. */
function shareOf(p: string): string {
  const s = p.replace(/\//g, '\\').replace(/^\\\\\?\\UNC\\/i, '\\\\');
  return s.split('\\').slice(0, 4).join('\\');
}

/**
 * statfs f_type of network and cluster file systems (linux/magic.h, statfs(2)). FUSE is told apart
 * by the mount's type below: sshfs and rclone are remote, ntfs-3g and exfat (fuseblk) are local disks.
 */
export const LINUX_NETWORK_FS = new Map<number, string>([
  [0x6969, 'NFS'],
  [0x517b, 'SMB'],
  [0xff534d42, 'CIFS'],
  [0xfe534d42, 'SMB2/3'],
  [0x01021997, '9P'],
  [0x00c36400, 'CephFS'],
  [0x5346414f, 'AFS'],
  [0x6b414653, 'AFS'],
  [0x73757245, 'Coda'],
  [0x7461636f, 'OCFS2'],
]);
export const LINUX_FUSE = 0x65735546;
const NETWORK_MOUNT_TYPE = /^(nfs4?|cifs|smb3?|smbfs|9p|ceph|glusterfs|afs|fuse\.(sshfs|rclone|s3fs|gcsfuse|glusterfs|davfs|curlftpfs|smbnetfs))$/;
const LOCAL_FUSE_MOUNT_TYPE = /^(fuseblk|fuse\.(ntfs-3g|exfat|lxcfs|gvfsd-fuse|portal|appimage.*))$/;

export function classifyFolder(folder: string, volume: VolumeInfo): FolderLocation {
  if (volume.platform === 'win32') {
    if (isUncPath(folder)) return { kind: 'network', reason: `alamat jaringan ${shareOf(folder)}` };
    if (volume.realPath === null) return { kind: 'unknown', reason: 'letak folder tidak dapat dibaca' };
    // A drive letter mapped to a share resolves to the share itself.
    if (isUncPath(volume.realPath)) return { kind: 'network', reason: `drive ${folder.slice(0, 2).toUpperCase()} adalah folder jaringan ${shareOf(volume.realPath)}` };
    return { kind: 'local', reason: `disk lokal ${volume.realPath.slice(0, 2).toUpperCase()}` };
  }
  if (volume.platform === 'linux') {
    if (volume.fsType === null) return { kind: 'unknown', reason: 'jenis sistem berkas tidak dapat dibaca' };
    const network = LINUX_NETWORK_FS.get(volume.fsType);
    if (network) return { kind: 'network', reason: `sistem berkas jaringan ${network}` };
    if (volume.mountType && NETWORK_MOUNT_TYPE.test(volume.mountType)) return { kind: 'network', reason: `sistem berkas jaringan ${volume.mountType}` };
    if (volume.fsType === LINUX_FUSE) {
      if (volume.mountType && LOCAL_FUSE_MOUNT_TYPE.test(volume.mountType)) return { kind: 'local', reason: `disk lokal (${volume.mountType})` };
      return { kind: 'unknown', reason: `sistem berkas FUSE ${volume.mountType ?? 'tanpa nama'}` };
    }
    return { kind: 'local', reason: `disk lokal (${volume.mountType ?? `0x${volume.fsType.toString(16)}`})` };
  }
  return { kind: 'unknown', reason: 'tidak diperiksa di sistem ini' };
}

/**
 * The file system type of the mount holding a path, from /proc/self/mountinfo's text: the longest
 * mount point that contains it. Mount points escape spaces and the like as \040.
 */
export function mountTypeOf(realPath: string, mountinfo: string): string | null {
  let best: { point: string; type: string } | null = null;
  for (const line of mountinfo.split('\n')) {
    const [left, right] = line.split(' - ');
    if (!left || !right) continue;
    const point = left.split(' ')[4]?.replace(/\\([0-7]{3})/g, (_m, octal: string) => String.fromCharCode(parseInt(octal, 8)));
    const type = right.split(' ')[0];
    if (!point || !type) continue;
    const inside = point === '/' || realPath === point || realPath.startsWith(`${point}/`);
    if (inside && (!best || point.length >= best.point.length)) best = { point, type };
  }
  return best?.type ?? null;
}

/** Asks the operating system about the volume of an existing folder. */
export function readVolume(folder: string, platform: NodeJS.Platform = process.platform): VolumeInfo {
  if (platform === 'win32') {
    try {
      return { platform, realPath: fs.realpathSync.native(folder) };
    } catch {
      return { platform, realPath: null };
    }
  }
  if (platform === 'linux') {
    let fsType: number | null = null;
    let mountType: string | null = null;
    try {
      fsType = Number(fs.statfsSync(folder).type) >>> 0;
      mountType = mountTypeOf(fs.realpathSync(folder), fs.readFileSync('/proc/self/mountinfo', 'utf8'));
    } catch {
      // What could not be read stays null.
    }
    return { platform, fsType, mountType };
  }
  return { platform: 'other' };
}

/** Where a folder is: the nearest existing folder on its path is asked (the database folder may not exist yet). */
export function folderLocation(folder: string): FolderLocation {
  let dir = path.resolve(folder);
  while (!fs.existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return classifyFolder(path.resolve(folder), readVolume(dir));
}

/**
 * Why Cakap refuses a database in a folder on a network location, in one sentence that offers what
 * to do instead (one PC holds the database, colleagues use kantor bersama); null when it may open it.
 */
export function networkFolderRefusal(folder: string, location: FolderLocation): string | null {
  if (location.kind !== 'network') return null;
  return (
    `Cakap tidak membuka basis data di folder jaringan (${folder}, ${location.reason}), karena di sana basis data dapat rusak: ` +
    'simpan basis data di disk satu komputer, lalu nyalakan Kantor bersama (Pengaturan › Kantor bersama) agar rekan kerja memakainya dari peramban ' +
    '(bagian TI dapat menetapkan folder lokal lewat variabel lingkungan CAKAP_DATA_DIR).'
  );
}
