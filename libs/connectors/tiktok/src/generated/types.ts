/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
// Emitted by openapi-typescript 7.13.0 from specs/tiktok/openapi.yaml.

export interface paths {
    "/user/info/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Profile and stats
         * @description Returns the fields asked for in `fields`. Basic fields need user.info.basic; counts need user.info.stats; bio/username/verified need user.info.profile. Fields without their scope are silently left out.
         */
        get: operations["user.info"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/video/list/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List my videos
         * @description Lists the user's public videos, newest first, up to 20 per page (cursor / has_more).
         */
        post: operations["video.list"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/video/query/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh stats of given videos
         * @description Returns up to 20 of the user's videos by id (e.g. to refresh their view counts).
         */
        post: operations["video.query"];
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
        ApiError: {
            /**
             * @description "ok" on success.
             * @example ok
             */
            code: string;
            /** @example  */
            message: string;
            /** @example 20261126031500A1B2C3D4E5F6A7B8C9 */
            log_id: string;
        };
        User: {
            /** @example 723f24d7-e717-40f8-a2b6-cb8464cd23b4 */
            open_id?: string;
            /** @example c9c60f44-a68e-4f5d-84dd-ce22faeb0ba1 */
            union_id?: string;
            /**
             * Format: uri
             * @example https://p16-sign.tiktokcdn-us.com/tos-useast5-avt-0068-tx/example~c5_168x168.jpeg
             */
            avatar_url?: string;
            /** Format: uri */
            avatar_url_100?: string;
            /** Format: uri */
            avatar_large_url?: string;
            /** @example Maya Bakes */
            display_name?: string;
            /**
             * @description Needs user.info.profile.
             * @example Sourdough every Sunday 🍞
             */
            bio_description?: string;
            /**
             * Format: uri
             * @description Needs user.info.profile.
             * @example https://vm.tiktok.com/ZMexample/
             */
            profile_deep_link?: string;
            /**
             * @description Needs user.info.profile.
             * @example false
             */
            is_verified?: boolean;
            /**
             * @description Needs user.info.profile.
             * @example maya.bakes
             */
            username?: string;
            /**
             * @description Needs user.info.stats.
             * @example 48210
             */
            follower_count?: number;
            /**
             * @description Needs user.info.stats.
             * @example 312
             */
            following_count?: number;
            /**
             * @description Needs user.info.stats.
             * @example 1203945
             */
            likes_count?: number;
            /**
             * @description Needs user.info.stats.
             * @example 187
             */
            video_count?: number;
        };
        Video: {
            /** @example 7431234567890123456 */
            id: string;
            /** @example 3-ingredient focaccia */
            title?: string;
            /** @example 3-ingredient focaccia, no knead #baking #bread */
            video_description?: string;
            /**
             * Format: int64
             * @description Unix seconds.
             * @example 1763650000
             */
            create_time?: number;
            /**
             * Format: uri
             * @example https://p16-sign.tiktokcdn-us.com/obj/tos-useast5-p-0068-tx/example-cover.jpeg
             */
            cover_image_url?: string;
            /**
             * Format: uri
             * @example https://www.tiktok.com/@maya.bakes/video/7431234567890123456
             */
            share_url?: string;
            /**
             * Format: uri
             * @example https://www.tiktok.com/player/v1/7431234567890123456
             */
            embed_link?: string;
            embed_html?: string;
            /**
             * @description Seconds.
             * @example 42
             */
            duration?: number;
            /** @example 1920 */
            height?: number;
            /** @example 1080 */
            width?: number;
            /**
             * Format: int64
             * @example 183402
             */
            view_count?: number;
            /**
             * Format: int64
             * @example 15210
             */
            like_count?: number;
            /**
             * Format: int64
             * @example 342
             */
            comment_count?: number;
            /**
             * Format: int64
             * @example 1288
             */
            share_count?: number;
        };
        VideoPage: {
            data: {
                /**
                 * @example [
                 *       {
                 *         "id": "7431234567890123456",
                 *         "title": "3-ingredient focaccia",
                 *         "create_time": 1763650000,
                 *         "cover_image_url": "https://p16-sign.tiktokcdn-us.com/obj/tos-useast5-p-0068-tx/example-cover1.jpeg",
                 *         "share_url": "https://www.tiktok.com/@maya.bakes/video/7431234567890123456",
                 *         "duration": 42,
                 *         "view_count": 183402,
                 *         "like_count": 15210,
                 *         "comment_count": 342,
                 *         "share_count": 1288
                 *       },
                 *       {
                 *         "id": "7429876543210987654",
                 *         "title": "Sourdough starter day 1",
                 *         "create_time": 1763045000,
                 *         "cover_image_url": "https://p16-sign.tiktokcdn-us.com/obj/tos-useast5-p-0068-tx/example-cover2.jpeg",
                 *         "share_url": "https://www.tiktok.com/@maya.bakes/video/7429876543210987654",
                 *         "duration": 58,
                 *         "view_count": 96115,
                 *         "like_count": 8034,
                 *         "comment_count": 219,
                 *         "share_count": 512
                 *       },
                 *       {
                 *         "id": "7427001122334455667",
                 *         "title": "Croissant lamination fail",
                 *         "create_time": 1762440000,
                 *         "cover_image_url": "https://p16-sign.tiktokcdn-us.com/obj/tos-useast5-p-0068-tx/example-cover3.jpeg",
                 *         "share_url": "https://www.tiktok.com/@maya.bakes/video/7427001122334455667",
                 *         "duration": 35,
                 *         "view_count": 402877,
                 *         "like_count": 51003,
                 *         "comment_count": 1870,
                 *         "share_count": 6420
                 *       }
                 *     ]
                 */
                videos: components["schemas"]["Video"][];
                /**
                 * Format: int64
                 * @description Send back to get the next page.
                 * @example 1762440000000
                 */
                cursor?: number;
                /** @example true */
                has_more?: boolean;
            };
            error: components["schemas"]["ApiError"];
        };
        /**
         * @description Comma-separated Video fields to return (required by TikTok).
         * @example id,title,video_description,create_time,cover_image_url,share_url,embed_link,duration,view_count,like_count,comment_count,share_count
         */
        VideoFields: string;
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "user.info": {
        parameters: {
            query: {
                /** @description Comma-separated User fields. */
                fields: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            user?: components["schemas"]["User"];
                        };
                        error: components["schemas"]["ApiError"];
                    };
                };
            };
        };
    };
    "video.list": {
        parameters: {
            query: {
                fields: components["schemas"]["VideoFields"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @default 20
                     * @example 20
                     */
                    max_count?: number;
                    /**
                     * Format: int64
                     * @description data.cursor from the previous page.
                     */
                    cursor?: number;
                };
            };
        };
        responses: {
            /** @description A page of videos. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VideoPage"];
                };
            };
        };
    };
    "video.query": {
        parameters: {
            query: {
                fields: components["schemas"]["VideoFields"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    filters: {
                        /**
                         * @example [
                         *       "7431234567890123456",
                         *       "7429876543210987654"
                         *     ]
                         */
                        video_ids: string[];
                    };
                };
            };
        };
        responses: {
            /** @description The requested videos. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VideoPage"];
                };
            };
        };
    };
}
