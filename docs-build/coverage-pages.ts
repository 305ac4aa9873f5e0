import type { ApiModel } from '../generator/model/types.js';
import { integrationNeeds, integrationsByName } from './integration-needs.js';
import { operationMatrix } from './operation-matrix.js';
import { INDEX_PAGE, linkFrom, REFERENCE_PAGE } from './site-layout.js';
import { pageRenderer } from './templates.js';

/** The coverage section: a matrix page per operation and a page per integration, path -> HTML. */
export function coveragePages(model: ApiModel): Map<string, string> {
  const render = pageRenderer();
  const pages = new Map<string, string>();
  for (const operation of model.operations) {
    const matrix = operationMatrix(model, operation);
    pages.set(matrix.page, render('operation-coverage', {
      ...matrix,
      title: `${matrix.summary}: integration coverage · ${model.title}`,
      columnSpan: matrix.columns.length + 1,
      ...navigation(matrix.page),
    }));
  }
  for (const integration of integrationsByName(model)) {
    const needs = integrationNeeds(model, integration);
    pages.set(needs.page, render('integration', { ...needs, title: `${needs.name} · ${model.title}`, ...navigation(needs.page) }));
  }
  return pages;
}

/** The links every page's header has. */
export function navigation(page: string, covered = true): { indexLink: string; indexName: string; referenceLink: string } {
  return { indexLink: linkFrom(page, INDEX_PAGE), indexName: covered ? 'Integration coverage' : 'Operations', referenceLink: linkFrom(page, REFERENCE_PAGE) };
}
