/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { ConnectorManifest } from '@patchbay/connector-runtime';
import { MANIFEST as googleCalendarManifest } from '@patchbay/connectors/google-calendar';
import { MANIFEST as googleDocsManifest } from '@patchbay/connectors/google-docs';
import { MANIFEST as googleDriveManifest } from '@patchbay/connectors/google-drive';
import { MANIFEST as googleSheetsManifest } from '@patchbay/connectors/google-sheets';
import { MANIFEST as googleSlidesManifest } from '@patchbay/connectors/google-slides';
import { MANIFEST as hubspotManifest } from '@patchbay/connectors/hubspot';
import { MANIFEST as linkedinManifest } from '@patchbay/connectors/linkedin';
import { MANIFEST as notionManifest } from '@patchbay/connectors/notion';
import { MANIFEST as salesforceManifest } from '@patchbay/connectors/salesforce';
import { MANIFEST as slackManifest } from '@patchbay/connectors/slack';
import { MANIFEST as tiktokManifest } from '@patchbay/connectors/tiktok';

/** Provider id → manifest of its generated connector, so callers never name a provider in code. */
export const CONNECTOR_MANIFESTS: Readonly<Record<string, ConnectorManifest>> = {
  'google-calendar': googleCalendarManifest,
  'google-docs': googleDocsManifest,
  'google-drive': googleDriveManifest,
  'google-sheets': googleSheetsManifest,
  'google-slides': googleSlidesManifest,
  'hubspot': hubspotManifest,
  'linkedin': linkedinManifest,
  'notion': notionManifest,
  'salesforce': salesforceManifest,
  'slack': slackManifest,
  'tiktok': tiktokManifest,
};

/** Ids of every provider with a generated connector, sorted. */
export const CONNECTOR_PROVIDER_IDS: readonly string[] = Object.keys(CONNECTOR_MANIFESTS);

export function getConnectorManifest(providerId: string): ConnectorManifest | undefined {
  return Object.prototype.hasOwnProperty.call(CONNECTOR_MANIFESTS, providerId) ? CONNECTOR_MANIFESTS[providerId] : undefined;
}
