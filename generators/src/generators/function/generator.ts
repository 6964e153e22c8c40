/**
 * `nx g @patchbay/generators:function <name> --provider <id> --operation <opId[,opId]> [--event a.b | --cron "…"]`:
 * writes `<directory>/<name>.ts`, a function module built by the function toolchain (the same code the chat creates),
 * for a developer working locally. Steps get the required inputs filled from `ctx.input`, so the file type-checks.
 */
import { joinPathFragments, type Tree } from '@nx/devkit';
// The generator is a local-dev front of the function toolchain (the same code generation the chat uses): it reads
// the generated connector registry and calls the toolchain (arrows scope:generators → connectors, functions).
import { getConnectorManifest } from '@patchbay/connectors-registry';
import { generateFunctionCode } from '@patchbay/function-toolchain';
import type { FunctionGeneratorSchema } from './schema';

type FunctionPlan = Parameters<typeof generateFunctionCode>[0];
type PlannedTrigger = FunctionPlan['trigger'];
type PlannedOperation = FunctionPlan['operations'][number];

export async function functionGenerator(tree: Tree, options: FunctionGeneratorSchema): Promise<string> {
  // Written already formatted (two-space indent by the toolchain): no formatter run needed.
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(options.name)) throw new Error(`Function name "${options.name}" must be kebab-case.`);
  if (options.event && options.cron) throw new Error('Give --event or --cron, not both.');
  const trigger: PlannedTrigger = options.event
    ? { type: 'event', event: options.event, description: `When the app sends ${options.event}` }
    : options.cron
      ? {
          type: 'schedule',
          cron: options.cron,
          timezone: options.timezone,
          description: `On the schedule ${options.cron}${options.timezone ? ` (${options.timezone})` : ''}`,
        }
      : { type: 'http', description: 'When invoked' };
  if (!trigger.timezone) delete trigger.timezone;

  const operations: PlannedOperation[] = [];
  const ids = (options.operation ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (ids.length && !options.provider) throw new Error('--operation needs --provider.');
  if (options.provider) {
    const manifest = getConnectorManifest(options.provider);
    if (!manifest) throw new Error(`No generated connector for provider "${options.provider}".`);
    for (const id of ids) {
      const op = manifest.operations[id];
      if (!op) {
        throw new Error(`Provider "${options.provider}" has no operation "${id}" (it has: ${Object.keys(manifest.operations).join(', ')}).`);
      }
      operations.push({
        provider: options.provider,
        operationId: id,
        params: {},
        why: 'nx g function',
        readOnly: op.readOnly,
        requiredScopes: [...op.scopes],
      });
    }
  }

  const file = joinPathFragments(options.directory ?? 'functions', `${options.name}.ts`);
  if (tree.exists(file)) throw new Error(`${file} exists already; edit it instead.`);
  tree.write(file, generateFunctionCode({ name: options.name, trigger, operations }));
  return file;
}

export default functionGenerator;
