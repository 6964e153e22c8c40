/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
// Emitted by openapi-typescript 7.13.0 from specs/slack/openapi.yaml.

export interface paths {
    "/chat.postMessage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Post a message to a channel
         * @description Sends a message as the app. Use a channel id (C…) when possible; the bot must be a member unless chat:write.public is granted.
         */
        post: operations["chat.postMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List channels
         * @description Lists channels in the workspace, page by page (cursor / response_metadata.next_cursor; an empty cursor means the end).
         */
        get: operations["conversations.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users.lookupByEmail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find a person by email
         * @description Returns the workspace member with this email address (e.g. to mention or DM them).
         */
        get: operations["users.lookupByEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations.open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a direct message
         * @description Opens (or resumes) a direct message with one person, or a group DM with up to 8; post into it with chat.postMessage.
         */
        post: operations["conversations.open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth.test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check the token and show the workspace
         * @description Tells which workspace and bot user the token belongs to. Needs no scope.
         */
        post: operations["auth.test"];
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
        Message: {
            /**
             * @example message
             * @enum {string}
             */
            type?: "message";
            /** @example bot_message */
            subtype?: string;
            /** @example New ticket #4821: Cannot log in on mobile */
            text?: string;
            /** @example U07BOTUSER1 */
            user?: string;
            /** @example B07BOT12345 */
            bot_id?: string;
            /** @example A07APP12345 */
            app_id?: string;
            /** @example 1764144000.123456 */
            ts?: string;
            /** @description Set when the message is a thread reply. */
            thread_ts?: string;
            /** @example T0123ABCDE */
            team?: string;
            blocks?: {
                [key: string]: unknown;
            }[];
        };
        Channel: {
            /** @example C0123SUPPORT */
            id: string;
            /** @example support */
            name: string;
            /** @example true */
            is_channel?: boolean;
            /** @example false */
            is_group?: boolean;
            /** @example false */
            is_im?: boolean;
            /** @example false */
            is_mpim?: boolean;
            /** @example false */
            is_private?: boolean;
            /** @example false */
            is_archived?: boolean;
            /** @example false */
            is_general?: boolean;
            /** @example true */
            is_member?: boolean;
            /** @example 1700000000 */
            created?: number;
            /** @example U0123ADMIN1 */
            creator?: string;
            /** @example 42 */
            num_members?: number;
            topic?: {
                /** @example Customer tickets and escalations */
                value?: string;
                /** @example U0123ADMIN1 */
                creator?: string;
                /** @example 1700000100 */
                last_set?: number;
            };
            purpose?: {
                /** @example Where the support team works */
                value?: string;
                /** @example U0123ADMIN1 */
                creator?: string;
                /** @example 1700000100 */
                last_set?: number;
            };
        };
        User: {
            /** @example U0456ALEXM */
            id: string;
            /** @example T0123ABCDE */
            team_id?: string;
            /** @example alex.martin */
            name?: string;
            /** @example Alex Martin */
            real_name?: string;
            /** @example false */
            deleted?: boolean;
            /** @example false */
            is_bot?: boolean;
            /** @example false */
            is_admin?: boolean;
            /** @example Europe/Paris */
            tz?: string;
            /** @example 3600 */
            tz_offset?: number;
            profile?: {
                /**
                 * Format: email
                 * @example alex.martin@example.com
                 */
                email?: string;
                /** @example alex */
                display_name?: string;
                /** @example Alex Martin */
                real_name?: string;
                /** @example Support lead */
                title?: string;
                /**
                 * Format: uri
                 * @example https://avatars.slack-edge.com/2026-01-01/alex_72.png
                 */
                image_72?: string;
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
    "chat.postMessage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Channel id (C…/G…/D…), or a #name (name resolution: unconfirmed as a guarantee).
                     * @example C0123SUPPORT
                     */
                    channel: string;
                    /**
                     * @description Message text (mrkdwn); the notification fallback when blocks are sent.
                     * @example New ticket #4821: Cannot log in on mobile
                     */
                    text?: string;
                    /** @description Block Kit layout blocks. */
                    blocks?: {
                        [key: string]: unknown;
                    }[];
                    /**
                     * @description Reply in this thread.
                     * @example 1764143000.000100
                     */
                    thread_ts?: string;
                    /** @default false */
                    reply_broadcast?: boolean;
                    /** @default true */
                    mrkdwn?: boolean;
                    unfurl_links?: boolean;
                    unfurl_media?: boolean;
                };
            };
        };
        responses: {
            /** @description Sent. On failure HTTP 200 with {ok:false, error} (not_in_channel, channel_not_found, is_archived, msg_too_long…). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example true */
                        ok: boolean;
                        /** @example C0123SUPPORT */
                        channel?: string;
                        /** @example 1764144000.123456 */
                        ts?: string;
                        message?: components["schemas"]["Message"];
                    };
                };
            };
        };
    };
    "conversations.list": {
        parameters: {
            query?: {
                /** @description Comma-separated: public_channel, private_channel, mpim, im. private_channel needs groups:read. */
                types?: string;
                exclude_archived?: boolean;
                limit?: number;
                cursor?: string;
                /** @description Only for org-wide apps. */
                team_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of channels. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example true */
                        ok: boolean;
                        channels?: components["schemas"]["Channel"][];
                        response_metadata?: {
                            /**
                             * @description Empty string on the last page.
                             * @example dGVhbTpDMDEyM0FOTk9VTkNF
                             */
                            next_cursor?: string;
                        };
                    };
                };
            };
        };
    };
    "users.lookupByEmail": {
        parameters: {
            query: {
                email: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member, or {ok:false, error:"users_not_found"}. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example true */
                        ok: boolean;
                        user?: components["schemas"]["User"];
                    };
                };
            };
        };
    };
    "conversations.open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Comma-separated user ids (1 to 8).
                     * @example U0456ALEXM
                     */
                    users?: string;
                    /** @example D0789DMCHAN */
                    channel?: string;
                    /** @default false */
                    return_im?: boolean;
                    /** @default false */
                    prevent_creation?: boolean;
                };
            };
        };
        responses: {
            /** @description The DM channel. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example true */
                        ok: boolean;
                        /** @example true */
                        no_op?: boolean;
                        /** @example true */
                        already_open?: boolean;
                        channel?: {
                            /** @example D0789DMCHAN */
                            id: string;
                            /** @example true */
                            is_im?: boolean;
                            /** @example U0456ALEXM */
                            user?: string;
                        };
                    };
                };
            };
        };
    };
    "auth.test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Token identity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example true */
                        ok: boolean;
                        /**
                         * Format: uri
                         * @example https://acme-support.slack.com/
                         */
                        url?: string;
                        /** @example Acme Support */
                        team?: string;
                        /** @example patchbay_bot */
                        user?: string;
                        /** @example T0123ABCDE */
                        team_id?: string;
                        /** @example U07BOTUSER1 */
                        user_id?: string;
                        /** @example B07BOT12345 */
                        bot_id?: string;
                        /** @example E0123ENTER */
                        enterprise_id?: string;
                        /** @example false */
                        is_enterprise_install?: boolean;
                    };
                };
            };
        };
    };
}
