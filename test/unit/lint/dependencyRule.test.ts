import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// The one-way dependency rule (DESIGN.md §2) is enforced by eslint.config.js. These tests lint small
// snippets as if they lived at the given paths, so the rule cannot silently rot.
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedMessages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages
    .filter((m) => ['no-restricted-imports', '@typescript-eslint/no-restricted-imports', 'no-restricted-globals'].includes(m.ruleId ?? ''))
    .map((m) => m.message);
}

describe('one-way dependency rule', () => {
  const forbiddenInCore = [
    ["import * as THREE from 'three';", 'three'],
    ["import { useState } from 'react';", 'React'],
    ["import { Canvas } from '@react-three/fiber';", 'React'],
    ["import { wrap } from 'comlink';", 'comlink'],
    ["import { viewStore } from '../bridge/viewStore';", 'app layers'],
  ] as const;

  for (const dir of ['src/sim/kernel/x.ts', 'src/domain/x.ts']) {
    for (const [code, word] of forbiddenInCore) {
      it(`rejects \`${code}\` in ${dir}`, async () => {
        const messages = await restrictedMessages(`${code}\nexport const used = 1;\n`, dir);
        expect(messages.join(' ')).toContain(word);
      });
    }

    it(`rejects DOM globals in ${dir}`, async () => {
      const messages = await restrictedMessages('export const w = window.innerWidth + document.title.length;\n', dir);
      expect(messages.length).toBe(2);
    });
  }

  it('allows zod and relative pure imports in the core', async () => {
    const messages = await restrictedMessages("import { z } from 'zod';\nimport { formatPath } from './problems';\nexport const s = [z, formatPath];\n", 'src/domain/x.ts');
    expect(messages).toEqual([]);
  });

  it('keeps the simulation kernel out of the main thread', async () => {
    const messages = await restrictedMessages("import { EventHeap } from '../sim/kernel/eventHeap';\nexport const h = EventHeap;\n", 'src/ui/x.ts');
    expect(messages.join(' ')).toContain('main thread');
  });

  it('allows type-only imports of the simulation on the main thread', async () => {
    const messages = await restrictedMessages("import type { SimState } from '../sim';\nexport type S = SimState;\n", 'src/bridge/x.ts');
    expect(messages).toEqual([]);
  });

  it('lets the app use three and React', async () => {
    const messages = await restrictedMessages("import * as THREE from 'three';\nimport { useState } from 'react';\nexport const x = [THREE, useState];\n", 'src/scene/x.ts');
    expect(messages).toEqual([]);
  });
});
