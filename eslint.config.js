import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// A later block's no-restricted-imports replaces an earlier one's for the same files: each repeats this.
const leafletOnlyThroughItsModule = {
  group: ['leaflet', 'leaflet/*'],
  message:
    'Import Leaflet from src/components/store-locator/leaflet.ts (only the modules the map uses).',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-demo/**',
      'node_modules/**',
      'custom-elements.json',
      'demo/public/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, ...globals.mocha },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          name: 'leaflet',
          message:
            'Import "leaflet/dist/leaflet-src.esm.js": the UMD main breaks under ESM resolvers.',
        },
      ],
    },
  },
  {
    // The element code gets Leaflet from one module that imports only the parts the map uses.
    files: ['src/**'],
    ignores: [
      'src/components/store-locator/leaflet.ts',
      'src/components/store-locator/leaflet-esm.d.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [leafletOnlyThroughItsModule],
        },
      ],
    },
  },
  {
    // Core layers render nothing: no Lit, no DOM UI.
    files: [
      'src/client/**',
      'src/geo/**',
      'src/hours/**',
      'src/state/**',
      'src/i18n/**',
      'src/config/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            leafletOnlyThroughItsModule,
            { group: ['lit', 'lit/*', '@lit/*'], message: 'Core layers must not import Lit.' },
            {
              group: ['**/internal/*', '**/components/*'],
              message:
                'Layers call downward only: core code must not import controllers or elements.',
            },
          ],
        },
      ],
    },
  },
  {
    // Controllers and the element base sit under the elements.
    files: ['src/internal/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            leafletOnlyThroughItsModule,
            {
              group: ['**/components/*'],
              message: 'Layers call downward only: src/internal must not import elements.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
