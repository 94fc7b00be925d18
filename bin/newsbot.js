#!/usr/bin/env node
// The installed `newsbot` command: runs the TypeScript command line through tsx, no build step needed.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/newsbot.ts');
