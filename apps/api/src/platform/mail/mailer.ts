import { Global, Injectable, Logger, Module, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';

/** One plain-text email. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** How long a send may take in all (connect, greeting, delivery to the relay) before it counts as not sent. */
const SEND_TIMEOUT_MS = 10_000;

/**
 * Sends email through the SMTP relay of `PATCHBAY_SMTP_URL` (nodemailer), when one is configured. Sending is best
 * effort: it answers whether the relay accepted the message and never throws, so what asked for the email (an
 * invitation) is never lost because mail is down. Neither the relay's credentials nor the message body are logged.
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly logger = new Logger('Mailer');
  private readonly transport?: Transporter;

  constructor(private readonly config: AppConfig) {
    if (config.smtpUrl) {
      this.transport = createTransport(
        { url: config.smtpUrl, connectionTimeout: SEND_TIMEOUT_MS, greetingTimeout: SEND_TIMEOUT_MS, socketTimeout: SEND_TIMEOUT_MS },
        { from: config.smtpFrom },
      );
    }
  }

  /** True when a relay is configured (the dashboard then says a link was emailed, not only shown). */
  get configured(): boolean {
    return this.transport !== undefined;
  }

  /** True when the relay accepted the message for delivery; false when none is configured or it refused or failed. */
  async send(message: MailMessage): Promise<boolean> {
    if (!this.transport) return false;
    try {
      const info = await this.transport.sendMail({ to: message.to, subject: message.subject, text: message.text });
      return Array.isArray(info.accepted) && info.accepted.length > 0;
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      this.logger.warn(`Email to the relay failed (${typeof code === 'string' ? code : 'error'}); the link can still be copied`);
      return false;
    }
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}

@Global()
@Module({ providers: [Mailer], exports: [Mailer] })
export class MailModule {}
