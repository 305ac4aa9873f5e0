import type { ApiModel } from '../generator/model/types.js';
import { navigation } from './coverage-pages.js';
import { integrationsByName } from './integration-needs.js';
import { operationInReference } from './operation-matrix.js';
import { coveragePage, INDEX_PAGE, integrationPage } from './site-layout.js';
import { pageRenderer } from './templates.js';

/**
 * The site's way in: every operation with its matrix and reference, every integration with its page;
 * for a spec without integrations, every operation with its place in the reference.
 */
export function indexPage(model: ApiModel): string {
  const covered = model.integrations.length > 0;
  const summaries = new Map(model.operations.map((operation) => [operation.operationId, operation.summary ?? operation.operationId]));
  return pageRenderer()('index', {
    title: model.title,
    version: model.version,
    ...navigation(INDEX_PAGE, covered),
    covered,
    operations: model.operations.map((operation) => ({
      summary: operation.summary ?? operation.operationId,
      method: operation.method.toUpperCase(),
      route: operation.route,
      integrationCount: operation.integrations?.length ?? 0,
      coverageLink: covered ? coveragePage(operation.methodName) : undefined,
      referenceLink: operationInReference(INDEX_PAGE, operation),
    })),
    integrations: integrationsByName(model).map((integration) => ({
      name: integration.name,
      link: integrationPage(integration.slug),
      operations: integration.operations.map((operationId) => summaries.get(operationId) ?? operationId),
    })),
  });
}
