import type { MethodName, Output, ParsedInput } from '../../../shared/contract';
import type { CoreContext } from './context';

export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: CoreContext,
) => Output<M> | Promise<Output<M>>;

/** One handler per contract method; a missing or mistyped one fails the typecheck. */
export type Handlers = { [M in MethodName]: Handler<M> };
