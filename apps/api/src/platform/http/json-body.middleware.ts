import { Injectable, NestMiddleware, UnsupportedMediaTypeException } from '@nestjs/common';
import express, { NextFunction, Request, RequestHandler, Response } from 'express';
import { AppConfig } from '../config/app-config';
import { assertAcceptableJson } from './json-input';

const JSON_TYPES = ['application/json', 'application/*+json'];

/** Whether the request carries a body (same rule as Node's body parsers). */
function hasBody(req: Request): boolean {
  return req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] ?? '0') !== '0';
}

function isJson(req: Request): boolean {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  return type === 'application/json' || /^application\/[a-z0-9.!#$%&'*^_`|~-]+\+json$/.test(type);
}

/** JSON in UTF-8 (the charset JSON defaults to), as `Content-Type` says it: the plain shape nearly every client sends. */
const PLAIN_JSON = /^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/** A body-parser-shaped failure (status, type), which the error mapping answers like body-parser's own. */
function bodyError(status: number, type: string, message: string): Error {
  return Object.assign(new Error(message), { status, statusCode: status, expose: true, type });
}

/**
 * Reads a plain-shape body (`application/json` in UTF-8, a declared length, no content encoding) the way
 * body-parser's strict JSON parser does — same limit (413 `entity.too.large` before reading), BOM dropped, empty body
 * `{}`, only an object or array at the top (400 `entity.parse.failed`) — without its per-request machinery (media-type
 * parsing, charset lookup, iconv streams, debug hooks), which cost more than the rest of an operation call's own
 * work. `operations-fast-lane.api-spec` holds both readers to the same answers; anything else goes to body-parser.
 */
function readPlainJson(req: Request, length: number, limit: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const fail = (err: Error) => {
      req.resume(); // read off the rest, as body-parser does, so the connection can carry the answer
      reject(err);
    };
    if (length > limit) return fail(bodyError(413, 'entity.too.large', 'request entity too large'));
    const body = Buffer.allocUnsafe(length);
    let received = 0;
    let settled = false;
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      if (received + chunk.length > length) {
        settled = true;
        return fail(bodyError(400, 'request.size.invalid', 'request size did not match content length'));
      }
      chunk.copy(body, received);
      received += chunk.length;
    });
    req.once('end', () => {
      if (settled) return;
      settled = true;
      if (received !== length) return reject(bodyError(400, 'request.size.invalid', 'request size did not match content length'));
      let text = body.toString('utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const first = /^[ \t\n\r]*([\s\S]?)/.exec(text)?.[1] ?? ''; // JSON's whitespace, then the first character
      if (text.length === 0) return resolve({});
      if (first !== '{' && first !== '[') return reject(bodyError(400, 'entity.parse.failed', 'Unexpected token in JSON'));
      try {
        resolve(JSON.parse(text));
      } catch (err) {
        reject(bodyError(400, 'entity.parse.failed', (err as Error).message));
      }
    });
    req.once('error', (err: Error) => {
      if (settled) return;
      settled = true;
      reject(bodyError(400, 'request.aborted', err.message));
    });
  });
}

/**
 * The API's one JSON body parser (Express's strict parser, the configured size limit, then the rules of
 * {@link assertAcceptableJson}: bounded depth, no NUL or lone surrogate): the middleware below and the operations
 * fast lane both read bodies with it, so malformed, oversized or too deep bodies fail alike on either path. The
 * plain shape is read by {@link readPlainJson}; every other body (other charsets, content encodings, chunked) by
 * body-parser.
 */
export function createJsonBodyParser(config: AppConfig): RequestHandler {
  const parse = express.json({ limit: config.bodyLimitBytes, type: JSON_TYPES });
  const accept = (req: Request, next: NextFunction) => {
    try {
      assertAcceptableJson((req as { body?: unknown }).body);
    } catch (refused) {
      return next(refused);
    }
    next();
  };
  return (req, res, next) => {
    const h = req.headers;
    const length = h['content-length'] === undefined ? NaN : Number(h['content-length']);
    if (
      length > 0 &&
      Number.isSafeInteger(length) &&
      h['content-encoding'] === undefined &&
      h['transfer-encoding'] === undefined &&
      (req as { body?: unknown }).body === undefined &&
      PLAIN_JSON.test(h['content-type'] ?? '')
    ) {
      readPlainJson(req, length, config.bodyLimitBytes).then(
        (body) => {
          (req as { body?: unknown }).body = body;
          accept(req, next);
        },
        (err: unknown) => next(err),
      );
      return;
    }
    parse(req, res, (err?: unknown) => (err ? next(err) : accept(req, next)));
  };
}

/**
 * Parses JSON bodies as a Nest middleware rather than Nest's built-in parser: it then runs after the request
 * logger, and its failures (malformed JSON, too large) are thrown into the global exception filter like any other.
 */
@Injectable()
export class JsonBodyMiddleware implements NestMiddleware {
  private readonly parse: RequestHandler;

  constructor(config: AppConfig) {
    this.parse = createJsonBodyParser(config);
  }

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    // The API only speaks JSON: a body of another type would otherwise be silently ignored.
    if (hasBody(req) && !isJson(req)) {
      throw new UnsupportedMediaTypeException('Request bodies must be application/json');
    }
    await new Promise<void>((resolve, reject) => {
      void this.parse(req, res, (err?: unknown) => (err ? reject(err) : resolve()));
    });
    next();
  }
}
