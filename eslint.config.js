import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import layers from './scripts/eslint-layers.mjs';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never build HTML from data or the URL.',
        },
      ],
    },
  },
  // The layers of docs/architecture.md: model and lib → i18n → store → features → shell. Tests
  // may reach across (a model test checks how its notices read in English).
  {
    files: ['app/**/*.{ts,tsx}'],
    ignores: ['app/**/*.test.ts'],
    plugins: { local: layers },
    rules: { 'local/layers': 'error' },
  },
  { files: ['public/**/*.js'], languageOptions: { globals: globals.browser } },
  { files: ['scripts/**/*.mjs'], languageOptions: { globals: globals.node } },
  // The engines suite sends functions into the page, so browser globals are in scope there too.
  {
    files: ['scripts/engines/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  // Playwright fixtures take a `use` callback (not React's hook) and need {} for unused fixtures.
  {
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off', 'no-empty-pattern': 'off' },
  },
);
