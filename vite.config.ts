import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The app is a static SPA: models/ are served as static JSON through the `models` alias
// (see src/ui/loadModel.ts), and public/ holds static assets.
export default defineConfig({
  plugins: [react()],
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
});
