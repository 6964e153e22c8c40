import { Injectable, NestMiddleware } from '@nestjs/common';
import express, { NextFunction, Request, RequestHandler, Response } from 'express';
import { AppConfig } from '../config/app-config';

/**
 * Parses JSON bodies as a Nest middleware rather than Nest's built-in parser: it then runs after the request
 * logger, and its failures (malformed JSON, too large) are thrown into the global exception filter like any other.
 */
@Injectable()
export class JsonBodyMiddleware implements NestMiddleware {
  private readonly parse: RequestHandler;

  constructor(config: AppConfig) {
    this.parse = express.json({ limit: config.bodyLimitBytes, type: ['application/json', 'application/*+json'] });
  }

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      void this.parse(req, res, (err?: unknown) => (err ? reject(err) : resolve()));
    });
    next();
  }
}
