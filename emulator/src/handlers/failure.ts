/** The business error handlers throw. */
import { ErrorCodes, type ErrorName } from '../generated/error-codes.js';

/** A business error, by its name in the spec: the service answers HTTP 200 with its code. */
export class Failure extends Error {
  readonly code: number;
  constructor(name: ErrorName, message: string) {
    super(message);
    this.code = ErrorCodes[name];
  }
}
