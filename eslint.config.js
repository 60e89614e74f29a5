import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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
      'src/main/services/**/*.ts',
      'src/main/vault/**/*.ts',
      'src/main/documents/**/*.ts',
      'src/main/security/**/*.ts',
      'src/main/*.ts',
    ],
    ignores: ['src/main/index.ts', 'src/main/ipc.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', electronOnlyInShell] },
  },
  {
    files: ['scripts/**/*.{ts,mjs}', 'tests/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
