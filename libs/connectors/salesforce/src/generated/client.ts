/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { OperationExecutor } from '@patchbay/connector-runtime';
import type { paths } from './types';

/** Provider id this client talks to; the executor resolves credentials, servers and retries from it. */
export const PROVIDER_ID = 'salesforce';

/** openapi-typescript entry of `sobjects.Lead.create`. */
type SobjectsLeadCreateOperation = paths['/sobjects/Lead']['post'];

/** Input of {@link SalesforceClient.sobjectsLeadCreate}: parameters by name, plus `body` when there is one. */
export interface SobjectsLeadCreateInput {
  /** Request body (`application/json`). */
  body: NonNullable<SobjectsLeadCreateOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link SalesforceClient.sobjectsLeadCreate}. */
export type SobjectsLeadCreateOutput = SobjectsLeadCreateOperation['responses'][201]['content']['application/json'];

/** openapi-typescript entry of `sobjects.Lead.update`. */
type SobjectsLeadUpdateOperation = paths['/sobjects/Lead/{id}']['patch'];

/** Input of {@link SalesforceClient.sobjectsLeadUpdate}: parameters by name, plus `body` when there is one. */
export interface SobjectsLeadUpdateInput {
  /** 15- or 18-character Salesforce record id. */
  id: NonNullable<SobjectsLeadUpdateOperation['parameters']['path']>['id'];
  /** Request body (`application/json`). */
  body: NonNullable<SobjectsLeadUpdateOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link SalesforceClient.sobjectsLeadUpdate}. */
export type SobjectsLeadUpdateOutput = void;

/** openapi-typescript entry of `sobjects.Contact.create`. */
type SobjectsContactCreateOperation = paths['/sobjects/Contact']['post'];

/** Input of {@link SalesforceClient.sobjectsContactCreate}: parameters by name, plus `body` when there is one. */
export interface SobjectsContactCreateInput {
  /** Request body (`application/json`). */
  body: NonNullable<SobjectsContactCreateOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link SalesforceClient.sobjectsContactCreate}. */
export type SobjectsContactCreateOutput = SobjectsContactCreateOperation['responses'][201]['content']['application/json'];

/** openapi-typescript entry of `sobjects.Contact.update`. */
type SobjectsContactUpdateOperation = paths['/sobjects/Contact/{id}']['patch'];

/** Input of {@link SalesforceClient.sobjectsContactUpdate}: parameters by name, plus `body` when there is one. */
export interface SobjectsContactUpdateInput {
  /** 15- or 18-character Salesforce record id. */
  id: NonNullable<SobjectsContactUpdateOperation['parameters']['path']>['id'];
  /** Request body (`application/json`). */
  body: NonNullable<SobjectsContactUpdateOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link SalesforceClient.sobjectsContactUpdate}. */
export type SobjectsContactUpdateOutput = void;

/** openapi-typescript entry of `sobjects.Case.create`. */
type SobjectsCaseCreateOperation = paths['/sobjects/Case']['post'];

/** Input of {@link SalesforceClient.sobjectsCaseCreate}: parameters by name, plus `body` when there is one. */
export interface SobjectsCaseCreateInput {
  /** Request body (`application/json`). */
  body: NonNullable<SobjectsCaseCreateOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link SalesforceClient.sobjectsCaseCreate}. */
export type SobjectsCaseCreateOutput = SobjectsCaseCreateOperation['responses'][201]['content']['application/json'];

/** openapi-typescript entry of `sobjects.Case.update`. */
type SobjectsCaseUpdateOperation = paths['/sobjects/Case/{id}']['patch'];

/** Input of {@link SalesforceClient.sobjectsCaseUpdate}: parameters by name, plus `body` when there is one. */
export interface SobjectsCaseUpdateInput {
  /** 15- or 18-character Salesforce record id. */
  id: NonNullable<SobjectsCaseUpdateOperation['parameters']['path']>['id'];
  /** Request body (`application/json`). */
  body: NonNullable<SobjectsCaseUpdateOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link SalesforceClient.sobjectsCaseUpdate}. */
export type SobjectsCaseUpdateOutput = void;

/** openapi-typescript entry of `query`. */
type QueryOperation = paths['/query']['get'];

/** Input of {@link SalesforceClient.query}: parameters by name, plus `body` when there is one. */
export interface QueryInput {
  /** The SOQL statement. */
  q: NonNullable<QueryOperation['parameters']['query']>['q'];
  /** Batch size, e.g. batchSize=500 (unconfirmed: allowed range). */
  'Sforce-Query-Options'?: NonNullable<QueryOperation['parameters']['header']>['Sforce-Query-Options'];
}

