import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The one-way dependency rule (DESIGN.md §2): the simulation core and the hospital domain are
// pure TypeScript that runs in Node, workers, tests and the CLI alike.
const pureCoreRestrictions = {
  patterns: [
    { group: ['react', 'react/*', 'react-dom', 'react-dom/*', '@react-three/*'], message: 'src/sim and src/domain must not import React.' },
    { group: ['three', 'three/*'], message: 'src/sim and src/domain must not import three.' },
    { group: ['comlink'], message: 'src/sim and src/domain must not import comlink (workers/ adapts them).' },
    { group: ['zustand', 'zustand/*', 'i18next', 'react-i18next'], message: 'src/sim and src/domain must not import app-layer libraries.' },
    { group: ['**/scene/**', '**/ui/**', '**/bridge/**', '**/protocol/**', '**/i18n/**', '**/workers/**'], message: 'src/sim and src/domain must not import app layers.' },
  ],
};

// The main thread never imports the simulation: only workers/ do. Type-only imports are erased at build
// time and are allowed (a test on the built bundle checks no simulation code reaches the main thread).
const appRestrictions = {
  patterns: [
    { group: ['**/sim', '**/sim/**'], allowTypeImports: true, message: 'The main thread must not import the simulation; talk to it through workers/ and src/protocol.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/sim/**/*.ts', 'src/domain/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': ['error', pureCoreRestrictions],
      // No DOM: these globals exist in browsers and workers but not in the pure core.
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'HTMLElement', 'requestAnimationFrame', 'self'],
    },
  },
  {
    files: ['src/scene/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}', 'src/bridge/**/*.{ts,tsx}', 'src/i18n/**/*.{ts,tsx}', 'src/protocol/**/*.ts', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': ['error', appRestrictions],
    },
  },
);
