/**
 * Classes 3, 4 and 13 of issue #15: bounded work and output on bad input under 1 MB, values
 * echoed truncated and escaped, only .yaml/.yml parents, nesting bombs, custom tags, special
 * files and negative option values.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/helpers';
import { expectCleanInputError, scratch, sopLimited } from './helpers';

const tmp = scratch('sop-hostile-msg-');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function write(name: string, text: string | Buffer): string {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, text);
  return f;
}

/** No run of more than 200 characters of one echoed value reaches the output. */
function expectShortEchoes(text: string, ch: string): void {
  expect(text).not.toContain(ch.repeat(201));
}

describe('bounded work and output under 1 MB', () => {
  it('one 1 MB unknown key: exit 2, the key echoed at most 200 characters', () => {
    const key = `sop.${'x'.repeat(1_000_000)}`;
    const f = write('big-key.yaml', `title: T\nparameters:\n  ? ${key}\n  : 1\n`);
    expect(fs.statSync(f).size).toBeLessThan(1024 * 1024);
    const r = sopLimited(['validate', f]);
    expectCleanInputError(r, /big-key\.yaml:3: parameters\.sop\.x+…: expected a parameter key of the registry/);
    expectShortEchoes(r.stderr, 'x');
    expect(r.seconds).toBeLessThan(30);
  });

  it('45,000 unknown keys: exit 2, the first 100 problems then "… and N more", under 20 KB', () => {
    let text = 'title: T\nparameters:\n';
    for (let i = 0; text.length < 1_000_000; i++) text += `  sop.target.shar${i}: 1\n`;
    const f = write('many-keys.yaml', text);
    const r = sopLimited(['validate', f]);
    expectCleanInputError(r, /… and \d+ more problems/);
    expect(r.stderr.split('\n').filter((l) => /expected a parameter key/.test(l)).length).toBeLessThanOrEqual(100);
    expect(r.seconds).toBeLessThan(30);
  });

  it('many bad rows in a data file and in a partnership file are listed within the same bounds', () => {
    const template = fs.readFileSync(path.join(ROOT, 'data/partnerships/template.csv'), 'utf8').split('\n');
    const rows = Array.from({ length: 20_000 }, (_, i) => `P${String(i + 1).padStart(5, '0')},N,po,R,pabo,1,x${'y'.repeat(300)},1,,1,,,`);
    const f = write('partners.csv', [template[0], ...rows].join('\n'));
    const r = sopLimited(['validate', f]);
    expectCleanInputError(r, /… and \d+ more problems/);
    expectShortEchoes(r.stderr, 'y');
  });
});

describe('echoed input is truncated and escaped', () => {
  it('escape sequences in a YAML key and a partnership name never reach the terminal raw', () => {
    const y = write('esc.yaml', 'title: T\nparameters:\n  "\\e]0;pwned\\a\\e[2J\\e[31mfake ok": 1\n');
    const r = sopLimited(['validate', y]);
    expectCleanInputError(r, /\\x1b\]0;pwned\\x07\\x1b\[2J/);
    const template = fs.readFileSync(path.join(ROOT, 'data/partnerships/template.csv'), 'utf8').trim().split('\n');
    const bad = template.map((l, i) => (i === 1 ? l.replace('Voorbeeldpartnerschap Noord (example)', '\u001b]0;title\u0007\u001b[2J\u202eevil') : l));
    const c = write('esc.csv', bad.join('\n'));
    const m = sopLimited(['mentors', c, '--draws', '5', '--out', path.join(tmp, 'esc-out')]);
    expectCleanInputError(m, /name: expected the same value/);
    expect(fs.existsSync(path.join(tmp, 'esc-out'))).toBe(false);
  });

  it('extends only .yaml/.yml files: /etc/passwd is refused unread', () => {
    const f = write('passwd.yaml', 'title: T\nextends: /etc/passwd\n');
    const r = sopLimited(['validate', f]);
    expectCleanInputError(r, /passwd\.yaml:2: extends: expected a bundled scenario name or a \.yaml\/\.yml file, found '\/etc\/passwd'/);
    expect(r.stderr).not.toMatch(/root:/);
  });

  it('binary and UTF-16 scenario files are named as such, not printed', () => {
    const bin = write('bin.yaml', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    expectCleanInputError(sopLimited(['validate', bin]), /bin\.yaml: expected a YAML text file \(UTF-8\), found binary data/);
    const u16 = write('u16.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('title: T\n', 'utf16le')]));
    expectCleanInputError(sopLimited(['run', u16, '--draws', '5']), /u16\.yaml: expected a YAML text file \(UTF-8\), found UTF-16 text/);
  });
});

describe('smaller ones (class 13)', () => {
  it('YAML nesting bombs (flow and block) say so, not "Maximum call stack size exceeded"', () => {
    const flow = write('flow-bomb.yaml', `title: T\nparameters: ${'['.repeat(500_000)}\n`);
    const block = write('block-bomb.yaml', `title: T\nparameters:\n${Array.from({ length: 1400 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')}\n`);
    for (const f of [flow, block]) {
      const r = sopLimited(['validate', f]);
      expectCleanInputError(r, /nest/);
      expect(r.stderr).not.toMatch(/call stack/i);
    }
  });

  it('a custom tag, in a file or in --set, is a problem, not a raw YAML warning', () => {
    const f = write('tag.yaml', 'title: T\nparameters:\n  sop.target.share.po: !foo 0.5\n');
    const r = sopLimited(['validate', f]);
    expectCleanInputError(r, /tag\.yaml:3: expected plain YAML \(no custom tags\), found an unknown tag/);
    expect(r.stderr).not.toMatch(/YAMLWarning|\(node:\d+\)/);
    const s = sopLimited(['show', 'baseline', '--set', 'sop.target.share.po=!foo 0.5']);
    expectCleanInputError(s, /--set sop\.target\.share\.po: expected a value in plain YAML syntax \(no tags\)/);
    expect(s.stderr).not.toMatch(/YAMLWarning|\(node:\d+\)/);
  });

  it('a FIFO and /dev/zero are named as devices or pipes and never read', () => {
    const fifo = path.join(tmp, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    const r = sopLimited(['validate', fifo, '/dev/zero'], { timeoutMs: 20_000 });
    expectCleanInputError(r, /pipe\.csv: file: expected an existing file, found a device or pipe, not a file/);
    expect(r.stderr).toMatch(/\/dev\/zero: file: expected an existing file, found a device or pipe/);
    expectCleanInputError(sopLimited(['mentors', fifo], { timeoutMs: 20_000 }), /found a device or pipe/);
    expectCleanInputError(sopLimited(['run', '/dev/zero'], { timeoutMs: 20_000 }));
  });

  it('--draws -1 names the value found', () => {
    expectCleanInputError(sopLimited(['run', '--draws', '-1']), /--draws: expected a whole number from 1 to 1000000, found '-1'/);
    expectCleanInputError(sopLimited(['run', '--seed', '-5']), /--seed: expected a whole number from 0 to \d+, found '-5'/);
  });
});
