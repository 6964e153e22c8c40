/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
// Emitted by openapi-typescript 7.13.0 from specs/google-slides/openapi.yaml.

export interface paths {
    "/presentations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a presentation
         * @description Creates a deck with one title slide; only title (and optionally presentationId) is used.
         */
        post: operations["presentations.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/presentations/{presentationId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                presentationId: components["parameters"]["presentationId"];
            };
            cookie?: never;
        };
        /**
         * Read a presentation
         * @description Returns the deck with its slides and text.
         */
        get: operations["presentations.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/presentations/{presentationId}:batchUpdate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                presentationId: components["parameters"]["presentationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit a presentation
         * @description Applies edits in order, e.g. createSlide with placeholderIdMappings, then insertText into those placeholders.
         */
        post: operations["presentations.batchUpdate"];
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
        /**
         * @description 5 to 50 characters: letters, digits, _ first; then also - and :.
         * @example kpi_slide_1
         */
        ObjectId: string;
        Dimension: {
            /** @example 9144000 */
            magnitude?: number;
            /**
             * @example EMU
             * @enum {string}
             */
            unit?: "EMU" | "PT";
        };
        Placeholder: {
            /**
             * @example TITLE
             * @enum {string}
             */
            type?: "TITLE" | "BODY" | "CENTERED_TITLE" | "SUBTITLE" | "HEADER" | "FOOTER" | "SLIDE_NUMBER" | "DATE_AND_TIME" | "PICTURE" | "OBJECT" | "CHART" | "TABLE" | "SLIDE_IMAGE";
            /** @example 0 */
            index?: number;
            parentObjectId?: string;
        };
        /** @description Exactly one request kind per entry; requests run in order, atomically. */
        Request: {
            createSlide?: {
                objectId?: components["schemas"]["ObjectId"];
                /**
                 * @description Zero-based; omitted means at the end.
                 * @example 1
                 */
                insertionIndex?: number;
                /** @description Give predefinedLayout or layoutId. Without it the slide is BLANK. */
                slideLayoutReference?: {
                    /**
                     * @example TITLE_AND_BODY
                     * @enum {string}
                     */
                    predefinedLayout?: "BLANK" | "CAPTION_ONLY" | "TITLE" | "TITLE_AND_BODY" | "TITLE_AND_TWO_COLUMNS" | "TITLE_ONLY" | "SECTION_HEADER" | "SECTION_TITLE_AND_DESCRIPTION" | "ONE_COLUMN_TEXT" | "MAIN_POINT" | "BIG_NUMBER";
                    layoutId?: string;
                };
                /** @description Name the new slide's placeholders so insertText can target them in the same batch. */
                placeholderIdMappings?: {
                    objectId: components["schemas"]["ObjectId"];
                    layoutPlaceholder?: {
                        /**
                         * @example TITLE
                         * @enum {string}
                         */
                        type?: "TITLE" | "BODY" | "CENTERED_TITLE" | "SUBTITLE";
                        /** @example 0 */
                        index?: number;
                    };
                    layoutPlaceholderObjectId?: string;
                }[];
            };
            insertText?: {
                /**
                 * @description Shape or table id (e.g. a placeholder id from placeholderIdMappings).
                 * @example kpi_slide_1_title
                 */
                objectId: string;
                /** @example Week 47: revenue up 12% */
                text: string;
                /** @default 0 */
                insertionIndex: number;
                cellLocation?: {
                    rowIndex?: number;
                    columnIndex?: number;
                };
            };
            replaceAllText?: {
                /** @example Week 47 */
                replaceText: string;
                pageObjectIds?: string[];
                containsText: {
                    /** @example {{week}} */
                    text: string;
                    /** @example true */
                    matchCase?: boolean;
                };
            };
            deleteObject?: {
                /** @example p */
                objectId: string;
            };
        };
        PageElement: {
            /** @example kpi_slide_1_title */
            objectId?: string;
            size?: {
                width?: components["schemas"]["Dimension"];
                height?: components["schemas"]["Dimension"];
            };
            transform?: {
                /** @example 1 */
                scaleX?: number;
                /** @example 1 */
                scaleY?: number;
                /** @example 311700 */
                translateX?: number;
                /** @example 445025 */
                translateY?: number;
                /** @example EMU */
                unit?: string;
            };
            shape?: {
                /** @example TEXT_BOX */
                shapeType?: string;
                placeholder?: components["schemas"]["Placeholder"];
                text?: {
                    textElements?: {
                        /** @example 0 */
                        startIndex?: number;
                        /** @example 24 */
                        endIndex?: number;
                        textRun?: {
                            /** @example Week 47: revenue up 12% */
                            content?: string;
                        };
                    }[];
                };
            };
        };
        Page: {
            /** @example kpi_slide_1 */
            objectId: string;
            /**
             * @example SLIDE
             * @enum {string}
             */
            pageType?: "SLIDE" | "MASTER" | "LAYOUT" | "NOTES" | "NOTES_MASTER";
            pageElements?: components["schemas"]["PageElement"][];
            slideProperties?: {
                /** @example p2 */
                layoutObjectId?: string;
                /** @example simple-light-2 */
                masterObjectId?: string;
            };
            revisionId?: string;
        };
        Presentation: {
            /** @example 1DeckAbCdEfGhIjKlMnOpQrStUvWxYz0123456789 */
            presentationId: string;
            /** @example Weekly KPIs - week 47 */
            title?: string;
            /** @example en */
            locale?: string;
            /** @example AOz2example_rev */
            revisionId?: string;
            pageSize?: {
                width?: components["schemas"]["Dimension"];
                height?: components["schemas"]["Dimension"];
            };
            /**
             * @example [
             *       {
             *         "objectId": "p",
             *         "pageType": "SLIDE",
             *         "slideProperties": {
             *           "layoutObjectId": "p1",
             *           "masterObjectId": "simple-light-2"
             *         },
             *         "pageElements": [
             *           {
             *             "objectId": "i0",
             *             "shape": {
             *               "shapeType": "TEXT_BOX",
             *               "placeholder": {
             *                 "type": "CENTERED_TITLE"
             *               },
             *               "text": {
             *                 "textElements": [
             *                   {
             *                     "startIndex": 0,
             *                     "endIndex": 22,
             *                     "textRun": {
             *                       "content": "Weekly KPIs - week 47\n"
             *                     }
             *                   }
             *                 ]
             *               }
             *             }
             *           }
             *         ]
             *       },
             *       {
             *         "objectId": "kpi_slide_1",
             *         "pageType": "SLIDE",
             *         "slideProperties": {
             *           "layoutObjectId": "p2",
             *           "masterObjectId": "simple-light-2"
             *         },
             *         "pageElements": [
             *           {
             *             "objectId": "kpi_slide_1_title",
             *             "shape": {
             *               "shapeType": "TEXT_BOX",
             *               "placeholder": {
             *                 "type": "TITLE"
             *               },
             *               "text": {
             *                 "textElements": [
             *                   {
             *                     "startIndex": 0,
             *                     "endIndex": 24,
             *                     "textRun": {
             *                       "content": "Week 47: revenue up 12%\n"
             *                     }
             *                   }
             *                 ]
             *               }
             *             }
             *           },
             *           {
             *             "objectId": "kpi_slide_1_body",
             *             "shape": {
             *               "shapeType": "TEXT_BOX",
             *               "placeholder": {
             *                 "type": "BODY"
             *               },
             *               "text": {
             *                 "textElements": [
             *                   {
             *                     "startIndex": 0,
             *                     "endIndex": 37,
             *                     "textRun": {
             *                       "content": "Orders: 412 (+9%)\nRefunds: 11 (-3%)\n"
             *                     }
             *                   }
             *                 ]
             *               }
             *             }
             *           }
             *         ]
             *       }
             *     ]
             */
            slides?: components["schemas"]["Page"][];
            layouts?: components["schemas"]["Page"][];
            masters?: components["schemas"]["Page"][];
        };
    };
    responses: never;
    parameters: {
        presentationId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "presentations.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example Weekly KPIs - week 47 */
                    title?: string;
                    presentationId?: string;
                };
            };
        };
        responses: {
            /** @description The new presentation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Presentation"];
                };
            };
        };
    };
    "presentations.get": {
        parameters: {
            query?: {
                /** @description Partial response mask. */
                fields?: string;
            };
            header?: never;
            path: {
                presentationId: components["parameters"]["presentationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The presentation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Presentation"];
                };
            };
        };
    };
    "presentations.batchUpdate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                presentationId: components["parameters"]["presentationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    requests: components["schemas"]["Request"][];
                    writeControl?: {
                        requiredRevisionId?: string;
                    };
                };
            };
        };
        responses: {
            /** @description One reply per request (createSlide replies carry the new objectId). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example 1DeckAbCdEfGhIjKlMnOpQrStUvWxYz0123456789 */
                        presentationId: string;
                        /**
                         * @example [
                         *       {
                         *         "createSlide": {
                         *           "objectId": "kpi_slide_1"
                         *         }
                         *       },
                         *       {}
                         *     ]
                         */
                        replies?: {
                            createSlide?: {
                                /** @example kpi_slide_1 */
                                objectId?: string;
                            };
                        }[];
                        writeControl?: {
                            /** @example AOz2example_rev2 */
                            requiredRevisionId?: string;
                        };
                    };
                };
            };
        };
    };
}
