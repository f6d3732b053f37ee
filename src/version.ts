/**
 * Name and version this SDK announces in `x-authing-sdk-version`; a test keeps them equal to package.json.
 * @category Client
 */
export const SDK_NAME = 'authing-rest-sdk';
/**
 * The package version.
 * @category Client
 */
export const SDK_VERSION = '0.1.0';
