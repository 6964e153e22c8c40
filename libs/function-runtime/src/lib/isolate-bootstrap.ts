/**
 * Code that runs inside the isolate, in each run's fresh context, before the function's own code (compiled once per
 * isolate; it defines `__pb_boot`, which the host calls once and which removes itself). It receives the host's three
 * entry points as arguments (`$0`…`$2`, never globals the function could reach), captures the
 * intrinsics it needs before any user code runs, and returns a promise of one JSON string: `{ok:true, result}` or
 * `{ok:false, error:{code?, name, message, callIndex?}}`.
 *
 * Everything crossing the boundary is a string (JSON) or a primitive: the function never holds a reference to a
 * host object, and the host never holds one to an object of the function.
 */
export const BOOTSTRAP_SOURCE = String.raw`globalThis.__pb_boot = function ($0, $1, $2, $3, $4, $5, $6) {
'use strict';
delete globalThis.__pb_boot;
const callRef = $0, logCb = $1, noticeCb = $2, inputJson = $3, eventJson = $4, lim = JSON.parse($5), runId = $6;
const g = globalThis;
const parse = JSON.parse, stringify = JSON.stringify, freeze = Object.freeze, isFrozen = Object.isFrozen, keys = Object.keys;
const ErrorCtor = Error, TypeErrorCtor = TypeError, ProxyCtor = Proxy, StringCtor = String;
const moduleFn = g.__pb_module;
delete g.__pb_module;

function fail(code, message) {
  const e = new ErrorCtor(message);
  e.code = code;
  return e;
}
function deepFreeze(o) {
  if (o !== null && typeof o === 'object' && !isFrozen(o)) {
    freeze(o);
    for (const k of keys(o)) deepFreeze(o[k]);
  }
  return o;
}

let logLines = 0, logBytes = 0, logStopped = false;
function text(a) {
  if (typeof a === 'string') return a;
  if (a instanceof ErrorCtor) return StringCtor(a.stack || a.message);
  try { const s = stringify(a); return s === undefined ? StringCtor(a) : s; } catch (e) { return StringCtor(a); }
}
function write(level, args) {
  if (logStopped) throw fail('log_limit', 'The run wrote more logs than allowed');
  let message = '';
  for (let i = 0; i < args.length; i++) message += (i ? ' ' : '') + text(args[i]);
  logLines += 1;
  logBytes += message.length + 1;
  if (logLines > lim.maxLogLines || logBytes > lim.maxLogBytes) {
    logStopped = true;
    noticeCb('log_limit');
    throw fail('log_limit', 'The run wrote more logs than allowed (' + lim.maxLogLines + ' lines / ' + lim.maxLogBytes + ' bytes)');
  }
  logCb(level, message);
}
const log = function (...args) { write('info', args); };
log.info = function (...args) { write('info', args); };
log.warn = function (...args) { write('warn', args); };
log.error = function (...args) { write('error', args); };
log.debug = function (...args) { write('debug', args); };
freeze(log);
g.console = freeze({ log: log.info, info: log.info, warn: log.warn, error: log.error, debug: log.debug });

function readOnly(what) {
  return {
    set() { throw new TypeErrorCtor(what + ' is read-only'); },
    defineProperty() { throw new TypeErrorCtor(what + ' is read-only'); },
    deleteProperty() { throw new TypeErrorCtor(what + ' is read-only'); },
    setPrototypeOf() { throw new TypeErrorCtor(what + ' is read-only'); },
  };
}
function method(kind, connector, name) {
  return async function (input) {
    let body;
    try { body = stringify(input === undefined ? {} : input); } catch (e) { throw fail('invalid_input', 'The input of ' + connector + '.' + name + ' is not JSON: ' + e.message); }
    const answer = parse(await callRef.apply(undefined, [kind, connector, name, body === undefined ? '{}' : body], { arguments: { copy: true }, result: { promise: true, copy: true } }));
    if (answer.ok) return answer.data;
    const e = new ErrorCtor(answer.error.message);
    e.code = answer.error.code;
    e.callIndex = answer.index;
    for (const k of keys(answer.error)) if (k !== 'message' && k !== 'code') e[k] = answer.error[k];
    throw e;
  };
}
const connectorCache = {};
const connectors = new ProxyCtor(freeze({}), {
  ...readOnly('ctx.connectors'),
  get(_, connector) {
    if (typeof connector !== 'string' || connector === 'then' || connector === 'toJSON') return undefined;
    if (!connectorCache[connector]) {
      const methods = {};
      connectorCache[connector] = new ProxyCtor(freeze({}), {
        ...readOnly('ctx.connectors.' + connector),
        get(__, name) {
          if (typeof name !== 'string' || name === 'then' || name === 'toJSON') return undefined;
          return methods[name] || (methods[name] = freeze(method('connector', connector, name)));
        },
      });
    }
    return connectorCache[connector];
  },
});

const integrationCache = {};
const integrations = new ProxyCtor(freeze({}), {
  ...readOnly('ctx.integrations'),
  get(_, name) {
    if (typeof name !== 'string' || name === 'then' || name === 'toJSON') return undefined;
    return integrationCache[name] || (integrationCache[name] = freeze({ request: freeze(method('integration', name, 'request')) }));
  },
});

const sdk = freeze({ defineFunction: function (definition) { return definition; } });
const require = freeze(function (name) {
  if (name === '@patchbay/functions-sdk') return sdk;
  throw fail('forbidden_module', 'A function cannot import ' + StringCtor(name) + ': only @patchbay/functions-sdk is available');
});

async function start() {
  if (typeof moduleFn !== 'function') throw fail('invalid_function', 'The function code did not load');
  const module = { exports: {} };
  moduleFn.call(undefined, module.exports, require, module);
  const exported = module.exports && module.exports.default !== undefined ? module.exports.default : module.exports;
  if (!exported || typeof exported.run !== 'function') throw fail('invalid_function', 'The code must export default defineFunction({ run: async (ctx) => … })');
  const ctx = freeze({
    input: deepFreeze(parse(inputJson)),
    event: deepFreeze(parse(eventJson)),
    connectors,
    integrations,
    log,
    runId,
  });
  return exported.run(ctx);
}

return start().then(
  function (result) {
    let json;
    try { json = stringify({ ok: true, result: result === undefined ? null : result }); } catch (e) { return stringify({ ok: false, error: { code: 'result_not_json', name: 'TypeError', message: 'The result cannot be written as JSON: ' + e.message } }); }
    if (json.length > lim.maxResultBytes) return stringify({ ok: false, error: { code: 'result_too_large', name: 'RangeError', message: 'The result is larger than ' + lim.maxResultBytes + ' bytes' } });
    return json;
  },
  function (e) {
    const err = e !== null && typeof e === 'object' ? e : { message: StringCtor(e) };
    let message;
    try { message = StringCtor(err.message === undefined ? err : err.message); } catch (x) { message = 'The function threw'; }
    return stringify({
      ok: false,
      error: {
        code: typeof err.code === 'string' ? err.code.slice(0, 64) : undefined,
        name: typeof err.name === 'string' ? err.name.slice(0, 64) : 'Error',
        message: message.slice(0, 2000),
        callIndex: typeof err.callIndex === 'number' ? err.callIndex : undefined,
      },
    });
  },
);
};
`;
