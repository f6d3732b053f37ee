/**
 * Generated from openapi/ by scripts/generate.ts (`npm run generate`). Do not edit by hand.
 */

/**
 * Every path of the spec with its operations, as openapi-fetch's `createClient<paths>()` takes them (`authing.api` is such a client).
 * @hidden
 */
export interface paths {
    "/api/v2/.well-known": {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Get the pool's public key
         * Returns the user pool's RSA public key. Clients fetch it once, before the first request that carries a password, and encrypt passwords with it.
         */
        get: operations["getWellKnown"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/register/email": {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register by email
         * Creates a user with an email address and a password. The email is not verified by registering: the new user has `emailVerified: false`. With `forceLogin` or `generateToken` the new user also gets a token.
         */
        post: operations["registerByEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/register/username": {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register by username
         * Creates a user with a username and a password. With `forceLogin` or `generateToken` the new user also gets a token.
         */
        post: operations["registerByUsername"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/register/phone-code": {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register by phone and SMS code
         * Creates a user with a phone number verified by an SMS code (send one with `POST /api/v2/sms/send`, scene `register`). An initial password may be set.
         */
        post: operations["registerByPhoneCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/sms/send": {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an SMS code
         * Sends a one-time code by SMS. The code is valid for 60 seconds and works once: for every SMS flow when no scene is given, else for that scene's flows (see `SmsScene`). One code per phone and scene can be sent per minute.
         */
        post: operations["sendSmsCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/login/account": {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in by account and password
         * Signs a user in with a password and any of their accounts: email, username or phone number. After repeated failures from one IP the pool may ask for a CAPTCHA (error 2000); send its answer as `captchaCode`.
         */
        post: operations["loginByAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/login/phone-code": {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in by phone and SMS code
         * Signs a user in with a phone number and an SMS code (scene `login`). With `autoRegister`, an unknown phone number gets a new account.
         */
        post: operations["loginByPhoneCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/login/check-status": {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a token
         * Tells whether a token is valid and unexpired. The answer is the token's status itself, **not** inside
         *     the envelope: `code` 200 with `status: true` for a valid token; `status: false` with the reason's code
         *     (2206 expired, 2207 not valid) otherwise. An invalid token is an answer, not an error. A request the
         *     service cannot serve at all (an unknown user pool) is answered with the error envelope.
         *
         *     The token names its user pool, so `x-authing-userpool-id` may be left out: Authing's web Guard sends
         *     only `Content-Type` and `{ token }`. When the header is sent, the token must be of that pool.
         */
        post: operations["checkLoginStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/email/send": {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an email
         * Sends an email for the given scene: a code to reset the password or to change the address, or a link to verify the address.
         */
        post: operations["sendEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/password/reset/sms": {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset the password by SMS code
         * Sets a new password for the user with this phone number, proven by an SMS code (scene `reset`).
         */
        post: operations["resetPasswordByPhoneCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/password/reset/email": {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset the password by email code
         * Sets a new password for the user with this email address, proven by a code from an email of scene `RESET_PASSWORD`.
         */
        post: operations["resetPasswordByEmailCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/profile/update": {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update the profile
         * Changes fields of the signed-in user's profile. Email, phone and password cannot be changed here.
         */
        post: operations["updateProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/password/update": {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password
         * Changes the signed-in user's password. The old password is required when the user has one; accounts created by phone code or a social provider may leave it out.
         */
        post: operations["updatePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/phone/update": {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the phone number
         * Replaces the signed-in user's phone number with a new one proven by an SMS code. When the pool verifies the old number, the old number and a code sent to it are required too. To add a first phone number, bind it instead.
         */
        post: operations["updatePhone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/email/update": {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the email address
         * Replaces the signed-in user's email with a new one proven by a code (email scene `CHANGE_EMAIL`). When the pool verifies the old address, the old address and a code sent to it are required too.
         */
        post: operations["updateEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/refresh-token": {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh the token
         * Issues a new token for the signed-in user, with a new expiry.
         */
        post: operations["refreshToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/phone/bind": {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bind a phone number
         * Adds a first phone number to the signed-in user, proven by an SMS code (scene `bind`). A user who has one already must change it instead.
         */
        post: operations["bindPhone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/phone/unbind": {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unbind the phone number
         * Removes the signed-in user's phone number, unless it is their only way to sign in.
         */
        post: operations["unbindPhone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/me": {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Get the current user
         * Returns the signed-in user's full record.
         */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/logout": {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Log out
         * Revokes the signed-in user's token in the given application.
         */
        get: operations["logout"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/udvs/get": {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List user-defined data
         * Returns the signed-in user's values of the pool's user-defined fields.
         */
        post: operations["listUdv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/udfs/values": {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set user-defined data
         * Sets the signed-in user's values of user-defined fields, each value as a raw JSON value of the field's data type (a DATETIME as a millisecond timestamp or an ISO-8601 string). Authing's Android, iOS, mini-program and Flutter SDKs set them this way.
         */
        post: operations["setUdv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graphql/v2": {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove user-defined data (GraphQL)
         * Removes the signed-in user's value of one user-defined field. No REST endpoint does this: Authing's
         *     Python and JS SDKs send this GraphQL mutation to `/graphql/v2` (the document is in `x-graphql-document`),
         *     with the usual headers and the bearer token; its Android and Flutter SDKs cannot remove a value. The answer follows GraphQL: the remaining values under
         *     `data.removeUdv`, or `errors`, each error's `message` holding Authing's `{ code, message }`.
         */
        post: operations["removeUdv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
/** Webhooks of the spec (none). */
export type webhooks = Record<string, never>;
/**
 * The reusable schemas, responses and parameters of the spec.
 * @hidden
 */
export interface components {
    schemas: {
        /**
         * 200, the operation succeeded.
         * @constant
         */
        SuccessCode: 200;
        /** Human-readable outcome, in the language the request asked for. */
        Message: string;
        /** The user pool's RSA public key, with which clients encrypt passwords. */
        PublicKey: {
            /** The key in PEM format (`-----BEGIN PUBLIC KEY-----`, SubjectPublicKeyInfo). */
            publicKey: string;
        };
        /**
         * Codes the service returns in the envelope's `code` when an operation fails (HTTP status 200).
         *     The service may return other codes too; clients must accept any integer. `x-message-zh-CN` is the
         *     message the service gives in Chinese (`x-authing-lang: zh-CN`, its default).
         */
        ErrorCode: number & (2000 | 2001 | 2003 | 2004 | 2005 | 2006 | 2016 | 2020 | 2026 | 2027 | 2029 | 2031 | 2034 | 2035 | 2037 | 2038 | 2057 | 2100 | 2200 | 2203 | 2204 | 2206 | 2207 | 2217 | 2224 | 2225 | 2226 | 2227 | 2229 | 2230 | 2231 | 2300 | 2333);
        /** The envelope of a failed operation. `data` is usually null. */
        ErrorEnvelope: {
            /** Why the operation failed: one of `ErrorCode`. Never 200, so a client can tell success from failure by the code alone. (The service may add codes; the SDK's `AuthingApiError` accepts any integer.) */
            code: components["schemas"]["ErrorCode"];
            /** Human-readable reason, in the language the request asked for. */
            message: string;
            /** Extra detail about the failure, when the service gives any. */
            data?: unknown;
        };
        /** The envelope of the pre-flight, holding the pool's public key. */
        PublicKeyResponse: {
            /** 200, the operation succeeded. */
            code: components["schemas"]["SuccessCode"];
            /** Human-readable outcome, in the language the request asked for. */
            message: components["schemas"]["Message"];
            /** The user pool's RSA public key, with which clients encrypt passwords. */
            data: components["schemas"]["PublicKey"];
        } | components["schemas"]["ErrorEnvelope"];
        /**
         * HttpFailure
         * A request refused before any operation ran (a method the path does not take, a body too large): the envelope's shape, with the HTTP status as its `code`.
         */
        HttpFailure: {
            /** The HTTP status, repeated. */
            code: number;
            /** What is wrong with the request. */
            message: string;
            /** No data. */
            data?: null;
        };
        /** An email address. */
        Email: string;
        /**
         * Format: password
         * A password, RSA-encrypted (PKCS#1 v1.5) with the pool's public key from `GET /api/v2/.well-known` and
         *     base64-encoded. Pools configured to accept plain passwords take the password as is.
         */
        EncryptedPassword: string;
        /** Profile fields to store on a user at registration. */
        RegisterProfile: {
            /** IP address the user registered from. */
            ip?: string;
            /** Phone number to store on the profile (not verified by registering). */
            phone?: string;
            /** Email address to store on the profile (not verified by registering). */
            email?: string;
            /** Raw profile from a social identity provider, JSON-encoded. */
            oauth?: string;
            /** Username. */
            username?: string;
            /** Display name. */
            nickname?: string;
            /** Company the user works for. */
            company?: string;
            /** URL of the user's avatar. */
            photo?: string;
            /** Device the user registered from. */
            device?: string;
            /** Browser the user registered from. */
            browser?: string;
            /** Full name. */
            name?: string;
            /** Given (first) name. */
            givenName?: string;
            /** Family (last) name. */
            familyName?: string;
            /** Middle name. */
            middleName?: string;
            /** URL of the user's profile page. */
            profile?: string;
            /** Name the user prefers to be called by. */
            preferredUsername?: string;
            /** URL of the user's personal website. */
            website?: string;
            /**
             * Gender; `M` male, `F` female, `U` unknown.
             * @enum {string}
             */
            gender?: "M" | "F" | "U";
            /** Date of birth. */
            birthdate?: string;
            /** Time zone, such as `Asia/Shanghai`. */
            zoneinfo?: string;
            /** Preferred language, such as `zh-CN`. */
            locale?: string;
            /** Postal address on one line. */
            address?: string;
            /** Full postal address, formatted for display. */
            formatted?: string;
            /** Street part of the address. */
            streetAddress?: string;
            /** Locality (town or district) of the address. */
            locality?: string;
            /** Region or state of the address. */
            region?: string;
            /** Postal code of the address. */
            postalCode?: string;
            /** Country of the address. */
            country?: string;
            /** Values of the pool's user-defined fields to set at registration. */
            udf?: {
                /** Key of the user-defined field. */
                key: string;
                /** The value, JSON-encoded as the field's data type requires. */
                value: string;
            }[];
        };
        /**
         * Run the complete login flow after registering: the pool's pre- and post-login pipeline functions and
         *     login webhooks run, the user's login count goes up by one, and a token is returned.
         * @default false
         */
        ForceLogin: boolean;
        /**
         * Return a token for the new user without running the login flow (no pipeline functions or webhooks,
         *     and the login count does not change).
         * @default false
         */
        GenerateToken: boolean;
        /**
         * The end user's real IP address. When calling from a server, set it to the IP of the user the call is
         *     made for, so that rate limits and login-failure detection apply to that user and not to the server.
         */
        ClientIp: string;
        /** JSON-encoded object of request context, passed to the pool's pipeline functions (the SDK's `context`, encoded for you). */
        RequestContext: string;
        /** The user's custom data, as a JSON-encoded list of `{key, value}` pairs (`[{"key":"school","value":"MIT"},{"key":"age","value":22}]`): each value is stored as the user's value of the user-defined field with that key (the SDK's `customData`). A key the pool defines no field for is refused (2231). */
        RequestParams: string;
        /**
         * Data type of a user-defined field, which says how to decode its JSON-encoded value:
         *     NUMBER, BOOLEAN and OBJECT are JSON; DATETIME is a millisecond timestamp; STRING and SELECT are text.
         * @enum {string}
         */
        UdvDataType: "STRING" | "NUMBER" | "DATETIME" | "BOOLEAN" | "OBJECT" | "SELECT";
        /** One user-defined field of the pool and the user's value for it. */
        UserDefinedData: {
            /** Key of the field, as the pool defines it. */
            key: string;
            /** Data type of a user-defined field, which says how to decode its JSON-encoded value:
             *     NUMBER, BOOLEAN and OBJECT are JSON; DATETIME is a millisecond timestamp; STRING and SELECT are text. */
            dataType: components["schemas"]["UdvDataType"];
            /** The value, JSON-encoded as a string whatever its data type (`"15"`, `"true"`, `"\"text\""`). A DATETIME value is a millisecond timestamp (`"1700000000000"`) or an ISO-8601 date (`"2023-11-14T22:13:20.000Z"`, as Authing's Python SDK sends it), JSON-encoded or not. */
            value: string | null;
            /** Human-readable name of the field. */
            label?: string | null;
        };
        /**
         * A user of the pool, as the service returns it after registration, login or any profile change.
         *     Fields the user never filled are `null` (or, for `email` and `phone`, sometimes an empty string).
         *     A login also returns `token` and `tokenExpiredAt`.
         */
        User: {
            /** Unique id of the user within the service. */
            id: string;
            /** Authing resource name of the user. */
            arn?: string | null;
            /**
             * Account status.
             * @enum {string|null}
             */
            status?: "Suspended" | "Resigned" | "Activated" | "Archived" | null;
            /** Id of the user pool the user belongs to. */
            userPoolId?: string | null;
            /** Username, unique within the pool. */
            username?: string | null;
            /** Email address; an empty string or null when the user has none. */
            email?: string | null;
            /** Whether the email address was verified. Always false right after registration by email. */
            emailVerified?: boolean | null;
            /** Phone number; null when the user has none. */
            phone?: string | null;
            /** Whether the phone number was verified. */
            phoneVerified?: boolean | null;
            /** Country calling code of `phone`, such as `+86`. */
            phoneCountryCode?: string | null;
            /** Id of the user at a social identity provider, shared across that provider's apps. */
            unionid?: string | null;
            /** Id of the user at a social identity provider, specific to one app. */
            openid?: string | null;
            /** Display name. */
            nickname?: string | null;
            /** How the account was created, such as `basic:email` or `basic:phone-code`. */
            registerSource?: string[] | null;
            /** URL of the user's avatar. */
            photo?: string | null;
            /** Never the password itself; the service returns null here. */
            password?: string | null;
            /** Raw profile from a social identity provider, JSON-encoded. */
            oauth?: string | null;
            /** The user's session token (a JWT). Present after login, or after registration with `forceLogin` or `generateToken`. */
            token?: string | null;
            /** When `token` expires (ISO-8601). */
            tokenExpiredAt?: string | null;
            /** How many times the user has signed in. */
            loginsCount?: number | null;
            /** Time of the last sign-in (ISO-8601). */
            lastLogin?: string | null;
            /** IP address of the last sign-in. */
            lastIP?: string | null;
            /** Time of registration (ISO-8601). */
            signedUp?: string | null;
            /** Whether an administrator blocked the account. */
            blocked?: boolean | null;
            /** Whether the account was deleted. */
            isDeleted?: boolean | null;
            /** Device used at the last sign-in. */
            device?: string | null;
            /** Browser used at the last sign-in. */
            browser?: string | null;
            /** Company the user works for. */
            company?: string | null;
            /** Full name. */
            name?: string | null;
            /** Given (first) name. */
            givenName?: string | null;
            /** Family (last) name. */
            familyName?: string | null;
            /** Middle name. */
            middleName?: string | null;
            /** URL of the user's profile page. */
            profile?: string | null;
            /** Name the user prefers to be called by. */
            preferredUsername?: string | null;
            /** URL of the user's personal website. */
            website?: string | null;
            /**
             * Gender; `M` male, `F` female, `U` unknown.
             * @enum {string|null}
             */
            gender?: "M" | "F" | "U" | null;
            /** Date of birth. */
            birthdate?: string | null;
            /** Time zone, such as `Asia/Shanghai`. */
            zoneinfo?: string | null;
            /** Preferred language, such as `zh-CN`. */
            locale?: string | null;
            /** Postal address on one line. */
            address?: string | null;
            /** Full postal address, formatted for display. */
            formatted?: string | null;
            /** Street part of the address. */
            streetAddress?: string | null;
            /** Locality (town or district) of the address. */
            locality?: string | null;
            /** Region or state of the address. */
            region?: string | null;
            /** Postal code of the address. */
            postalCode?: string | null;
            /** City of the address. */
            city?: string | null;
            /** Province of the address. */
            province?: string | null;
            /** Country of the address. */
            country?: string | null;
            /** When the account was created (ISO-8601). */
            createdAt?: string | null;
            /** When the account was last changed (ISO-8601). */
            updatedAt?: string | null;
            /** Id of the user in an external system, set by the pool's administrators. */
            externalId?: string | null;
            /** The pool's user-defined fields with this user's values. */
            customData?: components["schemas"]["UserDefinedData"][] | null;
            /** Identities of the user at external identity providers. */
            identities?: ({
                /** The identity provider: `wechat`, `github`, `google`, ... */
                provider?: string;
                /** The user's id at that provider. */
                userIdInIdp?: string;
            } & {
                [key: string]: unknown;
            })[] | null;
            /** On login, true when this login created the account (`autoRegister`). */
            newlyCreated?: boolean | null;
        };
        /** The envelope of an operation that returns the user. */
        UserResponse: {
            /** 200, the operation succeeded. */
            code: components["schemas"]["SuccessCode"];
            /** Human-readable outcome, in the language the request asked for. */
            message: components["schemas"]["Message"];
            /** A user of the pool, as the service returns it after registration, login or any profile change.
             *     Fields the user never filled are `null` (or, for `email` and `phone`, sometimes an empty string).
             *     A login also returns `token` and `tokenExpiredAt`. */
            data: components["schemas"]["User"];
        } | components["schemas"]["ErrorEnvelope"];
        /** A phone number, without the country calling code. */
        Phone: string;
        /** A one-time code the user received by SMS or email. It is valid for 60 seconds and once only. */
        VerificationCode: string;
        /** Country calling code of the phone number, such as `+86`. The pool's default when left out. */
        PhoneCountryCode: string;
        /**
         * What an SMS code will be used for. A code sent **without** a scene is accepted by every flow that
         *     takes an SMS code (as Authing's mobile SDKs send them); a code sent with a scene only by that
         *     scene's flows: `login` by loginByPhoneCode, `register` by registerByPhoneCode, `reset` by
         *     resetPasswordByPhoneCode, `bind` by bindPhone and by updatePhone for the new number, `unbind` by
         *     updatePhone for the old number. The MFA scenes and `complete-phone` serve flows outside this API.
         * @enum {string}
         */
        SmsScene: "login" | "register" | "reset" | "bind" | "unbind" | "mfa-bind" | "mfa-verify" | "mfa-unbind" | "complete-phone";
        /** The answer to the CAPTCHA the service asked for (error 2000) after repeated failed logins. */
        CaptchaCode: string;
        /** Outcome of an operation that returns no object. */
        CommonMessage: {
            /** 200 on success. */
            code: number;
            /** Human-readable outcome. */
            message: string;
        };
        /** The envelope of an operation whose result is only its success; `data` is null or an outcome message. */
        EmptyResponse: {
            /** 200, the operation succeeded. */
            code: components["schemas"]["SuccessCode"];
            /** Human-readable outcome, in the language the request asked for. */
            message: components["schemas"]["Message"];
            data: null | components["schemas"]["CommonMessage"];
        } | components["schemas"]["ErrorEnvelope"];
        /**
         * Create the account from the given credentials when no user matches them, then sign it in.
         * @default false
         */
        AutoRegister: boolean;
        /** The user's custom data, as a list of `{key, value}` pairs: each value is stored as the user's value of the user-defined field with that key (the SDK's `customData`). A key the pool defines no field for is refused (2231). Logins take this real array; registrations take the JSON-encoded `params`. */
        LoginCustomData: {
            /** Key of the user-defined field. */
            key: string;
            /** The value, of the field's data type: a string, number, boolean, object or date string. */
            value: unknown;
        }[];
        /**
         * Whether the signed-in user in the answer carries the values of its user-defined fields, as `customData`. Authing's web Guard sends `false`.
         * @default false
         */
        WithCustomData: boolean;
        /**
         * JwtTokenStatus
         * Whether a token is valid, answered at the top level (not inside the envelope). A client treats the token
         *     as valid only when `code` is 200 and `status` is true; an invalid or expired token is reported here
         *     (`status: false`, `code` 2206 or 2207), not as an error.
         */
        JwtTokenStatus: {
            /** 200 when the token is valid, else the reason it is not (see `ErrorCode`). */
            code: number;
            /** Human-readable outcome of the check. */
            message: string;
            /** True when the token is valid and not expired. */
            status: boolean;
            /** Expiry of the token, in seconds since the Unix epoch. */
            exp?: number | null;
            /** Issue time of the token, in seconds since the Unix epoch. */
            iat?: number | null;
            /** Who the token belongs to, when it is valid. */
            data?: {
                /** Id of the user. */
                id?: string;
                /** Id of the user pool. */
                userPoolId?: string;
                /** Authing resource name of the user. */
                arn?: string | null;
            } | null;
        };
        /** A token check's answer: the token's status at the top level (no envelope), or the error envelope when the request itself could not be served. */
        JwtTokenStatusOrError: components["schemas"]["JwtTokenStatus"] | components["schemas"]["ErrorEnvelope"];
        /**
         * Why an email is sent, which decides its template and which flow its code serves. Every value one of
         *     Authing's clients sends is accepted:
         *
         *     | scene | sent by | its code serves |
         *     |---|---|---|
         *     | `RESET_PASSWORD` | the Python SDK (its documented scenes), the JS SDK's `EmailScene`, Android Guard (`AuthClient.java`) | resetPasswordByEmailCode |
         *     | `CHANGE_EMAIL` | the Python SDK, the JS SDK, Android Guard (`UserInfoCompleteButton.java`) | updateEmail (the new and the old address) |
         *     | `VERIFY_EMAIL` | the Python SDK, the JS SDK | a link that verifies the address: no flow of this API |
         *     | `MFA_VERIFY` | Android Guard (`AuthClient.java`, `MFAEmailButton.java`) | multi-factor authentication, outside this API |
         *     | `VERIFY_CODE` | Android Guard (`GetEmailCodeButton.java`, its default) | signing up or in by email code, outside this API |
         *     | `REGISTER_VERIFY_CODE`, `LOGIN_VERIFY_CODE` | web Guard | signing up or in by email code, outside this API |
         *     | `MFA_VERIFY_CODE` | web Guard | multi-factor authentication, outside this API |
         *     | `INFORMATION_COMPLETION_VERIFY_CODE` | web Guard | completing a profile's email after sign-up, outside this API |
         *     | `RESET_PASSWORD_VERIFY_CODE` | web Guard | the web Guard's own reset flow (`/api/v2/users/password/forget/check-code`), outside this API |
         *     | `SELF_UNLOCKING_VERIFY_CODE` | web Guard | unlocking a locked account, outside this API |
         *
         *     A code works only for its own scene's flow; codes of scenes outside this API are still sent (the
         *     emulator records them in its outbox).
         * @enum {string}
         */
        EmailScene: "RESET_PASSWORD" | "CHANGE_EMAIL" | "VERIFY_EMAIL" | "MFA_VERIFY" | "VERIFY_CODE" | "REGISTER_VERIFY_CODE" | "LOGIN_VERIFY_CODE" | "MFA_VERIFY_CODE" | "INFORMATION_COMPLETION_VERIFY_CODE" | "RESET_PASSWORD_VERIFY_CODE" | "SELF_UNLOCKING_VERIFY_CODE";
        /** The envelope of an operation that returns only an outcome message. */
        CommonMessageResponse: {
            /** 200, the operation succeeded. */
            code: components["schemas"]["SuccessCode"];
            /** Human-readable outcome, in the language the request asked for. */
            message: components["schemas"]["Message"];
            /** Outcome of an operation that returns no object. */
            data: components["schemas"]["CommonMessage"];
        } | components["schemas"]["ErrorEnvelope"];
        /**
         * The profile fields to change; fields left out keep their value. Email, phone and password cannot be
         *     changed here (the service answers 2225 or 2226): use the dedicated operations. Any other field, such
         *     as `unionid` or `openid` (set by identity providers, not by the user), is refused with 2231: nothing
         *     sent is silently dropped.
         */
        UpdateProfileInput: {
            /** Not changeable here; the service answers 2225. Use updateEmail. */
            email?: string;
            /** Not changeable here; the service answers 2226. Use updatePhone. */
            phone?: string;
            /** Not changeable here; the service answers 2226. Use updatePassword. */
            password?: string;
            /** Username. */
            username?: string;
            /** Display name. */
            nickname?: string;
            /** URL of the user's avatar. */
            photo?: string;
            /** Company the user works for. */
            company?: string;
            /** Browser the user last used. */
            browser?: string;
            /** Device the user last used. */
            device?: string;
            /** IP address of the last sign-in. */
            lastIP?: string;
            /** Full name. */
            name?: string;
            /** Given (first) name. */
            givenName?: string;
            /** Family (last) name. */
            familyName?: string;
            /** Middle name. */
            middleName?: string;
            /** URL of the user's profile page. */
            profile?: string;
            /** Name the user prefers to be called by. */
            preferredUsername?: string;
            /** URL of the user's personal website. */
            website?: string;
            /**
             * Gender; `M` male, `F` female, `U` unknown.
             * @enum {string}
             */
            gender?: "M" | "F" | "U";
            /** Date of birth. */
            birthdate?: string;
            /** Time zone, such as `Asia/Shanghai`. */
            zoneinfo?: string;
            /** Preferred language, such as `zh-CN`. */
            locale?: string;
            /** Postal address on one line. */
            address?: string;
            /** Street part of the address. */
            streetAddress?: string;
            /** Locality (town or district) of the address. */
            locality?: string;
            /** Region or state of the address. */
            region?: string;
            /** Postal code of the address. */
            postalCode?: string;
            /** City of the address. */
            city?: string;
            /** Province of the address. */
            province?: string;
            /** Country of the address. */
            country?: string;
        };
        /** A new token for the signed-in user. */
        RefreshToken: {
            /** The new token (a JWT); the old one stays valid until it expires. */
            token: string;
            /** Issue time of the new token, in seconds since the Unix epoch. */
            iat: number;
            /** Expiry of the new token, in seconds since the Unix epoch. */
            exp: number;
        };
        /** The envelope of a token refresh. */
        RefreshTokenResponse: {
            /** 200, the operation succeeded. */
            code: components["schemas"]["SuccessCode"];
            /** Human-readable outcome, in the language the request asked for. */
            message: components["schemas"]["Message"];
            /** A new token for the signed-in user. */
            data: components["schemas"]["RefreshToken"];
        } | components["schemas"]["ErrorEnvelope"];
        /**
         * What listUdv answers: on success a bare JSON array of the user's user-defined data, with no envelope
         *     (Authing's Android and iOS SDKs wrap it themselves); on failure the error envelope.
         */
        UserDefinedDataListOrError: components["schemas"]["UserDefinedData"][] | components["schemas"]["ErrorEnvelope"];
        /** The envelope of an operation that returns the user's user-defined data. */
        UserDefinedDataListResponse: {
            /** 200, the operation succeeded. */
            code: components["schemas"]["SuccessCode"];
            /** Human-readable outcome, in the language the request asked for. */
            message: components["schemas"]["Message"];
            /** Every user-defined field that has a value for the user. */
            data: components["schemas"]["UserDefinedData"][];
        } | components["schemas"]["ErrorEnvelope"];
        /**
         * GraphqlErrors
         * A failed GraphQL request, as Authing answers it: each error's `message` is an object with Authing's error `code` and its human-readable `message` (not the plain string of other GraphQL servers).
         */
        GraphqlErrors: {
            /** Why the request failed; the first error is the one to act on. */
            errors: {
                /** Authing's error: its code and message. */
                message: {
                    /** Codes the service returns in the envelope's `code` when an operation fails (HTTP status 200).
                     *     The service may return other codes too; clients must accept any integer. `x-message-zh-CN` is the
                     *     message the service gives in Chinese (`x-authing-lang: zh-CN`, its default). */
                    code: components["schemas"]["ErrorCode"];
                    /** Human-readable reason, in the language the request asked for. */
                    message: string;
                };
            }[];
            /** No result. */
            data?: null;
        };
        /** The GraphQL answer of the `removeUdv` mutation: the remaining values, or errors. */
        RemoveUdvAnswer: {
            /** The mutation's result. */
            data: {
                /** Every user-defined field that still has a value for the user. */
                removeUdv: components["schemas"]["UserDefinedData"][];
            };
        } | components["schemas"]["GraphqlErrors"];
    };
    responses: {
        /** The request is malformed or misses required parameters. The body is the usual envelope with code 2231. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /**
         * The request lacks the user pool id (`x-authing-userpool-id`). The body is the usual envelope with code
         *     2020. This operation needs no token.
         */
        UserPoolMissing: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** The path does not take this HTTP method; the message names the methods it takes. */
        MethodNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HttpFailure"];
            };
        };
        /** The body is larger than the server takes (the emulator takes up to 1 MiB). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HttpFailure"];
            };
        };
        /**
         * The request lacks a valid token (`notLoggedIn`: missing, malformed or revoked) or the user pool id
         *     (`userPoolMissing`). The body is the usual envelope with code 2020.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: {
        /** Id of the application the request comes from; selects the app's login and registration settings. */
        AppId: string;
        /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
        RequestFrom: string;
        /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
        SdkVersion: string;
        /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
        Lang: "zh-CN" | "zh-TW" | "en-US" | "ja-JP";
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type SuccessCode = components['schemas']['SuccessCode'];
export type Message = components['schemas']['Message'];
export type PublicKey = components['schemas']['PublicKey'];
export type ErrorCode = components['schemas']['ErrorCode'];
export type ErrorEnvelope = components['schemas']['ErrorEnvelope'];
export type PublicKeyResponse = components['schemas']['PublicKeyResponse'];
export type HttpFailure = components['schemas']['HttpFailure'];
export type Email = components['schemas']['Email'];
export type EncryptedPassword = components['schemas']['EncryptedPassword'];
export type RegisterProfile = components['schemas']['RegisterProfile'];
export type ForceLogin = components['schemas']['ForceLogin'];
export type GenerateToken = components['schemas']['GenerateToken'];
export type ClientIp = components['schemas']['ClientIp'];
export type RequestContext = components['schemas']['RequestContext'];
export type RequestParams = components['schemas']['RequestParams'];
export type UdvDataType = components['schemas']['UdvDataType'];
export type UserDefinedData = components['schemas']['UserDefinedData'];
export type User = components['schemas']['User'];
export type UserResponse = components['schemas']['UserResponse'];
export type Phone = components['schemas']['Phone'];
export type VerificationCode = components['schemas']['VerificationCode'];
export type PhoneCountryCode = components['schemas']['PhoneCountryCode'];
export type SmsScene = components['schemas']['SmsScene'];
export type CaptchaCode = components['schemas']['CaptchaCode'];
export type CommonMessage = components['schemas']['CommonMessage'];
export type EmptyResponse = components['schemas']['EmptyResponse'];
export type AutoRegister = components['schemas']['AutoRegister'];
export type LoginCustomData = components['schemas']['LoginCustomData'];
export type WithCustomData = components['schemas']['WithCustomData'];
export type JwtTokenStatus = components['schemas']['JwtTokenStatus'];
export type JwtTokenStatusOrError = components['schemas']['JwtTokenStatusOrError'];
export type EmailScene = components['schemas']['EmailScene'];
export type CommonMessageResponse = components['schemas']['CommonMessageResponse'];
export type UpdateProfileInput = components['schemas']['UpdateProfileInput'];
export type RefreshToken = components['schemas']['RefreshToken'];
export type RefreshTokenResponse = components['schemas']['RefreshTokenResponse'];
export type UserDefinedDataListOrError = components['schemas']['UserDefinedDataListOrError'];
export type UserDefinedDataListResponse = components['schemas']['UserDefinedDataListResponse'];
export type GraphqlErrors = components['schemas']['GraphqlErrors'];
export type RemoveUdvAnswer = components['schemas']['RemoveUdvAnswer'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUserPoolMissing = components['responses']['UserPoolMissing'];
export type ResponseMethodNotAllowed = components['responses']['MethodNotAllowed'];
export type ResponsePayloadTooLarge = components['responses']['PayloadTooLarge'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ParameterAppId = components['parameters']['AppId'];
export type ParameterRequestFrom = components['parameters']['RequestFrom'];
export type ParameterSdkVersion = components['parameters']['SdkVersion'];
export type ParameterLang = components['parameters']['Lang'];
/** JSON Schema definitions of the spec (none). */
export type $defs = Record<string, never>;
/**
 * Every operation of the spec, by operationId: parameters, request body and responses.
 * @hidden
 */
export interface operations {
    getWellKnown: {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The public key, or why it could not be returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicKeyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["UserPoolMissing"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    registerByEmail: {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** The operation's parameters. */
        requestBody: {
            content: {
                "application/json": {
                    /** Email address of the new user; it must not belong to another user. */
                    email: components["schemas"]["Email"];
                    /** Password of the new user, encrypted. */
                    password: components["schemas"]["EncryptedPassword"];
                    /** Profile fields to store on a user at registration. */
                    profile?: components["schemas"]["RegisterProfile"];
                    /** Run the complete login flow after registering: the pool's pre- and post-login pipeline functions and
                     *     login webhooks run, the user's login count goes up by one, and a token is returned. */
                    forceLogin?: components["schemas"]["ForceLogin"];
                    /** Return a token for the new user without running the login flow (no pipeline functions or webhooks,
                     *     and the login count does not change). */
                    generateToken?: components["schemas"]["GenerateToken"];
                    /** The end user's real IP address. When calling from a server, set it to the IP of the user the call is
                     *     made for, so that rate limits and login-failure detection apply to that user and not to the server. */
                    clientIp?: components["schemas"]["ClientIp"];
                    /** JSON-encoded object of request context, passed to the pool's pipeline functions (the SDK's `context`, encoded for you). */
                    context?: components["schemas"]["RequestContext"];
                    /** The user's custom data, as a JSON-encoded list of `{key, value}` pairs (`[{"key":"school","value":"MIT"},{"key":"age","value":22}]`): each value is stored as the user's value of the user-defined field with that key (the SDK's `customData`). A key the pool defines no field for is refused (2231). */
                    params?: components["schemas"]["RequestParams"];
                };
            };
        };
        responses: {
            /** The new user, or why it could not be created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["UserPoolMissing"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    registerByUsername: {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** The operation's parameters. */
        requestBody: {
            content: {
                "application/json": {
                    /** Username of the new user; it must not belong to another user. */
                    username: string;
                    /** Password of the new user, encrypted. */
                    password: components["schemas"]["EncryptedPassword"];
                    /** Profile fields to store on a user at registration. */
                    profile?: components["schemas"]["RegisterProfile"];
                    /** Run the complete login flow after registering: the pool's pre- and post-login pipeline functions and
                     *     login webhooks run, the user's login count goes up by one, and a token is returned. */
                    forceLogin?: components["schemas"]["ForceLogin"];
                    /** Return a token for the new user without running the login flow (no pipeline functions or webhooks,
                     *     and the login count does not change). */
                    generateToken?: components["schemas"]["GenerateToken"];
                    /** The end user's real IP address. When calling from a server, set it to the IP of the user the call is
                     *     made for, so that rate limits and login-failure detection apply to that user and not to the server. */
                    clientIp?: components["schemas"]["ClientIp"];
                    /** JSON-encoded object of request context, passed to the pool's pipeline functions (the SDK's `context`, encoded for you). */
                    context?: components["schemas"]["RequestContext"];
                    /** The user's custom data, as a JSON-encoded list of `{key, value}` pairs (`[{"key":"school","value":"MIT"},{"key":"age","value":22}]`): each value is stored as the user's value of the user-defined field with that key (the SDK's `customData`). A key the pool defines no field for is refused (2231). */
                    params?: components["schemas"]["RequestParams"];
                };
            };
        };
        responses: {
            /** The new user, or why it could not be created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["UserPoolMissing"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    registerByPhoneCode: {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** The operation's parameters. */
        requestBody: {
            content: {
                "application/json": {
                    /** Phone number of the new user; it must not belong to another user. */
                    phone: components["schemas"]["Phone"];
                    /** The SMS code sent to the phone. */
                    code: components["schemas"]["VerificationCode"];
                    /** Initial password, encrypted. Without it the user signs in by SMS code only. */
                    password?: components["schemas"]["EncryptedPassword"];
                    /** Country calling code of the phone number, such as `+86`. The pool's default when left out. */
                    phoneCountryCode?: components["schemas"]["PhoneCountryCode"];
                    /** Profile fields to store on a user at registration. */
                    profile?: components["schemas"]["RegisterProfile"];
                    /** Run the complete login flow after registering: the pool's pre- and post-login pipeline functions and
                     *     login webhooks run, the user's login count goes up by one, and a token is returned. */
                    forceLogin?: components["schemas"]["ForceLogin"];
                    /** Return a token for the new user without running the login flow (no pipeline functions or webhooks,
                     *     and the login count does not change). */
                    generateToken?: components["schemas"]["GenerateToken"];
                    /** The end user's real IP address. When calling from a server, set it to the IP of the user the call is
                     *     made for, so that rate limits and login-failure detection apply to that user and not to the server. */
                    clientIp?: components["schemas"]["ClientIp"];
                    /** JSON-encoded object of request context, passed to the pool's pipeline functions (the SDK's `context`, encoded for you). */
                    context?: components["schemas"]["RequestContext"];
                    /** The user's custom data, as a JSON-encoded list of `{key, value}` pairs (`[{"key":"school","value":"MIT"},{"key":"age","value":22}]`): each value is stored as the user's value of the user-defined field with that key (the SDK's `customData`). A key the pool defines no field for is refused (2231). */
                    params?: components["schemas"]["RequestParams"];
                };
            };
        };
        responses: {
            /** The new user, or why it could not be created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["UserPoolMissing"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    sendSmsCode: {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** The operation's parameters. */
        requestBody: {
            content: {
                "application/json": {
                    /** Phone number to send the code to. */
                    phone: components["schemas"]["Phone"];
                    /** Country calling code of the phone number, such as `+86`. The pool's default when left out. */
                    phoneCountryCode?: components["schemas"]["PhoneCountryCode"];
                    /** What an SMS code will be used for. A code sent **without** a scene is accepted by every flow that
                     *     takes an SMS code (as Authing's mobile SDKs send them); a code sent with a scene only by that
                     *     scene's flows: `login` by loginByPhoneCode, `register` by registerByPhoneCode, `reset` by
                     *     resetPasswordByPhoneCode, `bind` by bindPhone and by updatePhone for the new number, `unbind` by
                     *     updatePhone for the old number. The MFA scenes and `complete-phone` serve flows outside this API. */
                    scene?: components["schemas"]["SmsScene"];
                    /** The answer to a CAPTCHA, when the service asks for one before sending more codes. */
                    captchaCode?: components["schemas"]["CaptchaCode"];
                };
            };
        };
        responses: {
            /** Whether the code was sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["UserPoolMissing"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    loginByAccount: {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** The operation's parameters. */
        requestBody: {
            content: {
                "application/json": {
                    /** The user's email address, username or phone number. */
                    account: string;
                    /** The user's password, encrypted. */
                    password: components["schemas"]["EncryptedPassword"];
                    /** Create the account from the given credentials when no user matches them, then sign it in. */
                    autoRegister?: components["schemas"]["AutoRegister"];
                    /** The answer to the CAPTCHA the service asked for (error 2000) after repeated failed logins. */
                    captchaCode?: components["schemas"]["CaptchaCode"];
                    /** The end user's real IP address. When calling from a server, set it to the IP of the user the call is
                     *     made for, so that rate limits and login-failure detection apply to that user and not to the server. */
                    clientIp?: components["schemas"]["ClientIp"];
                    /** JSON-encoded object of request context, passed to the pool's pipeline functions (the SDK's `context`, encoded for you). */
                    context?: components["schemas"]["RequestContext"];
                    /** The user's custom data, as a list of `{key, value}` pairs: each value is stored as the user's value of the user-defined field with that key (the SDK's `customData`). A key the pool defines no field for is refused (2231). Logins take this real array; registrations take the JSON-encoded `params`. */
                    customData?: components["schemas"]["LoginCustomData"];
                    /** Whether the signed-in user in the answer carries the values of its user-defined fields, as `customData`. Authing's web Guard sends `false`. */
                    withCustomData?: components["schemas"]["WithCustomData"];
                    /**
                     * @deprecated
                     * Custom data as registrations send it (a JSON string); older SDKs send it on logins too. Prefer `customData`.
                     */
                    params?: components["schemas"]["RequestParams"];
                };
            };
        };
        responses: {
            /** The signed-in user with `token` and `tokenExpiredAt`, or why the login failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["UserPoolMissing"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    loginByPhoneCode: {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** The operation's parameters. */
        requestBody: {
            content: {
                "application/json": {
                    /** The user's phone number. */
                    phone: components["schemas"]["Phone"];
                    /** The SMS code sent to the phone. */
                    code: components["schemas"]["VerificationCode"];
                    /** Country calling code of the phone number, such as `+86`. The pool's default when left out. */
                    phoneCountryCode?: components["schemas"]["PhoneCountryCode"];
                    /** Create the account from the given credentials when no user matches them, then sign it in. */
                    autoRegister?: components["schemas"]["AutoRegister"];
                    /** The end user's real IP address. When calling from a server, set it to the IP of the user the call is
                     *     made for, so that rate limits and login-failure detection apply to that user and not to the server. */
                    clientIp?: components["schemas"]["ClientIp"];
                    /** JSON-encoded object of request context, passed to the pool's pipeline functions (the SDK's `context`, encoded for you). */
                    context?: components["schemas"]["RequestContext"];
                    /** The user's custom data, as a list of `{key, value}` pairs: each value is stored as the user's value of the user-defined field with that key (the SDK's `customData`). A key the pool defines no field for is refused (2231). Logins take this real array; registrations take the JSON-encoded `params`. */
                    customData?: components["schemas"]["LoginCustomData"];
                    /** Whether the signed-in user in the answer carries the values of its user-defined fields, as `customData`. Authing's web Guard sends `false`. */
                    withCustomData?: components["schemas"]["WithCustomData"];
                    /**
                     * @deprecated
                     * Custom data as registrations send it (a JSON string); older SDKs send it on logins too. Prefer `customData`.
                     */
                    params?: components["schemas"]["RequestParams"];
                };
            };
        };
        responses: {
            /** The signed-in user with `token` and `tokenExpiredAt`, or why the login failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["UserPoolMissing"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    checkLoginStatus: {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** The token to check. The SDK sends its stored token when the caller gives none. */
        requestBody: {
            content: {
                "application/json": {
                    /** The token to check, as a login returned it. */
                    token: string;
                };
            };
        };
        responses: {
            /** The token's status (flat, without the envelope), or the error envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JwtTokenStatusOrError"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    sendEmail: {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** The operation's parameters. */
        requestBody: {
            content: {
                "application/json": {
                    /** Address to send the email to. */
                    email: components["schemas"]["Email"];
                    /** Why an email is sent, which decides its template and which flow its code serves. Every value one of
                     *     Authing's clients sends is accepted:
                     *     
                     *     | scene | sent by | its code serves |
                     *     |---|---|---|
                     *     | `RESET_PASSWORD` | the Python SDK (its documented scenes), the JS SDK's `EmailScene`, Android Guard (`AuthClient.java`) | resetPasswordByEmailCode |
                     *     | `CHANGE_EMAIL` | the Python SDK, the JS SDK, Android Guard (`UserInfoCompleteButton.java`) | updateEmail (the new and the old address) |
                     *     | `VERIFY_EMAIL` | the Python SDK, the JS SDK | a link that verifies the address: no flow of this API |
                     *     | `MFA_VERIFY` | Android Guard (`AuthClient.java`, `MFAEmailButton.java`) | multi-factor authentication, outside this API |
                     *     | `VERIFY_CODE` | Android Guard (`GetEmailCodeButton.java`, its default) | signing up or in by email code, outside this API |
                     *     | `REGISTER_VERIFY_CODE`, `LOGIN_VERIFY_CODE` | web Guard | signing up or in by email code, outside this API |
                     *     | `MFA_VERIFY_CODE` | web Guard | multi-factor authentication, outside this API |
                     *     | `INFORMATION_COMPLETION_VERIFY_CODE` | web Guard | completing a profile's email after sign-up, outside this API |
                     *     | `RESET_PASSWORD_VERIFY_CODE` | web Guard | the web Guard's own reset flow (`/api/v2/users/password/forget/check-code`), outside this API |
                     *     | `SELF_UNLOCKING_VERIFY_CODE` | web Guard | unlocking a locked account, outside this API |
                     *     
                     *     A code works only for its own scene's flow; codes of scenes outside this API are still sent (the
                     *     emulator records them in its outbox). */
                    scene: components["schemas"]["EmailScene"];
                };
            };
        };
        responses: {
            /** Whether the email was sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonMessageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["UserPoolMissing"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    resetPasswordByPhoneCode: {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** The operation's parameters. */
        requestBody: {
            content: {
                "application/json": {
                    /** The user's phone number. */
                    phone: components["schemas"]["Phone"];
                    /** The SMS code sent to the phone. */
                    code: components["schemas"]["VerificationCode"];
                    /** The new password, encrypted. */
                    newPassword: components["schemas"]["EncryptedPassword"];
                    /** Country calling code of the phone number, such as `+86`. The pool's default when left out. */
                    phoneCountryCode?: components["schemas"]["PhoneCountryCode"];
                };
            };
        };
        responses: {
            /** Whether the password was reset. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonMessageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["UserPoolMissing"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    resetPasswordByEmailCode: {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** The operation's parameters. */
        requestBody: {
            content: {
                "application/json": {
                    /** The user's email address. */
                    email: components["schemas"]["Email"];
                    /** The code from the email. */
                    code: components["schemas"]["VerificationCode"];
                    /** The new password, encrypted. */
                    newPassword: components["schemas"]["EncryptedPassword"];
                };
            };
        };
        responses: {
            /** Whether the password was reset. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonMessageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["UserPoolMissing"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    updateProfile: {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** The profile fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProfileInput"];
            };
        };
        responses: {
            /** The updated user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    updatePassword: {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** The operation's parameters. */
        requestBody: {
            content: {
                "application/json": {
                    /** The new password, encrypted. */
                    newPassword: components["schemas"]["EncryptedPassword"];
                    /** The current password, encrypted; leave out when the user has none. */
                    oldPassword?: components["schemas"]["EncryptedPassword"];
                };
            };
        };
        responses: {
            /** The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    updatePhone: {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** The operation's parameters. */
        requestBody: {
            content: {
                "application/json": {
                    /** The new phone number. */
                    phone: components["schemas"]["Phone"];
                    /** The SMS code sent to the new phone number. */
                    phoneCode: components["schemas"]["VerificationCode"];
                    /** Country calling code of the phone number, such as `+86`. The pool's default when left out. */
                    phoneCountryCode?: components["schemas"]["PhoneCountryCode"];
                    /** The current phone number, when the pool verifies it. */
                    oldPhone?: components["schemas"]["Phone"];
                    /** The SMS code sent to the current phone number. */
                    oldPhoneCode?: components["schemas"]["VerificationCode"];
                    /** Country calling code of the current phone number. */
                    oldPhoneCountryCode?: components["schemas"]["PhoneCountryCode"];
                };
            };
        };
        responses: {
            /** The updated user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    updateEmail: {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** The operation's parameters. */
        requestBody: {
            content: {
                "application/json": {
                    /** The new email address. */
                    email: components["schemas"]["Email"];
                    /** The code sent to the new address. */
                    emailCode: components["schemas"]["VerificationCode"];
                    /** The current email address, when the pool verifies it. */
                    oldEmail?: components["schemas"]["Email"];
                    /** The code sent to the current address. */
                    oldEmailCode?: components["schemas"]["VerificationCode"];
                };
            };
        };
        responses: {
            /** The updated user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    refreshToken: {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** None: the token to refresh is the bearer token. Authing's Android Guard sends `{}`, its Flutter SDK no body at all; both are accepted. */
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** The new token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefreshTokenResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    bindPhone: {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** The operation's parameters. */
        requestBody: {
            content: {
                "application/json": {
                    /** The phone number to bind. */
                    phone: components["schemas"]["Phone"];
                    /** The SMS code sent to it. */
                    phoneCode: components["schemas"]["VerificationCode"];
                    /** Country calling code of the phone number, such as `+86`. The pool's default when left out. */
                    phoneCountryCode?: components["schemas"]["PhoneCountryCode"];
                } | {
                    /** The phone number to bind. */
                    phone: components["schemas"]["Phone"];
                    /** The SMS code sent to it. */
                    code: components["schemas"]["VerificationCode"];
                    /** Country calling code of the phone number, such as `+86`. The pool's default when left out. */
                    phoneCountryCode?: components["schemas"]["PhoneCountryCode"];
                };
            };
        };
        responses: {
            /** The updated user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    unbindPhone: {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** None: the user is the bearer token's. Authing's Android Guard sends `{}`, its Flutter SDK no body at all; both are accepted. */
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** The updated user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The signed-in user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    logout: {
        parameters: {
            query?: {
                /** Id of the application to sign out of. */
                app_id?: string;
            };
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** Whether the token was revoked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    listUdv: {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** The operation's parameters. */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Kind of object the data belongs to; always `USER` here.
                     * @enum {string}
                     */
                    targetType: "USER";
                    /** Id of the signed-in user. */
                    targetId: string;
                };
            };
        };
        responses: {
            /** The user's user-defined data: a bare JSON array on success, the envelope on failure. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDefinedDataListOrError"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    setUdv: {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** The operation's parameters. */
        requestBody: {
            content: {
                "application/json": {
                    /** The values to set, one per field. */
                    udfs: {
                        /** Key of the user-defined field. */
                        definition: string;
                        /** The value, as raw JSON of the field's data type (`15`, `true`, `"text"`). */
                        value: unknown;
                    }[];
                };
            };
        };
        responses: {
            /** All of the user's user-defined data after the change, in the envelope (Authing's Flutter SDK reads it as `data`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDefinedDataListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    removeUdv: {
        parameters: {
            query?: never;
            header?: {
                /** Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** Which client sends the request, free text: `sdk` from Authing's Python and JS SDKs (and this SDK), `Guard-Android@<version>` from its Android Guard, `sdk-flutter` from its Flutter SDK, `Guard@<version>` from its web Guard (which sends no header at all to `check-status`). */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** Name and version of the client library, free text: `python:4.5.11` and `js:4.6.3` from Authing's Python and JS SDKs (and `authing-rest-sdk:<version>` from this SDK), a bare version such as `1.1.11` from its Flutter SDK and its web Guard; its Android Guard sends none. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** Language of the service's messages: the values Authing's own clients send. Its Android Guard and Flutter SDK send `zh-CN` or `en-US` only; `zh-TW` and `ja-JP` come from its iOS Guard. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** The GraphQL request: the `removeUdv` mutation and its variables. */
        requestBody: {
            content: {
                "application/json": {
                    /** The GraphQL document: the `removeUdv` mutation of `x-graphql-document`. */
                    query: string;
                    /** The mutation's variables. */
                    variables: {
                        /**
                         * Kind of object the data belongs to; always `USER` here.
                         * @enum {string}
                         */
                        targetType: "USER";
                        /** Id of the signed-in user. */
                        targetId: string;
                        /** Key of the user-defined field. */
                        key: string;
                    };
                };
            };
        };
        responses: {
            /** The user's remaining user-defined data under `data.removeUdv`, or GraphQL `errors`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemoveUdvAnswer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
}
