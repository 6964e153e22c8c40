/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
// Emitted by openapi-typescript 7.13.0 from specs/notion/openapi.yaml.

export interface paths {
    "/databases/{database_id}/query": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                database_id: components["parameters"]["databaseId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query a database
         * @description Returns the database's pages (rows) matching an optional filter and sort, 100 at a time.
         */
        post: operations["databases.query"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a page
         * @description Creates a page in a database (properties must match its columns) or under a page, optionally with content blocks.
         */
        post: operations["pages.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pages/{page_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                page_id: components["parameters"]["pageId"];
            };
            cookie?: never;
        };
        /**
         * Read a page's properties
         * @description Returns the page and its properties (not its content; use blocks.children.list for that).
         */
        get: operations["pages.retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/blocks/{block_id}/children": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A block id; a page id works too (a page is a block). */
                block_id: components["parameters"]["blockId"];
            };
            cookie?: never;
        };
        /**
         * Read a page's content
         * @description Returns the blocks directly inside a page or block (paragraphs, to-dos, headings…), 100 at a time.
         */
        get: operations["blocks.children.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Add content to a page
         * @description Appends up to 100 blocks to the end of a page or block (or after a given block).
         */
        patch: operations["blocks.children.append"];
        trace?: never;
    };
    "/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search shared pages and databases
         * @description Finds pages and databases shared with the integration by title.
         */
        post: operations["search"];
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
        RichText: {
            /**
             * @example text
             * @enum {string}
             */
            type: "text" | "mention" | "equation";
            text?: {
                /** @example Set up laptop and accounts */
                content: string;
                link?: {
                    /** Format: uri */
                    url?: string;
                } | null;
            };
            annotations?: {
                /** @example false */
                bold?: boolean;
                /** @example false */
                italic?: boolean;
                /** @example false */
                strikethrough?: boolean;
                /** @example false */
                underline?: boolean;
                /** @example false */
                code?: boolean;
                /** @example default */
                color?: string;
            };
            /** @example Set up laptop and accounts */
            readonly plain_text?: string;
            readonly href?: string | null;
        };
        RichTextArray: components["schemas"]["RichText"][];
        UserRef: {
            /**
             * @example user
             * @enum {string}
             */
            object?: "user";
            /**
             * Format: uuid
             * @example 6794760a-1f15-45cd-9c65-0dfe42f5135a
             */
            id?: string;
        };
        Parent: {
            /**
             * @example database_id
             * @enum {string}
             */
            type: "database_id" | "page_id" | "workspace" | "block_id";
            /**
             * Format: uuid
             * @example d9824bdc-8445-4327-be8b-5b47500af6ce
             */
            database_id?: string;
            /** Format: uuid */
            page_id?: string;
            /** Format: uuid */
            block_id?: string;
            workspace?: boolean;
        };
        /** @description One page property; `type` says which of the value keys is set. */
        PropertyValue: {
            /** @example title */
            id?: string;
            /**
             * @example title
             * @enum {string}
             */
            type: "title" | "rich_text" | "number" | "select" | "multi_select" | "status" | "date" | "people" | "files" | "checkbox" | "url" | "email" | "phone_number" | "formula" | "relation" | "rollup" | "created_time" | "created_by" | "last_edited_time" | "last_edited_by" | "unique_id";
            title?: components["schemas"]["RichTextArray"];
            rich_text?: components["schemas"]["RichTextArray"];
            number?: number | null;
            checkbox?: boolean;
            url?: string | null;
            email?: string | null;
            phone_number?: string | null;
            select?: {
                id?: string;
                /** @example In progress */
                name?: string;
                /** @example blue */
                color?: string;
            } | null;
            status?: {
                id?: string;
                /** @example In progress */
                name?: string;
                /** @example blue */
                color?: string;
            } | null;
            multi_select?: {
                id?: string;
                name?: string;
                color?: string;
            }[];
            date?: {
                /** @example 2026-12-01 */
                start?: string;
                end?: string | null;
                time_zone?: string | null;
            } | null;
            people?: components["schemas"]["UserRef"][];
            relation?: {
                /** Format: uuid */
                id?: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        Page: {
            /**
             * @example page
             * @enum {string}
             */
            object: "page";
            /**
             * Format: uuid
             * @example 59833787-2cf9-4fdf-8782-e53db20768a5
             */
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-20T10:15:00.000Z
             */
            created_time?: string;
            /**
             * Format: date-time
             * @example 2026-11-25T16:42:00.000Z
             */
            last_edited_time?: string;
            created_by?: components["schemas"]["UserRef"];
            last_edited_by?: components["schemas"]["UserRef"];
            /** @example false */
            archived?: boolean;
            /** @example false */
            in_trash?: boolean;
            icon?: {
                /**
                 * @example emoji
                 * @enum {string}
                 */
                type?: "emoji" | "external" | "file";
                /** @example 🚀 */
                emoji?: string;
            } | null;
            cover?: {
                [key: string]: unknown;
            } | null;
            parent?: components["schemas"]["Parent"];
            /**
             * Format: uri
             * @example https://www.notion.so/Onboarding-Alex-Martin-598337872cf94fdf8782e53db20768a5
             */
            url?: string;
            /** Format: uri */
            public_url?: string | null;
            /**
             * @description Keyed by property name.
             * @example {
             *       "Name": {
             *         "id": "title",
             *         "type": "title",
             *         "title": [
             *           {
             *             "type": "text",
             *             "text": {
             *               "content": "Onboarding: Alex Martin"
             *             },
             *             "plain_text": "Onboarding: Alex Martin"
             *           }
             *         ]
             *       },
             *       "Status": {
             *         "id": "s%3Dx",
             *         "type": "status",
             *         "status": {
             *           "id": "2",
             *           "name": "In progress",
             *           "color": "blue"
             *         }
             *       },
             *       "Due": {
             *         "id": "d%3Ay",
             *         "type": "date",
             *         "date": {
             *           "start": "2026-12-01",
             *           "end": null
             *         }
             *       },
             *       "Done": {
             *         "id": "c%3Bz",
             *         "type": "checkbox",
             *         "checkbox": false
             *       }
             *     }
             */
            properties: {
                [key: string]: components["schemas"]["PropertyValue"];
            };
        };
        /**
         * @example {
         *       "object": "block",
         *       "id": "c02fc1d3-db8b-45c5-a222-27595b15aea7",
         *       "parent": {
         *         "type": "page_id",
         *         "page_id": "59833787-2cf9-4fdf-8782-e53db20768a5"
         *       },
         *       "type": "to_do",
         *       "created_time": "2026-11-20T10:15:00.000Z",
         *       "last_edited_time": "2026-11-24T08:03:00.000Z",
         *       "has_children": false,
         *       "archived": false,
         *       "in_trash": false,
         *       "to_do": {
         *         "rich_text": [
         *           {
         *             "type": "text",
         *             "text": {
         *               "content": "Set up laptop and accounts",
         *               "link": null
         *             },
         *             "annotations": {
         *               "bold": false,
         *               "italic": false,
         *               "strikethrough": false,
         *               "underline": false,
         *               "code": false,
         *               "color": "default"
         *             },
         *             "plain_text": "Set up laptop and accounts",
         *             "href": null
         *           }
         *         ],
         *         "checked": true,
         *         "color": "default"
         *       }
         *     }
         */
        Block: {
            /**
             * @example block
             * @enum {string}
             */
            object: "block";
            /**
             * Format: uuid
             * @example c02fc1d3-db8b-45c5-a222-27595b15aea7
             */
            id: string;
            parent?: components["schemas"]["Parent"];
            /**
             * @example to_do
             * @enum {string}
             */
            type: "paragraph" | "heading_1" | "heading_2" | "heading_3" | "bulleted_list_item" | "numbered_list_item" | "to_do" | "toggle" | "quote" | "callout" | "code" | "divider" | "child_page" | "child_database" | "image" | "bookmark" | "table" | "unsupported";
            /**
             * Format: date-time
             * @example 2026-11-20T10:15:00.000Z
             */
            created_time?: string;
            /**
             * Format: date-time
             * @example 2026-11-24T08:03:00.000Z
             */
            last_edited_time?: string;
            /** @example false */
            has_children?: boolean;
            /** @example false */
            archived?: boolean;
            /** @example false */
            in_trash?: boolean;
            paragraph?: components["schemas"]["TextBlock"];
            heading_1?: components["schemas"]["TextBlock"];
            heading_2?: components["schemas"]["TextBlock"];
            heading_3?: components["schemas"]["TextBlock"];
            bulleted_list_item?: components["schemas"]["TextBlock"];
            numbered_list_item?: components["schemas"]["TextBlock"];
            quote?: components["schemas"]["TextBlock"];
            toggle?: components["schemas"]["TextBlock"];
            to_do?: {
                rich_text: components["schemas"]["RichTextArray"];
                /** @example true */
                checked?: boolean;
                /** @example default */
                color?: string;
            };
            child_page?: {
                title?: string;
            };
            divider?: Record<string, never>;
        };
        TextBlock: {
            rich_text: components["schemas"]["RichTextArray"];
            /** @example default */
            color?: string;
        };
        /** @description A block to create; set `type` and the matching key (e.g. type to_do + to_do{rich_text, checked}). */
        BlockInput: {
            /**
             * @example block
             * @enum {string}
             */
            object?: "block";
            /**
             * @example paragraph
             * @enum {string}
             */
            type: "paragraph" | "heading_1" | "heading_2" | "heading_3" | "bulleted_list_item" | "numbered_list_item" | "to_do" | "toggle" | "quote" | "callout" | "code" | "divider";
            paragraph?: components["schemas"]["TextBlock"];
            heading_1?: components["schemas"]["TextBlock"];
            heading_2?: components["schemas"]["TextBlock"];
            heading_3?: components["schemas"]["TextBlock"];
            bulleted_list_item?: components["schemas"]["TextBlock"];
            numbered_list_item?: components["schemas"]["TextBlock"];
            quote?: components["schemas"]["TextBlock"];
            to_do?: {
                rich_text: components["schemas"]["RichTextArray"];
                /** @default false */
                checked: boolean;
            };
            divider?: Record<string, never>;
        };
        BlockList: {
            /**
             * @example list
             * @enum {string}
             */
            object: "list";
            /**
             * @example block
             * @enum {string}
             */
            type?: "block";
            /** @example {} */
            block?: Record<string, never>;
            /** @example null */
            next_cursor?: string | null;
            /** @example false */
            has_more: boolean;
            /**
             * @example [
             *       {
             *         "object": "block",
             *         "id": "c02fc1d3-db8b-45c5-a222-27595b15aea7",
             *         "type": "to_do",
             *         "has_children": false,
             *         "archived": false,
             *         "to_do": {
             *           "rich_text": [
             *             {
             *               "type": "text",
             *               "text": {
             *                 "content": "Sign the employment contract"
             *               },
             *               "plain_text": "Sign the employment contract"
             *             }
             *           ],
             *           "checked": true,
             *           "color": "default"
             *         }
             *       },
             *       {
             *         "object": "block",
             *         "id": "7e2b1f0a-4c1d-4a5e-9d55-1f7c3e0b2a11",
             *         "type": "to_do",
             *         "has_children": false,
             *         "archived": false,
             *         "to_do": {
             *           "rich_text": [
             *             {
             *               "type": "text",
             *               "text": {
             *                 "content": "Set up laptop and accounts"
             *               },
             *               "plain_text": "Set up laptop and accounts"
             *             }
             *           ],
             *           "checked": true,
             *           "color": "default"
             *         }
             *       },
             *       {
             *         "object": "block",
             *         "id": "0b9a7c44-2f6e-4d0b-8a3c-5e1d2f9b7c60",
             *         "type": "to_do",
             *         "has_children": false,
             *         "archived": false,
             *         "to_do": {
             *           "rich_text": [
             *             {
             *               "type": "text",
             *               "text": {
             *                 "content": "Meet the team lead"
             *               },
             *               "plain_text": "Meet the team lead"
             *             }
             *           ],
             *           "checked": false,
             *           "color": "default"
             *         }
             *       }
             *     ]
             */
            results: components["schemas"]["Block"][];
        };
        PageList: {
            /**
             * @example list
             * @enum {string}
             */
            object: "list";
            /**
             * @example page_or_database
             * @enum {string}
             */
            type?: "page_or_database";
            /** @example null */
            next_cursor?: string | null;
            /** @example false */
            has_more: boolean;
            results: components["schemas"]["Page"][];
        };
        /**
         * @description A property filter ({property, <type>: {condition: value}}) or a compound filter ({and:[…]} / {or:[…]}).
         * @example {
         *       "property": "Status",
         *       "status": {
         *         "equals": "In progress"
         *       }
         *     }
         */
        Filter: {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: {
        pageId: string;
        /** @description A block id; a page id works too (a page is a block). */
        blockId: string;
        databaseId: string;
        startCursor: string;
        pageSize: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "databases.query": {
        parameters: {
            query?: {
                /** @description Only return these property ids (repeatable). */
                filter_properties?: string[];
            };
            header?: never;
            path: {
                database_id: components["parameters"]["databaseId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    filter?: components["schemas"]["Filter"];
                    sorts?: {
                        /** @example Due */
                        property?: string;
                        /** @enum {string} */
                        timestamp?: "created_time" | "last_edited_time";
                        /**
                         * @example ascending
                         * @enum {string}
                         */
                        direction?: "ascending" | "descending";
                    }[];
                    start_cursor?: string;
                    /** @default 100 */
                    page_size?: number;
                };
            };
        };
        responses: {
            /** @description A page of database rows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageList"];
                };
            };
        };
    };
    "pages.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description {database_id} or {page_id}. */
                    parent: {
                        /**
                         * Format: uuid
                         * @example d9824bdc-8445-4327-be8b-5b47500af6ce
                         */
                        database_id?: string;
                        /** Format: uuid */
                        page_id?: string;
                    };
                    /**
                     * @description Keyed by property name; a database page needs its title property.
                     * @example {
                     *       "Name": {
                     *         "title": [
                     *           {
                     *             "text": {
                     *               "content": "Acme Corp"
                     *             }
                     *           }
                     *         ]
                     *       },
                     *       "Status": {
                     *         "status": {
                     *           "name": "New"
                     *         }
                     *       }
                     *     }
                     */
                    properties: {
                        [key: string]: {
                            [key: string]: unknown;
                        };
                    };
                    children?: components["schemas"]["BlockInput"][];
                    icon?: {
                        /**
                         * @example emoji
                         * @enum {string}
                         */
                        type?: "emoji" | "external";
                        /** @example 🤝 */
                        emoji?: string;
                    };
                    cover?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description The new page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"];
                };
            };
        };
    };
    "pages.retrieve": {
        parameters: {
            query?: {
                filter_properties?: string[];
            };
            header?: never;
            path: {
                page_id: components["parameters"]["pageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"];
                };
            };
        };
    };
    "blocks.children.list": {
        parameters: {
            query?: {
                start_cursor?: components["parameters"]["startCursor"];
                page_size?: components["parameters"]["pageSize"];
            };
            header?: never;
            path: {
                /** @description A block id; a page id works too (a page is a block). */
                block_id: components["parameters"]["blockId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of child blocks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlockList"];
                };
            };
        };
    };
    "blocks.children.append": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A block id; a page id works too (a page is a block). */
                block_id: components["parameters"]["blockId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @example [
                     *       {
                     *         "object": "block",
                     *         "type": "heading_2",
                     *         "heading_2": {
                     *           "rich_text": [
                     *             {
                     *               "type": "text",
                     *               "text": {
                     *                 "content": "Meeting notes, 26 Nov"
                     *               }
                     *             }
                     *           ]
                     *         }
                     *       },
                     *       {
                     *         "object": "block",
                     *         "type": "paragraph",
                     *         "paragraph": {
                     *           "rich_text": [
                     *             {
                     *               "type": "text",
                     *               "text": {
                     *                 "content": "Agreed to ship the beta on Monday."
                     *               }
                     *             }
                     *           ]
                     *         }
                     *       }
                     *     ]
                     */
                    children: components["schemas"]["BlockInput"][];
                    /**
                     * Format: uuid
                     * @description Insert after this child block instead of at the end.
                     */
                    after?: string;
                };
            };
        };
        responses: {
            /** @description The blocks that were added. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlockList"];
                };
            };
        };
    };
    search: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @example Onboarding */
                    query?: string;
                    filter?: {
                        /**
                         * @example object
                         * @enum {string}
                         */
                        property: "object";
                        /**
                         * @example page
                         * @enum {string}
                         */
                        value: "page" | "database";
                    };
                    sort?: {
                        /**
                         * @example last_edited_time
                         * @enum {string}
                         */
                        timestamp?: "last_edited_time";
                        /**
                         * @example descending
                         * @enum {string}
                         */
                        direction?: "ascending" | "descending";
                    };
                    start_cursor?: string;
                    /** @default 100 */
                    page_size?: number;
                };
            };
        };
        responses: {
            /** @description A page of results (pages and/or databases). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example list
                         * @enum {string}
                         */
                        object: "list";
                        /**
                         * @example page_or_database
                         * @enum {string}
                         */
                        type?: "page_or_database";
                        /** @example null */
                        next_cursor?: string | null;
                        /** @example false */
                        has_more: boolean;
                        /** @description Page objects, or database objects (object "database", with title and properties schema). */
                        results: components["schemas"]["Page"][];
                    };
                };
            };
        };
    };
}
