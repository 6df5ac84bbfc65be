import type { Handlers } from '../../platform/handlers';
import { disableSharing, enableSharing, sharingStatus } from './sharing';

export const sharingHandlers = {
  'sharing.status': (_input, ctx) => sharingStatus(ctx),
  'sharing.enable': (input, ctx) => enableSharing(ctx, input.host, input.port),
  'sharing.disable': (_input, ctx) => disableSharing(ctx),
} satisfies Partial<Handlers>;
