/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
// Emitted by openapi-typescript 7.13.0 from specs/linkedin/openapi.yaml.

export interface paths {
    "/v2/userinfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is signed in
         * @description OpenID Connect userinfo - the member's id, name, photo and email.
         */
        get: operations["userinfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a post
         * @description Publishes a post to the member's feed. Success is 201 with an empty body; the new post's URN is in the x-restli-id header.
         */
        post: operations["posts.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        UserInfo: {
            /**
             * @description Member id; the author URN for posts is urn:li:person:{sub}.
             * @example 782bbtaQ
             */
            sub: string;
            /** @example Alex Martin */
            name?: string;
            /** @example Alex */
            given_name?: string;
            /** @example Martin */
            family_name?: string;
            /**
             * Format: uri
             * @example https://media.licdn.com/dms/image/v2/D4E03AQExample/profile-displayphoto-shrink_100_100/0/
             */
            picture?: string;
            /**
             * @description Seen both as an object {country, language} and as a string such as en-US.
             * @example {
             *       "country": "FR",
             *       "language": "fr"
             *     }
             */
            locale?: string | {
                country?: string;
                language?: string;
            };
            /**
             * Format: email
             * @example alex.martin@example.com
             */
            email?: string;
            /** @example true */
            email_verified?: boolean;
        };
        PostInput: {
            /**
             * @description urn:li:person:{sub from userinfo}.
             * @example urn:li:person:782bbtaQ
             */
            author: string;
            /**
             * @description Post text ('little' text format: escape reserved characters such as ( ) [ ] { } @ # * _ ~ < > | \).
             * @example New on the blog: how we cut our onboarding time in half.
             */
            commentary: string;
            /**
             * @example PUBLIC
             * @enum {string}
             */
            visibility: "PUBLIC" | "CONNECTIONS" | "LOGGED_IN" | "CONTAINER";
            distribution: {
                /**
                 * @example MAIN_FEED
                 * @enum {string}
                 */
                feedDistribution: "MAIN_FEED" | "NONE";
                /** @example [] */
                targetEntities?: Record<string, never>[];
                /** @example [] */
                thirdPartyDistributionChannels?: string[];
            };
            /**
             * @example PUBLISHED
             * @enum {string}
             */
            lifecycleState: "PUBLISHED" | "DRAFT";
            /** @default false */
            isReshareDisabledByAuthor: boolean;
            /** @description Optional attachment, e.g. an article link card. */
            content?: {
                article?: {
                    /**
                     * Format: uri
                     * @example https://blog.example.com/onboarding-in-half-the-time
                     */
                    source: string;
                    /** @example How we cut onboarding time in half */
                    title?: string;
                    /** @example Three changes that made the difference. */
                    description?: string;
                    /** @description An image URN (urn:li:image:…). */
                    thumbnail?: string;
                };
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    userinfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member's basic profile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserInfo"];
                };
            };
        };
    };
    "posts.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostInput"];
            };
        };
        responses: {
            /** @description Created; empty body. */
            201: {
                headers: {
                    /** @description URN of the new post. */
                    "x-restli-id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
