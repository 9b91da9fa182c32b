/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './scripts/csp-plugin.ts';
import { graphData } from './scripts/graph-data-plugin.ts';

export default defineConfig({
  // Relative base: the same dist/ works at /, under a sub-path, or from a CDN folder.
  base: './',
  plugins: [
    react(),
    graphData(fileURLToPath(new URL('./data', import.meta.url))),
    contentSecurityPolicy(),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./app', import.meta.url)) } },
  build: { target: 'es2022', sourcemap: false },
  test: { include: ['app/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node' },
});
