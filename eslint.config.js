/**
 * Lint for real problems, not style: ESLint's and typescript-eslint's recommended rules, React's
 * rules of hooks, and one architectural rule — imports flow one way through the layers
 * (model ← data/state ← shared UI ← features ← app), checked by eslint-plugin-boundaries.
 * Formatting is left to the editor.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

/** The layers, lowest first. A file belongs to the first element whose pattern matches it. */
const LAYERS = [
  { type: 'model', pattern: 'src/model/**' },
  {
    type: 'state',
    // Loading, the store, the URL's serialization, layout and the pure derivations the features share.
    pattern: ['src/data/**', 'src/state/**', 'src/layout/**', 'src/perf/**', 'src/url/urlState.ts', 'src/url/historyPolicy.ts', 'src/extract/**', 'src/generate/**'],
  },
  // What a node is on the canvas — its id, label and size — is data the layout needs as much as the
  // canvas does: pure, React-free, so it sits with the state, below the features that draw it.
  { type: 'drawing', pattern: ['src/graph/elements.ts', 'src/ui/styleConstants.ts'] },
  { type: 'shared', pattern: 'src/ui/**' },
  {
    type: 'feature',
    pattern: ['src/graph/**', 'src/filters/**', 'src/search/**', 'src/legend/**', 'src/list/**', 'src/sidebar/**', 'src/export/**', 'src/url/**'],
  },
  { type: 'app', pattern: ['src/app/**', 'src/main.tsx'] },
];

const MAY_IMPORT = {
  model: ['model'],
  state: ['model', 'state', 'drawing'],
  drawing: ['model', 'drawing'],
  shared: ['model', 'state', 'drawing', 'shared'],
  feature: ['model', 'state', 'drawing', 'shared', 'feature'],
  app: ['model', 'state', 'drawing', 'shared', 'feature', 'app'],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/out/**', 'test-results/**', 'playwright-report/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_name` marks a value left unused on purpose (a destructured field dropped, a callback's first argument).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // The rules of hooks. The preset's React Compiler rules (refs read in render, setState in an
    // effect) are left out: the app does not use the compiler, and they flag the latest-value ref
    // and reset-then-load patterns that are correct without it.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Tests feed deliberately malformed values through the validators.
    files: ['**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/test/**'],
    plugins: { boundaries },
    settings: {
      'boundaries/files': LAYERS.map(({ type, pattern }) => ({ category: type, pattern })),
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: Object.entries(MAY_IMPORT).map(([from, to]) => ({
            from: { file: { categories: from } },
            allow: { to: { file: { categories: { anyOf: to } } } },
          })),
        },
      ],
    },
  },
);
