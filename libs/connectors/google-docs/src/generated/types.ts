/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
// Emitted by openapi-typescript 7.13.0 from specs/google-docs/openapi.yaml.

export interface paths {
    "/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a document
         * @description Creates an empty document; only the title is used. Add content with documents.batchUpdate.
         */
        post: operations["documents.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: components["parameters"]["documentId"];
            };
            cookie?: never;
        };
        /**
         * Read a document
         * @description Returns the document's structure and text.
         */
        get: operations["documents.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{documentId}:batchUpdate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: components["parameters"]["documentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit a document
         * @description Applies a list of edits (insertText, replaceAllText…) in one atomic call.
         */
        post: operations["documents.batchUpdate"];
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
        Location: {
            /**
             * @description Zero-based UTF-16 index; 1 is the start of the body.
             * @example 1
             */
            index: number;
            /** @description Header/footer/footnote id; empty for the body. */
            segmentId?: string;
            tabId?: string;
        };
        Range: {
            /** @example 1 */
            startIndex: number;
            /** @example 25 */
            endIndex: number;
            segmentId?: string;
            tabId?: string;
        };
        /** @description Exactly one of the request kinds per entry; requests run in order, atomically. */
        Request: {
            /** @description Give `location` or `endOfSegmentLocation`. */
            insertText?: {
                /**
                 * @example Daily summary for 26 Nov 2026
                 *     12 orders, 3 refunds.
                 */
                text: string;
                location?: components["schemas"]["Location"];
                endOfSegmentLocation?: {
                    segmentId?: string;
                    tabId?: string;
                };
            };
            replaceAllText?: {
                /** @example 26 Nov 2026 */
                replaceText: string;
                containsText: {
                    /** @example {{date}} */
                    text: string;
                    /** @example true */
                    matchCase?: boolean;
                };
            };
            deleteContentRange?: {
                range: components["schemas"]["Range"];
            };
            updateParagraphStyle?: {
                range: components["schemas"]["Range"];
                /** @example namedStyleType */
                fields: string;
                paragraphStyle: {
                    /**
                     * @example HEADING_1
                     * @enum {string}
                     */
                    namedStyleType?: "NORMAL_TEXT" | "TITLE" | "SUBTITLE" | "HEADING_1" | "HEADING_2" | "HEADING_3" | "HEADING_4" | "HEADING_5" | "HEADING_6";
                };
            };
            createParagraphBullets?: {
                range: components["schemas"]["Range"];
                /**
                 * @example BULLET_DISC_CIRCLE_SQUARE
                 * @enum {string}
                 */
                bulletPreset: "BULLET_DISC_CIRCLE_SQUARE" | "BULLET_CHECKBOX" | "NUMBERED_DECIMAL_ALPHA_ROMAN";
            };
        };
        ParagraphElement: {
            /** @example 1 */
            startIndex?: number;
            /** @example 31 */
            endIndex?: number;
            textRun?: {
                /** @example Daily summary for 26 Nov 2026 */
                content?: string;
                /** @example {} */
                textStyle?: {
                    [key: string]: unknown;
                };
            };
        };
        StructuralElement: {
            /** @example 1 */
            startIndex?: number;
            /** @example 31 */
            endIndex?: number;
            sectionBreak?: {
                [key: string]: unknown;
            };
            paragraph?: {
                elements?: components["schemas"]["ParagraphElement"][];
                paragraphStyle?: {
                    /** @example HEADING_1 */
                    namedStyleType?: string;
                    /** @example LEFT_TO_RIGHT */
                    direction?: string;
                };
            };
            table?: {
                [key: string]: unknown;
            };
        };
        Document: {
            /** @example 1DocAbCdEfGhIjKlMnOpQrStUvWxYz0123456789ab */
            documentId: string;
            /** @example Daily summary 2026-11-26 */
            title: string;
            /** @example ALm37BVexampleRevision */
            revisionId?: string;
            /** @example SUGGESTIONS_INLINE */
            suggestionsViewMode?: string;
            body?: {
                /**
                 * @example [
                 *       {
                 *         "endIndex": 1,
                 *         "sectionBreak": {
                 *           "sectionStyle": {
                 *             "columnSeparatorStyle": "NONE",
                 *             "contentDirection": "LEFT_TO_RIGHT"
                 *           }
                 *         }
                 *       },
                 *       {
                 *         "startIndex": 1,
                 *         "endIndex": 31,
                 *         "paragraph": {
                 *           "elements": [
                 *             {
                 *               "startIndex": 1,
                 *               "endIndex": 31,
                 *               "textRun": {
                 *                 "content": "Daily summary for 26 Nov 2026\n",
                 *                 "textStyle": {}
                 *               }
                 *             }
                 *           ],
                 *           "paragraphStyle": {
                 *             "namedStyleType": "HEADING_1",
                 *             "direction": "LEFT_TO_RIGHT"
                 *           }
                 *         }
                 *       },
                 *       {
                 *         "startIndex": 31,
                 *         "endIndex": 55,
                 *         "paragraph": {
                 *           "elements": [
                 *             {
                 *               "startIndex": 31,
                 *               "endIndex": 55,
                 *               "textRun": {
                 *                 "content": "12 orders, 3 refunds.\n",
                 *                 "textStyle": {}
                 *               }
                 *             }
                 *           ],
                 *           "paragraphStyle": {
                 *             "namedStyleType": "NORMAL_TEXT",
                 *             "direction": "LEFT_TO_RIGHT"
                 *           }
                 *         }
                 *       }
                 *     ]
                 */
                content?: components["schemas"]["StructuralElement"][];
            };
            /**
             * @example {
             *       "pageSize": {
             *         "height": {
             *           "magnitude": 792,
             *           "unit": "PT"
             *         },
             *         "width": {
             *           "magnitude": 612,
             *           "unit": "PT"
             *         }
             *       }
             *     }
             */
            documentStyle?: {
                [key: string]: unknown;
            };
            /** @description Present when includeTabsContent=true. */
            tabs?: {
                [key: string]: unknown;
            }[];
        };
    };
    responses: never;
    parameters: {
        documentId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "documents.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example Daily summary 2026-11-26 */
                    title?: string;
                };
            };
        };
        responses: {
            /** @description The new document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
        };
    };
    "documents.get": {
        parameters: {
            query?: {
                suggestionsViewMode?: "DEFAULT_FOR_CURRENT_ACCESS" | "SUGGESTIONS_INLINE" | "PREVIEW_SUGGESTIONS_ACCEPTED" | "PREVIEW_WITHOUT_SUGGESTIONS";
                includeTabsContent?: boolean;
            };
            header?: never;
            path: {
                documentId: components["parameters"]["documentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
        };
    };
    "documents.batchUpdate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: components["parameters"]["documentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    requests: components["schemas"]["Request"][];
                    writeControl?: {
                        requiredRevisionId?: string;
                        targetRevisionId?: string;
                    };
                };
            };
        };
        responses: {
            /** @description One reply per request (empty objects for insertText). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example 1DocAbCdEfGhIjKlMnOpQrStUvWxYz0123456789ab */
                        documentId: string;
                        replies?: {
                            [key: string]: unknown;
                        }[];
                        writeControl?: {
                            /** @example ALm37BVexampleRevision2 */
                            requiredRevisionId?: string;
                        };
                    };
                };
            };
        };
    };
}
