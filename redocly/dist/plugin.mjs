// The unified-API extension rules for Redocly, built from redocly/plugin.ts by `npm run build:plugin`. Do not edit.
// List this file under `plugins:` in a redocly.yaml and enable the rules as unified/<rule>.

// extensions/index.ts
var X_INTEGRATIONS = "x-integrations";
var X_SUPPORTED = "x-supported";
var X_REQUIRED = "x-required";
var X_SUPPORTED_VALUES = "x-supported-values";
var X_INTEGRATION_NOTES = "x-integration-notes";
function slugify(displayName) {
  return displayName.toLowerCase().replace(/[^a-z0-9]/g, "");
}
var SLUG_PATTERN = /^[a-z0-9]+$/;
function readSlugList(value) {
  if (!Array.isArray(value)) return `must be an array of integration slugs, got ${describe(value)}`;
  const seen = /* @__PURE__ */ new Set();
  for (const [index, slug] of value.entries()) {
    if (typeof slug !== "string" || !SLUG_PATTERN.test(slug)) {
      return `item ${index} must be an integration slug (a-z, 0-9), got ${describe(slug)}`;
    }
    if (seen.has(slug)) return `lists "${slug}" twice`;
    seen.add(slug);
  }
  return value;
}
function readIntegrations(value) {
  if (!isPlainObject(value)) return `must be a map of slug -> { name }, got ${describe(value)}`;
  const integrations = /* @__PURE__ */ new Map();
  for (const [slug, entry] of Object.entries(value)) {
    if (!isPlainObject(entry) || typeof entry.name !== "string" || entry.name.trim() === "") {
      return `"${slug}" must be { name: string }, got ${describe(entry)}`;
    }
    if (slugify(entry.name) !== slug) {
      return `"${slug}" does not follow the slug rule for "${entry.name}" (expected "${slugify(entry.name)}")`;
    }
    integrations.set(slug, { name: entry.name });
  }
  return integrations;
}
function readSupportedValues(value) {
  if (!isPlainObject(value)) return `must be a map of slug -> [values], got ${describe(value)}`;
  const values = /* @__PURE__ */ new Map();
  for (const [slug, list] of Object.entries(value)) {
    if (!SLUG_PATTERN.test(slug)) return `key "${slug}" must be an integration slug (a-z, 0-9)`;
    if (!Array.isArray(list) || list.length === 0) {
      return `"${slug}" must be a non-empty array of values, got ${describe(list)}`;
    }
    values.set(slug, list);
  }
  return values;
}
function readIntegrationNotes(value) {
  if (!isPlainObject(value)) return `must be a map of slug -> note, got ${describe(value)}`;
  const notes = /* @__PURE__ */ new Map();
  for (const [slug, note] of Object.entries(value)) {
    if (!SLUG_PATTERN.test(slug)) return `key "${slug}" must be an integration slug (a-z, 0-9)`;
    if (typeof note !== "string") return `"${slug}" must be a string, got ${describe(note)}`;
    notes.set(slug, note);
  }
  return notes;
}
function isProblem(result) {
  return typeof result === "string";
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `${typeof value} ${JSON.stringify(value)}`;
}

// redocly/support/node-view.ts
var NodeView = class {
  constructor(layers, resolve) {
    this.layers = layers;
    this.resolve = resolve;
  }
  layers;
  resolve;
  /** Where the node is written (the referencing object when the node is a `$ref`). */
  get location() {
    return this.layers[0].location;
  }
  /** Identifies the node after all `$ref`s; two views of one target share it. */
  get targetPointer() {
    return this.layers[this.layers.length - 1].location.absolutePointer;
  }
  get(key) {
    for (const layer of this.layers) {
      if (Object.hasOwn(layer.node, key)) {
        return { value: layer.node[key], location: layer.location.child(key), owner: layer.location };
      }
    }
    return void 0;
  }
  value(key) {
    return this.get(key)?.value;
  }
  child(key) {
    const located = this.get(key);
    return located && viewOf(located.value, located.location, this.resolve);
  }
  /** The object-valued entries of a map such as `properties` or `content`. */
  members(key) {
    const located = this.get(key);
    if (!located || !isPlainObject(located.value)) return [];
    return Object.entries(located.value).flatMap(([name, value]) => {
      const view = viewOf(value, located.location.child(name), this.resolve);
      return view ? [[name, view]] : [];
    });
  }
  /** The object-valued items of an array such as `parameters` or `allOf`. */
  items(key) {
    const located = this.get(key);
    if (!located || !Array.isArray(located.value)) return [];
    return located.value.flatMap((value, index) => {
      const view = viewOf(value, located.location.child(index), this.resolve);
      return view ? [view] : [];
    });
  }
};
function viewOf(node, location, resolve) {
  const layers = [];
  const followed = /* @__PURE__ */ new Set();
  let current = node;
  let at = location;
  while (isPlainObject(current) && typeof current.$ref === "string") {
    if (followed.has(at.absolutePointer)) return void 0;
    followed.add(at.absolutePointer);
    const { $ref: ref, ...siblings } = current;
    if (Object.keys(siblings).length > 0) layers.push({ node: siblings, location: at });
    const resolved = resolve({ $ref: ref }, at.source.absoluteRef);
    if (resolved.node === void 0) break;
    current = resolved.node;
    at = resolved.location;
  }
  if (isPlainObject(current) && !(typeof current.$ref === "string")) layers.push({ node: current, location: at });
  return layers.length > 0 ? new NodeView(layers, resolve) : void 0;
}

