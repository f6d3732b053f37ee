/**
 * The spec as the emulator's contract: every request body is validated before a handler sees it, and
 * every answer after the handler made it, so the emulator cannot drift from what the SDK and the mock
 * speak.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { specOperations, type BundledSpec, type OperationInfo } from 'authing-rest-spec-reader';


export interface Contract {
  operations: OperationInfo[];
  /** Violations of the operation's request body, as `location: message` lines; empty when valid. */
  checkRequest(operation: OperationInfo, body: unknown): string[];
  /** Violations of an answer with this status and body; empty when valid. */
  checkResponse(operation: OperationInfo, status: number, body: unknown): string[];
  /** Violations of `value` against the spec's schema of this name (`User`), as `location: message` lines. */
  checkSchema(name: string, value: unknown): string[];
}

const pointer = (...parts: string[]) => parts.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

export function loadContract(spec: BundledSpec): Contract {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  ajv.addFormat('password', true);
  ajv.addSchema({ ...spec, $id: 'spec' });
  const validators = new Map<string, ValidateFunction>();
  const validator = (ref: string) => {
    let validate = validators.get(ref);
    if (!validate) {
      validate = ajv.compile({ $ref: `spec#/${ref}` });
      validators.set(ref, validate);
    }
    return validate;
  };
  const violations = (validate: ValidateFunction, value: unknown) =>
    validate(value)
      ? []
      : (validate.errors ?? []).map((error) => {
          // Name the field a client sent but the spec does not allow.
          const extra = (error.params as { additionalProperty?: string }).additionalProperty;
          return `${error.instancePath || '/'}: ${error.message}${extra ? ` (${extra})` : ''}`;
        });

  // The same reading of the spec as the SDK's route table.
  const operations = specOperations(spec);

  return {
    operations,
    checkRequest: (operation, body) =>
      operation.method === 'get' ? [] : violations(validator(pointer('paths', operation.path, operation.method, 'requestBody', 'content', 'application/json', 'schema')), body),
    checkSchema: (name, value) => violations(validator(pointer('components', 'schemas', name)), value),
    checkResponse: (operation, status, body) => {
      // Shared responses (400, 401) are $refs to components; a JSON pointer cannot pass through a $ref.
      const declared = spec.paths[operation.path]![operation.method] as { responses: Record<string, { $ref?: string }> };
      const response = declared.responses[String(status)];
      if (!response) return [`the spec declares no ${status} answer`];
      const base = response.$ref ? response.$ref.slice(2) : pointer('paths', operation.path, operation.method, 'responses', String(status));
      return violations(validator(`${base}/${pointer('content', 'application/json', 'schema')}`), body);
    },
  };
}
