import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'patchbay:public';

/** Opts a route out of the global authentication guard. Everything else requires a bearer token. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
