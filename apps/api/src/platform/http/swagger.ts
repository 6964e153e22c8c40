import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** Swagger UI at /api/docs and the OpenAPI JSON at /api/docs-json (public: they describe, they do not act). */
export function setupSwagger(app: INestApplication, publicUrl: string): void {
  const config = new DocumentBuilder()
    .setTitle('Patchbay API')
    .setDescription('Self-hosted OAuth connectors platform. Errors are {error:{code,message}}.')
    .setVersion('1')
    .addServer(publicUrl)
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'Session token (pbs_…) from POST /api/auth/login' })
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', yamlDocumentUrl: 'api/docs-yaml' });
}
