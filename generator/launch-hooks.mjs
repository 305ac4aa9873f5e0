// A resolve hook, registered by launch.mjs: `import ts from 'typescript'` in a library (openapi-typescript)
// loads TypeScript with `require`, from where the importer would have found it. The module it gets
// is TypeScript's `module.exports` as its default export, as Node's own interop gives it; without
// the scan of 9 MB of text for named exports that nobody imports (see launch.mjs).
// Plain JavaScript, like launch.mjs.
export async function resolve(specifier, context, next) {
  if (specifier !== 'typescript' || !context.parentURL?.startsWith('file:')) return next(specifier, context);
  const source = `import { createRequire } from 'node:module'; export default createRequire(${JSON.stringify(context.parentURL)})('typescript');`;
  return { url: `data:text/javascript,${encodeURIComponent(source)}`, shortCircuit: true };
}
