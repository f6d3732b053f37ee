/** The spec's named schemas, as the SDK's public types. */
import type { components } from '../generated/schema.js';

/**
 * A language the service answers in (`x-authing-lang`).
 * @useDeclaredType
 */
export type Lang = components['parameters']['Lang'];
/**
 * A user of the pool, as the service returns it; a login adds `token` and `tokenExpiredAt`.
 * @useDeclaredType
 */
export type User = components['schemas']['User'];
/**
 * Profile fields to store on a user at registration.
 * @useDeclaredType
 */
export type RegisterProfile = components['schemas']['RegisterProfile'];
/**
 * Profile fields `updateProfile` can change: not email, phone or password.
 * @useDeclaredType
 */
export type UpdateProfileInput = components['schemas']['UpdateProfileInput'];
/**
 * One user-defined field and the user's value for it, as on the wire (the value JSON-encoded).
 * @useDeclaredType
 */
export type UserDefinedData = components['schemas']['UserDefinedData'];
/**
 * Data type of a user-defined field.
 * @useDeclaredType
 */
export type UdvDataType = components['schemas']['UdvDataType'];
/**
 * Whether a token is valid, and whose it is.
 * @useDeclaredType
 */
export type JwtTokenStatus = components['schemas']['JwtTokenStatus'];
/**
 * A new token for the signed-in user.
 * @useDeclaredType
 */
export type RefreshToken = components['schemas']['RefreshToken'];
/**
 * Outcome of an operation that returns no object.
 * @useDeclaredType
 */
export type CommonMessage = components['schemas']['CommonMessage'];
/**
 * Why an email is sent: `RESET_PASSWORD`, `VERIFY_EMAIL`, `CHANGE_EMAIL` or `MFA_VERIFY`.
 * @useDeclaredType
 */
export type EmailScene = components['schemas']['EmailScene'];
/**
 * What an SMS code will be used for.
 * @useDeclaredType
 */
export type SmsScene = components['schemas']['SmsScene'];
/**
 * Error codes the service is documented to return in the envelope's `code`.
 * @useDeclaredType
 */
export type ErrorCode = components['schemas']['ErrorCode'];
/**
 * The envelope of a failed operation.
 * @useDeclaredType
 */
export type ErrorEnvelope = components['schemas']['ErrorEnvelope'];
/**
 * The user pool's RSA public key.
 * @useDeclaredType
 */
export type PublicKey = components['schemas']['PublicKey'];
