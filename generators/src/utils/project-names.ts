/**
 * Where each generated project lives and what it is called. Generators, the registries, the drift check and the
 * benchmark all derive names here so they cannot disagree.
 */
import { toPascal } from './identifiers';

export const CONNECTORS_DIR = 'libs/connectors';
export const PANELS_DIR = 'libs/panels';
/** Sub-folder name of the aggregate projects; therefore not usable as a provider id. */
export const REGISTRY_FOLDER = 'registry';
export const CONNECTORS_REGISTRY_ALIAS = '@patchbay/connectors-registry';
export const PANELS_REGISTRY_ALIAS = '@patchbay/panels-registry';

export interface ProviderProjectNames {
  providerId: string;
  /** `GoogleCalendar`. */
  pascal: string;
  connectorProject: string;
  connectorRoot: string;
  connectorAlias: string;
  clientClass: string;
  moduleClass: string;
  panelProject: string;
  panelRoot: string;
  panelAlias: string;
}

export function assertProviderId(id: string): void {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
    throw new Error(`Provider id "${id}" must be kebab-case (lowercase letters, digits and single dashes).`);
  }
  if (id === REGISTRY_FOLDER) {
    throw new Error(`Provider id "${id}" is reserved for the generated aggregate registries.`);
  }
}

export function providerProjectNames(providerId: string): ProviderProjectNames {
  assertProviderId(providerId);
  const pascal = toPascal(providerId);
  return {
    providerId,
    pascal,
    connectorProject: `connectors-${providerId}`,
    connectorRoot: `${CONNECTORS_DIR}/${providerId}`,
    connectorAlias: `@patchbay/connectors/${providerId}`,
    clientClass: `${pascal}Client`,
    moduleClass: `${pascal}ConnectorModule`,
    panelProject: `panels-${providerId}`,
    panelRoot: `${PANELS_DIR}/${providerId}`,
    panelAlias: `@patchbay/panels/${providerId}`,
  };
}
