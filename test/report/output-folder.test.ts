import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkOutputTarget, defaultOutputDir, writeOutputFile, writeOutputFolder } from '../../src/report/output-folder';

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-out-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('writeOutputFolder', () => {
  it('writes into a temporary folder and renames it when complete', async () => {
    const target = path.join(root, 'a', 'b', 'run');
    let seenTmp = '';
    await writeOutputFolder(target, { force: false }, async (tmp) => {
      seenTmp = tmp;
      expect(path.dirname(tmp)).toBe(path.dirname(target));
      expect(fs.existsSync(target)).toBe(false);
      writeOutputFile(tmp, 'charts/x.svg', '<svg/>');
    });
    expect(fs.readFileSync(path.join(target, 'charts/x.svg'), 'utf8')).toBe('<svg/>');
    expect(fs.existsSync(seenTmp)).toBe(false);
  });

  it('leaves nothing behind on error, not even the parent folders it created', async () => {
    const target = path.join(root, 'new', 'run');
    await expect(writeOutputFolder(target, { force: false }, async (tmp) => {
      writeOutputFile(tmp, 'summary.csv', 'x');
      throw new Error('boom');
    })).rejects.toThrow('boom');
    expect(fs.readdirSync(root)).toEqual([]);
  });

  it('refuses a non-empty folder without --force and replaces it with --force', async () => {
    const target = path.join(root, 'run');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'old.txt'), 'old');
    expect(() => checkOutputTarget(target, false)).toThrow(/exists and is not empty/);
    await expect(writeOutputFolder(target, { force: false }, async () => undefined)).rejects.toThrow(/--force/);
    expect(fs.readFileSync(path.join(target, 'old.txt'), 'utf8')).toBe('old');
    // --force never deletes a user's own files; it replaces an earlier output (one with sop's manifest)
    await expect(writeOutputFolder(target, { force: true }, async () => undefined)).rejects.toThrow(/--force never deletes them/);
    expect(fs.readFileSync(path.join(target, 'old.txt'), 'utf8')).toBe('old');
    fs.writeFileSync(path.join(target, 'manifest.json'), JSON.stringify({ tool: { name: 'sop2030', version: '0.1.0' } }));
    await writeOutputFolder(target, { force: true }, async (tmp) => writeOutputFile(tmp, 'new.txt', 'new'));
    expect(fs.readdirSync(target)).toEqual(['new.txt']);
    expect(fs.readdirSync(root)).toEqual(['run']);
  });

  it('accepts an existing empty folder', async () => {
    const target = path.join(root, 'empty');
    fs.mkdirSync(target);
    await writeOutputFolder(target, { force: false }, async (tmp) => writeOutputFile(tmp, 'a.txt', 'a'));
    expect(fs.readdirSync(target)).toEqual(['a.txt']);
  });
});

describe('defaultOutputDir', () => {
  it('is out/<ids>-<UTC timestamp>', () => {
    expect(defaultOutputDir(['baseline', 'ambitie-2030'], new Date('2026-11-28T14:05:09Z'), '/w')).toBe('/w/out/baseline-ambitie-2030-20261128-140509');
  });
});
