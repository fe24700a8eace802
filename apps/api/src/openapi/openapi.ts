import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { API_BASE_PATH, API_VERSION } from '@sluitend/domain';
import { SESSION_COOKIE } from '../auth/session-data';
import { documentIdempotencyKey } from '../common/idempotency/idempotency-openapi';
import { applyAdrConventions } from './adr-conventions';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Sluitend API')
    .setDescription(
      'Case management for a sluitende aanpak for vulnerable young people: the toekomstplan and the Actietafel. ' +
        'Follows the Dutch API Design Rules. State-changing requests need the X-XSRF-TOKEN header (echo the XSRF-TOKEN cookie).',
    )
    .setVersion(API_VERSION)
    .setContact('Sluitend', 'https://sluitend.nl', 'api@sluitend.nl')
    .setLicense('EUPL-1.2', 'https://eupl.eu/1.2/nl/')
    .addServer(API_BASE_PATH)
    .addCookieAuth(SESSION_COOKIE)
    .addSecurityRequirements('cookie')
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    ignoreGlobalPrefix: true,
    operationIdFactory: (_controller, method) => method,
  });
  return applyAdrConventions(documentIdempotencyKey(document));
}

export function serveOpenApi(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
    yamlDocumentUrl: 'api/docs-yaml',
  });
}
