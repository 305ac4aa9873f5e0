import type { Json } from '../generator/model/resolve.js';
import type { ApiModel } from '../generator/model/types.js';
import { decorateDocument } from './decorator/integration-facts.js';
import { decoratorLinks } from './site-layout.js';

/**
 * The bundled spec as the reference page shows it: the same document as generated/openapi.json,
 * each description followed by its integration facts from the model. Lint and the generator never
 * see decorated descriptions.
 */
export function decorateSpec(document: Json, model: ApiModel): string {
  return JSON.stringify(decorateDocument(document, model, decoratorLinks()), null, 2) + '\n';
}
