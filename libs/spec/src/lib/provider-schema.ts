/**
 * JSON Schema (draft 2020-12) of `specs/<id>/provider.yaml` and `specs/_auth/<group>.yaml`.
 * Source of truth lives here (a TS module bundles everywhere, a .json next to a webpack bundle would not);
 * `src/schema/provider.schema.json` is the same object written out for editors (a test keeps them equal,
 * `node -r @swc-node/register libs/spec/src/cli/validate.ts --write-schema` regenerates it).
 */
const stringMap = { type: 'object', additionalProperties: { type: 'string' } } as const;
const dotPath = { type: 'string', minLength: 1 } as const;
const errorSlot = {
  type: 'object',
  additionalProperties: false,
  required: ['status', 'code'],
  properties: { status: { type: 'integer', minimum: 100, maximum: 599 }, code: { type: 'string' } },
} as const;

const oauth = {
  type: 'object',
  additionalProperties: false,
  properties: {
    authorizationUrl: { type: 'string', pattern: '^https?://' },
    tokenUrl: { type: 'string', pattern: '^https?://' },
    refreshUrl: { type: 'string', pattern: '^https?://' },
    clientAuth: { enum: ['body', 'basic'] },
    bodyFormat: { enum: ['form', 'json'] },
    pkce: { enum: ['required', 'supported', 'unsupported'] },
    pkceEncoding: { enum: ['S256', 'S256-hex'] },
    scopeSeparator: { type: 'string', minLength: 1 },
    scopeParam: { type: 'string', minLength: 1 },
    clientIdParam: { type: 'string', minLength: 1 },
    authorizeParams: stringMap,
    incrementalParams: stringMap,
    tokenParams: stringMap,
    refreshParams: stringMap,
    defaultScopes: { type: 'array', items: { type: 'string' } },
    partialGrant: { type: 'boolean' },
    callbackScopesParam: { type: 'string' },
    tokenResponse: {
      type: 'object',
      additionalProperties: false,
      properties: {
        accessToken: dotPath,
        refreshToken: dotPath,
        expiresIn: dotPath,
        scope: dotPath,
        scopeSeparator: { type: 'string', minLength: 1 },
        tokenType: dotPath,
      },
    },
    okField: { type: 'string' },
    refresh: { enum: ['standard', 'rotating', 'none'] },
    revocation: {
      type: 'object',
      additionalProperties: false,
      required: ['url'],
      properties: {
        url: { type: 'string', pattern: '^https?://' },
        method: { enum: ['POST', 'DELETE'] },
        bodyFormat: { enum: ['form', 'json'] },
        clientAuth: { enum: ['body', 'basic', 'none'] },
        tokenParam: { type: 'string', minLength: 1 },
        token: { enum: ['access', 'refresh'] },
        extraParams: stringMap,
      },
    },
    metadata: stringMap,
    apiBaseUrlFrom: { type: 'string' },
  },
} as const;

const identity = {
  type: 'object',
  additionalProperties: false,
  properties: {
    source: { enum: ['token', 'request'] },
    request: {
      type: 'object',
      additionalProperties: false,
      required: ['url'],
      properties: { method: { enum: ['GET', 'POST'] }, url: { type: 'string', pattern: '^https?://' } },
    },
    idPath: dotPath,
    labelPath: { type: 'string' },
  },
} as const;

const errors = {
  type: 'object',
  additionalProperties: false,
  properties: {
    codePath: dotPath,
    messagePath: dotPath,
    rateLimit: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['status'],
        properties: { status: { type: 'integer', minimum: 100, maximum: 599 }, code: { type: 'string' } },
      },
    },
    authCodes: { type: 'array', items: { type: 'string' } },
  },
} as const;

const sandbox = {
  type: 'object',
  additionalProperties: false,
  properties: {
    template: {},
    httpStatusOverride: { type: 'integer', minimum: 100, maximum: 599 },
    badRequest: errorSlot,
    forbidden: errorSlot,
    unauthorized: errorSlot,
    notFound: errorSlot,
    rateLimit: {
      type: 'object',
      additionalProperties: false,
      required: ['status', 'code'],
      properties: {
        status: { type: 'integer', minimum: 100, maximum: 599 },
        code: { type: 'string' },
        retryAfter: { type: 'boolean' },
      },
    },
    oauthTemplate: {},
    omitTokenFields: { type: 'array', items: { type: 'string' } },
    instanceUrl: { type: 'string', pattern: '^https?://' },
  },
} as const;

