import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { selfTestRequest } from '../../electron/selfTest/selfTest';

/** `Cakap.exe --self-test`: what IT types, and what Electron adds to the command line itself. */
describe('the --self-test switch', () => {
  const temp = path.resolve('/tmp/uji');

  it('is off unless asked for, whatever else is on the command line', () => {
    expect(selfTestRequest(['C:\\Program Files\\Cakap\\Cakap.exe'], temp)).toBeNull();
    expect(selfTestRequest(['Cakap.exe', '--self-test-report=x.json'], temp)).toBeNull();
  });

  it('writes its report to the temporary folder by default and runs in a folder of its own', () => {
    expect(selfTestRequest(['Cakap.exe', '--self-test'], temp)).toEqual({ report: path.join(temp, 'cakap-self-test.json'), dir: null });
  });

  it('takes a report file and a folder to keep, and ignores the switches Chromium adds', () => {
    expect(selfTestRequest(['Cakap.exe', '--no-sandbox', '--self-test', '--self-test-report=/srv/laporan.json', '--self-test-dir=/srv/uji'], temp)).toEqual({
      report: path.resolve('/srv/laporan.json'),
      dir: path.resolve('/srv/uji'),
    });
  });
});
