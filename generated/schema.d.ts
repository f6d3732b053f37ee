/**
 * Generated from openapi/ by scripts/generate.ts (`npm run generate`). Do not edit by hand.
 */

/** Every path of the spec with its operations, as openapi-fetch takes them (`createApiClient` in `authing-rest-sdk/api`). */
export interface paths {
    "/api/v2/.well-known": {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Get the pool's public key
         * @description Returns the user pool's RSA public key. Clients fetch it once, before the first request that carries a password, and encrypt passwords with it.
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register by email
         * @description Creates a user with an email address and a password. The email is not verified by registering: the new user has `emailVerified: false`. With `forceLogin` or `generateToken` the new user also gets a token.
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register by username
         * @description Creates a user with a username and a password. With `forceLogin` or `generateToken` the new user also gets a token.
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register by phone and SMS code
         * @description Creates a user with a phone number verified by an SMS code (send one with `POST /api/v2/sms/send`, scene `register`). An initial password may be set.
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an SMS code
         * @description Sends a one-time code by SMS. The code is valid for 60 seconds and works once: for every SMS flow when no scene is given, else for that scene's flows (see `SmsScene`). One code per phone and scene can be sent per minute.
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in by account and password
         * @description Signs a user in with a password and any of their accounts: email, username or phone number. After repeated failures from one IP the pool may ask for a CAPTCHA (error 2000); send its answer as `captchaCode`.
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in by phone and SMS code
         * @description Signs a user in with a phone number and an SMS code (scene `login`). With `autoRegister`, an unknown phone number gets a new account.
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a token
         * @description Tells whether a token is valid and unexpired. The answer is the token's status itself, **not** inside
         *     the envelope: `code` 200 with `status: true` for a valid token; `status: false` with the reason's code
         *     (2206 expired, 2207 not valid) otherwise. An invalid token is an answer, not an error. A request the
         *     service cannot serve at all (an unknown user pool) is answered with the error envelope.
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an email
         * @description Sends an email for the given scene: a code to reset the password or to change the address, or a link to verify the address.
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset the password by SMS code
         * @description Sets a new password for the user with this phone number, proven by an SMS code (scene `reset`).
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset the password by email code
         * @description Sets a new password for the user with this email address, proven by a code from an email of scene `RESET_PASSWORD`.
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update the profile
         * @description Changes fields of the signed-in user's profile. Email, phone and password cannot be changed here.
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password
         * @description Changes the signed-in user's password. The old password is required when the user has one; accounts created by phone code or a social provider may leave it out.
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the phone number
         * @description Replaces the signed-in user's phone number with a new one proven by an SMS code. When the pool verifies the old number, the old number and a code sent to it are required too. To add a first phone number, bind it instead.
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the email address
         * @description Replaces the signed-in user's email with a new one proven by a code (email scene `CHANGE_EMAIL`). When the pool verifies the old address, the old address and a code sent to it are required too.
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh the token
         * @description Issues a new token for the signed-in user, with a new expiry.
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bind a phone number
         * @description Adds a first phone number to the signed-in user, proven by an SMS code (scene `bind`). A user who has one already must change it instead.
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unbind the phone number
         * @description Removes the signed-in user's phone number, unless it is their only way to sign in.
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Get the current user
         * @description Returns the signed-in user's full record.
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Log out
         * @description Revokes the signed-in user's token in the given application.
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List user-defined data
         * @description Returns the signed-in user's values of the pool's user-defined fields.
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set user-defined data
         * @description Sets the signed-in user's values of user-defined fields, each value as a raw JSON value of the field's data type (a DATETIME as a millisecond timestamp or an ISO-8601 string). Authing's Android, iOS, mini-program and Flutter SDKs set them this way.
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove user-defined data (GraphQL)
         * @description Removes the signed-in user's value of one user-defined field. No REST endpoint does this: every Authing
         *     SDK sends this GraphQL mutation to `/graphql/v2` (the document is in `x-graphql-document`), with the
         *     usual headers and the bearer token. The answer follows GraphQL: the remaining values under
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
/** The reusable schemas, responses and parameters of the spec. */
export interface components {
    schemas: {
        /**
         * @description 200, the operation succeeded.
         * @constant
         */
        SuccessCode: 200;
        /** @description Human-readable outcome, in the language the request asked for. */
        Message: string;
        /** @description The user pool's RSA public key, with which clients encrypt passwords. */
        PublicKey: {
            /** @description The key in PEM format (`-----BEGIN PUBLIC KEY-----`, SubjectPublicKeyInfo). */
            publicKey: string;
        };
        /**
         * @description Codes the service returns in the envelope's `code` when an operation fails (HTTP status 200).
         *     The service may return other codes too; clients must accept any integer. `x-message-zh-CN` is the
         *     message the service gives in Chinese (`x-authing-lang: zh-CN`, its default).
         */
        ErrorCode: number & (2000 | 2001 | 2003 | 2004 | 2005 | 2006 | 2016 | 2020 | 2026 | 2027 | 2029 | 2031 | 2034 | 2035 | 2037 | 2038 | 2057 | 2100 | 2200 | 2203 | 2204 | 2206 | 2207 | 2217 | 2224 | 2225 | 2226 | 2227 | 2229 | 2230 | 2231 | 2300 | 2333);
        /** @description The envelope of a failed operation. `data` is usually null. */
        ErrorEnvelope: {
            /** @description Why the operation failed: one of `ErrorCode`. Never 200, so a client can tell success from failure by the code alone. (The service may add codes; the SDK's `AuthingApiError` accepts any integer.) */
            code: components["schemas"]["ErrorCode"];
            /** @description Human-readable reason, in the language the request asked for. */
            message: string;
            /** @description Extra detail about the failure, when the service gives any. */
            data?: unknown;
        };
        /** @description The envelope of the pre-flight, holding the pool's public key. */
        PublicKeyResponse: {
            code: components["schemas"]["SuccessCode"];
            message: components["schemas"]["Message"];
            data: components["schemas"]["PublicKey"];
        } | components["schemas"]["ErrorEnvelope"];
        /**
         * HttpFailure
         * @description A request refused before any operation ran (a method the path does not take, a body too large): the envelope's shape, with the HTTP status as its `code`.
         */
        HttpFailure: {
            /** @description The HTTP status, repeated. */
            code: number;
            /** @description What is wrong with the request. */
            message: string;
            /** @description No data. */
            data?: null;
        };
        /** @description An email address. */
        Email: string;
        /**
         * Format: password
         * @description A password, RSA-encrypted (PKCS#1 v1.5) with the pool's public key from `GET /api/v2/.well-known` and
         *     base64-encoded. Pools configured to accept plain passwords take the password as is.
         */
        EncryptedPassword: string;
        /** @description Profile fields to store on a user at registration. */
        RegisterProfile: {
            /** @description IP address the user registered from. */
            ip?: string;
            /** @description Phone number to store on the profile (not verified by registering). */
            phone?: string;
            /** @description Email address to store on the profile (not verified by registering). */
            email?: string;
            /** @description Raw profile from a social identity provider, JSON-encoded. */
            oauth?: string;
            /** @description Username. */
            username?: string;
            /** @description Display name. */
            nickname?: string;
            /** @description Company the user works for. */
            company?: string;
            /** @description URL of the user's avatar. */
            photo?: string;
            /** @description Device the user registered from. */
            device?: string;
            /** @description Browser the user registered from. */
            browser?: string;
            /** @description Full name. */
            name?: string;
            /** @description Given (first) name. */
            givenName?: string;
            /** @description Family (last) name. */
            familyName?: string;
            /** @description Middle name. */
            middleName?: string;
            /** @description URL of the user's profile page. */
            profile?: string;
            /** @description Name the user prefers to be called by. */
            preferredUsername?: string;
            /** @description URL of the user's personal website. */
            website?: string;
            /**
             * @description Gender; `M` male, `F` female, `U` unknown.
             * @enum {string}
             */
            gender?: "M" | "F" | "U";
            /** @description Date of birth. */
            birthdate?: string;
            /** @description Time zone, such as `Asia/Shanghai`. */
            zoneinfo?: string;
            /** @description Preferred language, such as `zh-CN`. */
            locale?: string;
            /** @description Postal address on one line. */
            address?: string;
            /** @description Full postal address, formatted for display. */
            formatted?: string;
            /** @description Street part of the address. */
            streetAddress?: string;
            /** @description Locality (town or district) of the address. */
            locality?: string;
            /** @description Region or state of the address. */
            region?: string;
            /** @description Postal code of the address. */
            postalCode?: string;
            /** @description Country of the address. */
            country?: string;
            /** @description Values of the pool's user-defined fields to set at registration. */
            udf?: {
                /** @description Key of the user-defined field. */
                key: string;
                /** @description The value, JSON-encoded as the field's data type requires. */
                value: string;
            }[];
        };
        /**
         * @description Run the complete login flow after registering: the pool's pre- and post-login pipeline functions and
         *     login webhooks run, the user's login count goes up by one, and a token is returned.
         * @default false
         */
        ForceLogin: boolean;
        /**
         * @description Return a token for the new user without running the login flow (no pipeline functions or webhooks,
         *     and the login count does not change).
         * @default false
         */
        GenerateToken: boolean;
        /**
         * @description The end user's real IP address. When calling from a server, set it to the IP of the user the call is
         *     made for, so that rate limits and login-failure detection apply to that user and not to the server.
         */
        ClientIp: string;
        /** @description JSON-encoded object of request context, passed to the pool's pipeline functions (the SDK's `context`, encoded for you). */
        RequestContext: string;
        /** @description The user's custom data, as a JSON-encoded list of `{key, value}` pairs (`[{"key":"school","value":"MIT"},{"key":"age","value":22}]`): each value is stored as the user's value of the user-defined field with that key (the SDK's `customData`). A key the pool defines no field for is refused (2231). */
        RequestParams: string;
        /**
         * @description Data type of a user-defined field, which says how to decode its JSON-encoded value:
         *     NUMBER, BOOLEAN and OBJECT are JSON; DATETIME is a millisecond timestamp; STRING and SELECT are text.
         * @enum {string}
         */
        UdvDataType: "STRING" | "NUMBER" | "DATETIME" | "BOOLEAN" | "OBJECT" | "SELECT";
        /** @description One user-defined field of the pool and the user's value for it. */
        UserDefinedData: {
            /** @description Key of the field, as the pool defines it. */
            key: string;
            dataType: components["schemas"]["UdvDataType"];
            /** @description The value, JSON-encoded as a string whatever its data type (`"15"`, `"true"`, `"\"text\""`). A DATETIME value is a millisecond timestamp (`"1700000000000"`) or an ISO-8601 date (`"2023-11-14T22:13:20.000Z"`, as Authing's Python SDK sends it), JSON-encoded or not. */
            value: string | null;
            /** @description Human-readable name of the field. */
            label?: string | null;
        };
        /**
         * @description A user of the pool, as the service returns it after registration, login or any profile change.
         *     Fields the user never filled are `null` (or, for `email` and `phone`, sometimes an empty string).
         *     A login also returns `token` and `tokenExpiredAt`.
         */
        User: {
            /** @description Unique id of the user within the service. */
            id: string;
            /** @description Authing resource name of the user. */
            arn?: string | null;
            /**
             * @description Account status.
             * @enum {string|null}
             */
            status?: "Suspended" | "Resigned" | "Activated" | "Archived" | null;
            /** @description Id of the user pool the user belongs to. */
            userPoolId?: string | null;
            /** @description Username, unique within the pool. */
            username?: string | null;
            /** @description Email address; an empty string or null when the user has none. */
            email?: string | null;
            /** @description Whether the email address was verified. Always false right after registration by email. */
            emailVerified?: boolean | null;
            /** @description Phone number; null when the user has none. */
            phone?: string | null;
            /** @description Whether the phone number was verified. */
            phoneVerified?: boolean | null;
            /** @description Country calling code of `phone`, such as `+86`. */
            phoneCountryCode?: string | null;
            /** @description Id of the user at a social identity provider, shared across that provider's apps. */
            unionid?: string | null;
            /** @description Id of the user at a social identity provider, specific to one app. */
            openid?: string | null;
            /** @description Display name. */
            nickname?: string | null;
            /** @description How the account was created, such as `basic:email` or `basic:phone-code`. */
            registerSource?: string[] | null;
            /** @description URL of the user's avatar. */
            photo?: string | null;
            /** @description Never the password itself; the service returns null here. */
            password?: string | null;
            /** @description Raw profile from a social identity provider, JSON-encoded. */
            oauth?: string | null;
            /** @description The user's session token (a JWT). Present after login, or after registration with `forceLogin` or `generateToken`. */
            token?: string | null;
            /** @description When `token` expires (ISO-8601). */
            tokenExpiredAt?: string | null;
            /** @description How many times the user has signed in. */
            loginsCount?: number | null;
            /** @description Time of the last sign-in (ISO-8601). */
            lastLogin?: string | null;
            /** @description IP address of the last sign-in. */
            lastIP?: string | null;
            /** @description Time of registration (ISO-8601). */
            signedUp?: string | null;
            /** @description Whether an administrator blocked the account. */
            blocked?: boolean | null;
            /** @description Whether the account was deleted. */
            isDeleted?: boolean | null;
            /** @description Device used at the last sign-in. */
            device?: string | null;
            /** @description Browser used at the last sign-in. */
            browser?: string | null;
            /** @description Company the user works for. */
            company?: string | null;
            /** @description Full name. */
            name?: string | null;
            /** @description Given (first) name. */
            givenName?: string | null;
            /** @description Family (last) name. */
            familyName?: string | null;
            /** @description Middle name. */
            middleName?: string | null;
            /** @description URL of the user's profile page. */
            profile?: string | null;
            /** @description Name the user prefers to be called by. */
            preferredUsername?: string | null;
            /** @description URL of the user's personal website. */
            website?: string | null;
            /**
             * @description Gender; `M` male, `F` female, `U` unknown.
             * @enum {string|null}
             */
            gender?: "M" | "F" | "U" | null;
            /** @description Date of birth. */
            birthdate?: string | null;
            /** @description Time zone, such as `Asia/Shanghai`. */
            zoneinfo?: string | null;
            /** @description Preferred language, such as `zh-CN`. */
            locale?: string | null;
            /** @description Postal address on one line. */
            address?: string | null;
            /** @description Full postal address, formatted for display. */
            formatted?: string | null;
            /** @description Street part of the address. */
            streetAddress?: string | null;
            /** @description Locality (town or district) of the address. */
            locality?: string | null;
            /** @description Region or state of the address. */
            region?: string | null;
            /** @description Postal code of the address. */
            postalCode?: string | null;
            /** @description City of the address. */
            city?: string | null;
            /** @description Province of the address. */
            province?: string | null;
            /** @description Country of the address. */
            country?: string | null;
            /** @description When the account was created (ISO-8601). */
            createdAt?: string | null;
            /** @description When the account was last changed (ISO-8601). */
            updatedAt?: string | null;
            /** @description Id of the user in an external system, set by the pool's administrators. */
            externalId?: string | null;
            /** @description The pool's user-defined fields with this user's values. */
            customData?: components["schemas"]["UserDefinedData"][] | null;
            /** @description Identities of the user at external identity providers. */
            identities?: Record<string, never>[] | null;
            /** @description On login, true when this login created the account (`autoRegister`). */
            newlyCreated?: boolean | null;
        };
        /** @description The envelope of an operation that returns the user. */
        UserResponse: {
            code: components["schemas"]["SuccessCode"];
            message: components["schemas"]["Message"];
            data: components["schemas"]["User"];
        } | components["schemas"]["ErrorEnvelope"];
        /** @description A phone number, without the country calling code. */
        Phone: string;
        /** @description A one-time code the user received by SMS or email. It is valid for 60 seconds and once only. */
        VerificationCode: string;
        /** @description Country calling code of the phone number, such as `+86`. The pool's default when left out. */
        PhoneCountryCode: string;
        /**
         * @description What an SMS code will be used for. A code sent **without** a scene is accepted by every flow that
         *     takes an SMS code (as Authing's mobile SDKs send them); a code sent with a scene only by that
         *     scene's flows: `login` by loginByPhoneCode, `register` by registerByPhoneCode, `reset` by
         *     resetPasswordByPhoneCode, `bind` by bindPhone and by updatePhone for the new number, `unbind` by
         *     updatePhone for the old number. The MFA scenes and `complete-phone` serve flows outside this API.
         * @enum {string}
         */
        SmsScene: "login" | "register" | "reset" | "bind" | "unbind" | "mfa-bind" | "mfa-verify" | "mfa-unbind" | "complete-phone";
        /** @description The answer to the CAPTCHA the service asked for (error 2000) after repeated failed logins. */
        CaptchaCode: string;
        /** @description Outcome of an operation that returns no object. */
        CommonMessage: {
            /** @description 200 on success. */
            code: number;
            /** @description Human-readable outcome. */
            message: string;
        };
        /** @description The envelope of an operation whose result is only its success; `data` is null or an outcome message. */
        EmptyResponse: {
            code: components["schemas"]["SuccessCode"];
            message: components["schemas"]["Message"];
            data: null | components["schemas"]["CommonMessage"];
        } | components["schemas"]["ErrorEnvelope"];
        /**
         * @description Create the account from the given credentials when no user matches them, then sign it in.
         * @default false
         */
        AutoRegister: boolean;
        /** @description The user's custom data, as a list of `{key, value}` pairs: each value is stored as the user's value of the user-defined field with that key (the SDK's `customData`). A key the pool defines no field for is refused (2231). Logins take this real array; registrations take the JSON-encoded `params`. */
        LoginCustomData: {
            /** @description Key of the user-defined field. */
            key: string;
            /** @description The value, of the field's data type: a string, number, boolean, object or date string. */
            value: unknown;
        }[];
        /**
         * JwtTokenStatus
         * @description Whether a token is valid, answered at the top level (not inside the envelope). A client treats the token
         *     as valid only when `code` is 200 and `status` is true; an invalid or expired token is reported here
         *     (`status: false`, `code` 2206 or 2207), not as an error.
         */
        JwtTokenStatus: {
            /** @description 200 when the token is valid, else the reason it is not (see `ErrorCode`). */
            code: number;
            /** @description Human-readable outcome of the check. */
            message: string;
            /** @description True when the token is valid and not expired. */
            status: boolean;
            /** @description Expiry of the token, in seconds since the Unix epoch. */
            exp?: number | null;
            /** @description Issue time of the token, in seconds since the Unix epoch. */
            iat?: number | null;
            /** @description Who the token belongs to, when it is valid. */
            data?: {
                /** @description Id of the user. */
                id?: string;
                /** @description Id of the user pool. */
                userPoolId?: string;
                /** @description Authing resource name of the user. */
                arn?: string | null;
            } | null;
        };
        /** @description A token check's answer: the token's status at the top level (no envelope), or the error envelope when the request itself could not be served. */
        JwtTokenStatusOrError: components["schemas"]["JwtTokenStatus"] | components["schemas"]["ErrorEnvelope"];
        /**
         * @description Why an email is sent, which decides its template and what its code may be used for:
         *     `RESET_PASSWORD` (a code to reset the password), `VERIFY_EMAIL` (a link to verify the address),
         *     `CHANGE_EMAIL` (a code to change the address), `MFA_VERIFY` (a code for multi-factor authentication).
         * @enum {string}
         */
        EmailScene: "RESET_PASSWORD" | "VERIFY_EMAIL" | "CHANGE_EMAIL" | "MFA_VERIFY";
        /** @description The envelope of an operation that returns only an outcome message. */
        CommonMessageResponse: {
            code: components["schemas"]["SuccessCode"];
            message: components["schemas"]["Message"];
            data: components["schemas"]["CommonMessage"];
        } | components["schemas"]["ErrorEnvelope"];
        /**
         * @description The profile fields to change; fields left out keep their value. Email, phone and password cannot be
         *     changed here (the service answers 2225 or 2226): use the dedicated operations. Any other field, such
         *     as `unionid` or `openid` (set by identity providers, not by the user), is refused with 2231: nothing
         *     sent is silently dropped.
         */
        UpdateProfileInput: {
            /** @description Not changeable here; the service answers 2225. Use updateEmail. */
            email?: string;
            /** @description Not changeable here; the service answers 2226. Use updatePhone. */
            phone?: string;
            /** @description Not changeable here; the service answers 2226. Use updatePassword. */
            password?: string;
            /** @description Username. */
            username?: string;
            /** @description Display name. */
            nickname?: string;
            /** @description URL of the user's avatar. */
            photo?: string;
            /** @description Company the user works for. */
            company?: string;
            /** @description Browser the user last used. */
            browser?: string;
            /** @description Device the user last used. */
            device?: string;
            /** @description IP address of the last sign-in. */
            lastIP?: string;
            /** @description Full name. */
            name?: string;
            /** @description Given (first) name. */
            givenName?: string;
            /** @description Family (last) name. */
            familyName?: string;
            /** @description Middle name. */
            middleName?: string;
            /** @description URL of the user's profile page. */
            profile?: string;
            /** @description Name the user prefers to be called by. */
            preferredUsername?: string;
            /** @description URL of the user's personal website. */
            website?: string;
            /**
             * @description Gender; `M` male, `F` female, `U` unknown.
             * @enum {string}
             */
            gender?: "M" | "F" | "U";
            /** @description Date of birth. */
            birthdate?: string;
            /** @description Time zone, such as `Asia/Shanghai`. */
            zoneinfo?: string;
            /** @description Preferred language, such as `zh-CN`. */
            locale?: string;
            /** @description Postal address on one line. */
            address?: string;
            /** @description Street part of the address. */
            streetAddress?: string;
            /** @description Locality (town or district) of the address. */
            locality?: string;
            /** @description Region or state of the address. */
            region?: string;
            /** @description Postal code of the address. */
            postalCode?: string;
            /** @description City of the address. */
            city?: string;
            /** @description Province of the address. */
            province?: string;
            /** @description Country of the address. */
            country?: string;
        };
        /** @description A new token for the signed-in user. */
        RefreshToken: {
            /** @description The new token (a JWT); the old one stays valid until it expires. */
            token: string;
            /** @description Issue time of the new token, in seconds since the Unix epoch. */
            iat: number;
            /** @description Expiry of the new token, in seconds since the Unix epoch. */
            exp: number;
        };
        /** @description The envelope of a token refresh. */
        RefreshTokenResponse: {
            code: components["schemas"]["SuccessCode"];
            message: components["schemas"]["Message"];
            data: components["schemas"]["RefreshToken"];
        } | components["schemas"]["ErrorEnvelope"];
        /**
         * @description What listUdv answers: on success a bare JSON array of the user's user-defined data, with no envelope
         *     (Authing's Android and iOS SDKs wrap it themselves); on failure the error envelope.
         */
        UserDefinedDataListOrError: components["schemas"]["UserDefinedData"][] | components["schemas"]["ErrorEnvelope"];
        /** @description The envelope of an operation that returns the user's user-defined data. */
        UserDefinedDataListResponse: {
            code: components["schemas"]["SuccessCode"];
            message: components["schemas"]["Message"];
            /** @description Every user-defined field that has a value for the user. */
            data: components["schemas"]["UserDefinedData"][];
        } | components["schemas"]["ErrorEnvelope"];
        /**
         * GraphqlErrors
         * @description A failed GraphQL request, as Authing answers it: each error's `message` is an object with Authing's error `code` and its human-readable `message` (not the plain string of other GraphQL servers).
         */
        GraphqlErrors: {
            /** @description Why the request failed; the first error is the one to act on. */
            errors: {
                /** @description Authing's error: its code and message. */
                message: {
                    code: components["schemas"]["ErrorCode"];
                    /** @description Human-readable reason, in the language the request asked for. */
                    message: string;
                };
            }[];
            /** @description No result. */
            data?: null;
        };
        /** @description The GraphQL answer of the `removeUdv` mutation: the remaining values, or errors. */
        RemoveUdvAnswer: {
            /** @description The mutation's result. */
            data: {
                /** @description Every user-defined field that still has a value for the user. */
                removeUdv: components["schemas"]["UserDefinedData"][];
            };
        } | components["schemas"]["GraphqlErrors"];
    };
    responses: {
        /** @description The request is malformed or misses required parameters. The body is the usual envelope with code 2231. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /**
         * @description The request lacks the user pool id or, on operations for a signed-in user, a valid token. The body is
         *     the usual envelope with code 2020.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The path does not take this HTTP method; the message names the methods it takes. */
        MethodNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HttpFailure"];
            };
        };
        /** @description The body is larger than the server takes (the emulator takes up to 1 MiB). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HttpFailure"];
            };
        };
    };
    parameters: {
        /** @description Id of the application the request comes from; selects the app's login and registration settings. */
        AppId: string;
        /** @description Which kind of client sends the request; SDKs send `sdk`. */
        RequestFrom: string;
        /** @description Name and version of the client library, as `<package>:<version>`. */
        SdkVersion: string;
        /** @description Language of the service's messages: the values Authing's own clients send. */
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
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseMethodNotAllowed = components['responses']['MethodNotAllowed'];
export type ResponsePayloadTooLarge = components['responses']['PayloadTooLarge'];
export type ParameterAppId = components['parameters']['AppId'];
export type ParameterRequestFrom = components['parameters']['RequestFrom'];
export type ParameterSdkVersion = components['parameters']['SdkVersion'];
export type ParameterLang = components['parameters']['Lang'];
/** JSON Schema definitions of the spec (none). */
export type $defs = Record<string, never>;
/** Every operation of the spec, by operationId: parameters, request body and responses. */
export interface operations {
    getWellKnown: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The public key, or why it could not be returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicKeyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    registerByEmail: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The operation's parameters. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Email address of the new user; it must not belong to another user. */
                    email: components["schemas"]["Email"];
                    /** @description Password of the new user, encrypted. */
                    password: components["schemas"]["EncryptedPassword"];
                    profile?: components["schemas"]["RegisterProfile"];
                    forceLogin?: components["schemas"]["ForceLogin"];
                    generateToken?: components["schemas"]["GenerateToken"];
                    clientIp?: components["schemas"]["ClientIp"];
                    context?: components["schemas"]["RequestContext"];
                    params?: components["schemas"]["RequestParams"];
                };
            };
        };
        responses: {
            /** @description The new user, or why it could not be created. */
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
    registerByUsername: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The operation's parameters. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Username of the new user; it must not belong to another user. */
                    username: string;
                    /** @description Password of the new user, encrypted. */
                    password: components["schemas"]["EncryptedPassword"];
                    profile?: components["schemas"]["RegisterProfile"];
                    forceLogin?: components["schemas"]["ForceLogin"];
                    generateToken?: components["schemas"]["GenerateToken"];
                    clientIp?: components["schemas"]["ClientIp"];
                    context?: components["schemas"]["RequestContext"];
                    params?: components["schemas"]["RequestParams"];
                };
            };
        };
        responses: {
            /** @description The new user, or why it could not be created. */
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
    registerByPhoneCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The operation's parameters. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Phone number of the new user; it must not belong to another user. */
                    phone: components["schemas"]["Phone"];
                    /** @description The SMS code sent to the phone. */
                    code: components["schemas"]["VerificationCode"];
                    /** @description Initial password, encrypted. Without it the user signs in by SMS code only. */
                    password?: components["schemas"]["EncryptedPassword"];
                    phoneCountryCode?: components["schemas"]["PhoneCountryCode"];
                    profile?: components["schemas"]["RegisterProfile"];
                    forceLogin?: components["schemas"]["ForceLogin"];
                    generateToken?: components["schemas"]["GenerateToken"];
                    clientIp?: components["schemas"]["ClientIp"];
                    context?: components["schemas"]["RequestContext"];
                    params?: components["schemas"]["RequestParams"];
                };
            };
        };
        responses: {
            /** @description The new user, or why it could not be created. */
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
    sendSmsCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The operation's parameters. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Phone number to send the code to. */
                    phone: components["schemas"]["Phone"];
                    phoneCountryCode?: components["schemas"]["PhoneCountryCode"];
                    scene?: components["schemas"]["SmsScene"];
                    /** @description The answer to a CAPTCHA, when the service asks for one before sending more codes. */
                    captchaCode?: components["schemas"]["CaptchaCode"];
                };
            };
        };
        responses: {
            /** @description Whether the code was sent. */
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
    loginByAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The operation's parameters. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The user's email address, username or phone number. */
                    account: string;
                    /** @description The user's password, encrypted. */
                    password: components["schemas"]["EncryptedPassword"];
                    autoRegister?: components["schemas"]["AutoRegister"];
                    captchaCode?: components["schemas"]["CaptchaCode"];
                    clientIp?: components["schemas"]["ClientIp"];
                    context?: components["schemas"]["RequestContext"];
                    customData?: components["schemas"]["LoginCustomData"];
                    /**
                     * @deprecated
                     * @description Custom data as registrations send it (a JSON string); older SDKs send it on logins too. Prefer `customData`.
                     */
                    params?: components["schemas"]["RequestParams"];
                };
            };
        };
        responses: {
            /** @description The signed-in user with `token` and `tokenExpiredAt`, or why the login failed. */
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
    loginByPhoneCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The operation's parameters. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The user's phone number. */
                    phone: components["schemas"]["Phone"];
                    /** @description The SMS code sent to the phone. */
                    code: components["schemas"]["VerificationCode"];
                    phoneCountryCode?: components["schemas"]["PhoneCountryCode"];
                    autoRegister?: components["schemas"]["AutoRegister"];
                    clientIp?: components["schemas"]["ClientIp"];
                    context?: components["schemas"]["RequestContext"];
                    customData?: components["schemas"]["LoginCustomData"];
                    /**
                     * @deprecated
                     * @description Custom data as registrations send it (a JSON string); older SDKs send it on logins too. Prefer `customData`.
                     */
                    params?: components["schemas"]["RequestParams"];
                };
            };
        };
        responses: {
            /** @description The signed-in user with `token` and `tokenExpiredAt`, or why the login failed. */
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
    checkLoginStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The token to check. The SDK sends its stored token when the caller gives none. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The token to check, as a login returned it. */
                    token: string;
                };
            };
        };
        responses: {
            /** @description The token's status (flat, without the envelope), or the error envelope. */
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The operation's parameters. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Address to send the email to. */
                    email: components["schemas"]["Email"];
                    scene: components["schemas"]["EmailScene"];
                };
            };
        };
        responses: {
            /** @description Whether the email was sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonMessageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    resetPasswordByPhoneCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The operation's parameters. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The user's phone number. */
                    phone: components["schemas"]["Phone"];
                    /** @description The SMS code sent to the phone. */
                    code: components["schemas"]["VerificationCode"];
                    /** @description The new password, encrypted. */
                    newPassword: components["schemas"]["EncryptedPassword"];
                    phoneCountryCode?: components["schemas"]["PhoneCountryCode"];
                };
            };
        };
        responses: {
            /** @description Whether the password was reset. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonMessageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    resetPasswordByEmailCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The operation's parameters. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The user's email address. */
                    email: components["schemas"]["Email"];
                    /** @description The code from the email. */
                    code: components["schemas"]["VerificationCode"];
                    /** @description The new password, encrypted. */
                    newPassword: components["schemas"]["EncryptedPassword"];
                };
            };
        };
        responses: {
            /** @description Whether the password was reset. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonMessageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    updateProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The profile fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProfileInput"];
            };
        };
        responses: {
            /** @description The updated user. */
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The operation's parameters. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The new password, encrypted. */
                    newPassword: components["schemas"]["EncryptedPassword"];
                    /** @description The current password, encrypted; leave out when the user has none. */
                    oldPassword?: components["schemas"]["EncryptedPassword"];
                };
            };
        };
        responses: {
            /** @description The user. */
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The operation's parameters. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The new phone number. */
                    phone: components["schemas"]["Phone"];
                    /** @description The SMS code sent to the new phone number. */
                    phoneCode: components["schemas"]["VerificationCode"];
                    phoneCountryCode?: components["schemas"]["PhoneCountryCode"];
                    /** @description The current phone number, when the pool verifies it. */
                    oldPhone?: components["schemas"]["Phone"];
                    /** @description The SMS code sent to the current phone number. */
                    oldPhoneCode?: components["schemas"]["VerificationCode"];
                    /** @description Country calling code of the current phone number. */
                    oldPhoneCountryCode?: components["schemas"]["PhoneCountryCode"];
                };
            };
        };
        responses: {
            /** @description The updated user. */
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The operation's parameters. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The new email address. */
                    email: components["schemas"]["Email"];
                    /** @description The code sent to the new address. */
                    emailCode: components["schemas"]["VerificationCode"];
                    /** @description The current email address, when the pool verifies it. */
                    oldEmail?: components["schemas"]["Email"];
                    /** @description The code sent to the current address. */
                    oldEmailCode?: components["schemas"]["VerificationCode"];
                };
            };
        };
        responses: {
            /** @description The updated user. */
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Empty: the token to refresh is the bearer token. */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The new token. */
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The operation's parameters. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The phone number to bind. */
                    phone: components["schemas"]["Phone"];
                    /** @description The SMS code sent to it. */
                    phoneCode: components["schemas"]["VerificationCode"];
                    phoneCountryCode?: components["schemas"]["PhoneCountryCode"];
                } | {
                    /** @description The phone number to bind. */
                    phone: components["schemas"]["Phone"];
                    /** @description The SMS code sent to it. */
                    code: components["schemas"]["VerificationCode"];
                    phoneCountryCode?: components["schemas"]["PhoneCountryCode"];
                };
            };
        };
        responses: {
            /** @description The updated user. */
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Empty: the user is the bearer token's. */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The updated user. */
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in user. */
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
                /** @description Id of the application to sign out of. */
                app_id?: string;
            };
            header?: {
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether the token was revoked. */
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The operation's parameters. */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Kind of object the data belongs to; always `USER` here.
                     * @enum {string}
                     */
                    targetType: "USER";
                    /** @description Id of the signed-in user. */
                    targetId: string;
                };
            };
        };
        responses: {
            /** @description The user's user-defined data: a bare JSON array on success, the envelope on failure. */
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The operation's parameters. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The values to set, one per field. */
                    udfs: {
                        /** @description Key of the user-defined field. */
                        definition: string;
                        /** @description The value, as raw JSON of the field's data type (`15`, `true`, `"text"`). */
                        value: unknown;
                    }[];
                };
            };
        };
        responses: {
            /** @description All of the user's user-defined data after the change, in the envelope (Authing's Flutter SDK reads it as `data`). */
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
                /** @description Id of the application the request comes from; selects the app's login and registration settings. */
                "x-authing-app-id"?: components["parameters"]["AppId"];
                /** @description Which kind of client sends the request; SDKs send `sdk`. */
                "x-authing-request-from"?: components["parameters"]["RequestFrom"];
                /** @description Name and version of the client library, as `<package>:<version>`. */
                "x-authing-sdk-version"?: components["parameters"]["SdkVersion"];
                /** @description Language of the service's messages: the values Authing's own clients send. */
                "x-authing-lang"?: components["parameters"]["Lang"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The GraphQL request: the `removeUdv` mutation and its variables. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The GraphQL document: the `removeUdv` mutation of `x-graphql-document`. */
                    query: string;
                    /** @description The mutation's variables. */
                    variables: {
                        /**
                         * @description Kind of object the data belongs to; always `USER` here.
                         * @enum {string}
                         */
                        targetType: "USER";
                        /** @description Id of the signed-in user. */
                        targetId: string;
                        /** @description Key of the user-defined field. */
                        key: string;
                    };
                };
            };
        };
        responses: {
            /** @description The user's remaining user-defined data under `data.removeUdv`, or GraphQL `errors`. */
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