// redocly/support/extension-carriers.ts
var EXTENSIONS = [X_INTEGRATIONS, X_SUPPORTED, X_REQUIRED, X_SUPPORTED_VALUES, X_INTEGRATION_NOTES];
var Carrier = class {
  constructor(node, location, view, typeName) {
    this.node = node;
    this.location = location;
    this.view = view;
    this.typeName = typeName;
  }
  node;
  location;
  view;
  typeName;
  /** An extension written on this object (not one inherited from a `$ref` target). */
  extension(name) {
    if (!Object.hasOwn(this.node, name)) return void 0;
    return { value: this.node[name], location: this.location.child(name), owner: this.location };
  }
};
function carrierVisitor(visit) {
  return {
    any: {
      enter(node, ctx) {
        if (!isPlainObject(node) || typeof node.$ref === "string" || !carriesExtensions(node)) return;
        const view = viewOf(node, ctx.location, ctx.resolve);
        if (view) visit(new Carrier(node, ctx.location, view, ctx.type.name), ctx);
      }
    },
    ref: {
      enter(node, ctx) {
        const siblings = Object.fromEntries(Object.entries(node).filter(([key]) => key !== "$ref"));
        if (!carriesExtensions(siblings)) return;
        const view = viewOf(node, ctx.location, ctx.resolve);
        if (view) visit(new Carrier(siblings, ctx.location, view, ctx.type.name), ctx);
      }
    }
  };
}
function carriesExtensions(node) {
  return EXTENSIONS.some((extension) => Object.hasOwn(node, extension));
}

// redocly/support/report.ts
function pointerNote(location) {
  return `(${location.pointer})`;
}
function slugLocation(extension, at, isKey) {
  const location = extension.child(at);
  return isKey ? location.key() : location;
}
function createOnceReporter() {
  const reported = /* @__PURE__ */ new Set();
  return {
    reset() {
      reported.clear();
    },
    report(ctx, finding) {
      const identity = `${finding.location.absolutePointer}\0${finding.message}`;
      if (reported.has(identity)) return;
      reported.add(identity);
      ctx.report(finding);
    }
  };
}

// redocly/rules/extension-shape.ts
var MAP_READERS = {
  [X_INTEGRATIONS]: readIntegrations,
  [X_SUPPORTED_VALUES]: readSupportedValues,
  [X_INTEGRATION_NOTES]: readIntegrationNotes
};
var LIST_READERS = {
  [X_SUPPORTED]: readSlugList,
  [X_REQUIRED]: readSlugList
};
function mapProblems(read, written) {
  const whole = read(written.value);
  if (!isProblem(whole)) return [];
  if (!isPlainObject(written.value)) return [{ problem: whole, location: written.location }];
  return Object.entries(written.value).flatMap(([key, entry]) => {
    const problem = read({ [key]: entry });
    return isProblem(problem) ? [{ problem, location: written.location.child(key).key() }] : [];
  });
}
function listProblems(read, written) {
  const problem = read(written.value);
  if (!isProblem(problem)) return [];
  const items = Array.isArray(written.value) ? written.value : [];
  const offending = items.findIndex((_, index) => isProblem(read(items.slice(0, index + 1))));
  return [{ problem, location: offending >= 0 ? written.location.child(offending) : written.location }];
}
var extensionShape = () => {
  const reporter = createOnceReporter();
  let specDeclaresIntegrations = false;
  return {
    Root: {
      enter(root) {
        reporter.reset();
        specDeclaresIntegrations = isPlainObject(root) && X_INTEGRATIONS in root;
      }
    },
    ...carrierVisitor((carrier, ctx) => {
      for (const extension of [...Object.keys(MAP_READERS), ...Object.keys(LIST_READERS)]) {
        const written = carrier.extension(extension);
        if (!written) continue;
        const where = pointerNote(carrier.location);
        if (extension === X_INTEGRATIONS && carrier.typeName !== "Root") {
          reporter.report(ctx, {
            message: `${X_INTEGRATIONS} belongs at the root of the spec; here it declares nothing ${where}`,
            location: written.location.key()
          });
          continue;
        }
        const findings = extension in MAP_READERS ? mapProblems(MAP_READERS[extension], written) : listProblems(LIST_READERS[extension], written);
        for (const { problem, location } of findings) {
          reporter.report(ctx, { message: `${extension} ${problem} ${where}`, location });
        }
      }
    }),
    Operation: {
      enter(operation, ctx) {
        if (!specDeclaresIntegrations || X_SUPPORTED in operation) return;
        const name = typeof operation.operationId === "string" ? `operation "${operation.operationId}"` : "this operation";
        reporter.report(ctx, {
          message: `${name} has no ${X_SUPPORTED}: list the integrations it exists for ([] for none yet) ${pointerNote(ctx.location)}`,
          location: ctx.location.key()
        });
      }
    }
  };
};

