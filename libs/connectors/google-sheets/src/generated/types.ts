/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
// Emitted by openapi-typescript 7.13.0 from specs/google-sheets/openapi.yaml.

export interface paths {
    "/spreadsheets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a spreadsheet
         * @description Creates a spreadsheet, optionally with named tabs.
         */
        post: operations["spreadsheets.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spreadsheets/{spreadsheetId}/values/{range}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                spreadsheetId: components["parameters"]["spreadsheetId"];
                /** @description A1 notation, e.g. `Sheet1!A1:D` or just `Sheet1`. */
                range: components["parameters"]["range"];
            };
            cookie?: never;
        };
        /**
         * Read cell values
         * @description Returns the values in one range.
         */
        get: operations["spreadsheets.values.get"];
        /**
         * Overwrite a range
         * @description Writes values into a range, replacing what is there (e.g. refresh a metrics table).
         */
        put: operations["spreadsheets.values.update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spreadsheets/{spreadsheetId}/values/{range}:append": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                spreadsheetId: components["parameters"]["spreadsheetId"];
                /** @description A1 notation, e.g. `Sheet1!A1:D` or just `Sheet1`. */
                range: components["parameters"]["range"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Append rows
         * @description Adds rows after the last row of the table found in the range.
         */
        post: operations["spreadsheets.values.append"];
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
        /** @description A cell value (string, number or boolean). */
        CellValue: string | number | boolean;
        ValueRange: {
            /** @example Orders!A2:E3 */
            range?: string;
            /**
             * @default ROWS
             * @example ROWS
             * @enum {string}
             */
            majorDimension: "ROWS" | "COLUMNS";
            /**
             * @description Rows (or columns) of cell values.
             * @example [
             *       [
             *         "2026-11-26",
             *         "ORD-1042",
             *         "Alex Martin",
             *         129.9,
             *         "paid"
             *       ],
             *       [
             *         "2026-11-26",
             *         "ORD-1043",
             *         "Sam Lee",
             *         54,
             *         "pending"
             *       ]
             *     ]
             */
            values: components["schemas"]["CellValue"][][];
        };
        ValueRangeOut: {
            /** @example Orders!A1:E3 */
            range: string;
            /**
             * @example ROWS
             * @enum {string}
             */
            majorDimension: "ROWS" | "COLUMNS";
            /**
             * @description Absent when the range is empty; trailing empty cells are dropped.
             * @example [
             *       [
             *         "Date",
             *         "Order",
             *         "Customer",
             *         "Total",
             *         "Status"
             *       ],
             *       [
             *         "2026-11-26",
             *         "ORD-1042",
             *         "Alex Martin",
             *         "129.90",
             *         "paid"
             *       ],
             *       [
             *         "2026-11-26",
             *         "ORD-1043",
             *         "Sam Lee",
             *         "54.00",
             *         "pending"
             *       ]
             *     ]
             */
            values?: components["schemas"]["CellValue"][][];
        };
        UpdateValuesResponse: {
            /** @example 1SheetAbCdEfGhIjKlMnOpQrStUvWxYz0123456789 */
            spreadsheetId: string;
            /** @example Orders!A2:E3 */
            updatedRange: string;
            /** @example 2 */
            updatedRows?: number;
            /** @example 5 */
            updatedColumns?: number;
            /** @example 10 */
            updatedCells?: number;
            /**
             * @description Present when includeValuesInResponse=true.
             * @example {
             *       "range": "Orders!A2:E3",
             *       "majorDimension": "ROWS",
             *       "values": [
             *         [
             *           "2026-11-26",
             *           "ORD-1042",
             *           "Alex Martin",
             *           "129.90",
             *           "paid"
             *         ],
             *         [
             *           "2026-11-26",
             *           "ORD-1043",
             *           "Sam Lee",
             *           "54.00",
             *           "pending"
             *         ]
             *       ]
             *     }
             */
            updatedData?: {
                range?: string;
                majorDimension?: string;
                values?: components["schemas"]["CellValue"][][];
            };
        };
        SheetProperties: {
            /** @example 0 */
            sheetId?: number;
            /** @example Orders */
            title?: string;
            /** @example 0 */
            index?: number;
            /**
             * @example GRID
             * @enum {string}
             */
            sheetType?: "GRID" | "OBJECT" | "DATA_SOURCE";
            gridProperties?: {
                /** @example 1000 */
                rowCount?: number;
                /** @example 26 */
                columnCount?: number;
                /** @example 1 */
                frozenRowCount?: number;
            };
        };
        Spreadsheet: {
            /** @example 1SheetAbCdEfGhIjKlMnOpQrStUvWxYz0123456789 */
            spreadsheetId: string;
            /**
             * Format: uri
             * @example https://docs.google.com/spreadsheets/d/1SheetAbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit
             */
            spreadsheetUrl?: string;
            properties: {
                /** @example Daily metrics */
                title?: string;
                /** @example en_US */
                locale?: string;
                /** @example Europe/Paris */
                timeZone?: string;
                /**
                 * @example ON_CHANGE
                 * @enum {string}
                 */
                autoRecalc?: "ON_CHANGE" | "MINUTE" | "HOUR";
            };
            /**
             * @example [
             *       {
             *         "properties": {
             *           "sheetId": 0,
             *           "title": "Orders",
             *           "index": 0,
             *           "sheetType": "GRID",
             *           "gridProperties": {
             *             "rowCount": 1000,
             *             "columnCount": 26,
             *             "frozenRowCount": 1
             *           }
             *         }
             *       }
             *     ]
             */
            sheets?: {
                properties?: components["schemas"]["SheetProperties"];
            }[];
        };
    };
    responses: never;
    parameters: {
        spreadsheetId: string;
        /** @description A1 notation, e.g. `Sheet1!A1:D` or just `Sheet1`. */
        range: string;
        /** @description USER_ENTERED parses values as if typed (dates, formulas); RAW stores them as-is. */
        valueInputOption: "RAW" | "USER_ENTERED";
        includeValuesInResponse: boolean;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "spreadsheets.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    properties?: {
                        /** @example Daily metrics */
                        title?: string;
                        /** @example en_US */
                        locale?: string;
                        /** @example Europe/Paris */
                        timeZone?: string;
                    };
                    sheets?: {
                        properties?: {
                            /** @example Orders */
                            title?: string;
                            gridProperties?: {
                                rowCount?: number;
                                columnCount?: number;
                                /** @example 1 */
                                frozenRowCount?: number;
                            };
                        };
                    }[];
                };
            };
        };
        responses: {
            /** @description The new spreadsheet. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Spreadsheet"];
                };
            };
        };
    };
    "spreadsheets.values.get": {
        parameters: {
            query?: {
                majorDimension?: "ROWS" | "COLUMNS";
                valueRenderOption?: "FORMATTED_VALUE" | "UNFORMATTED_VALUE" | "FORMULA";
                dateTimeRenderOption?: "SERIAL_NUMBER" | "FORMATTED_STRING";
            };
            header?: never;
            path: {
                spreadsheetId: components["parameters"]["spreadsheetId"];
                /** @description A1 notation, e.g. `Sheet1!A1:D` or just `Sheet1`. */
                range: components["parameters"]["range"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The values. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValueRangeOut"];
                };
            };
        };
    };
    "spreadsheets.values.update": {
        parameters: {
            query: {
                /** @description USER_ENTERED parses values as if typed (dates, formulas); RAW stores them as-is. */
                valueInputOption: components["parameters"]["valueInputOption"];
                includeValuesInResponse?: components["parameters"]["includeValuesInResponse"];
            };
            header?: never;
            path: {
                spreadsheetId: components["parameters"]["spreadsheetId"];
                /** @description A1 notation, e.g. `Sheet1!A1:D` or just `Sheet1`. */
                range: components["parameters"]["range"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ValueRange"];
            };
        };
        responses: {
            /** @description What was written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateValuesResponse"];
                };
            };
        };
    };
    "spreadsheets.values.append": {
        parameters: {
            query: {
                /** @description USER_ENTERED parses values as if typed (dates, formulas); RAW stores them as-is. */
                valueInputOption: components["parameters"]["valueInputOption"];
                insertDataOption?: "OVERWRITE" | "INSERT_ROWS";
                includeValuesInResponse?: components["parameters"]["includeValuesInResponse"];
            };
            header?: never;
            path: {
                spreadsheetId: components["parameters"]["spreadsheetId"];
                /** @description A1 notation, e.g. `Sheet1!A1:D` or just `Sheet1`. */
                range: components["parameters"]["range"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ValueRange"];
            };
        };
        responses: {
            /** @description Where the rows went. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example 1SheetAbCdEfGhIjKlMnOpQrStUvWxYz0123456789 */
                        spreadsheetId: string;
                        /** @example Orders!A1:E41 */
                        tableRange?: string;
                        updates: components["schemas"]["UpdateValuesResponse"];
                    };
                };
            };
        };
    };
}
