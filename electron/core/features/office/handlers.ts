import type { Handlers } from '../../platform/handlers';
import { readOffice, removeLogo, saveOffice, setLogo } from './office';

export const officeHandlers = {
  'office.get': (_input, ctx) => readOffice(ctx.store),
  'office.set': (input, ctx) => saveOffice(ctx, input),
  'office.setLogo': (input, ctx) => setLogo(ctx, input.fileId),
  'office.removeLogo': (_input, ctx) => removeLogo(ctx),
} satisfies Partial<Handlers>;
