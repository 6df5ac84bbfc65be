import type { Handlers } from '../../platform/handlers';
import { writePackage } from './write';

export const packageHandlers = {
  'package.write': (input, ctx) => writePackage(ctx, input.asOf),
} satisfies Partial<Handlers>;
