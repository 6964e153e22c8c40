export { connectorGenerator } from './generators/connector/generator';
export { panelGenerator } from './generators/panel/generator';
export { registryGenerator } from './generators/registry/generator';
export { assignOperationNames, toCamel, toPascal } from './utils/identifiers';
export { GENERATED_BANNER_LINES } from './utils/banner';
export * from './utils/project-names';
export { renderOpenApiTypes } from './utils/openapi-types';
export { generateWorkspace, type GenerateWorkspaceResult } from './workspace/generate-workspace';
