import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

const electronOnlyInShell = {
  paths: [
    {
      name: 'electron',
      allowTypeImports: true,
      message: 'Only src/main/index.ts, ipc.ts, platform/ and the preload may import electron.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'native/**', 'node_modules/**', 'bench-results/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { ...electronOnlyInShell, patterns: [{ group: ['node:*'], message: 'The renderer has no Node.' }] },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          ...electronOnlyInShell,
          patterns: [{ group: ['node:*', 'react', 'react-dom'], message: 'src/shared is platform-free.' }],
        },
      ],
    },
  },
  {
    files: [
      'src/main/vault/**/*.ts',
      'src/main/backups/**/*.ts',
      'src/main/documents/**/*.ts',
      'src/main/security/**/*.ts',
      'src/main/handlers/**/*.ts',
      'src/main/workers/**/*.ts',
      'src/main/*.ts',
    ],
    ignores: ['src/main/index.ts', 'src/main/ipc.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          ...electronOnlyInShell,
          // The handlers (and everything else outside services) use each area's index.ts only.
          patterns: [
            { regex: '^(\\.\\./)+services/[^/]+/', message: 'Import the area folder (its index.ts).' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/services/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          ...electronOnlyInShell,
          // An area reaches another area (or the core) through its index.ts, never a file inside it.
          patterns: [{ regex: '^\\.\\./[a-z-]+/', message: 'Import the area folder (its index.ts).' }],
        },
      ],
    },
  },
  {
    // No import may go round in a circle anywhere in the app (type-only imports included).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['scripts/**/*.{ts,mjs}', 'tests/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