// redocly/support/slugs.ts
var SLUG_LIST_EXTENSIONS = [X_SUPPORTED, X_REQUIRED];
var SLUG_MAP_EXTENSIONS = [X_SUPPORTED_VALUES, X_INTEGRATION_NOTES];
function namedSlugs(extension, value) {
  if (SLUG_LIST_EXTENSIONS.includes(extension) && Array.isArray(value)) {
    return value.flatMap(
      (slug, index) => typeof slug === "string" ? [{ slug, at: index, isKey: false }] : []
    );
  }
  if (SLUG_MAP_EXTENSIONS.includes(extension) && isPlainObject(value)) {
    return Object.keys(value).map((slug) => ({ slug, at: slug, isKey: true }));
  }
  return [];
}
function slugSet(value) {
  if (!Array.isArray(value)) return void 0;
  return new Set(value.filter((slug) => typeof slug === "string"));
}
function declaredSlugs(integrations) {
  return isPlainObject(integrations) ? new Set(Object.keys(integrations)) : void 0;
}
function closestSlug(slug, declared) {
  if (declared.has(slugify(slug))) return slugify(slug);
  let best;
  for (const candidate of declared) {
    const distance = editDistance(slug, candidate);
    if (distance <= 2 && (!best || distance < best.distance)) best = { slug: candidate, distance };
  }
  return best?.slug;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}

// redocly/support/operation-fields.ts
var METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace", "query"];
function operationsOf(rawPathItem, location, pathKey, resolve) {
  const pathItem = viewOf(rawPathItem, location, resolve);
  if (!pathItem) return [];
  const shared = pathItem.items("parameters");
  return METHODS.flatMap((method) => {
    const view = pathItem.child(method);
    if (!view) return [];
    const operationId = view.value("operationId");
    const label = typeof operationId === "string" ? `operation "${operationId}"` : `operation ${method.toUpperCase()} ${String(pathKey)}`;
    const slugs = slugSet(view.value(X_SUPPORTED));
    return [{
      view,
      label,
      support: slugs && { slugs, declaredBy: label },
      parameters: withOverrides(shared, view.items("parameters"))
    }];
  });
}
function withOverrides(shared, own) {
  const identity = (parameter) => `${String(parameter.value("in"))}:${String(parameter.value("name"))}`;
  const redefined = new Set(own.map(identity));
  return [...shared.filter((parameter) => !redefined.has(identity(parameter))), ...own];
}
function fieldsOf(operation) {
  const fields = [];
  for (const parameter of operation.parameters) {
    const name = String(parameter.value("name"));
    fields.push({ kind: "parameter", name, view: parameter, inherited: operation.support });
    const scope = scopeOf(parameter, `parameter "${name}"`, operation.support);
    collectProperties(parameter.child("schema"), scope, fields, /* @__PURE__ */ new Set());
  }
  for (const schema of payloadSchemas(operation.view)) {
    collectProperties(schema, operation.support, fields, /* @__PURE__ */ new Set());
  }
  return fields;
}
function payloadSchemas(operation) {
  const bodies = [operation.child("requestBody"), ...operation.members("responses").map(([, view]) => view)];
  return bodies.flatMap(
    (body) => (body?.members("content") ?? []).flatMap(([, mediaType]) => mediaType.child("schema") ?? [])
  );
}
function scopeOf(field, label, inherited) {
  const own = slugSet(field.value(X_SUPPORTED));
  return own ? { slugs: own, declaredBy: `the enclosing ${label}` } : inherited;
}
function collectProperties(schema, scope, fields, onPath) {
  if (!schema || onPath.has(schema.targetPointer)) return;
  onPath.add(schema.targetPointer);
  for (const [name, property] of schema.members("properties")) {
    fields.push({ kind: "property", name, view: property, inherited: scope });
    collectProperties(property, scopeOf(property, `property "${name}"`, scope), fields, onPath);
  }
  for (const part of sameFieldParts(schema)) collectProperties(part, scope, fields, onPath);
  onPath.delete(schema.targetPointer);
}
function sameFieldParts(schema) {
  const single = ["items", "additionalProperties"].flatMap((key) => schema.child(key) ?? []);
  const lists = ["allOf", "anyOf", "oneOf", "prefixItems"].flatMap((key) => schema.items(key));
  return [...single, ...lists];
}

