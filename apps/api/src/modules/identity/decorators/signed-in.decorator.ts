import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';

/**
 * Declares a route open to every signed-in caller, with no app-role or admin check on top: the global
 * AuthenticationGuard's session check (API keys only where `@AllowApiKey()` says so) is the whole access rule.
 * Every route carries this, `@Public()` or a narrower access decorator — the `@nx/workspace-route-access` lint rule
 * (tools/eslint-rules) fails a route that says nothing.
 */
export const SignedIn = (): MethodDecorator & ClassDecorator => applyDecorators(ApiBearerAuth());
