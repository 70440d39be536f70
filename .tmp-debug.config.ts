import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
export default defineConfig({
  outDir: '.output-debug',
  vite: () => ({ plugins: [preact()], build: { sourcemap: true, minify: false } }),
});
