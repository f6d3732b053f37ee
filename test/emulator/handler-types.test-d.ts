/**
 * The emulator's handler table is exhaustive by type, and each handler's answer is typed from the spec:
 * removing an operation's handler, or answering what the spec does not describe, fails the type check.
 */
import { expectTypeOf, test } from 'vitest';
import type { OperationId, SuccessData } from '../../emulator/src/generated/operation-types.ts';
import { accountHandlers } from '../../emulator/src/handlers/accounts.ts';
import type { Handler, Handlers } from '../../emulator/src/handlers/index.ts';
import { signedInHandlers } from '../../emulator/src/handlers/signed-in.ts';

test('a table without one operation\'s handler is refused', () => {
  const { sendEmail: _removed, ...withoutSendEmail } = accountHandlers;
  // @ts-expect-error sendEmail is missing
  const incomplete: Handlers<OperationId> = { ...withoutSendEmail, ...signedInHandlers };
  expectTypeOf(incomplete).toEqualTypeOf<Handlers<OperationId>>();
});

test('a handler answers what the spec says its success carries', () => {
  expectTypeOf<ReturnType<Handler<'getCurrentUser'>>>().toEqualTypeOf<Promise<SuccessData<'getCurrentUser'>>>();
  expectTypeOf<SuccessData<'getWellKnown'>>().toHaveProperty('publicKey');
  expectTypeOf<SuccessData<'listUdv'>>().toBeArray();
  // @ts-expect-error a user is not what getWellKnown answers
  const wrong: Handler<'getWellKnown'> = async () => ({ id: 'u1' });
  expectTypeOf(wrong).toBeFunction();
});
