/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { OperationExecutor } from '@patchbay/connector-runtime';
import type { paths } from './types';

/** Provider id this client talks to; the executor resolves credentials, servers and retries from it. */
export const PROVIDER_ID = 'hubspot';

/** openapi-typescript entry of `contacts.create`. */
type ContactsCreateOperation = paths['/crm/v3/objects/contacts']['post'];

/** Input of {@link HubspotClient.contactsCreate}: parameters by name, plus `body` when there is one. */
export interface ContactsCreateInput {
  /** Request body (`application/json`). */
  body: NonNullable<ContactsCreateOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link HubspotClient.contactsCreate}. */
export type ContactsCreateOutput = ContactsCreateOperation['responses'][201]['content']['application/json'];

/** openapi-typescript entry of `contacts.getById`. */
type ContactsGetByIdOperation = paths['/crm/v3/objects/contacts/{contactId}']['get'];

/** Input of {@link HubspotClient.contactsGetById}: parameters by name, plus `body` when there is one. */
export interface ContactsGetByIdInput {
  /** The record id, or the email when idProperty=email. */
  contactId: NonNullable<ContactsGetByIdOperation['parameters']['path']>['contactId'];
  /** Set to `email` to address the contact by email. */
  idProperty?: NonNullable<ContactsGetByIdOperation['parameters']['query']>['idProperty'];
  /** Properties to return (comma-separated or repeated). */
  properties?: NonNullable<ContactsGetByIdOperation['parameters']['query']>['properties'];
}

/** Successful response of {@link HubspotClient.contactsGetById}. */
export type ContactsGetByIdOutput = ContactsGetByIdOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `contacts.update`. */
type ContactsUpdateOperation = paths['/crm/v3/objects/contacts/{contactId}']['patch'];

/** Input of {@link HubspotClient.contactsUpdate}: parameters by name, plus `body` when there is one. */
export interface ContactsUpdateInput {
  /** The record id, or the email when idProperty=email. */
  contactId: NonNullable<ContactsUpdateOperation['parameters']['path']>['contactId'];
  /** Set to `email` to address the contact by email. */
  idProperty?: NonNullable<ContactsUpdateOperation['parameters']['query']>['idProperty'];
  /** Request body (`application/json`). */
  body: NonNullable<ContactsUpdateOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link HubspotClient.contactsUpdate}. */
export type ContactsUpdateOutput = ContactsUpdateOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `contacts.search`. */
type ContactsSearchOperation = paths['/crm/v3/objects/contacts/search']['post'];

/** Input of {@link HubspotClient.contactsSearch}: parameters by name, plus `body` when there is one. */
export interface ContactsSearchInput {
  /** Request body (`application/json`). */
  body: NonNullable<ContactsSearchOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link HubspotClient.contactsSearch}. */
export type ContactsSearchOutput = ContactsSearchOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `deals.update`. */
type DealsUpdateOperation = paths['/crm/v3/objects/deals/{dealId}']['patch'];

/** Input of {@link HubspotClient.dealsUpdate}: parameters by name, plus `body` when there is one. */
export interface DealsUpdateInput {
  dealId: NonNullable<DealsUpdateOperation['parameters']['path']>['dealId'];
  /** Request body (`application/json`). */
  body: NonNullable<DealsUpdateOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link HubspotClient.dealsUpdate}. */
export type DealsUpdateOutput = DealsUpdateOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `deals.search`. */
type DealsSearchOperation = paths['/crm/v3/objects/deals/search']['post'];

/** Input of {@link HubspotClient.dealsSearch}: parameters by name, plus `body` when there is one. */
export interface DealsSearchInput {
  /** Request body (`application/json`). */
  body: NonNullable<DealsSearchOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link HubspotClient.dealsSearch}. */
export type DealsSearchOutput = DealsSearchOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `pipelines.getAll`. */
type PipelinesGetAllOperation = paths['/crm/v3/pipelines/deals']['get'];

/** Input of {@link HubspotClient.pipelinesGetAll}: the operation takes no parameters. */
export type PipelinesGetAllInput = Record<string, never>;

/** Successful response of {@link HubspotClient.pipelinesGetAll}. */
export type PipelinesGetAllOutput = PipelinesGetAllOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `lists.search`. */
type ListsSearchOperation = paths['/crm/v3/lists/search']['post'];