// redocly/rules/field-within-operation.ts
var fieldWithinOperation = () => {
  const reporter = createOnceReporter();
  return {
    Root: { enter: () => reporter.reset() },
    PathItem: {
      enter(_pathItem, ctx) {
        for (const operation of operationsOf(ctx.rawNode, ctx.rawLocation, ctx.key, ctx.resolve)) {
          for (const { view, inherited } of fieldsOf(operation)) {
            const supported = view.get(X_SUPPORTED);
            if (!supported || !inherited) continue;
            for (const { slug, at, isKey } of namedSlugs(X_SUPPORTED, supported.value)) {
              if (inherited.slugs.has(slug)) continue;
              reporter.report(ctx, {
                message: `${X_SUPPORTED} names "${slug}", which ${inherited.declaredBy} does not support ${pointerNote(supported.owner)}`,
                location: slugLocation(supported.location, at, isKey)
              });
            }
          }
        }
      }
    }
  };
};

// redocly/rules/integration-declared.ts
var integrationDeclared = () => {
  const reporter = createOnceReporter();
  let declared;
  return {
    Root: {
      enter(root) {
        reporter.reset();
        declared = declaredSlugs(isPlainObject(root) ? root[X_INTEGRATIONS] : void 0);
      }
    },
    ...carrierVisitor((carrier, ctx) => {
      if (carrier.typeName === "Root") declared = declaredSlugs(carrier.view.value(X_INTEGRATIONS));
      for (const extension of [...SLUG_LIST_EXTENSIONS, ...SLUG_MAP_EXTENSIONS]) {
        const written = carrier.extension(extension);
        if (!written) continue;
        for (const { slug, at, isKey } of namedSlugs(extension, written.value)) {
          if (declared?.has(slug)) continue;
          const naming = isKey ? `has an entry for "${slug}"` : `names "${slug}"`;
          const where = pointerNote(carrier.location);
          const suggestion = declared && closestSlug(slug, declared);
          reporter.report(ctx, {
            message: declared ? `${extension} ${naming}, which is not declared in the root ${X_INTEGRATIONS} ${where}` : `${extension} ${naming}, but the spec has no root ${X_INTEGRATIONS} to declare it in ${where}`,
            location: slugLocation(written.location, at, isKey),
            suggest: suggestion ? [suggestion] : []
          });
        }
      }
    })
  };
};

// redocly/rules/required-within-supported.ts
var requiredWithinSupported = () => {
  const reporter = createOnceReporter();
  return {
    Root: { enter: () => reporter.reset() },
    // A field with its own x-supported needs no context: check it wherever it is written, used or not.
    ...carrierVisitor((carrier, ctx) => {
      const required = carrier.extension(X_REQUIRED);
      if (!required) return;
      for (const finding of outsideOwnSupport(carrier.view, required)) reporter.report(ctx, finding);
    }),
    // A field without one inherits its support, so it is checked in each operation that reaches it.
    PathItem: {
      enter(_pathItem, ctx) {
        for (const operation of operationsOf(ctx.rawNode, ctx.rawLocation, ctx.key, ctx.resolve)) {
          for (const { view, inherited } of fieldsOf(operation)) {
            const required = view.get(X_REQUIRED);
            if (!required) continue;
            const findings = slugSet(view.value(X_SUPPORTED)) ? outsideOwnSupport(view, required) : inherited ? outsideInheritedSupport(required, inherited) : [];
            for (const finding of findings) reporter.report(ctx, finding);
          }
        }
      }
    }
  };
};
function outsideOwnSupport(field, required) {
  const support = slugSet(field.value(X_SUPPORTED));
  if (!support) return [];
  return unsupported(required, support).map(({ slug, location }) => ({
    message: `${X_REQUIRED} names "${slug}", which is not in ${X_SUPPORTED} of this field ${pointerNote(required.owner)}`,
    location
  }));
}
function outsideInheritedSupport(required, inherited) {
  return unsupported(required, inherited.slugs).map(({ slug, location }) => ({
    message: `${X_REQUIRED} names "${slug}", but this field has no ${X_SUPPORTED} of its own and ${inherited.declaredBy} does not support "${slug}" ${pointerNote(required.owner)}`,
    location
  }));
}
function unsupported(required, support) {
  return namedSlugs(X_REQUIRED, required.value).filter(({ slug }) => !support.has(slug)).map(({ slug, at, isKey }) => ({ slug, location: slugLocation(required.location, at, isKey) }));
}

