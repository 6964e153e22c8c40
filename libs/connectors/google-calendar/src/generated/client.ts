/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { OperationExecutor } from '@patchbay/connector-runtime';
import type { paths } from './types';

/** Provider id this client talks to; the executor resolves credentials, servers and retries from it. */
export const PROVIDER_ID = 'google-calendar';

/** openapi-typescript entry of `events.insert`. */
type EventsInsertOperation = paths['/calendars/{calendarId}/events']['post'];

/** Input of {@link GoogleCalendarClient.eventsInsert}: parameters by name, plus `body` when there is one. */
export interface EventsInsertInput {
  /** Calendar identifier; use `primary` for the signed-in user's main calendar. */
  calendarId: NonNullable<EventsInsertOperation['parameters']['path']>['calendarId'];
  /** Who receives email notifications about the change. */
  sendUpdates?: NonNullable<EventsInsertOperation['parameters']['query']>['sendUpdates'];
  /** Set to 1 to create or keep a Google Meet link through `conferenceData`. */
  conferenceDataVersion?: NonNullable<EventsInsertOperation['parameters']['query']>['conferenceDataVersion'];
  /** Request body (`application/json`). */
  body: NonNullable<EventsInsertOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link GoogleCalendarClient.eventsInsert}. */
export type EventsInsertOutput = EventsInsertOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `events.list`. */
type EventsListOperation = paths['/calendars/{calendarId}/events']['get'];

/** Input of {@link GoogleCalendarClient.eventsList}: parameters by name, plus `body` when there is one. */
export interface EventsListInput {
  /** Calendar identifier; use `primary` for the signed-in user's main calendar. */
  calendarId: NonNullable<EventsListOperation['parameters']['path']>['calendarId'];
  /** Lower bound (exclusive) for an event's end time (RFC 3339). */
  timeMin?: NonNullable<EventsListOperation['parameters']['query']>['timeMin'];
  /** Upper bound (exclusive) for an event's start time (RFC 3339). */
  timeMax?: NonNullable<EventsListOperation['parameters']['query']>['timeMax'];
  /** Free-text search. */
  q?: NonNullable<EventsListOperation['parameters']['query']>['q'];
  /** Expand recurring events into instances. */
  singleEvents?: NonNullable<EventsListOperation['parameters']['query']>['singleEvents'];
  /** `startTime` needs singleEvents=true. */
  orderBy?: NonNullable<EventsListOperation['parameters']['query']>['orderBy'];
  maxResults?: NonNullable<EventsListOperation['parameters']['query']>['maxResults'];
  pageToken?: NonNullable<EventsListOperation['parameters']['query']>['pageToken'];
  /** From a previous nextSyncToken; 410 Gone means full resync. */
  syncToken?: NonNullable<EventsListOperation['parameters']['query']>['syncToken'];
  showDeleted?: NonNullable<EventsListOperation['parameters']['query']>['showDeleted'];
  /** Filter `key=value` on private extended properties (e.g. bookingId=B-1042). */
  privateExtendedProperty?: NonNullable<EventsListOperation['parameters']['query']>['privateExtendedProperty'];
  timeZone?: NonNullable<EventsListOperation['parameters']['query']>['timeZone'];
}

/** Successful response of {@link GoogleCalendarClient.eventsList}. */
export type EventsListOutput = EventsListOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `events.patch`. */
type EventsPatchOperation = paths['/calendars/{calendarId}/events/{eventId}']['patch'];

/** Input of {@link GoogleCalendarClient.eventsPatch}: parameters by name, plus `body` when there is one. */
export interface EventsPatchInput {
  /** Calendar identifier; use `primary` for the signed-in user's main calendar. */
  calendarId: NonNullable<EventsPatchOperation['parameters']['path']>['calendarId'];
  /** Event identifier. */
  eventId: NonNullable<EventsPatchOperation['parameters']['path']>['eventId'];
  /** Who receives email notifications about the change. */
  sendUpdates?: NonNullable<EventsPatchOperation['parameters']['query']>['sendUpdates'];
  /** Set to 1 to create or keep a Google Meet link through `conferenceData`. */
  conferenceDataVersion?: NonNullable<EventsPatchOperation['parameters']['query']>['conferenceDataVersion'];
  /** Request body (`application/json`). */
  body: NonNullable<EventsPatchOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link GoogleCalendarClient.eventsPatch}. */
export type EventsPatchOutput = EventsPatchOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `events.delete`. */
type EventsDeleteOperation = paths['/calendars/{calendarId}/events/{eventId}']['delete'];

/** Input of {@link GoogleCalendarClient.eventsDelete}: parameters by name, plus `body` when there is one. */
export interface EventsDeleteInput {
  /** Calendar identifier; use `primary` for the signed-in user's main calendar. */
  calendarId: NonNullable<EventsDeleteOperation['parameters']['path']>['calendarId'];
  /** Event identifier. */
  eventId: NonNullable<EventsDeleteOperation['parameters']['path']>['eventId'];
  /** Who receives email notifications about the change. */
  sendUpdates?: NonNullable<EventsDeleteOperation['parameters']['query']>['sendUpdates'];
}

