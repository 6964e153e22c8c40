import { RuleTester } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import type { Rule } from 'eslint';
import { routeAccess } from './route-access';

const tester = new RuleTester({ languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: 'module' } });
// The typescript-eslint rule type and ESLint's core rule type describe the same object.
const rule = routeAccess as unknown as Rule.RuleModule;

const controller = (classDecorators: string, members: string): string => `
import { Controller, Get, Post, Delete, HttpCode, UseGuards } from '@nestjs/common';
${classDecorators}
@Controller('things')
export class ThingsController {
${members}
}
`;

const missing = (route: string, access = '@AppRole, @InstanceAdmin, @SignedIn, @UseGuards') => ({
  messageId: 'missingAccess',
  data: { route, access },
});

tester.run('route-access', rule, {
  valid: [
    { name: 'public route', code: controller('', `  @Get() @Public() health() {}`) },
    { name: 'app role on the method', code: controller('', `  @Post(':id') @AppRole('editor') update() {}`) },
    {
      name: 'instance admin on the class covers every route',
      code: controller('@InstanceAdmin()', `  @Get() list() {}\n  @Delete(':id') remove() {}`),
    },
    { name: 'a guard of its own', code: controller('', `  @Post('login') @UseGuards(LocalAuthGuard) login() {}`) },
    { name: 'signed in', code: controller('', `  @Get() @SignedIn() me() {}`) },
    { name: 'decorators through a namespace', code: controller('', `  @common.Get() @identity.Public() ping() {}`) },
    { name: 'methods without a route decorator are not routes', code: controller('', `  private helper() {}\n  @HttpCode(204) other() {}`) },
    { name: 'classes that are not controllers are ignored', code: `class NotAController { @Get() list() {} }` },
    { name: 'configurable access decorators', code: controller('', `  @Get() @Custom() list() {}`), options: [{ accessDecorators: ['Custom'] }] },
  ],
  invalid: [
    { name: 'bare route', code: controller('', `  @Get() list() {}`), errors: [missing('ThingsController.list (@Get)')] },
    {
      name: 'documentation and status decorators grant nothing',
      code: controller("@ApiTags('things') @ApiBearerAuth()", `  @Delete(':id') @HttpCode(204) @ApiNoContentResponse() remove() {}`),
      errors: [missing('ThingsController.remove (@Delete)')],
    },
    {
      name: 'only the undecided route of several is reported',
      code: controller('', `  @Get() @AppRole('viewer') list() {}\n  @Post() create() {}`),
      errors: [missing('ThingsController.create (@Post)')],
    },
    { name: 'route through a namespace', code: controller('', `  @common.Post() create() {}`), errors: [missing('ThingsController.create (@Post)')] },
    {
      name: 'class expressions are checked too',
      code: `export const Things = @Controller('x') class { @Get() list() {} };`,
      errors: [missing('(anonymous controller).list (@Get)')],
    },
    {
      name: 'a decorator left out of the configured list does not count',
      code: controller('', `  @Get() @UseGuards(SomeGuard) list() {}`),
      options: [{ accessDecorators: ['AppRole'] }],
      errors: [missing('ThingsController.list (@Get)', '@AppRole')],
    },
  ],
});
