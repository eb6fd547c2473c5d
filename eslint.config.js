// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['dist/', '.astro/', 'node_modules/', 'tests/.output/', 'content/', 'coverage/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Control characters in patterns are deliberate here (stripping them from links before
      // checking the scheme, matching ANSI colours); the rule only flags those.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Code that runs in the visitor's browser.
    files: ['src/browser/**', '**/*.astro', 'public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
]);
