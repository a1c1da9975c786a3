// One lint configuration for the whole tree: typescript-eslint's recommended rules, eslint-plugin-svelte's, and the
// house rules a type checker does not see (user text is never markup; `natural` only inside @podlens/nlp).
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/build/**',
      '**/.svelte-kit/**',
      '**/.turbo/**',
      '**/coverage/**',
      'bench/**',
      'examples/**',
      'apps/dashboard/e2e/screenshots/**',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Unused code is an error; a leading underscore marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Non-null assertions are allowed where the type system cannot see an invariant the code keeps.
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-control-regex': 'off',
      'svelte/no-at-html-tags': 'error',
      // The dashboard is served at the root (no paths.base): links and goto() need no resolve().
      'svelte/no-navigation-without-resolve': 'off',
      // svelte-ignore comments silence the compiler's a11y warnings, which svelte-check (not ESLint) reports.
      'svelte/no-unused-svelte-ignore': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'innerHTML is not allowed: user text must stay text.',
        },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    // natural is a Node library with database clients behind its index: only @podlens/nlp imports it.
    files: ['apps/**', 'packages/parser/**', 'packages/archive/**'],
    // Differential specs compare our own small functions with natural's.
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['natural', 'natural/*'], message: "import 'natural' only inside @podlens/nlp" }] },
      ],
    },
  },
);
