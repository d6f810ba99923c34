// ESLint flat config for the JavaScript of the repository: the browser
// extension (extension/) and the browser end-to-end tests (e2e/).
import js from '@eslint/js';
import globals from 'globals';

export default [
  {
    ignores: ['node_modules/**', 'e2e/artifacts/**', 'bin/**'],
  },
  js.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-implicit-globals': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-var': 'error',
      'prefer-const': 'error',
      eqeqeq: ['error', 'always'],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM nodes with textContent instead.' },
        { property: 'outerHTML', message: 'Build DOM nodes with textContent instead.' },
      ],
    },
  },
  {
    // Code that runs in the browser: pages, service worker, pure modules.
    files: ['extension/**/*.js'],
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.serviceworker, ...globals.webextensions },
    },
  },
  {
    // Node: build tools, unit tests, end-to-end tests.
    files: ['extension/tools/**/*.mjs', 'extension/test/**/*.mjs', 'e2e/**/*.mjs', 'eslint.config.js'],
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      globals: { ...globals.node },
    },
  },
  {
    // Functions the end-to-end tests and checks send into the browser.
    files: ['e2e/**/*.mjs', 'extension/tools/firefox-smoke.mjs'],
    languageOptions: {
      globals: { ...globals.browser, ...globals.webextensions },
    },
  },
];
