/**
 * The coverage matrix of one operation, as a template renders it: a row per parameter or body or
 * response field, a column per integration of the operation, and in each cell whether that
 * integration requires the field, supports it, or does not know it. Everything comes from the
 * generator's model: this module only arranges it.
 */
import { sortByDisplayName } from '../generator/model/display-order.js';
import { isRequired, isSupported } from '../generator/model/support.js';
import type { ApiModel, EnumValue, FieldModel, OperationModel } from '../generator/model/types.js';
import { coveragePage, integrationPage, linkFrom, REFERENCE_PAGE } from './site-layout.js';

export type CellStatus = 'required' | 'supported' | 'unsupported';

export interface MatrixColumn {
  slug: string;
  name: string;
  link: string;
}

export interface MatrixCell {
  slug: string;
  status: CellStatus;
  /** What the cell shows: `R`, `S` or `·`, with `*` when the integration narrows the field's values. */
  mark: string;
  /** The cell in words, for the tooltip and screen readers. */
  title: string;
}

export interface MatrixRow {
  field: string;
  description?: string;
  summary: string;
  cells: MatrixCell[];
}

export interface MatrixSection {
  /** `query`, `body`, `response`: a stable hook for tests and styles. */
  part: string;
  heading: string;
  rows: MatrixRow[];
}

export interface FieldDetail {
  part: string;
  field: string;
  slug: string;
  integration: string;
  text: string;
}

export interface OperationMatrix {
  page: string;
  operationId: string;
  summary: string;
  method: string;
  route: string;
  /** The operation in the reference page (the header's link goes to the page's top). */
  operationReferenceLink: string;
  columns: MatrixColumn[];
  sections: MatrixSection[];
  /** Narrower enums, one line per field and integration. */
  values: FieldDetail[];
  notes: FieldDetail[];
}

const MARKS: Record<CellStatus, string> = { required: 'R', supported: 'S', unsupported: '·' };
const STATUS_WORDS: Record<CellStatus, string> = { required: 'required', supported: 'supported', unsupported: 'not supported' };

export function operationMatrix(model: ApiModel, operation: OperationModel): OperationMatrix {
  const page = coveragePage(operation.methodName);
  const names = new Map(model.integrations.map((integration) => [integration.slug, integration.name]));
  const slugs = sortByDisplayName(operation.integrations ?? [], names);
  const columns = slugs.map((slug) => ({ slug, name: names.get(slug) ?? slug, link: linkFrom(page, integrationPage(slug)) }));

  const parts: { part: string; heading: string; fields: FieldModel[]; canRequire: boolean }[] = [
    { part: 'path', heading: 'Path parameters', fields: operation.parts.path?.fields ?? [], canRequire: true },
    { part: 'query', heading: 'Query parameters', fields: operation.parts.query?.fields ?? [], canRequire: true },
    { part: 'body', heading: 'Request body', fields: operation.parts.body?.fields ?? [], canRequire: true },
    {
      part: 'response',
      heading: operation.response ? `Response body (${operation.response.status})` : 'Response body',
      fields: operation.response?.fields ?? [],
      canRequire: false,
    },
  ];
  const values: FieldDetail[] = [];
  const notes: FieldDetail[] = [];
  const sections = parts
    .filter(({ fields }) => fields.length > 0)
    .map(({ part, heading, fields, canRequire }) => ({
      part,
      heading,
      rows: fields.map((field) => {
        for (const slug of sortByDisplayName(Object.keys(field.values ?? {}), names)) {
          values.push({ part, field: field.name, slug, integration: names.get(slug) ?? slug, text: field.values![slug]!.map(valueText).join(', ') });
        }
        for (const slug of sortByDisplayName(Object.keys(field.notes ?? {}), names)) {
          notes.push({ part, field: field.name, slug, integration: names.get(slug) ?? slug, text: field.notes![slug]! });
        }
        return matrixRow(field, slugs, names, canRequire);
      }),
    }));

  return {
    page,
    operationId: operation.operationId,
    summary: operation.summary ?? operation.operationId,
    method: operation.method.toUpperCase(),
    route: operation.route,
    operationReferenceLink: operationInReference(page, operation),
    columns,
    sections,
    values,
    notes,
  };
}

function matrixRow(field: FieldModel, slugs: string[], names: Map<string, string>, canRequire: boolean): MatrixRow {
  const cells = slugs.map((slug): MatrixCell => {
    const status: CellStatus = canRequire && isRequired(field, slug) ? 'required' : isSupported(field, slug) ? 'supported' : 'unsupported';
    const narrowed = status !== 'unsupported' ? field.values?.[slug] : undefined;
    const valuesText = narrowed ? `; values: ${narrowed.map(valueText).join(', ')}` : '';
    return {
      slug,
      status,
      mark: MARKS[status] + (narrowed ? '*' : ''),
      title: `${names.get(slug) ?? slug}: ${STATUS_WORDS[status]}${valuesText}`,
    };
  });
  const supported = cells.filter((cell) => cell.status !== 'unsupported').length;
  const required = cells.filter((cell) => cell.status === 'required').length;
  return {
    field: field.name,
    description: field.description,
    summary: `${supported} supported${required > 0 ? `, ${required} required` : ''}`,
    cells,
  };
}

/**
 * Redoc answers the links of its previous version, `#operation/<operationId>`, by going to the
 * operation, whatever its own routes look like.
 */
export function operationInReference(fromPage: string, operation: OperationModel): string {
  return `${linkFrom(fromPage, REFERENCE_PAGE)}#operation/${encodeURIComponent(operation.operationId)}`;
}

export function valueText(value: EnumValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