/** Input of {@link HubspotClient.listsSearch}: parameters by name, plus `body` when there is one. */
export interface ListsSearchInput {
  /** Request body (`application/json`). */
  body: NonNullable<ListsSearchOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link HubspotClient.listsSearch}. */
export type ListsSearchOutput = ListsSearchOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `lists.getById`. */
type ListsGetByIdOperation = paths['/crm/v3/lists/{listId}']['get'];

/** Input of {@link HubspotClient.listsGetById}: parameters by name, plus `body` when there is one. */
export interface ListsGetByIdInput {
  /** The list's ILS id. */
  listId: NonNullable<ListsGetByIdOperation['parameters']['path']>['listId'];
  includeFilters?: NonNullable<ListsGetByIdOperation['parameters']['query']>['includeFilters'];
}

/** Successful response of {@link HubspotClient.listsGetById}. */
export type ListsGetByIdOutput = ListsGetByIdOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `lists.memberships.getPage`. */
type ListsMembershipsGetPageOperation = paths['/crm/v3/lists/{listId}/memberships']['get'];

/** Input of {@link HubspotClient.listsMembershipsGetPage}: parameters by name, plus `body` when there is one. */
export interface ListsMembershipsGetPageInput {
  listId: NonNullable<ListsMembershipsGetPageOperation['parameters']['path']>['listId'];
  /** Paging cursor from paging.next.after. */
  after?: NonNullable<ListsMembershipsGetPageOperation['parameters']['query']>['after'];
  before?: NonNullable<ListsMembershipsGetPageOperation['parameters']['query']>['before'];
  limit?: NonNullable<ListsMembershipsGetPageOperation['parameters']['query']>['limit'];
}

/** Successful response of {@link HubspotClient.listsMembershipsGetPage}. */
export type ListsMembershipsGetPageOutput = ListsMembershipsGetPageOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `accountInfo.getDetails`. */
type AccountInfoGetDetailsOperation = paths['/account-info/v3/details']['get'];

/** Input of {@link HubspotClient.accountInfoGetDetails}: the operation takes no parameters. */
export type AccountInfoGetDetailsInput = Record<string, never>;

/** Successful response of {@link HubspotClient.accountInfoGetDetails}. */
export type AccountInfoGetDetailsOutput = AccountInfoGetDetailsOperation['responses'][200]['content']['application/json'];

/**
 * Typed client for HubSpot: one method per operation. Calls go through the injected
 * {@link OperationExecutor}, which owns tokens, scope checks, retries and pagination.
 */
export class HubspotClient {
  readonly #executor: OperationExecutor;

  constructor(executor: OperationExecutor) {
    this.#executor = executor;
  }

  /**
   * Create a contact
   *
   * Creates a contact. A duplicate email is refused with 409 CONFLICT naming the existing id.
   *
   * Required scopes: `crm.objects.contacts.write`
   *
   * Operation `contacts.create`: `POST /crm/v3/objects/contacts`
   */
  contactsCreate(input: ContactsCreateInput): Promise<ContactsCreateOutput> {
    return this.#executor.execute<ContactsCreateInput, ContactsCreateOutput>(PROVIDER_ID, 'contacts.create', input);
  }

  /**
   * Read a contact
   *
   * Returns one contact with the requested properties.
   *
   * Required scopes: `crm.objects.contacts.read`
   * Accepted scope sets: [crm.objects.contacts.read] or [crm.objects.contacts.write]
   *
   * Operation `contacts.getById`: `GET /crm/v3/objects/contacts/{contactId}` (read-only)
   */
  contactsGetById(input: ContactsGetByIdInput): Promise<ContactsGetByIdOutput> {
    return this.#executor.execute<ContactsGetByIdInput, ContactsGetByIdOutput>(PROVIDER_ID, 'contacts.getById', input);
  }

  /**
   * Update a contact
   *
   * Changes only the properties sent.
   *
   * Required scopes: `crm.objects.contacts.write`
   *
   * Operation `contacts.update`: `PATCH /crm/v3/objects/contacts/{contactId}`
   */
  contactsUpdate(input: ContactsUpdateInput): Promise<ContactsUpdateOutput> {
    return this.#executor.execute<ContactsUpdateInput, ContactsUpdateOutput>(PROVIDER_ID, 'contacts.update', input);
  }

