/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { OperationExecutor } from '@patchbay/connector-runtime';
import type { paths } from './types';

/** Provider id this client talks to; the executor resolves credentials, servers and retries from it. */
export const PROVIDER_ID = 'google-sheets';

/** openapi-typescript entry of `spreadsheets.create`. */
type SpreadsheetsCreateOperation = paths['/spreadsheets']['post'];

/** Input of {@link GoogleSheetsClient.spreadsheetsCreate}: parameters by name, plus `body` when there is one. */
export interface SpreadsheetsCreateInput {
  /** Request body (`application/json`). */
  body: NonNullable<SpreadsheetsCreateOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link GoogleSheetsClient.spreadsheetsCreate}. */
export type SpreadsheetsCreateOutput = SpreadsheetsCreateOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `spreadsheets.values.get`. */
type SpreadsheetsValuesGetOperation = paths['/spreadsheets/{spreadsheetId}/values/{range}']['get'];

/** Input of {@link GoogleSheetsClient.spreadsheetsValuesGet}: parameters by name, plus `body` when there is one. */
export interface SpreadsheetsValuesGetInput {
  spreadsheetId: NonNullable<SpreadsheetsValuesGetOperation['parameters']['path']>['spreadsheetId'];
  /** A1 notation, e.g. `Sheet1!A1:D` or just `Sheet1`. */
  range: NonNullable<SpreadsheetsValuesGetOperation['parameters']['path']>['range'];
  majorDimension?: NonNullable<SpreadsheetsValuesGetOperation['parameters']['query']>['majorDimension'];
  valueRenderOption?: NonNullable<SpreadsheetsValuesGetOperation['parameters']['query']>['valueRenderOption'];
  dateTimeRenderOption?: NonNullable<SpreadsheetsValuesGetOperation['parameters']['query']>['dateTimeRenderOption'];
}

/** Successful response of {@link GoogleSheetsClient.spreadsheetsValuesGet}. */
export type SpreadsheetsValuesGetOutput = SpreadsheetsValuesGetOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `spreadsheets.values.update`. */
type SpreadsheetsValuesUpdateOperation = paths['/spreadsheets/{spreadsheetId}/values/{range}']['put'];

/** Input of {@link GoogleSheetsClient.spreadsheetsValuesUpdate}: parameters by name, plus `body` when there is one. */
export interface SpreadsheetsValuesUpdateInput {
  spreadsheetId: NonNullable<SpreadsheetsValuesUpdateOperation['parameters']['path']>['spreadsheetId'];
  /** A1 notation, e.g. `Sheet1!A1:D` or just `Sheet1`. */
  range: NonNullable<SpreadsheetsValuesUpdateOperation['parameters']['path']>['range'];
  /** USER_ENTERED parses values as if typed (dates, formulas); RAW stores them as-is. */
  valueInputOption: NonNullable<SpreadsheetsValuesUpdateOperation['parameters']['query']>['valueInputOption'];
  includeValuesInResponse?: NonNullable<SpreadsheetsValuesUpdateOperation['parameters']['query']>['includeValuesInResponse'];
  /** Request body (`application/json`). */
  body: NonNullable<SpreadsheetsValuesUpdateOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link GoogleSheetsClient.spreadsheetsValuesUpdate}. */
export type SpreadsheetsValuesUpdateOutput = SpreadsheetsValuesUpdateOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `spreadsheets.values.append`. */
type SpreadsheetsValuesAppendOperation = paths['/spreadsheets/{spreadsheetId}/values/{range}:append']['post'];

/** Input of {@link GoogleSheetsClient.spreadsheetsValuesAppend}: parameters by name, plus `body` when there is one. */
export interface SpreadsheetsValuesAppendInput {
  spreadsheetId: NonNullable<SpreadsheetsValuesAppendOperation['parameters']['path']>['spreadsheetId'];
  /** A1 notation, e.g. `Sheet1!A1:D` or just `Sheet1`. */
  range: NonNullable<SpreadsheetsValuesAppendOperation['parameters']['path']>['range'];
  /** USER_ENTERED parses values as if typed (dates, formulas); RAW stores them as-is. */
  valueInputOption: NonNullable<SpreadsheetsValuesAppendOperation['parameters']['query']>['valueInputOption'];
  insertDataOption?: NonNullable<SpreadsheetsValuesAppendOperation['parameters']['query']>['insertDataOption'];
  includeValuesInResponse?: NonNullable<SpreadsheetsValuesAppendOperation['parameters']['query']>['includeValuesInResponse'];
  /** Request body (`application/json`). */
  body: NonNullable<SpreadsheetsValuesAppendOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link GoogleSheetsClient.spreadsheetsValuesAppend}. */
