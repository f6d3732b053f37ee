/** Name and version this SDK announces in `x-authing-sdk-version`; a test keeps them equal to package.json. */
export const SDK_NAME = 'authing-rest-sdk';
/** The package version. */
export const SDK_VERSION = '0.1.0';