  /**
   * Search contacts
   *
   * Finds contacts by property filters (e.g. email EQ …), up to 200 per page.
   *
   * Required scopes: `crm.objects.contacts.read`
   * Accepted scope sets: [crm.objects.contacts.read] or [crm.objects.contacts.write]
   *
   * Operation `contacts.search`: `POST /crm/v3/objects/contacts/search` (read-only)
   */
  contactsSearch(input: ContactsSearchInput): Promise<ContactsSearchOutput> {
    return this.#executor.execute<ContactsSearchInput, ContactsSearchOutput>(PROVIDER_ID, 'contacts.search', input);
  }

  /**
   * Update a deal
   *
   * Changes only the properties sent, e.g. amount or dealstage.
   *
   * Required scopes: `crm.objects.deals.write`
   *
   * Operation `deals.update`: `PATCH /crm/v3/objects/deals/{dealId}`
   */
  dealsUpdate(input: DealsUpdateInput): Promise<DealsUpdateOutput> {
    return this.#executor.execute<DealsUpdateInput, DealsUpdateOutput>(PROVIDER_ID, 'deals.update', input);
  }

  /**
   * Search deals
   *
   * Finds deals by property filters (e.g. dealstage, pipeline, or your own order id property).
   *
   * Required scopes: `crm.objects.deals.read`
   * Accepted scope sets: [crm.objects.deals.read] or [crm.objects.deals.write]
   *
   * Operation `deals.search`: `POST /crm/v3/objects/deals/search` (read-only)
   */
  dealsSearch(input: DealsSearchInput): Promise<DealsSearchOutput> {
    return this.#executor.execute<DealsSearchInput, DealsSearchOutput>(PROVIDER_ID, 'deals.search', input);
  }

  /**
   * List deal pipelines and stages
   *
   * Returns every deal pipeline with its stages in display order.
   *
   * Required scopes: `crm.objects.deals.read`
   * Accepted scope sets: [crm.objects.deals.read] or [crm.schemas.deals.read] or [crm.objects.deals.write]
   *
   * Operation `pipelines.getAll`: `GET /crm/v3/pipelines/deals` (read-only)
   */
  pipelinesGetAll(input: PipelinesGetAllInput = {}): Promise<PipelinesGetAllOutput> {
    return this.#executor.execute<PipelinesGetAllInput, PipelinesGetAllOutput>(PROVIDER_ID, 'pipelines.getAll', input);
  }

  /**
   * Find lists
   *
   * Searches lists by name, or pages through all lists with an empty query (offset paging).
   *
   * Required scopes: `crm.lists.read`
   *
   * Operation `lists.search`: `POST /crm/v3/lists/search` (read-only)
   */
  listsSearch(input: ListsSearchInput): Promise<ListsSearchOutput> {
    return this.#executor.execute<ListsSearchInput, ListsSearchOutput>(PROVIDER_ID, 'lists.search', input);
  }

  /**
   * Read a list
   *
   * Returns one list's definition (name, type, size).
   *
   * Required scopes: `crm.lists.read`
   *
   * Operation `lists.getById`: `GET /crm/v3/lists/{listId}` (read-only)
   */
  listsGetById(input: ListsGetByIdInput): Promise<ListsGetByIdOutput> {
    return this.#executor.execute<ListsGetByIdInput, ListsGetByIdOutput>(PROVIDER_ID, 'lists.getById', input);
  }

  /**
   * List the members of a list
   *
   * Returns the record ids in the list (contact ids for contact lists), in pages of up to 250.
   *
   * Required scopes: `crm.lists.read`
   *
   * Operation `lists.memberships.getPage`: `GET /crm/v3/lists/{listId}/memberships` (read-only)
   */
  listsMembershipsGetPage(input: ListsMembershipsGetPageInput): Promise<ListsMembershipsGetPageOutput> {
    return this.#executor.execute<ListsMembershipsGetPageInput, ListsMembershipsGetPageOutput>(PROVIDER_ID, 'lists.memberships.getPage', input);
  }

  /**
   * Account details
   *
   * The connected HubSpot account (portal / hub id, time zone, currency); used to show who connected.
   *
   * Required scopes: `oauth`
   *
   * Operation `accountInfo.getDetails`: `GET /account-info/v3/details` (read-only)
   */
  accountInfoGetDetails(input: AccountInfoGetDetailsInput = {}): Promise<AccountInfoGetDetailsOutput> {
    return this.#executor.execute<AccountInfoGetDetailsInput, AccountInfoGetDetailsOutput>(PROVIDER_ID, 'accountInfo.getDetails', input);
  }
}
