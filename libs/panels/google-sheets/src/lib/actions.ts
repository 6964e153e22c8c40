/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { ActionSpec } from '@patchbay/panel-kit';

/**
 * Operation id → form of each write operation of Google Sheets (3), derived from its parameters and
 * request schema: fields (required first) with labels, controls, defaults and enums; whether it destroys something;
 * the scopes it needs; how its response is shown. Rendered and validated by `PanelActionFormComponent`.
 */
export const ACTIONS: Readonly<Record<string, ActionSpec>> = {
  'spreadsheets.create': {
    operationId: 'spreadsheets.create',
    title: 'Create a spreadsheet',
    description: 'Creates a spreadsheet, optionally with named tabs.',
    method: 'POST',
    destructive: false,
    scopeAlternatives: [
      ['https://www.googleapis.com/auth/drive.file'],
      ['https://www.googleapis.com/auth/spreadsheets'],
      ['https://www.googleapis.com/auth/drive'],
    ],
    fields: [
      { key: 'properties', in: 'body', label: 'Properties', required: false, kind: 'json' },
      { key: 'sheets', in: 'body', label: 'Sheets', required: false, kind: 'json' },
    ],
    result: {
      raw: false,
      sections: [
        {
          kind: 'card',
          title: 'Create a spreadsheet',
          path: [],
          fields: [
            { key: 'spreadsheetId', label: 'Spreadsheet id', path: ['spreadsheetId'] },
            { key: 'spreadsheetUrl', label: 'Spreadsheet url', path: ['spreadsheetUrl'], format: 'url' },
          ],
        },
        {
          kind: 'card',
          title: 'Properties',
          path: ['properties'],
          fields: [
            { key: 'title', label: 'Title', path: ['title'] },
            { key: 'locale', label: 'Locale', path: ['locale'] },
            { key: 'timeZone', label: 'Time zone', path: ['timeZone'] },
            { key: 'autoRecalc', label: 'Auto recalc', path: ['autoRecalc'] },
          ],
        },
        {
          kind: 'table',
          title: 'Sheets',
          path: ['sheets'],
          columns: [
            { key: 'properties.title', label: 'Properties title', path: ['properties', 'title'] },
            { key: 'properties.index', label: 'Properties index', path: ['properties', 'index'] },
            { key: 'properties.sheetType', label: 'Properties sheet type', path: ['properties', 'sheetType'] },
          ],
          nested: [],
        },
      ],
    },
  },
  'spreadsheets.values.update': {
    operationId: 'spreadsheets.values.update',
    title: 'Overwrite a range',
    description: 'Writes values into a range, replacing what is there (e.g. refresh a metrics table).',
    method: 'PUT',
    destructive: false,
    scopeAlternatives: [
      ['https://www.googleapis.com/auth/spreadsheets'],
      ['https://www.googleapis.com/auth/drive.file'],
      ['https://www.googleapis.com/auth/drive'],
    ],
    fields: [
      { key: 'spreadsheetId', in: 'param', label: 'Spreadsheet id', required: true, kind: 'text' },
      {
        key: 'range',
        in: 'param',
        label: 'Range',
        description: 'A1 notation, e.g. `Sheet1!A1:D` or just `Sheet1`.',
        required: true,
        kind: 'text',
      },
      {
        key: 'valueInputOption',
        in: 'param',
        label: 'Value input option',
        description: 'USER_ENTERED parses values as if typed (dates, formulas); RAW stores them as-is.',
        required: true,
        kind: 'select',
        options: ['RAW', 'USER_ENTERED'],
      },
      {
        key: 'values',
        in: 'body',
        label: 'Values',
        description: 'Rows (or columns) of cell values.',
        required: true,
        kind: 'json',
      },
      {
        key: 'includeValuesInResponse',
        in: 'param',
        label: 'Include values in response',
        required: false,
        kind: 'toggle',
        default: false,
      },
      { key: 'range', in: 'body', label: 'Range', required: false, kind: 'text' },
      {
        key: 'majorDimension',
        in: 'body',
        label: 'Major dimension',
        required: false,
        kind: 'select',
        options: ['ROWS', 'COLUMNS'],
        default: 'ROWS',
      },
    ],
    result: {
      raw: false,
      sections: [
        {
          kind: 'card',
          title: 'Overwrite a range',
          path: [],
          fields: [
            { key: 'spreadsheetId', label: 'Spreadsheet id', path: ['spreadsheetId'] },
            { key: 'updatedRange', label: 'Updated range', path: ['updatedRange'] },
            { key: 'updatedRows', label: 'Updated rows', path: ['updatedRows'] },
            { key: 'updatedColumns', label: 'Updated columns', path: ['updatedColumns'] },
            { key: 'updatedCells', label: 'Updated cells', path: ['updatedCells'] },
          ],
        },
        {
          kind: 'card',
          title: 'Updated data',
          path: ['updatedData'],
          fields: [
            { key: 'range', label: 'Range', path: ['range'] },
            { key: 'majorDimension', label: 'Major dimension', path: ['majorDimension'] },
            { key: 'values', label: 'Values', path: ['values'] },
          ],
        },
      ],
    },
  },
  'spreadsheets.values.append': {
    operationId: 'spreadsheets.values.append',
    title: 'Append rows',
    description: 'Adds rows after the last row of the table found in the range.',
    method: 'POST',
    destructive: false,
    scopeAlternatives: [
      ['https://www.googleapis.com/auth/spreadsheets'],
      ['https://www.googleapis.com/auth/drive.file'],
      ['https://www.googleapis.com/auth/drive'],
    ],
    fields: [
      { key: 'spreadsheetId', in: 'param', label: 'Spreadsheet id', required: true, kind: 'text' },
      {
        key: 'range',
        in: 'param',
        label: 'Range',
        description: 'A1 notation, e.g. `Sheet1!A1:D` or just `Sheet1`.',
        required: true,
        kind: 'text',
      },
      {
        key: 'valueInputOption',
        in: 'param',
        label: 'Value input option',
        description: 'USER_ENTERED parses values as if typed (dates, formulas); RAW stores them as-is.',
        required: true,
        kind: 'select',
        options: ['RAW', 'USER_ENTERED'],
      },
      {
        key: 'values',
        in: 'body',
        label: 'Values',
        description: 'Rows (or columns) of cell values.',
        required: true,
        kind: 'json',
      },
      {
        key: 'insertDataOption',
        in: 'param',
        label: 'Insert data option',
        required: false,
        kind: 'select',
        options: ['OVERWRITE', 'INSERT_ROWS'],
        default: 'OVERWRITE',
      },
      {
        key: 'includeValuesInResponse',
        in: 'param',
        label: 'Include values in response',
        required: false,
        kind: 'toggle',
        default: false,
      },
      { key: 'range', in: 'body', label: 'Range', required: false, kind: 'text' },
      {
        key: 'majorDimension',
        in: 'body',
        label: 'Major dimension',
        required: false,
        kind: 'select',
        options: ['ROWS', 'COLUMNS'],
        default: 'ROWS',
      },
    ],
    result: {
      raw: false,
      sections: [
        {
          kind: 'card',
          title: 'Append rows',
          path: [],
          fields: [
            { key: 'spreadsheetId', label: 'Spreadsheet id', path: ['spreadsheetId'] },
            { key: 'tableRange', label: 'Table range', path: ['tableRange'] },
          ],
        },
        {
          kind: 'card',
          title: 'Updates',
          path: ['updates'],
          fields: [
            { key: 'spreadsheetId', label: 'Spreadsheet id', path: ['spreadsheetId'] },
            { key: 'updatedRange', label: 'Updated range', path: ['updatedRange'] },
            { key: 'updatedRows', label: 'Updated rows', path: ['updatedRows'] },
            { key: 'updatedColumns', label: 'Updated columns', path: ['updatedColumns'] },
            { key: 'updatedCells', label: 'Updated cells', path: ['updatedCells'] },
          ],
        },
        {
          kind: 'card',
          title: 'Updates › Updated data',
          path: ['updates', 'updatedData'],
          fields: [
            { key: 'range', label: 'Range', path: ['range'] },
            { key: 'majorDimension', label: 'Major dimension', path: ['majorDimension'] },
            { key: 'values', label: 'Values', path: ['values'] },
          ],
        },
      ],
    },
  },
};