/** Successful response of {@link GoogleCalendarClient.eventsDelete}. */
export type EventsDeleteOutput = void;

/** openapi-typescript entry of `freebusy.query`. */
type FreebusyQueryOperation = paths['/freeBusy']['post'];

/** Input of {@link GoogleCalendarClient.freebusyQuery}: parameters by name, plus `body` when there is one. */
export interface FreebusyQueryInput {
  /** Request body (`application/json`). */
  body: NonNullable<FreebusyQueryOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link GoogleCalendarClient.freebusyQuery}. */
export type FreebusyQueryOutput = FreebusyQueryOperation['responses'][200]['content']['application/json'];

/**
 * Typed client for Google Calendar: one method per operation. Calls go through the injected
 * {@link OperationExecutor}, which owns tokens, scope checks, retries and pagination.
 */
export class GoogleCalendarClient {
  readonly #executor: OperationExecutor;

  constructor(executor: OperationExecutor) {
    this.#executor = executor;
  }

  /**
   * Create an event
   *
   * Adds an event to the calendar (e.g. block time when a booking is made).
   *
   * Required scopes: `https://www.googleapis.com/auth/calendar.events`
   * Accepted scope sets: [https://www.googleapis.com/auth/calendar.events] or [https://www.googleapis.com/auth/calendar.events.owned] or [https://www.googleapis.com/auth/calendar]
   *
   * Operation `events.insert`: `POST /calendars/{calendarId}/events`
   */
  eventsInsert(input: EventsInsertInput): Promise<EventsInsertOutput> {
    return this.#executor.execute<EventsInsertInput, EventsInsertOutput>(PROVIDER_ID, 'events.insert', input);
  }

  /**
   * List events
   *
   * Lists events on the calendar, one page at a time (pageToken / nextPageToken).
   *
   * Required scopes: `https://www.googleapis.com/auth/calendar.events.readonly`
   * Accepted scope sets: [https://www.googleapis.com/auth/calendar.events.readonly] or [https://www.googleapis.com/auth/calendar.readonly] or [https://www.googleapis.com/auth/calendar.events] or [https://www.googleapis.com/auth/calendar.events.owned] or [https://www.googleapis.com/auth/calendar]
   *
   * Operation `events.list`: `GET /calendars/{calendarId}/events` (read-only)
   */
  eventsList(input: EventsListInput): Promise<EventsListOutput> {
    return this.#executor.execute<EventsListInput, EventsListOutput>(PROVIDER_ID, 'events.list', input);
  }

  /**
   * Update an event
   *
   * Changes only the fields sent (e.g. move a booking to a new time).
   *
   * Required scopes: `https://www.googleapis.com/auth/calendar.events`
   * Accepted scope sets: [https://www.googleapis.com/auth/calendar.events] or [https://www.googleapis.com/auth/calendar.events.owned] or [https://www.googleapis.com/auth/calendar]
   *
   * Operation `events.patch`: `PATCH /calendars/{calendarId}/events/{eventId}`
   */
  eventsPatch(input: EventsPatchInput): Promise<EventsPatchOutput> {
    return this.#executor.execute<EventsPatchInput, EventsPatchOutput>(PROVIDER_ID, 'events.patch', input);
  }

  /**
   * Delete an event
   *
   * Removes the event (e.g. when a booking is cancelled).
   *
   * Required scopes: `https://www.googleapis.com/auth/calendar.events`
   * Accepted scope sets: [https://www.googleapis.com/auth/calendar.events] or [https://www.googleapis.com/auth/calendar.events.owned] or [https://www.googleapis.com/auth/calendar]
   *
   * Operation `events.delete`: `DELETE /calendars/{calendarId}/events/{eventId}`
   */
  eventsDelete(input: EventsDeleteInput): Promise<EventsDeleteOutput> {
    return this.#executor.execute<EventsDeleteInput, EventsDeleteOutput>(PROVIDER_ID, 'events.delete', input);
  }

  /**
   * Check free/busy times
   *
   * Returns busy intervals for up to 50 calendars between timeMin and timeMax. Not paginated.
   *
   * Required scopes: `https://www.googleapis.com/auth/calendar.freebusy`
   * Accepted scope sets: [https://www.googleapis.com/auth/calendar.freebusy] or [https://www.googleapis.com/auth/calendar.events.freebusy] or [https://www.googleapis.com/auth/calendar.readonly] or [https://www.googleapis.com/auth/calendar]
   *
   * Operation `freebusy.query`: `POST /freeBusy` (read-only)
   */
  freebusyQuery(input: FreebusyQueryInput): Promise<FreebusyQueryOutput> {
    return this.#executor.execute<FreebusyQueryInput, FreebusyQueryOutput>(PROVIDER_ID, 'freebusy.query', input);
  }
}
