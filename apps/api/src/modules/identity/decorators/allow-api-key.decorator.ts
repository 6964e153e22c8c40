import { SetMetadata } from '@nestjs/common';

export const ALLOW_API_KEY = 'patchbay:allow-api-key';

/**
 * Lets app API keys (`pbk_…`) call a route. Without it they get 403: the published app may only invoke functions
 * and post events, so only those routes (later issues) carry this decorator.
 */
export const AllowApiKey = (): MethodDecorator & ClassDecorator => SetMetadata(ALLOW_API_KEY, true);
