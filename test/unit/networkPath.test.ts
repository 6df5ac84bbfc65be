import { describe, expect, it } from 'vitest';
import {
  classifyFolder,
  folderLocation,
  isUncPath,
  LINUX_FUSE,
  mountTypeOf,
  networkFolderRefusal,
  readVolume,
} from '../../electron/core/platform/files/networkPath';
import { tempDir } from '../helpers/temp';

/**
 * Cakap refuses a database folder on a network location, where SQLite's WAL mode cannot keep
 * it whole. Windows cannot be run here, so the decision is checked as the pure function it is, on
 * each kind of path and volume; the part that asks the operating system runs on this machine.
 */

const win = (folder: string, realPath: string | null) => classifyFolder(folder, { platform: 'win32', realPath });
const linux = (fsType: number | null, mountType: string | null) => classifyFolder('/srv/cakap', { platform: 'linux', fsType, mountType });

describe('a Windows data folder', () => {
  it('on the PC\'s own disk is local, also when spelled as a device path or reached through SUBST', () => {
    expect(win('C:\\Users\\operator\\AppData\\Local\\Cakap', 'C:\\Users\\operator\\AppData\\Local\\Cakap')).toEqual({ kind: 'local', reason: 'disk lokal C:' });
    expect(win('\\\\?\\C:\\Users\\operator\\AppData\\Local\\Cakap', '\\\\?\\C:\\Users\\operator\\AppData\\Local\\Cakap').kind).toBe('local');
    // A SUBST drive resolves to the folder it stands for, on a local disk.
    expect(win('S:\\Cakap', 'D:\\Data\\Cakap')).toEqual({ kind: 'local', reason: 'disk lokal D:' });
  });

  it('redirected to a server (folder redirection of AppData) is a network location, named by its share', () => {
    const location = win('\\\\fileserver\\profiles$\\operator\\AppData\\Roaming\\Cakap', null);
    expect(location).toEqual({ kind: 'network', reason: 'alamat jaringan \\\\fileserver\\profiles$' });
    expect(win('\\\\?\\UNC\\fileserver\\profiles$\\operator\\Cakap', null).reason).toBe('alamat jaringan \\\\fileserver\\profiles$');
    expect(win('//fileserver/data/Cakap', null).kind).toBe('network');
  });

  it('on a drive letter mapped to a share (which SQLite 3.51+ does not recognise itself) is a network location', () => {
    // fs.realpathSync.native resolves a mapped drive to the share it maps (GetFinalPathNameByHandleW).
    expect(win('Z:\\Cakap', '\\\\fileserver\\disnaker\\Cakap')).toEqual({ kind: 'network', reason: 'drive Z: adalah folder jaringan \\\\fileserver\\disnaker' });
  });

  it('that cannot be resolved is unknown, not silently local', () => {
    expect(win('Q:\\Cakap', null).kind).toBe('unknown');
  });

  it('UNC spellings are told from local device paths', () => {
    for (const p of ['\\\\srv\\share\\x', '\\\\?\\UNC\\srv\\share', '//srv/share', '\\\\wsl.localhost\\Debian\\home']) expect(isUncPath(p), p).toBe(true);
    for (const p of ['\\\\?\\C:\\x', '\\\\.\\PhysicalDrive0', 'C:\\Users', '/home/x', '\\\\']) expect(isUncPath(p), p).toBe(false);
  });
});

describe('a Linux data folder', () => {
  it('on NFS, SMB/CIFS, 9P or CephFS is a network location, by statfs\'s file system type', () => {
    expect(linux(0x6969, 'nfs4')).toEqual({ kind: 'network', reason: 'sistem berkas jaringan NFS' });
    expect(linux(0xff534d42, 'cifs').reason).toBe('sistem berkas jaringan CIFS');
    expect(linux(0xfe534d42, 'smb3').kind).toBe('network');
    expect(linux(0x01021997, '9p').kind).toBe('network');
    expect(linux(0x00c36400, 'ceph').kind).toBe('network');
  });

  it('on FUSE is told by the mount: sshfs and rclone are remote, ntfs-3g and exfat disks are local, anything else unknown', () => {
    expect(linux(LINUX_FUSE, 'fuse.sshfs')).toEqual({ kind: 'network', reason: 'sistem berkas jaringan fuse.sshfs' });
    expect(linux(LINUX_FUSE, 'fuse.rclone').kind).toBe('network');
    expect(linux(LINUX_FUSE, 'fuseblk')).toEqual({ kind: 'local', reason: 'disk lokal (fuseblk)' });
    expect(linux(LINUX_FUSE, 'fuse.unknownfs').kind).toBe('unknown');
  });

  it('on ext4, btrfs, xfs or tmpfs is local; without statfs it is unknown', () => {
    expect(linux(0xef53, 'ext4')).toEqual({ kind: 'local', reason: 'disk lokal (ext4)' });
    expect(linux(0x9123683e, null)).toEqual({ kind: 'local', reason: 'disk lokal (0x9123683e)' });
    expect(linux(0x01021994, 'tmpfs').kind).toBe('local');
    expect(linux(null, null).kind).toBe('unknown');
  });

  it('finds the mount of a folder in /proc/self/mountinfo: the longest mount point holding it, escapes decoded', () => {
    const mountinfo = [
      '22 1 8:1 / / rw,relatime - ext4 /dev/sda1 rw',
      '40 22 0:50 / /mnt/kantor rw,relatime - cifs //fileserver/disnaker rw',
      '41 40 0:51 / /mnt/kantor/lokal rw,relatime - ext4 /dev/sdb1 rw',
      '42 22 0:52 / /media/data\\040bersama rw,relatime - nfs4 srv:/data rw',
    ].join('\n');
    expect(mountTypeOf('/home/operator/.config/Cakap', mountinfo)).toBe('ext4');
    expect(mountTypeOf('/mnt/kantor/Cakap', mountinfo)).toBe('cifs');
    expect(mountTypeOf('/mnt/kantor/lokal/Cakap', mountinfo)).toBe('ext4');
    expect(mountTypeOf('/mnt/kantorlain', mountinfo)).toBe('ext4');
    expect(mountTypeOf('/media/data bersama/Cakap', mountinfo)).toBe('nfs4');
  });
});

describe('the refusal', () => {
  it('is one Indonesian line naming the folder and the share, and only for a network location', () => {
    const folder = 'Z:\\Cakap';
    const refusal = networkFolderRefusal(folder, win(folder, '\\\\fileserver\\disnaker\\Cakap'))!;
    expect(refusal).toContain('Cakap tidak membuka basis data di folder jaringan (Z:\\Cakap, drive Z: adalah folder jaringan \\\\fileserver\\disnaker)');
    expect(refusal).toContain('nyalakan Kantor bersama');
    expect(refusal).not.toContain('\n');
    expect(networkFolderRefusal('C:\\Cakap', win('C:\\Cakap', 'C:\\Cakap'))).toBeNull();
    expect(networkFolderRefusal('Q:\\Cakap', win('Q:\\Cakap', null))).toBeNull();
  });

  it('is not given for a temporary folder on this machine, asked of the operating system (a folder not made yet: its parent)', () => {
    const dir = tempDir();
    expect(readVolume(dir, 'linux')).toMatchObject({ platform: 'linux', fsType: expect.any(Number), mountType: expect.any(String) });
    expect(folderLocation(dir).kind).toBe('local');
    expect(folderLocation(`${dir}/belum/ada`).kind).toBe('local');
    // Asked as Windows would be asked: realpath.native of a local folder is local.
    expect(classifyFolder(dir, readVolume(dir, 'win32')).kind).toBe('local');
  });
});
