import type { EnumValue, FieldModel, IntegrationSupport, OperationModel, PartName } from './types.js';

/**
 * Who accepts, requires and returns what, per integration, following CONTRACT.md section 2: a field
 * without `x-supported` exists for every integration of its operation; plain `required` means
 * required wherever the field exists; `x-required` adds integrations that require it.
 */
export function computeSupport(operation: Pick<OperationModel, 'integrations' | 'parts' | 'response'>): Map<string, IntegrationSupport> {
  const support = new Map<string, IntegrationSupport>();
  for (const slug of operation.integrations ?? []) {
    const view: IntegrationSupport = { parts: {}, response: [], values: {} };
    for (const [name, part] of Object.entries(operation.parts) as [PartName, { fields: FieldModel[] }][]) {
      const fields = part.fields.filter((field) => isSupported(field, slug));
      view.parts[name] = {
        supported: fields.map((field) => field.name),
        required: fields.filter((field) => isRequired(field, slug)).map((field) => field.name),
      };
      addValues(view, name, fields, slug);
    }
    if (operation.response) {
      const fields = operation.response.fields.filter((field) => isSupported(field, slug));
      view.response = fields.map((field) => field.name);
      addValues(view, 'response', fields, slug);
    }
    support.set(slug, view);
  }
  return support;
}

export function isSupported(field: FieldModel, slug: string): boolean {
  return field.supported === undefined || field.supported.includes(slug);
}

export function isRequired(field: FieldModel, slug: string): boolean {
  if (!isSupported(field, slug)) return false;
  return field.required === true || (Array.isArray(field.required) && field.required.includes(slug));
}

function addValues(view: IntegrationSupport, part: PartName | 'response', fields: FieldModel[], slug: string): void {
  // Built from entries: assigning `narrowed[name]` for a field named `__proto__` would set the
  // object's prototype instead of adding the key.
  const narrowed: Record<string, EnumValue[]> = Object.fromEntries(
    fields.flatMap((field) => (field.values && Object.hasOwn(field.values, slug) ? [[field.name, field.values[slug]!]] : [])),
  );
  if (Object.keys(narrowed).length > 0) view.values[part] = narrowed;
}