/** Successful response of {@link SalesforceClient.query}. */
export type QueryOutput = QueryOperation['responses'][200]['content']['application/json'];

/**
 * Typed client for Salesforce: one method per operation. Calls go through the injected
 * {@link OperationExecutor}, which owns tokens, scope checks, retries and pagination.
 */
export class SalesforceClient {
  readonly #executor: OperationExecutor;

  constructor(executor: OperationExecutor) {
    this.#executor = executor;
  }

  /**
   * Create a lead
   *
   * Creates a Lead (LastName and Company are required by default).
   *
   * Required scopes: `api`
   *
   * Operation `sobjects.Lead.create`: `POST /sobjects/Lead`
   */
  sobjectsLeadCreate(input: SobjectsLeadCreateInput): Promise<SobjectsLeadCreateOutput> {
    return this.#executor.execute<SobjectsLeadCreateInput, SobjectsLeadCreateOutput>(PROVIDER_ID, 'sobjects.Lead.create', input);
  }

  /**
   * Update a lead
   *
   * Changes only the fields sent. Success is 204 with no body.
   *
   * Required scopes: `api`
   *
   * Operation `sobjects.Lead.update`: `PATCH /sobjects/Lead/{id}`
   */
  sobjectsLeadUpdate(input: SobjectsLeadUpdateInput): Promise<SobjectsLeadUpdateOutput> {
    return this.#executor.execute<SobjectsLeadUpdateInput, SobjectsLeadUpdateOutput>(PROVIDER_ID, 'sobjects.Lead.update', input);
  }

  /**
   * Create a contact
   *
   * Creates a Contact (LastName is required).
   *
   * Required scopes: `api`
   *
   * Operation `sobjects.Contact.create`: `POST /sobjects/Contact`
   */
  sobjectsContactCreate(input: SobjectsContactCreateInput): Promise<SobjectsContactCreateOutput> {
    return this.#executor.execute<SobjectsContactCreateInput, SobjectsContactCreateOutput>(PROVIDER_ID, 'sobjects.Contact.create', input);
  }

  /**
   * Update a contact
   *
   * Changes only the fields sent. Success is 204 with no body.
   *
   * Required scopes: `api`
   *
   * Operation `sobjects.Contact.update`: `PATCH /sobjects/Contact/{id}`
   */
  sobjectsContactUpdate(input: SobjectsContactUpdateInput): Promise<SobjectsContactUpdateOutput> {
    return this.#executor.execute<SobjectsContactUpdateInput, SobjectsContactUpdateOutput>(PROVIDER_ID, 'sobjects.Contact.update', input);
  }

  /**
   * Create a case
   *
   * Logs a support Case.
   *
   * Required scopes: `api`
   *
   * Operation `sobjects.Case.create`: `POST /sobjects/Case`
   */
  sobjectsCaseCreate(input: SobjectsCaseCreateInput): Promise<SobjectsCaseCreateOutput> {
    return this.#executor.execute<SobjectsCaseCreateInput, SobjectsCaseCreateOutput>(PROVIDER_ID, 'sobjects.Case.create', input);
  }

  /**
   * Update a case
   *
   * Changes only the fields sent (e.g. Status). Success is 204 with no body.
   *
   * Required scopes: `api`
   *
   * Operation `sobjects.Case.update`: `PATCH /sobjects/Case/{id}`
   */
  sobjectsCaseUpdate(input: SobjectsCaseUpdateInput): Promise<SobjectsCaseUpdateOutput> {
    return this.#executor.execute<SobjectsCaseUpdateInput, SobjectsCaseUpdateOutput>(PROVIDER_ID, 'sobjects.Case.update', input);
  }

  /**
   * Run a SOQL query
   *
   * Runs a SOQL query, e.g. SELECT Id, Name, StageName, Amount FROM Opportunity WHERE IsClosed = false. Results come in batches (default 2000); while done is false, GET nextRecordsUrl (a relative URL on the instance host, /services/data/v62.0/query/<locator>).
   *
   * Required scopes: `api`
   *
   * Operation `query`: `GET /query` (read-only)
   */
  query(input: QueryInput): Promise<QueryOutput> {
    return this.#executor.execute<QueryInput, QueryOutput>(PROVIDER_ID, 'query', input);
  }
}
