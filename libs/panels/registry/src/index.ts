/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { ProviderPanels } from '@patchbay/panel-kit';

/** The contract of every generated panel library (`PROVIDER_PANELS`), defined once by the panel kit. */
export type { PanelDefinition, ProviderPanels } from '@patchbay/panel-kit';

/** Provider id → lazy loader of its panels (one chunk per provider). */
export const PANEL_LOADERS: Readonly<Record<string, () => Promise<ProviderPanels>>> = {
  'google-calendar': () => import('@patchbay/panels/google-calendar').then((m) => m.PROVIDER_PANELS),
  'google-docs': () => import('@patchbay/panels/google-docs').then((m) => m.PROVIDER_PANELS),
  'google-drive': () => import('@patchbay/panels/google-drive').then((m) => m.PROVIDER_PANELS),
  'google-sheets': () => import('@patchbay/panels/google-sheets').then((m) => m.PROVIDER_PANELS),
  'google-slides': () => import('@patchbay/panels/google-slides').then((m) => m.PROVIDER_PANELS),
  'hubspot': () => import('@patchbay/panels/hubspot').then((m) => m.PROVIDER_PANELS),
  'linkedin': () => import('@patchbay/panels/linkedin').then((m) => m.PROVIDER_PANELS),
  'notion': () => import('@patchbay/panels/notion').then((m) => m.PROVIDER_PANELS),
  'salesforce': () => import('@patchbay/panels/salesforce').then((m) => m.PROVIDER_PANELS),
  'slack': () => import('@patchbay/panels/slack').then((m) => m.PROVIDER_PANELS),
  'tiktok': () => import('@patchbay/panels/tiktok').then((m) => m.PROVIDER_PANELS),
};

/** Ids of every provider with generated panels, sorted. */
export const PANEL_PROVIDER_IDS: readonly string[] = Object.keys(PANEL_LOADERS);

/** Loads a provider's panels; `undefined` when none were generated for it. */
export function loadProviderPanels(providerId: string): Promise<ProviderPanels | undefined> {
  const loader = Object.prototype.hasOwnProperty.call(PANEL_LOADERS, providerId) ? PANEL_LOADERS[providerId] : undefined;
  return loader ? loader() : Promise.resolve(undefined);
}
