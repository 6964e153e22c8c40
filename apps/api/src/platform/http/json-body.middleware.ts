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

/**
 * The API's one JSON body parser (Express's strict parser, the configured size limit, then the rules of
 * {@link assertAcceptableJson}: bounded depth, no NUL or lone surrogate): the middleware below and the operations
 * fast lane both read bodies with it, so malformed, oversized or too deep bodies fail alike on either path.
 */
export function createJsonBodyParser(config: AppConfig): RequestHandler {
  const parse = express.json({ limit: config.bodyLimitBytes, type: JSON_TYPES });
  return (req, res, next) => {
    parse(req, res, (err?: unknown) => {
      if (err) return next(err);
      try {
        assertAcceptableJson((req as { body?: unknown }).body);
      } catch (refused) {
        return next(refused);
      }
      next();
    });
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
