/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
// Emitted by openapi-typescript 7.13.0 from specs/salesforce/openapi.yaml.

export interface paths {
    "/sobjects/Lead": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a lead
         * @description Creates a Lead (LastName and Company are required by default).
         */
        post: operations["sobjects.Lead.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sobjects/Lead/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 15- or 18-character Salesforce record id. */
                id: components["parameters"]["recordId"];
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
         * Update a lead
         * @description Changes only the fields sent. Success is 204 with no body.
         */
        patch: operations["sobjects.Lead.update"];
        trace?: never;
    };
    "/sobjects/Contact": {
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
         * @description Creates a Contact (LastName is required).
         */
        post: operations["sobjects.Contact.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sobjects/Contact/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 15- or 18-character Salesforce record id. */
                id: components["parameters"]["recordId"];
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
         * Update a contact
         * @description Changes only the fields sent. Success is 204 with no body.
         */
        patch: operations["sobjects.Contact.update"];
        trace?: never;
    };
    "/sobjects/Case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a case
         * @description Logs a support Case.
         */
        post: operations["sobjects.Case.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sobjects/Case/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 15- or 18-character Salesforce record id. */
                id: components["parameters"]["recordId"];
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
         * Update a case
         * @description Changes only the fields sent (e.g. Status). Success is 204 with no body.
         */
        patch: operations["sobjects.Case.update"];
        trace?: never;
    };
    "/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Run a SOQL query
         * @description Runs a SOQL query, e.g. SELECT Id, Name, StageName, Amount FROM Opportunity WHERE IsClosed = false. Results come in batches (default 2000); while done is false, GET nextRecordsUrl (a relative URL on the instance host, /services/data/v62.0/query/<locator>).
         */
        get: operations["query"];
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
        SaveResult: {
            /**
             * @description The new record's 18-character id.
             * @example 00QDn00000XyZ12MAF
             */
            id: string;
            /** @example true */
            success: boolean;
            /** @example [] */
            errors: {
                statusCode?: string;
                message?: string;
                fields?: string[];
            }[];
        };
        LeadFields: {
            /** @example Alex */
            FirstName?: string;
            /** @example Martin */
            LastName?: string;
            /** @example Martin Consulting */
            Company?: string;
            /** @example Operations Manager */
            Title?: string;
            /**
             * Format: email
             * @example alex.martin@example.com
             */
            Email?: string;
            /** @example +33 1 23 45 67 89 */
            Phone?: string;
            /** @example https://martin-consulting.example.com */
            Website?: string;
            /**
             * @description Picklist; values depend on the org.
             * @example Open - Not Contacted
             */
            Status?: string;
            /**
             * @description Picklist; values depend on the org.
             * @example Web
             */
            LeadSource?: string;
            /** @example Consulting */
            Industry?: string;
            /** @example Signed up through the app's pricing page. */
            Description?: string;
        };
        LeadInput: {
            /** @example Alex */
            FirstName?: string;
            /** @example Martin */
            LastName: string;
            /** @example Martin Consulting */
            Company: string;
            /** @example Operations Manager */
            Title?: string;
            /**
             * Format: email
             * @example alex.martin@example.com
             */
            Email?: string;
            /** @example +33 1 23 45 67 89 */
            Phone?: string;
            /** @example https://martin-consulting.example.com */
            Website?: string;
            /**
             * @description Picklist; values depend on the org.
             * @example Open - Not Contacted
             */
            Status?: string;
            /**
             * @description Picklist; values depend on the org.
             * @example Web
             */
            LeadSource?: string;
            /** @example Consulting */
            Industry?: string;
            /** @example Signed up through the app's pricing page. */
            Description?: string;
        };
        ContactFields: {
            /** @example Alex */
            FirstName?: string;
            /** @example Martin */
            LastName?: string;
            /**
             * Format: email
             * @example alex.martin@example.com
             */
            Email?: string;
            /** @example +33 1 23 45 67 89 */
            Phone?: string;
            /** @example +33 6 12 34 56 78 */
            MobilePhone?: string;
            /** @example Operations Manager */
            Title?: string;
            /** @example Operations */
            Department?: string;
            /** @example 001Dn00000QwErTIAZ */
            AccountId?: string;
            /** @example Web */
            LeadSource?: string;
            /** @example 12 Rue de la Paix */
            MailingStreet?: string;
            /** @example Paris */
            MailingCity?: string;
            /** @example 75002 */
            MailingPostalCode?: string;
            /** @example France */
            MailingCountry?: string;
            Description?: string;
        };
        ContactInput: {
            /** @example Alex */
            FirstName?: string;
            /** @example Martin */
            LastName: string;
            /**
             * Format: email
             * @example alex.martin@example.com
             */
            Email?: string;
            /** @example +33 1 23 45 67 89 */
            Phone?: string;
            /** @example +33 6 12 34 56 78 */
            MobilePhone?: string;
            /** @example Operations Manager */
            Title?: string;
            /** @example Operations */
            Department?: string;
            /** @example 001Dn00000QwErTIAZ */
            AccountId?: string;
            /** @example Web */
            LeadSource?: string;
            /** @example 12 Rue de la Paix */
            MailingStreet?: string;
            /** @example Paris */
            MailingCity?: string;
            /** @example 75002 */
            MailingPostalCode?: string;
            /** @example France */
            MailingCountry?: string;
            Description?: string;
        };
        CaseInput: {
            /** @example Cannot export invoices */
            Subject?: string;
            /** @example Customer reports the export button does nothing since Monday. */
            Description?: string;
            /**
             * @description Picklist; values depend on the org.
             * @example New
             */
            Status?: string;
            /**
             * @description Picklist, e.g. Phone, Email, Web.
             * @example Web
             */
            Origin?: string;
            /**
             * @description Picklist, e.g. High, Medium, Low.
             * @example Medium
             */
            Priority?: string;
            /** @example Problem */
            Type?: string;
            /** @example User didn't attend training */
            Reason?: string;
            /** @example 003Dn00000AbCdEIAZ */
            ContactId?: string;
            /** @example 001Dn00000QwErTIAZ */
            AccountId?: string;
            /**
             * @description Web-to-case name when there is no contact.
             * @example Alex Martin
             */
            SuppliedName?: string;
            /**
             * Format: email
             * @example alex.martin@example.com
             */
            SuppliedEmail?: string;
        };
        QueryResult: {
            /** @example 3 */
            totalSize: number;
            /**
             * @description false while more batches remain (follow nextRecordsUrl).
             * @example true
             */
            done: boolean;
            /**
             * @description Relative URL of the next batch, e.g. /services/data/v62.0/query/01gDn00000abcde-2000.
             * @example /services/data/v62.0/query/01gDn00000AbCdEIAZ-2000
             */
            nextRecordsUrl?: string;
            /**
             * @example [
             *       {
             *         "attributes": {
             *           "type": "Opportunity",
             *           "url": "/services/data/v62.0/sobjects/Opportunity/006Dn00000LmNoPIAZ"
             *         },
             *         "Id": "006Dn00000LmNoPIAZ",
             *         "Name": "Acme - 200 seats",
             *         "StageName": "Prospecting",
             *         "Amount": 48000,
             *         "CloseDate": "2026-12-15"
             *       },
             *       {
             *         "attributes": {
             *           "type": "Opportunity",
             *           "url": "/services/data/v62.0/sobjects/Opportunity/006Dn00000LmNoQIAZ"
             *         },
             *         "Id": "006Dn00000LmNoQIAZ",
             *         "Name": "Globex renewal",
             *         "StageName": "Negotiation/Review",
             *         "Amount": 125000,
             *         "CloseDate": "2026-12-31"
             *       },
             *       {
             *         "attributes": {
             *           "type": "Opportunity",
             *           "url": "/services/data/v62.0/sobjects/Opportunity/006Dn00000LmNoRIAZ"
             *         },
             *         "Id": "006Dn00000LmNoRIAZ",
             *         "Name": "Initech pilot",
             *         "StageName": "Closed Won",
             *         "Amount": 9500,
             *         "CloseDate": "2026-11-20"
             *       }
             *     ]
             */
            records: ({
                attributes: {
                    /** @example Opportunity */
                    type?: string;
                    /** @example /services/data/v62.0/sobjects/Opportunity/006Dn00000LmNoPIAZ */
                    url?: string;
                };
                /**
                 * @description 18-character record id.
                 * @example 006Dn00000LmNoPIAZ
                 */
                Id?: string;
            } & {
                [key: string]: unknown;
            })[];
        };
    };
    responses: never;
    parameters: {
        /** @description 15- or 18-character Salesforce record id. */
        recordId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "sobjects.Lead.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaveResult"];
                };
            };
        };
    };
    "sobjects.Lead.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 15- or 18-character Salesforce record id. */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadFields"];
            };
        };
        responses: {
            /** @description Updated; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "sobjects.Contact.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaveResult"];
                };
            };
        };
    };
    "sobjects.Contact.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 15- or 18-character Salesforce record id. */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactFields"];
            };
        };
        responses: {
            /** @description Updated; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "sobjects.Case.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaveResult"];
                };
            };
        };
    };
    "sobjects.Case.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 15- or 18-character Salesforce record id. */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseInput"];
            };
        };
        responses: {
            /** @description Updated; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    query: {
        parameters: {
            query: {
                /** @description The SOQL statement. */
                q: string;
            };
            header?: {
                /** @description Batch size, e.g. batchSize=500 (unconfirmed: allowed range). */
                "Sforce-Query-Options"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The first batch of records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryResult"];
                };
            };
        };
    };
}
