/** The registry generator has no options: it reflects what is generated in the workspace. */
export type RegistryGeneratorSchema = Record<string, never>;
