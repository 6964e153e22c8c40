/**
 * `@nx/workspace-route-access`: every route of a Nest controller says who may call it. A route method (`@Get`,
 * `@Post`, …) must carry — itself or on its controller class — `@Public()` or an access decorator (`@AppRole`,
 * `@InstanceAdmin`, `@SignedIn`, `@UseGuards`, …). The global authentication guard already demands a session on an
 * undecorated route, but which callers are meant to get through would be nobody's decision: this rule makes it one.
 */
import { ESLintUtils, type TSESTree } from '@typescript-eslint/utils';

export const ROUTE_ACCESS = 'route-access';

/** Nest's request-method decorators (`@nestjs/common`). */
export const ROUTE_DECORATORS: readonly string[] = ['Get', 'Post', 'Put', 'Patch', 'Delete', 'Options', 'Head', 'All', 'Search', 'Sse'];
export const DEFAULT_PUBLIC_DECORATORS: readonly string[] = ['Public'];
export const DEFAULT_ACCESS_DECORATORS: readonly string[] = ['AppRole', 'InstanceAdmin', 'SignedIn', 'UseGuards'];

export interface RouteAccessOptions {
  /** Decorators that open a route to everyone (default `Public`). */
  readonly publicDecorators?: readonly string[];
  /** Decorators that decide who may call a route (default `AppRole`, `InstanceAdmin`, `SignedIn`, `UseGuards`). */
  readonly accessDecorators?: readonly string[];
}

type MessageIds = 'missingAccess';

/** `@X`, `@X()`, `@ns.X()` → `X`. */
function decoratorName(decorator: TSESTree.Decorator): string | undefined {
  const expression = decorator.expression.type === 'CallExpression' ? decorator.expression.callee : decorator.expression;
  if (expression.type === 'Identifier') return expression.name;
  if (expression.type === 'MemberExpression' && expression.property.type === 'Identifier') return expression.property.name;
  return undefined;
}

function decoratorNames(node: { decorators?: TSESTree.Decorator[] }): string[] {
  return (node.decorators ?? []).map(decoratorName).filter((name): name is string => name !== undefined);
}

export const routeAccess = ESLintUtils.RuleCreator.withoutDocs<[RouteAccessOptions], MessageIds>({
  meta: {
    type: 'problem',
    docs: {
      description: 'Require @Public() or an access decorator on every Nest controller route (on the method or its class).',
    },
    schema: [
      {
        type: 'object',
        properties: {
          publicDecorators: { type: 'array', items: { type: 'string' }, uniqueItems: true },
          accessDecorators: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      missingAccess: 'Route {{route}} declares no access: add @Public() or an access decorator ({{access}}) to the method or its controller.',
    },
  },
  defaultOptions: [{}],
  create(context, [options]) {
    const accessDecorators = options.accessDecorators ?? DEFAULT_ACCESS_DECORATORS;
    const granting = new Set([...(options.publicDecorators ?? DEFAULT_PUBLIC_DECORATORS), ...accessDecorators]);
    const accessList = accessDecorators.map((name) => `@${name}`).join(', ');

    function checkController(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression): void {
      const classNames = decoratorNames(node);
      if (!classNames.includes('Controller')) return;
      if (classNames.some((name) => granting.has(name))) return;
      const className = node.id?.name ?? '(anonymous controller)';
      for (const member of node.body.body) {
        if (member.type !== 'MethodDefinition' || member.kind !== 'method') continue;
        const names = decoratorNames(member);
        const verb = names.find((name) => ROUTE_DECORATORS.includes(name));
        if (verb === undefined || names.some((name) => granting.has(name))) continue;
        const method = member.key.type === 'Identifier' ? member.key.name : context.sourceCode.getText(member.key);
        context.report({ node: member.key, messageId: 'missingAccess', data: { route: `${className}.${method} (@${verb})`, access: accessList } });
      }
    }

    return { ClassDeclaration: checkController, ClassExpression: checkController };
  },
});
