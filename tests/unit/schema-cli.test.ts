import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema } from '../../src/data/json-schema';

const runValidator = (file: string) => {
  try {
    const stdout = execFileSync('node_modules/.bin/tsx', ['src/cli/validate-data.ts', file], { encoding: 'utf8', stdio: 'pipe' });
    return { status: 0, output: stdout };
  } catch (error) {
    const failure = error as { status: number; stderr: string };
    return { status: failure.status, output: failure.stderr };
  }
};

describe('npm run validate-data', () => {
  it('passes a valid file and summarises it', () => {
    const result = runValidator('tests/fixtures/other-pair.json');
    expect(result.status).toBe(0);
    expect(result.output).toContain('is a valid dataset: 2 sources, 5 trade figures over 4 years, 3 meetings and summits, 2 agreements, 1 claims');
  });

  it('fails a broken copy with every problem and its path', () => {
    const data = JSON.parse(readFileSync('tests/fixtures/other-pair.json', 'utf8'));
    data.summits[0].end = '2020-01-01';
    data.agreements[1].sourceIds = ['missing-source'];
    const file = join(mkdtempSync(join(tmpdir(), 'bilateral-')), 'broken.json');
    writeFileSync(file, JSON.stringify(data));
    const result = runValidator(file);
    expect(result.status).toBe(1);
    expect(result.output).toContain('has 2 problem(s)');
    expect(result.output).toContain('summits[0].end: is before the start date 2021-06-01');
    expect(result.output).toContain('agreements[1].sourceIds[0]: names the source "missing-source", which is not in sources');
  });
});

describe('data/relations.schema.json', () => {
  it('is generated from the current zod schema (run `npm run schema` after changing it)', () => {
    const onDisk = JSON.parse(readFileSync('data/relations.schema.json', 'utf8'));
    expect(onDisk).toEqual(datasetJsonSchema());
  });
});
