import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';

const TEMPLATES = new URL('../templates/docs/', import.meta.url);

/** Where build-docs finds the page template for the reference page. */
export const REFERENCE_TEMPLATE = new URL('reference.hbs', TEMPLATES);

/**
 * The coverage pages' templates, with `layout.hbs` as the partial around each page. Handlebars'
 * HTML escaping stays on: every name, description and value on these pages comes from the spec.
 */
export function pageRenderer(): (template: 'index' | 'operation-coverage' | 'integration', context: object) => string {
  const handlebars = Handlebars.create();
  handlebars.registerPartial('layout', readTemplate('layout'));
  // `{{route route}}`: a path that may break after each `/` on a narrow screen, and nowhere else.
  handlebars.registerHelper('route', (route: unknown) =>
    new Handlebars.SafeString(String(route).split('/').map((segment) => Handlebars.escapeExpression(segment)).join('/<wbr>')),
  );
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  return (template, context) => {
    let render = compiled.get(template);
    if (!render) {
      render = handlebars.compile(readTemplate(template), { strict: true });
      compiled.set(template, render);
    }
    return render(context);
  };
}

function readTemplate(name: string): string {
  return readFileSync(new URL(`${name}.hbs`, TEMPLATES), 'utf8');
}
