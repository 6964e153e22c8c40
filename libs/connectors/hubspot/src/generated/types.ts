/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
// Emitted by openapi-typescript 7.13.0 from specs/hubspot/openapi.yaml.

export interface paths {
    "/crm/v3/objects/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a contact
         * @description Creates a contact. A duplicate email is refused with 409 CONFLICT naming the existing id.
         */
        post: operations["contacts.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v3/objects/contacts/{contactId}": {
        parameters: {
            query?: {
                /** @description Set to `email` to address the contact by email. */
                idProperty?: string;
            };
            header?: never;
            path: {
                /** @description The record id, or the email when idProperty=email. */
                contactId: string;
            };
            cookie?: never;
        };
        /**
         * Read a contact
         * @description Returns one contact with the requested properties.
         */
        get: operations["contacts.getById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a contact
         * @description Changes only the properties sent.
         */
        patch: operations["contacts.update"];
        trace?: never;
    };
    "/crm/v3/objects/contacts/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search contacts
         * @description Finds contacts by property filters (e.g. email EQ …), up to 200 per page.
         */
        post: operations["contacts.search"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v3/objects/deals/{dealId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dealId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a deal
         * @description Changes only the properties sent, e.g. amount or dealstage.
         */
        patch: operations["deals.update"];
        trace?: never;
    };
    "/crm/v3/objects/deals/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search deals
         * @description Finds deals by property filters (e.g. dealstage, pipeline, or your own order id property).
         */
        post: operations["deals.search"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v3/pipelines/deals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List deal pipelines and stages
         * @description Returns every deal pipeline with its stages in display order.
         */
        get: operations["pipelines.getAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v3/lists/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find lists
         * @description Searches lists by name, or pages through all lists with an empty query (offset paging).
         */
        post: operations["lists.search"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v3/lists/{listId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The list's ILS id. */
                listId: string;
            };
            cookie?: never;
        };
        /**
         * Read a list
         * @description Returns one list's definition (name, type, size).
         */
        get: operations["lists.getById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v3/lists/{listId}/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                listId: string;
            };
            cookie?: never;
        };
        /**
         * List the members of a list
         * @description Returns the record ids in the list (contact ids for contact lists), in pages of up to 250.
         */
        get: operations["lists.memberships.getPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account-info/v3/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Account details
         * @description The connected HubSpot account (portal / hub id, time zone, currency); used to show who connected.
         */
        get: operations["accountInfo.getDetails"];
        put?: never;
        post?: never;
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
        Paging: {
            next?: {
                /** @example NTI1Cg%3D%3D */
                after: string;
                /** @example https://api.hubapi.com/crm/v3/objects/contacts?after=NTI1Cg%3D%3D */
                link?: string;
            };
        };
        Contact: {
            /** @example 51 */
            id: string;
            /**
             * @description Property values are strings (or null).
             * @example {
             *       "email": "alex.martin@example.com",
             *       "firstname": "Alex",
             *       "lastname": "Martin",
             *       "phone": "+33 1 23 45 67 89",
             *       "company": "Martin Consulting",
             *       "lifecyclestage": "lead",
             *       "createdate": "2026-11-20T09:12:44.512Z",
             *       "lastmodifieddate": "2026-11-25T16:42:00.000Z",
             *       "hs_object_id": "51"
             *     }
             */
            properties: {
                [key: string]: string | null;
            };
            /**
             * Format: date-time
             * @example 2026-11-20T09:12:44.512Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-25T16:42:00.000Z
             */
            updatedAt: string;
            /** @example false */
            archived: boolean;
        };
        Deal: {
            /** @example 9051382331 */
            id: string;
            /**
             * @example {
             *       "dealname": "Acme - 200 seats",
             *       "amount": "48000",
             *       "dealstage": "presentationscheduled",
             *       "pipeline": "default",
             *       "closedate": "2026-12-15T00:00:00Z",
             *       "hs_object_id": "9051382331"
             *     }
             */
            properties: {
                [key: string]: string | null;
            };
            /**
             * Format: date-time
             * @example 2026-10-02T14:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-25T10:30:00.000Z
             */
            updatedAt: string;
            /** @example false */
            archived: boolean;
        };
        PropertiesInput: {
            properties: {
                [key: string]: string;
            };
        };
        SearchRequest: {
            /** @description Groups are ORed; filters inside a group are ANDed. */
            filterGroups?: {
                filters: {
                    /** @example email */
                    propertyName: string;
                    /**
                     * @example EQ
                     * @enum {string}
                     */
                    operator: "EQ" | "NEQ" | "LT" | "LTE" | "GT" | "GTE" | "BETWEEN" | "IN" | "NOT_IN" | "HAS_PROPERTY" | "NOT_HAS_PROPERTY" | "CONTAINS_TOKEN" | "NOT_CONTAINS_TOKEN";
                    /** @example alex.martin@example.com */
                    value?: string;
                    values?: string[];
                    highValue?: string;
                }[];
            }[];
            /** @description Free-text search over default searchable properties. */
            query?: string;
            sorts?: {
                /** @example createdate */
                propertyName?: string;
                /**
                 * @example DESCENDING
                 * @enum {string}
                 */
                direction?: "ASCENDING" | "DESCENDING";
            }[];
            /**
             * @example [
             *       "email",
             *       "firstname",
             *       "lastname",
             *       "lifecyclestage"
             *     ]
             */
            properties?: string[];
            /** @default 10 */
            limit: number;
            /** @description Cursor from paging.next.after (results stop at 10,000). */
            after?: string;
        };
        PipelineStage: {
            /** @example appointmentscheduled */
            id: string;
            /** @example Appointment scheduled */
            label: string;
            /** @example 0 */
            displayOrder: number;
            /** @example false */
            archived: boolean;
            /** @description Values are strings; deal stages carry isClosed and probability. */
            metadata: {
                /**
                 * @example false
                 * @enum {string}
                 */
                isClosed?: "true" | "false";
                /** @example 0.2 */
                probability?: string;
            };
            /**
             * Format: date-time
             * @example 2025-01-10T08:00:00.000Z
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @example 2025-01-10T08:00:00.000Z
             */
            updatedAt?: string;
            /**
             * @example CRM_PERMISSIONS_ENFORCEMENT
             * @enum {string}
             */
            writePermissions?: "CRM_PERMISSIONS_ENFORCEMENT" | "READ_ONLY" | "INTERNAL_ONLY";
        };
        Pipeline: {
            /** @example default */
            id: string;
            /** @example Sales Pipeline */
            label: string;
            /** @example 0 */
            displayOrder: number;
            /** @example false */
            archived: boolean;
            /**
             * Format: date-time
             * @example 2025-01-10T08:00:00.000Z
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @example 2025-01-10T08:00:00.000Z
             */
            updatedAt?: string;
            /**
             * @example [
             *       {
             *         "id": "appointmentscheduled",
             *         "label": "Appointment scheduled",
             *         "displayOrder": 0,
             *         "archived": false,
             *         "metadata": {
             *           "isClosed": "false",
             *           "probability": "0.2"
             *         }
             *       },
             *       {
             *         "id": "qualifiedtobuy",
             *         "label": "Qualified to buy",
             *         "displayOrder": 1,
             *         "archived": false,
             *         "metadata": {
             *           "isClosed": "false",
             *           "probability": "0.4"
             *         }
             *       },
             *       {
             *         "id": "presentationscheduled",
             *         "label": "Presentation scheduled",
             *         "displayOrder": 2,
             *         "archived": false,
             *         "metadata": {
             *           "isClosed": "false",
             *           "probability": "0.6"
             *         }
             *       },
             *       {
             *         "id": "decisionmakerboughtin",
             *         "label": "Decision maker bought-in",
             *         "displayOrder": 3,
             *         "archived": false,
             *         "metadata": {
             *           "isClosed": "false",
             *           "probability": "0.8"
             *         }
             *       },
             *       {
             *         "id": "contractsent",
             *         "label": "Contract sent",
             *         "displayOrder": 4,
             *         "archived": false,
             *         "metadata": {
             *           "isClosed": "false",
             *           "probability": "0.9"
             *         }
             *       },
             *       {
             *         "id": "closedwon",
             *         "label": "Closed won",
             *         "displayOrder": 5,
             *         "archived": false,
             *         "metadata": {
             *           "isClosed": "true",
             *           "probability": "1.0"
             *         }
             *       },
             *       {
             *         "id": "closedlost",
             *         "label": "Closed lost",
             *         "displayOrder": 6,
             *         "archived": false,
             *         "metadata": {
             *           "isClosed": "true",
             *           "probability": "0.0"
             *         }
             *       }
             *     ]
             */
            stages: components["schemas"]["PipelineStage"][];
        };
        /** @description A Lists v3 list definition (unconfirmed: full field list; these are the fields seen in HubSpot's examples). */
        ObjectList: {
            /** @example 123 */
            listId: string;
            /** @example 2 */
            listVersion?: number;
            /** @example Newsletter subscribers */
            name: string;
            /**
             * @description 0-1 = contacts.
             * @example 0-1
             */
            objectTypeId: string;
            /**
             * @example DYNAMIC
             * @enum {string}
             */
            processingType: "MANUAL" | "DYNAMIC" | "SNAPSHOT";
            /** @example COMPLETE */
            processingStatus?: string;
            /** @example 330 */
            size?: number;
            /**
             * Format: date-time
             * @example 2026-03-15T18:15:00.812Z
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @example 2026-11-15T18:15:20.210Z
             */
            updatedAt?: string;
            /** @example 123 */
            createdById?: string;
            /** @example 123 */
            updatedById?: string;
            /** Format: date-time */
            filtersUpdatedAt?: string;
        };
    };
    responses: never;
    parameters: {
        /** @description Paging cursor from paging.next.after. */
        after: string;
        /** @description Properties to return (comma-separated or repeated). */
        properties: string[];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "contacts.create": {
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
                     * @example {
                     *       "email": "alex.martin@example.com",
                     *       "firstname": "Alex",
                     *       "lastname": "Martin",
                     *       "company": "Martin Consulting",
                     *       "lifecyclestage": "lead"
                     *     }
                     */
                    properties: {
                        [key: string]: string;
                    };
                    associations?: {
                        to?: {
                            id?: string;
                        };
                        types?: {
                            /** @enum {string} */
                            associationCategory?: "HUBSPOT_DEFINED" | "USER_DEFINED" | "INTEGRATOR_DEFINED";
                            associationTypeId?: number;
                        }[];
                    }[];
                };
            };
        };
        responses: {
            /** @description The new contact. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
        };
    };
    "contacts.getById": {
        parameters: {
            query?: {
                /** @description Set to `email` to address the contact by email. */
                idProperty?: string;
                /** @description Properties to return (comma-separated or repeated). */
                properties?: components["parameters"]["properties"];
            };
            header?: never;
            path: {
                /** @description The record id, or the email when idProperty=email. */
                contactId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
        };
    };
    "contacts.update": {
        parameters: {
            query?: {
                /** @description Set to `email` to address the contact by email. */
                idProperty?: string;
            };
            header?: never;
            path: {
                /** @description The record id, or the email when idProperty=email. */
                contactId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PropertiesInput"];
            };
        };
        responses: {
            /** @description The updated contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
        };
    };
    "contacts.search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SearchRequest"];
            };
        };
        responses: {
            /** @description Matching contacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example 1 */
                        total: number;
                        results: components["schemas"]["Contact"][];
                        paging?: components["schemas"]["Paging"];
                    };
                };
            };
        };
    };
    "deals.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dealId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @example {
                     *       "amount": "1500.00",
                     *       "dealstage": "contractsent"
                     *     }
                     */
                    properties: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description The updated deal. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deal"];
                };
            };
        };
    };
    "deals.search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SearchRequest"];
            };
        };
        responses: {
            /** @description Matching deals. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example 1 */
                        total: number;
                        results: components["schemas"]["Deal"][];
                        paging?: components["schemas"]["Paging"];
                    };
                };
            };
        };
    };
    "pipelines.getAll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All deal pipelines. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results: components["schemas"]["Pipeline"][];
                    };
                };
            };
        };
    };
    "lists.search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example newsletter */
                    query?: string;
                    /** @default 20 */
                    count?: number;
                    /** @default 0 */
                    offset?: number;
                    processingTypes?: ("MANUAL" | "DYNAMIC" | "SNAPSHOT")[];
                };
            };
        };
        responses: {
            /** @description Matching lists (unconfirmed: response field names, from providers.md). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        lists: components["schemas"]["ObjectList"][];
                        /** @example false */
                        hasMore: boolean;
                        /** @example 1 */
                        offset: number;
                        /** @example 1 */
                        total?: number;
                    };
                };
            };
        };
    };
    "lists.getById": {
        parameters: {
            query?: {
                includeFilters?: boolean;
            };
            header?: never;
            path: {
                /** @description The list's ILS id. */
                listId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list, wrapped in `list`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        list: components["schemas"]["ObjectList"];
                    };
                };
            };
        };
    };
    "lists.memberships.getPage": {
        parameters: {
            query?: {
                /** @description Paging cursor from paging.next.after. */
                after?: components["parameters"]["after"];
                before?: string;
                limit?: number;
            };
            header?: never;
            path: {
                listId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of memberships. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results: {
                            /** @example 51 */
                            recordId: string;
                            /**
                             * Format: date-time
                             * @example 2026-11-18T12:00:00.000Z
                             */
                            membershipTimestamp?: string;
                        }[];
                        /** @example 330 */
                        total?: number;
                        paging?: components["schemas"]["Paging"];
                    };
                };
            };
        };
    };
    "accountInfo.getDetails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Account details. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example 24681357 */
                        portalId: number;
                        /**
                         * @example STANDARD
                         * @enum {string}
                         */
                        accountType?: "STANDARD" | "SANDBOX" | "DEVELOPER_TEST" | "APP_DEVELOPER";
                        /** @example Europe/Paris */
                        timeZone?: string;
                        /** @example EUR */
                        companyCurrency?: string;
                        /**
                         * @example [
                         *       "USD"
                         *     ]
                         */
                        additionalCurrencies?: string[];
                        /** @example +01:00 */
                        utcOffset?: string;
                        /** @example 3600000 */
                        utcOffsetMilliseconds?: number;
                        /** @example app-eu1.hubspot.com */
                        uiDomain?: string;
                        /** @example eu1 */
                        dataHostingLocation?: string;
                    };
                };
            };
        };
    };
}
