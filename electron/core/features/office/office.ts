import type { Office, ParsedInput } from '../../../../shared/contract';
import type { CoreContext } from '../../platform/context';
import type { Store } from '../../platform/db/store';
import { readSettings } from '../settings/settings';
import { logoDataUrl, readLogo, type LogoImage } from './logo';

/** Stored in the settings table: the letterhead and signer as one JSON object, the logo under its own key. */
const OFFICE = 'office';
const LOGO = 'office.logo';

interface StoredOffice {
  governmentLine: string;
  officeName: string;
  address: string;
  contact: string;
  signer: Office['signer'];
}

interface StoredLogo {
  mimeType: LogoImage['mimeType'];
  width: number;
  height: number;
  size: number;
  base64: string;
}

const EMPTY_SIGNER: Office['signer'] = { place: '', title: '', name: '', rank: '', nip: '' };

export const DEFAULT_OFFICE_NAME = 'DINAS TENAGA KERJA';

function defaults(store: Store): Office['defaults'] {
  const settings = readSettings(store);
  const government = settings.mode === 'province' ? `PROVINSI ${settings.provinceName ?? ''}` : (settings.regencyName ?? 'Kabupaten');
  return { governmentLine: `PEMERINTAH ${government.toUpperCase()}`.trim(), officeName: settings.mode === 'province' ? 'DINAS TENAGA KERJA DAN TRANSMIGRASI' : DEFAULT_OFFICE_NAME };
}

export function readOffice(store: Store): Office {
  const stored = store.settings.get<StoredOffice>(OFFICE);
  const logo = store.settings.get<StoredLogo>(LOGO);
  const fallback = defaults(store);
  return {
    governmentLine: stored?.governmentLine || fallback.governmentLine,
    officeName: stored?.officeName || fallback.officeName,
    address: stored?.address ?? '',
    contact: stored?.contact ?? '',
    signer: { ...EMPTY_SIGNER, ...stored?.signer },
    logo: logo
      ? {
          mimeType: logo.mimeType,
          size: logo.size,
          width: logo.width,
          height: logo.height,
          dataUrl: logoDataUrl({ mimeType: logo.mimeType, data: Buffer.from(logo.base64, 'base64') }),
        }
      : null,
    defaults: fallback,
  };
}

/** Saves the letterhead text and the signer; an empty government line or office name goes back to its default. */
export function saveOffice(ctx: CoreContext, input: ParsedInput<'office.set'>): Office {
  const before = readOffice(ctx.store);
  const fallback = before.defaults;
  const stored: StoredOffice = {
    governmentLine: input.governmentLine === fallback.governmentLine ? '' : input.governmentLine,
    officeName: input.officeName === fallback.officeName ? '' : input.officeName,
    address: input.address,
    contact: input.contact,
    signer: input.signer,
  };
  ctx.store.transaction(() => {
    ctx.store.settings.set(OFFICE, stored);
    const after = readOffice(ctx.store);
    const changed = (['governmentLine', 'officeName', 'address', 'contact'] as const).filter((k) => before[k] !== after[k]);
    const signerChanged = (Object.keys(EMPTY_SIGNER) as (keyof Office['signer'])[]).filter((k) => before.signer[k] !== after.signer[k]);
    ctx.audit('office.set', { changed: [...changed, ...signerChanged.map((k) => `signer.${k}`)], signer: after.signer.name, nip: after.signer.nip });
  });
  return readOffice(ctx.store);
}

export async function setLogo(ctx: CoreContext, fileId: string): Promise<Office> {
  const file = ctx.files.resolve(fileId);
  const logo = await readLogo(file.path, file.name);
  const stored: StoredLogo = { mimeType: logo.mimeType, width: logo.width, height: logo.height, size: logo.data.length, base64: logo.data.toString('base64') };
  ctx.store.transaction(() => {
    ctx.store.settings.set(LOGO, stored);
    ctx.audit('office.logo', { name: file.name, mimeType: logo.mimeType, size: stored.size, width: logo.width, height: logo.height });
  });
  return readOffice(ctx.store);
}

export function removeLogo(ctx: CoreContext): Office {
  ctx.store.transaction(() => {
    if (ctx.store.settings.get<StoredLogo>(LOGO)) {
      ctx.store.settings.remove(LOGO);
      ctx.audit('office.logoRemoved', {});
    }
  });
  return readOffice(ctx.store);
}
