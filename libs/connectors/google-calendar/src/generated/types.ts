/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
// Emitted by openapi-typescript 7.13.0 from specs/google-calendar/openapi.yaml.

export interface paths {
    "/calendars/{calendarId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Calendar identifier; use `primary` for the signed-in user's main calendar. */
                calendarId: components["parameters"]["calendarId"];
            };
            cookie?: never;
        };
        /**
         * List events
         * @description Lists events on the calendar, one page at a time (pageToken / nextPageToken).
         */
        get: operations["events.list"];
        put?: never;
        /**
         * Create an event
         * @description Adds an event to the calendar (e.g. block time when a booking is made).
         */
        post: operations["events.insert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/{calendarId}/events/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Calendar identifier; use `primary` for the signed-in user's main calendar. */
                calendarId: components["parameters"]["calendarId"];
                /** @description Event identifier. */
                eventId: components["parameters"]["eventId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an event
         * @description Removes the event (e.g. when a booking is cancelled).
         */
        delete: operations["events.delete"];
        options?: never;
        head?: never;
        /**
         * Update an event
         * @description Changes only the fields sent (e.g. move a booking to a new time).
         */
        patch: operations["events.patch"];
        trace?: never;
    };
    "/freeBusy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check free/busy times
         * @description Returns busy intervals for up to 50 calendars between timeMin and timeMax. Not paginated.
         */
        post: operations["freebusy.query"];
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
        /** @description Either `dateTime` (timed event) or `date` (all-day event). */
        EventDateTime: {
            /**
             * Format: date-time
             * @example 2026-12-01T10:00:00+01:00
             */
            dateTime?: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            date?: string;
            /** @example Europe/Paris */
            timeZone?: string;
        };
        Attendee: {
            /**
             * Format: email
             * @example alex.martin@example.com
             */
            email: string;
            /** @example Alex Martin */
            displayName?: string;
            /** @example false */
            optional?: boolean;
            /**
             * @example needsAction
             * @enum {string}
             */
            responseStatus?: "needsAction" | "declined" | "tentative" | "accepted";
            /** @example false */
            readonly organizer?: boolean;
            /** @example false */
            readonly self?: boolean;
        };
        Reminders: {
            /** @example false */
            useDefault?: boolean;
            overrides?: {
                /**
                 * @example popup
                 * @enum {string}
                 */
                method: "email" | "popup";
                /** @example 30 */
                minutes: number;
            }[];
        };
        /** @description A new event; start and end are required. */
        EventInput: {
            /**
             * @description Title of the event.
             * @example Booking: consultation with Alex Martin
             */
            summary?: string;
            /** @example Booked through the app. Booking #B-1042. */
            description?: string;
            /** @example 12 Rue de la Paix, Paris */
            location?: string;
            start: components["schemas"]["EventDateTime"];
            end: components["schemas"]["EventDateTime"];
            attendees?: components["schemas"]["Attendee"][];
            reminders?: components["schemas"]["Reminders"];
            /**
             * @example confirmed
             * @enum {string}
             */
            status?: "confirmed" | "tentative" | "cancelled";
            /**
             * @description `opaque` blocks time (busy); `transparent` does not.
             * @example opaque
             * @enum {string}
             */
            transparency?: "opaque" | "transparent";
            /**
             * @example default
             * @enum {string}
             */
            visibility?: "default" | "public" | "private" | "confidential";
            /** @example 5 */
            colorId?: string;
            /** @description Private key/value pairs, e.g. the app's booking id, used to find the event again. */
            extendedProperties?: {
                /**
                 * @example {
                 *       "bookingId": "B-1042"
                 *     }
                 */
                private?: {
                    [key: string]: string;
                };
                shared?: {
                    [key: string]: string;
                };
            };
            /** @description Send `{createRequest:{requestId}}` with conferenceDataVersion=1 to add a Meet link. */
            conferenceData?: {
                createRequest?: {
                    /** @example b-1042-meet */
                    requestId?: string;
                    conferenceSolutionKey?: {
                        /**
                         * @example hangoutsMeet
                         * @enum {string}
                         */
                        type?: "hangoutsMeet";
                    };
                };
            };
        };
        /** @description Same fields as a new event; only the fields sent are changed. */
        EventPatch: {
            /**
             * @description Title of the event.
             * @example Booking: consultation with Alex Martin
             */
            summary?: string;
            /** @example Booked through the app. Booking #B-1042. */
            description?: string;
            /** @example 12 Rue de la Paix, Paris */
            location?: string;
            start?: components["schemas"]["EventDateTime"];
            end?: components["schemas"]["EventDateTime"];
            attendees?: components["schemas"]["Attendee"][];
            reminders?: components["schemas"]["Reminders"];
            /**
             * @example confirmed
             * @enum {string}
             */
            status?: "confirmed" | "tentative" | "cancelled";
            /**
             * @description `opaque` blocks time (busy); `transparent` does not.
             * @example opaque
             * @enum {string}
             */
            transparency?: "opaque" | "transparent";
            /**
             * @example default
             * @enum {string}
             */
            visibility?: "default" | "public" | "private" | "confidential";
            /** @example 5 */
            colorId?: string;
            /** @description Private key/value pairs, e.g. the app's booking id, used to find the event again. */
            extendedProperties?: {
                /**
                 * @example {
                 *       "bookingId": "B-1042"
                 *     }
                 */
                private?: {
                    [key: string]: string;
                };
                shared?: {
                    [key: string]: string;
                };
            };
            /** @description Send `{createRequest:{requestId}}` with conferenceDataVersion=1 to add a Meet link. */
            conferenceData?: {
                createRequest?: {
                    /** @example b-1042-meet */
                    requestId?: string;
                    conferenceSolutionKey?: {
                        /**
                         * @example hangoutsMeet
                         * @enum {string}
                         */
                        type?: "hangoutsMeet";
                    };
                };
            };
        };
        Event: {
            /**
             * @example calendar#event
             * @enum {string}
             */
            kind: "calendar#event";
            /** @example 7k3q2m1c9d0e8f6g5h4j3k2l1m */
            id: string;
            /** @example "3391827365123000" */
            etag?: string;
            /**
             * @example confirmed
             * @enum {string}
             */
            status: "confirmed" | "tentative" | "cancelled";
            /**
             * Format: uri
             * @example https://www.google.com/calendar/event?eid=N2szcTJtMWM5ZDBlOGY2ZzVoNGozazJsMW0
             */
            htmlLink?: string;
            /**
             * Format: date-time
             * @example 2026-11-20T09:12:44.000Z
             */
            created?: string;
            /**
             * Format: date-time
             * @example 2026-11-20T09:12:44.512Z
             */
            updated?: string;
            /** @example Booking: consultation with Alex Martin */
            summary?: string;
            /** @example Booked through the app. Booking #B-1042. */
            description?: string;
            /** @example 12 Rue de la Paix, Paris */
            location?: string;
            creator?: {
                /** @example owner@example.com */
                email?: string;
                /** @example true */
                self?: boolean;
            };
            organizer?: {
                /** @example owner@example.com */
                email?: string;
                /** @example true */
                self?: boolean;
            };
            start: {
                /**
                 * Format: date-time
                 * @example 2026-12-01T10:00:00+01:00
                 */
                dateTime?: string;
                /** Format: date */
                date?: string;
                /** @example Europe/Paris */
                timeZone?: string;
            };
            end: {
                /**
                 * Format: date-time
                 * @example 2026-12-01T11:00:00+01:00
                 */
                dateTime?: string;
                /** Format: date */
                date?: string;
                /** @example Europe/Paris */
                timeZone?: string;
            };
            /** @example 7k3q2m1c9d0e8f6g5h4j3k2l1m@google.com */
            iCalUID?: string;
            /** @example 0 */
            sequence?: number;
            attendees?: components["schemas"]["Attendee"][];
            reminders?: components["schemas"]["Reminders"];
            /**
             * @example opaque
             * @enum {string}
             */
            transparency?: "opaque" | "transparent";
            extendedProperties?: {
                /**
                 * @example {
                 *       "bookingId": "B-1042"
                 *     }
                 */
                private?: {
                    [key: string]: string;
                };
            };
            /** @example https://meet.google.com/abc-defg-hij */
            hangoutLink?: string;
            /**
             * @example default
             * @enum {string}
             */
            eventType?: "default" | "outOfOffice" | "focusTime" | "workingLocation" | "birthday" | "fromGmail";
        };
        Events: {
            /**
             * @example calendar#events
             * @enum {string}
             */
            kind: "calendar#events";
            /** @example "p33gkf1ahm8uu80o" */
            etag?: string;
            /** @example owner@example.com */
            summary?: string;
            /**
             * Format: date-time
             * @example 2026-11-20T09:12:44.512Z
             */
            updated?: string;
            /** @example Europe/Paris */
            timeZone?: string;
            /**
             * @example owner
             * @enum {string}
             */
            accessRole?: "none" | "freeBusyReader" | "reader" | "writer" | "owner";
            /**
             * @description Absent on the last page.
             * @example CigKGjdrM3EybTFjOWQwZThmNmc1aDRqM2sybDFtGAEggICA
             */
            nextPageToken?: string;
            /**
             * @description Present on the last page; use it for incremental sync (410 means resync).
             * @example CPDAlvWDx70CEPDAlvWDx70CGAU=
             */
            nextSyncToken?: string;
            items: components["schemas"]["Event"][];
        };
        FreeBusyRequest: {
            /**
             * Format: date-time
             * @example 2026-12-01T00:00:00Z
             */
            timeMin: string;
            /**
             * Format: date-time
             * @example 2026-12-08T00:00:00Z
             */
            timeMax: string;
            /**
             * @default UTC
             * @example Europe/Paris
             */
            timeZone: string;
            groupExpansionMax?: number;
            calendarExpansionMax?: number;
            items: {
                /** @example primary */
                id: string;
            }[];
        };
        FreeBusyResponse: {
            /**
             * @example calendar#freeBusy
             * @enum {string}
             */
            kind: "calendar#freeBusy";
            /**
             * Format: date-time
             * @example 2026-12-01T00:00:00.000Z
             */
            timeMin: string;
            /**
             * Format: date-time
             * @example 2026-12-08T00:00:00.000Z
             */
            timeMax: string;
            /**
             * @description Keyed by the calendar id that was asked for.
             * @example {
             *       "primary": {
             *         "busy": [
             *           {
             *             "start": "2026-12-01T09:00:00Z",
             *             "end": "2026-12-01T10:00:00Z"
             *           },
             *           {
             *             "start": "2026-12-02T13:30:00Z",
             *             "end": "2026-12-02T15:00:00Z"
             *           }
             *         ]
             *       }
             *     }
             */
            calendars: {
                [key: string]: {
                    busy?: {
                        /** Format: date-time */
                        start: string;
                        /** Format: date-time */
                        end: string;
                    }[];
                    errors?: {
                        /** @example global */
                        domain?: string;
                        /** @example notFound */
                        reason?: string;
                    }[];
                };
            };
            groups?: {
                [key: string]: {
                    calendars?: string[];
                };
            };
        };
    };
    responses: never;
    parameters: {
        /** @description Calendar identifier; use `primary` for the signed-in user's main calendar. */
        calendarId: string;
        /** @description Event identifier. */
        eventId: string;
        /** @description Who receives email notifications about the change. */
        sendUpdates: "all" | "externalOnly" | "none";
        /** @description Set to 1 to create or keep a Google Meet link through `conferenceData`. */
        conferenceDataVersion: 0 | 1;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "events.list": {
        parameters: {
            query?: {
                /** @description Lower bound (exclusive) for an event's end time (RFC 3339). */
                timeMin?: string;
                /** @description Upper bound (exclusive) for an event's start time (RFC 3339). */
                timeMax?: string;
                /** @description Free-text search. */
                q?: string;
                /** @description Expand recurring events into instances. */
                singleEvents?: boolean;
                /** @description `startTime` needs singleEvents=true. */
                orderBy?: "startTime" | "updated";
                maxResults?: number;
                pageToken?: string;
                /** @description From a previous nextSyncToken; 410 Gone means full resync. */
                syncToken?: string;
                showDeleted?: boolean;
                /** @description Filter `key=value` on private extended properties (e.g. bookingId=B-1042). */
                privateExtendedProperty?: string;
                timeZone?: string;
            };
            header?: never;
            path: {
                /** @description Calendar identifier; use `primary` for the signed-in user's main calendar. */
                calendarId: components["parameters"]["calendarId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Events"];
                };
            };
        };
    };
    "events.insert": {
        parameters: {
            query?: {
                /** @description Who receives email notifications about the change. */
                sendUpdates?: components["parameters"]["sendUpdates"];
                /** @description Set to 1 to create or keep a Google Meet link through `conferenceData`. */
                conferenceDataVersion?: components["parameters"]["conferenceDataVersion"];
            };
            header?: never;
            path: {
                /** @description Calendar identifier; use `primary` for the signed-in user's main calendar. */
                calendarId: components["parameters"]["calendarId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventInput"];
            };
        };
        responses: {
            /** @description The created event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
        };
    };
    "events.delete": {
        parameters: {
            query?: {
                /** @description Who receives email notifications about the change. */
                sendUpdates?: components["parameters"]["sendUpdates"];
            };
            header?: never;
            path: {
                /** @description Calendar identifier; use `primary` for the signed-in user's main calendar. */
                calendarId: components["parameters"]["calendarId"];
                /** @description Event identifier. */
                eventId: components["parameters"]["eventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; empty body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "events.patch": {
        parameters: {
            query?: {
                /** @description Who receives email notifications about the change. */
                sendUpdates?: components["parameters"]["sendUpdates"];
                /** @description Set to 1 to create or keep a Google Meet link through `conferenceData`. */
                conferenceDataVersion?: components["parameters"]["conferenceDataVersion"];
            };
            header?: never;
            path: {
                /** @description Calendar identifier; use `primary` for the signed-in user's main calendar. */
                calendarId: components["parameters"]["calendarId"];
                /** @description Event identifier. */
                eventId: components["parameters"]["eventId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventPatch"];
            };
        };
        responses: {
            /** @description The updated event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
        };
    };
    "freebusy.query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FreeBusyRequest"];
            };
        };
        responses: {
            /** @description Busy intervals per calendar. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FreeBusyResponse"];
                };
            };
        };
    };
}