const pagination = {
  type: 'object',
  additionalProperties: false,
  properties: {
    style: { enum: ['none', 'cursor', 'page_token', 'offset', 'next_url'] },
    requestParam: { type: 'string' },
    requestIn: { enum: ['query', 'body'] },
    nextPath: { type: 'string' },
    itemsPath: { type: 'string' },
    limitParam: { type: 'string' },
    hasMorePath: { type: 'string' },
  },
} as const;

/**
 * A path into one row (or the response object) of a panel: dot-separated keys, `*` for every key or item at that
 * level (`properties.*.title.*.plain_text`), and `a|b` for the first path that has a value (`start.dateTime|start.date`).
 */
export const PANEL_PATH_PATTERN = '^[^.|\\s]+(\\.[^.|\\s]+)*(\\|[^.|\\s]+(\\.[^.|\\s]+)*)*$';
const panelPath = { type: 'string', minLength: 1, pattern: PANEL_PATH_PATTERN } as const;
const panelFormat = { enum: ['text', 'date', 'datetime', 'url', 'number', 'boolean'] } as const;

/** What a data panel of a read operation shows (optional: without it the panel generator derives a view from the schema). */
const panelHint = {
  type: 'object',
  additionalProperties: false,
  properties: {
    /** The columns of the main list, in order (paths from one item); a column is a path or `{path, label, format}`. */
    columns: {
      type: 'array',
      minItems: 1,
      items: {
        if: { type: 'object' },
        then: {
          additionalProperties: false,
          required: ['path'],
          properties: { path: panelPath, label: { type: 'string', minLength: 1 }, format: panelFormat },
        },
        else: panelPath,
      },
    },
    /** The item's title: shown first, as a link when `link` is set. */
    title: panelPath,
    /** The item's web address: the title links there (or a column "Open" when there is no title). */
    link: panelPath,
    /** How to show values, by path: `date`, `datetime`, `url`, `number`, `boolean` or `text`. */
    formats: { type: 'object', propertyNames: panelPath, additionalProperties: panelFormat },
    /** Values the panel's form starts with, by input name (`calendarId: primary`): the panel loads without asking. */
    inputs: stringMap,
  },
} as const;

/**
 * Where an input's choices come from (`operations.<id>.inputs.<name>.choices`): a read operation of the same provider
 * whose items name things by `label` and identify them by `value` (paths from one item). The panel shows a picker
 * filled by that operation; the person can still type a value.
 */
const inputChoices = {
  type: 'object',
  additionalProperties: false,
  required: ['operation', 'value'],
  properties: {
    operation: { type: 'string', minLength: 1 },
    value: panelPath,
    label: panelPath,
    /** The list in the operation's response (default: its pagination `itemsPath`, else the response itself). */
    items: panelPath,
    /** What the list operation is called with (`{body: {filter: {property: object, value: database}}}`). */
    input: { type: 'object' },
  },
} as const;

const operationInputs = {
  type: 'object',
  additionalProperties: { type: 'object', additionalProperties: false, properties: { choices: inputChoices } },
} as const;

export const providerSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://patchbay.dev/schemas/provider.schema.json',
  title: 'Patchbay provider.yaml',
  type: 'object',
  additionalProperties: false,
  required: ['name', 'category', 'description'],
  properties: {
    $schema: { type: 'string' },
    name: { type: 'string', minLength: 1 },
    category: { type: 'string', minLength: 1 },
    description: { type: 'string', minLength: 1 },
    icon: { type: 'string' },
    auth: { type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' },
    baseUrl: { type: 'string', pattern: '^https?://' },
    oauth,
    identity,
    errors,
    sandbox,
    defaultHeaders: stringMap,
    pagination,
    operations: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: { pagination, readOnly: { type: 'boolean' }, panel: panelHint, inputs: operationInputs },
      },
    },
    setupNotes: { type: 'array', items: { type: 'string' } },
    /** Other names people use for the tool ("Drive", "GCal"): the planner treats them like the name. */
    aliases: { type: 'array', uniqueItems: true, items: { type: 'string', minLength: 1, maxLength: 60 } },
    /** Words people use for what the tool holds or does ("channel", "deal"): the planner's ranking reads them. */
    keywords: { type: 'array', uniqueItems: true, items: { type: 'string', minLength: 1, maxLength: 60 } },
    examplePrompts: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['prompt', 'operations'],
        properties: {
          prompt: { type: 'string', minLength: 1 },
          operations: { type: 'array', minItems: 1, items: { type: 'string' } },
        },
      },
    },
  },
  $defs: {
    authGroup: {
      type: 'object',
      additionalProperties: false,
      required: ['oauth'],
      properties: { $schema: { type: 'string' }, name: { type: 'string' }, oauth, identity, errors, sandbox, defaultHeaders: stringMap },
    },
  },
} as const;