// redocly/rules/supported-values-valid.ts
var supportedValuesValid = () => {
  const reporter = createOnceReporter();
  return {
    Root: { enter: () => reporter.reset() },
    ...carrierVisitor((carrier, ctx) => {
      const supportedValues = carrier.extension(X_SUPPORTED_VALUES);
      if (!supportedValues) return;
      const findings = [...outsideEnum(carrier.view, supportedValues), ...entriesOutside(carrier.view, supportedValues)];
      for (const finding of findings) reporter.report(ctx, finding);
    }),
    // Without its own x-supported a field's support is inherited, so its entries are checked per operation.
    PathItem: {
      enter(_pathItem, ctx) {
        for (const operation of operationsOf(ctx.rawNode, ctx.rawLocation, ctx.key, ctx.resolve)) {
          for (const { view, inherited } of fieldsOf(operation)) {
            const supportedValues = view.get(X_SUPPORTED_VALUES);
            if (!supportedValues) continue;
            for (const finding of entriesOutside(view, supportedValues, inherited)) reporter.report(ctx, finding);
          }
        }
      }
    }
  };
};
function outsideEnum(field, supportedValues) {
  const where = pointerNote(supportedValues.owner);
  const allowed = enumOf(field);
  if (!allowed) {
    const slugs = namedSlugs(X_SUPPORTED_VALUES, supportedValues.value).map(({ slug }) => `"${slug}"`);
    return [{
      message: `${X_SUPPORTED_VALUES} (for ${slugs.join(", ") || "no integration"}) narrows an enum, but this field has no enum, nor do its items ${where}`,
      location: supportedValues.location
    }];
  }
  if (!isPlainObject(supportedValues.value)) return [];
  return Object.entries(supportedValues.value).flatMap(
    ([slug, values]) => (Array.isArray(values) ? values : []).flatMap(
      (candidate, index) => allowed.some((member) => sameValue(member, candidate)) ? [] : [{
        message: `${X_SUPPORTED_VALUES} lists ${JSON.stringify(candidate)} for "${slug}", which is not in this field's enum ${JSON.stringify(allowed)} ${where}`,
        location: supportedValues.location.child([slug, index])
      }]
    )
  );
}
function entriesOutside(field, supportedValues, inherited) {
  const own = slugSet(field.value(X_SUPPORTED));
  const support = own ? { slugs: own, why: () => `which is not in ${X_SUPPORTED} of this field` } : inherited && {
    slugs: inherited.slugs,
    why: (slug) => `but this field has no ${X_SUPPORTED} of its own and ${inherited.declaredBy} does not support "${slug}"`
  };
  if (!support) return [];
  const where = pointerNote(supportedValues.owner);
  return namedSlugs(X_SUPPORTED_VALUES, supportedValues.value).filter(({ slug }) => !support.slugs.has(slug)).map(({ slug, at, isKey }) => ({
    message: `${X_SUPPORTED_VALUES} has an entry for "${slug}", ${support.why(slug)} ${where}`,
    location: slugLocation(supportedValues.location, at, isKey)
  }));
}
function enumOf(field) {
  const schema = typeof field.value("in") === "string" ? field.child("schema") : field;
  const own = schema?.value("enum");
  if (Array.isArray(own)) return own;
  const ofItems = schema?.child("items")?.value("enum");
  return Array.isArray(ofItems) ? ofItems : void 0;
}
function sameValue(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

// redocly/plugin.ts
function plugin() {
  return {
    id: "unified",
    rules: {
      oas3: {
        "integration-declared": integrationDeclared,
        "required-within-supported": requiredWithinSupported,
        "field-within-operation": fieldWithinOperation,
        "supported-values-valid": supportedValuesValid,
        "extension-shape": extensionShape
      }
    }
  };
}
export {
  plugin as default
};
