/**
 * The spec's named schemas, as the SDK's public types. Object schemas are interfaces, not aliases, so
 * that signatures, the reference and editors show their names (`Promise<User>`) and link their fields.
 */
import type {
  components,
  User as UserSchema,
  RegisterProfile as RegisterProfileSchema,
  UpdateProfileInput as UpdateProfileInputSchema,
  UserDefinedData as UserDefinedDataSchema,
  JwtTokenStatus as JwtTokenStatusSchema,
  RefreshToken as RefreshTokenSchema,
  CommonMessage as CommonMessageSchema,
  ErrorEnvelope as ErrorEnvelopeSchema,
  PublicKey as PublicKeySchema,
} from '../generated/schema.js';

/**
 * A language the service answers in (`x-authing-lang`).
 * @useDeclaredType
 * @category Models
 */
export type Lang = components['parameters']['Lang'];
/**
 * A user of the pool, as the service returns it; a login adds `token` and `tokenExpiredAt`.
 * @category Models
 */
export interface User extends UserSchema {}
/**
 * Profile fields to store on a user at registration.
 * @category Models
 */
export interface RegisterProfile extends RegisterProfileSchema {}
/**
 * Profile fields `updateProfile` can change: not email, phone or password.
 * @category Models
 */
export interface UpdateProfileInput extends UpdateProfileInputSchema {}
/**
 * One user-defined field and the user's value for it, as on the wire (the value JSON-encoded).
 * @category Models
 */
export interface UserDefinedData extends UserDefinedDataSchema {}
/**
 * Data type of a user-defined field.
 * @useDeclaredType
 * @category Models
 */
export type UdvDataType = components['schemas']['UdvDataType'];
/**
 * Whether a token is valid, and whose it is.
 * @category Models
 */
export interface JwtTokenStatus extends JwtTokenStatusSchema {}
/**
 * A new token for the signed-in user.
 * @category Models
 */
export interface RefreshToken extends RefreshTokenSchema {}
/**
 * Outcome of an operation that returns no object.
 * @category Models
 */
export interface CommonMessage extends CommonMessageSchema {}
/**
 * Why an email is sent: `RESET_PASSWORD`, `VERIFY_EMAIL`, `CHANGE_EMAIL` or `MFA_VERIFY`.
 * @useDeclaredType
 * @category Models
 */
export type EmailScene = components['schemas']['EmailScene'];
/**
 * What an SMS code will be used for.
 * @useDeclaredType
 * @category Models
 */
export type SmsScene = components['schemas']['SmsScene'];
/**
 * Error codes the service is documented to return in the envelope's `code`.
 * @useDeclaredType
 * @category Errors
 */
export type ErrorCode = components['schemas']['ErrorCode'];
/**
 * The envelope of a failed operation.
 * @category Errors
 */
export interface ErrorEnvelope extends ErrorEnvelopeSchema {}
/**
 * The user pool's RSA public key.
 * @category Models
 */
export interface PublicKey extends PublicKeySchema {}
