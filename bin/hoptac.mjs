#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx compiles on load; the compiled code is cached).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
