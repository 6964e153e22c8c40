import express, { Express, NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/**
 * Serves the built dashboard at `/` with a single-page-app fallback: any GET outside `/api` that is not a file gets
 * index.html, so deep links work. Does nothing when the dashboard has not been built.
 * @returns whether the dashboard is being served
 */
export function mountDashboard(server: Express, dir: string): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  const serveFiles = express.static(dir, { index: false, fallthrough: true });
  server.use((req: Request, res: Response, next: NextFunction) => {
    if (isApiPath(req.path) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    serveFiles(req, res, () => res.sendFile(index));
  });
  return true;
}
