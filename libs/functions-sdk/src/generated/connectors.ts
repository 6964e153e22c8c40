/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { GoogleCalendarClient } from '@patchbay/connectors/google-calendar';
import type { GoogleDocsClient } from '@patchbay/connectors/google-docs';
import type { GoogleDriveClient } from '@patchbay/connectors/google-drive';
import type { GoogleSheetsClient } from '@patchbay/connectors/google-sheets';
import type { GoogleSlidesClient } from '@patchbay/connectors/google-slides';
import type { HubspotClient } from '@patchbay/connectors/hubspot';
import type { LinkedinClient } from '@patchbay/connectors/linkedin';
import type { NotionClient } from '@patchbay/connectors/notion';
import type { SalesforceClient } from '@patchbay/connectors/salesforce';
import type { SlackClient } from '@patchbay/connectors/slack';
import type { TiktokClient } from '@patchbay/connectors/tiktok';

/** The public methods of a generated client: one per operation, same input and output types. */
export type ConnectorCalls<C> = { readonly [K in keyof C]: C[K] };

/** `ctx.connectors` of a function: connector key (camelCase provider id) → its generated client's operations. */
export interface FunctionConnectors {
  /** Google Calendar (`google-calendar`). */
  readonly googleCalendar: ConnectorCalls<GoogleCalendarClient>;
  /** Google Docs (`google-docs`). */
  readonly googleDocs: ConnectorCalls<GoogleDocsClient>;
  /** Google Drive (`google-drive`). */
  readonly googleDrive: ConnectorCalls<GoogleDriveClient>;
  /** Google Sheets (`google-sheets`). */
  readonly googleSheets: ConnectorCalls<GoogleSheetsClient>;
  /** Google Slides (`google-slides`). */
  readonly googleSlides: ConnectorCalls<GoogleSlidesClient>;
  /** HubSpot (`hubspot`). */
  readonly hubspot: ConnectorCalls<HubspotClient>;
  /** LinkedIn (`linkedin`). */
  readonly linkedin: ConnectorCalls<LinkedinClient>;
  /** Notion (`notion`). */
  readonly notion: ConnectorCalls<NotionClient>;
  /** Salesforce (`salesforce`). */
  readonly salesforce: ConnectorCalls<SalesforceClient>;
  /** Slack (`slack`). */
  readonly slack: ConnectorCalls<SlackClient>;
  /** TikTok (`tiktok`). */
  readonly tiktok: ConnectorCalls<TiktokClient>;
}
