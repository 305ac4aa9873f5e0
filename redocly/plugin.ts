/**
 * The project's Redocly plugin: lint rules for the per-integration extensions (CONTRACT.md section 2),
 * and for schemas the generator cannot type (no-composition-cycle).
 * redocly.yaml loads it and enables each rule as `unified/<rule>`.
 */
import type { Plugin } from '@redocly/openapi-core';
import { extensionShape } from './rules/extension-shape.ts';
import { fieldWithinOperation } from './rules/field-within-operation.ts';
import { integrationDeclared } from './rules/integration-declared.ts';
import { integrationNamesDistinct } from './rules/integration-names-distinct.ts';
import { noCompositionCycle } from './rules/no-composition-cycle.ts';
import { requiredWithinSupported } from './rules/required-within-supported.ts';
import { supportedValuesValid } from './rules/supported-values-valid.ts';

export default function plugin(): Plugin {
  return {
    id: 'unified',
    rules: {
      oas3: {
        'integration-declared': integrationDeclared,
        'required-within-supported': requiredWithinSupported,
        'field-within-operation': fieldWithinOperation,
        'supported-values-valid': supportedValuesValid,
        'extension-shape': extensionShape,
        'integration-names-distinct': integrationNamesDistinct,
        'no-composition-cycle': noCompositionCycle,
      },
    },
  };
}
