import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AppConfig } from '../../platform/config/app-config';
import { StartupPrinter } from '../../platform/config/startup-printer';
import { IdentityErrorCode, IdentityException } from './identity.exception';
import { UsersService } from './users.service';

/**
 * Creates the first instance admin when the database has no user yet (first start only). Without
 * PATCHBAY_ADMIN_PASSWORD a strong password is generated and printed once — refused in production, where an
 * operator must choose it.
 */
@Injectable()
export class FirstAdminService implements OnApplicationBootstrap {
  constructor(
    private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly printer: StartupPrinter,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if ((await this.users.count()) > 0) return;
    let password = this.config.adminPassword;
    const generated = password === undefined;
    if (password === undefined) {
      if (this.config.isProduction) {
        throw new Error('Invalid configuration: PATCHBAY_ADMIN_PASSWORD is required for the first start when NODE_ENV=production');
      }
      password = randomBytes(18).toString('base64url');
    }
    try {
      await this.users.create('system', { email: this.config.adminEmail, name: 'Admin', password, role: 'admin' });
    } catch (err) {
      // Replicas starting together on an empty database race here; the one that lost finds the admin made.
      if (err instanceof IdentityException && err.code === IdentityErrorCode.EmailTaken) return;
      throw err;
    }
    if (generated) {
      this.printer.print(`First admin created: ${this.config.adminEmail} / ${password}  (shown once; set PATCHBAY_ADMIN_PASSWORD to choose it)`);
    }
  }
}
