import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../core/platform/paths';

/**
 * The demo letterhead's logo: Cakap's own icon, standing in for the regency's coat of arms. In the
 * source tree it is build/icon.png; the build copies it beside the bundle (build/ itself is
 * electron-builder's resource folder and never packaged), so the installed app finds it too.
 */
export const DEMO_LOGO_SOURCE = 'build/icon.png';
export const DEMO_LOGO_BUNDLED = 'logo-contoh.png';

export function demoLogoFile(): string {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith('.ts') ? path.join(projectRoot(), DEMO_LOGO_SOURCE) : path.join(path.dirname(here), DEMO_LOGO_BUNDLED);
}