export type SpreadsheetsValuesAppendOutput = SpreadsheetsValuesAppendOperation['responses'][200]['content']['application/json'];

/**
 * Typed client for Google Sheets: one method per operation. Calls go through the injected
 * {@link OperationExecutor}, which owns tokens, scope checks, retries and pagination.
 */
export class GoogleSheetsClient {
  readonly #executor: OperationExecutor;

  constructor(executor: OperationExecutor) {
    this.#executor = executor;
  }

  /**
   * Create a spreadsheet
   *
   * Creates a spreadsheet, optionally with named tabs.
   *
   * Required scopes: `https://www.googleapis.com/auth/drive.file`
   * Accepted scope sets: [https://www.googleapis.com/auth/drive.file] or [https://www.googleapis.com/auth/spreadsheets] or [https://www.googleapis.com/auth/drive]
   *
   * Operation `spreadsheets.create`: `POST /spreadsheets`
   */
  spreadsheetsCreate(input: SpreadsheetsCreateInput): Promise<SpreadsheetsCreateOutput> {
    return this.#executor.execute<SpreadsheetsCreateInput, SpreadsheetsCreateOutput>(PROVIDER_ID, 'spreadsheets.create', input);
  }

  /**
   * Read cell values
   *
   * Returns the values in one range.
   *
   * Required scopes: `https://www.googleapis.com/auth/spreadsheets.readonly`
   * Accepted scope sets: [https://www.googleapis.com/auth/spreadsheets.readonly] or [https://www.googleapis.com/auth/drive.file] or [https://www.googleapis.com/auth/spreadsheets] or [https://www.googleapis.com/auth/drive.readonly] or [https://www.googleapis.com/auth/drive]
   *
   * Operation `spreadsheets.values.get`: `GET /spreadsheets/{spreadsheetId}/values/{range}` (read-only)
   */
  spreadsheetsValuesGet(input: SpreadsheetsValuesGetInput): Promise<SpreadsheetsValuesGetOutput> {
    return this.#executor.execute<SpreadsheetsValuesGetInput, SpreadsheetsValuesGetOutput>(PROVIDER_ID, 'spreadsheets.values.get', input);
  }

  /**
   * Overwrite a range
   *
   * Writes values into a range, replacing what is there (e.g. refresh a metrics table).
   *
   * Required scopes: `https://www.googleapis.com/auth/spreadsheets`
   * Accepted scope sets: [https://www.googleapis.com/auth/spreadsheets] or [https://www.googleapis.com/auth/drive.file] or [https://www.googleapis.com/auth/drive]
   *
   * Operation `spreadsheets.values.update`: `PUT /spreadsheets/{spreadsheetId}/values/{range}`
   */
  spreadsheetsValuesUpdate(input: SpreadsheetsValuesUpdateInput): Promise<SpreadsheetsValuesUpdateOutput> {
    return this.#executor.execute<SpreadsheetsValuesUpdateInput, SpreadsheetsValuesUpdateOutput>(PROVIDER_ID, 'spreadsheets.values.update', input);
  }

  /**
   * Append rows
   *
   * Adds rows after the last row of the table found in the range.
   *
   * Required scopes: `https://www.googleapis.com/auth/spreadsheets`
   * Accepted scope sets: [https://www.googleapis.com/auth/spreadsheets] or [https://www.googleapis.com/auth/drive.file] or [https://www.googleapis.com/auth/drive]
   *
   * Operation `spreadsheets.values.append`: `POST /spreadsheets/{spreadsheetId}/values/{range}:append`
   */
  spreadsheetsValuesAppend(input: SpreadsheetsValuesAppendInput): Promise<SpreadsheetsValuesAppendOutput> {
    return this.#executor.execute<SpreadsheetsValuesAppendInput, SpreadsheetsValuesAppendOutput>(PROVIDER_ID, 'spreadsheets.values.append', input);
  }
}
