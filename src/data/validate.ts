import type { z } from 'zod/mini';
import { DatasetSchema, type Dataset } from './schema';
import { MAX_DATASET_BYTES, NON_PARTY_HOSTS } from './vocabulary';

/** One problem found in a dataset: where it is (a JSON path such as `summits[3].start`) and what is wrong. */
export interface DatasetProblem {
  path: string;
  message: string;
}

export type DatasetResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; problems: DatasetProblem[] };


export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(top level)';
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const EXPECTED_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  object: 'an object',
  array: 'a list',
  boolean: 'true or false',
  int: 'a whole number',
};

function lookup(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** Zod's own message for any problem (no zod locale is loaded); messages written in the schema are kept as they are. */
const isDefaultMessage = (message: string) => message === 'Invalid input';

/** Turns a schema issue into a sentence a person editing the file by hand understands. */
function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const actual = lookup(input, issue.path);
      if (actual === undefined) return 'is required but missing';
      const expected = EXPECTED_NAMES[issue.expected] ?? issue.expected;
      return `must be ${expected}, but is ${describeType(actual)}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? issue.message
        : `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'too_small': {
      if (!isDefaultMessage(issue.message)) return issue.message;
      if (issue.origin === 'string') return 'must not be empty';
      if (issue.origin === 'array') return `must have at least ${String(issue.minimum)} item(s)`;
      return `must be at least ${String(issue.minimum)}`;
    }
    case 'too_big': {
      if (!isDefaultMessage(issue.message)) return issue.message;
      if (issue.origin === 'string') return `is too long (at most ${String(issue.maximum)} characters)`;
      if (issue.origin === 'array') return `must have at most ${String(issue.maximum)} item(s)`;
      return `must be at most ${String(issue.maximum)}`;
    }
    case 'invalid_key': {
      // A record's key (a translation's language code) that its own check turned down.
      const reason = issue.issues[0]?.message;
      return reason && !isDefaultMessage(reason) ? reason : 'is not an allowed key here';
    }
    default:
      return isDefaultMessage(issue.message) ? 'is not allowed here' : issue.message;
  }
}

function integrityProblems(dataset: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const add = (path: PropertyKey[], message: string) =>
    problems.push({ path: formatPath(path), message });

  const uniqueIds = (list: 'sources' | 'summits' | 'agreements' | 'claims' | 'topics') => {
    const seen = new Map<string, number>();
    dataset[list].forEach((record, index) => {
      const first = seen.get(record.id);
      if (first !== undefined) {
        add([list, index, 'id'], `repeats the id "${record.id}" already used by ${list}[${first}]`);
      } else {
        seen.set(record.id, index);
      }
    });
    return seen;
  };
  const sourceIndex = uniqueIds('sources');
  dataset.sources.forEach((source, index) => {
    if (source.dateInferred && source.date === undefined) add(['sources', index, 'dateInferred'], 'is set, but the source has no date');
  });
  const summitIndex = uniqueIds('summits');
  const agreementIndex = uniqueIds('agreements');
  uniqueIds('claims');
  uniqueIds('topics');

  const partyIds = dataset.meta.parties.map((party) => party.id);
  if (partyIds[0] === partyIds[1]) {
    add(['meta', 'parties', 1, 'id'], `repeats the party id "${partyIds[0]}"`);
  }

  const checkSources = (list: string, index: number, ids: string[]) => {
    ids.forEach((sourceId, position) => {
      if (!sourceIndex.has(sourceId)) {
        add([list, index, 'sourceIds', position], `names the source "${sourceId}", which is not in sources`);
      }
    });
  };

  const seenYears = new Map<string, number>();
  dataset.trade.forEach((row, index) => {
    if (!partyIds.includes(row.reporter)) {
      add(['trade', index, 'reporter'], `must be one of the party ids (${partyIds.join(', ')})`);
    }
    const key = `${row.reporter}:${row.year}`;
    const first = seenYears.get(key);
    if (first !== undefined) {
      add(['trade', index, 'year'], `repeats ${row.year} for reporter ${row.reporter} (already in trade[${first}])`);
    } else {
      seenYears.set(key, index);
    }
    checkSources('trade', index, row.sourceIds);
  });

  const hosts: string[] = [...partyIds, ...NON_PARTY_HOSTS];
  dataset.summits.forEach((summit, index) => {
    if (!hosts.includes(summit.host)) {
      add(['summits', index, 'host'], `must be one of: ${hosts.join(', ')}`);
    }
    if (summit.end !== undefined && summit.end < summit.start) {
      add(['summits', index, 'end'], `is before the start date ${summit.start}`);
    }
    summit.agreementIds.forEach((agreementId, position) => {
      const target = agreementIndex.get(agreementId);
      if (target === undefined) {
        add(['summits', index, 'agreementIds', position], `names the agreement "${agreementId}", which is not in agreements`);
      } else if (dataset.agreements[target]?.summitId !== summit.id) {
        add(['summits', index, 'agreementIds', position], `lists "${agreementId}", but that agreement's summitId is not "${summit.id}"`);
      }
    });
    checkSources('summits', index, summit.sourceIds);
  });

  // "summitId agreementId" pairs listed by meetings, for the two-way check in one pass.
  const listedPairs = new Set(
    dataset.summits.flatMap((summit) => summit.agreementIds.map((agreementId) => `${summit.id} ${agreementId}`)),
  );
  dataset.agreements.forEach((agreement, index) => {
    if (agreement.summitId !== undefined) {
      const target = summitIndex.get(agreement.summitId);
      if (target === undefined) {
        add(['agreements', index, 'summitId'], `names the meeting "${agreement.summitId}", which is not in summits`);
      } else if (!listedPairs.has(`${agreement.summitId} ${agreement.id}`)) {
        add(['agreements', index, 'summitId'], `points to "${agreement.summitId}", but that meeting's agreementIds does not list "${agreement.id}"`);
      }
    }
    checkSources('agreements', index, agreement.sourceIds);
  });

  dataset.claims.forEach((claim, index) => {
    if (claim.summitId !== undefined && !summitIndex.has(claim.summitId)) {
      add(['claims', index, 'summitId'], `names the meeting "${claim.summitId}", which is not in summits`);
    }
    checkSources('claims', index, claim.sourceIds);
  });

  // A heading for a topic no claim has is most likely a misspelt topic.
  const claimTopics = new Set(dataset.claims.map((claim) => claim.topic));
  dataset.topics.forEach((topic, index) => {
    if (!claimTopics.has(topic.id)) add(['topics', index, 'id'], `names the topic "${topic.id}", which no claim has`);
  });

  return problems;
}

/** Checks an already-parsed JSON value against the format and its integrity rules. */
export function validateDataset(input: unknown): DatasetResult {
  const parsed = DatasetSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: describeIssue(issue, input),
      })),
    };
  }
  const problems = integrityProblems(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, dataset: parsed.data };
}

/** Reads the text of a file that should hold a dataset and explains plainly when it does not. */
export function parseDatasetText(text: string): DatasetResult {
  const fail = (message: string): DatasetResult => ({
    ok: false,
    problems: [{ path: '(file)', message }],
  });
  if (text.length > MAX_DATASET_BYTES) {
    return fail(`is larger than ${MAX_DATASET_BYTES / 1024 / 1024} MB, too large for a dataset`);
  }
  const trimmed = text.trimStart();
  if (trimmed === '') return fail('is empty');
  if (trimmed.startsWith('<')) {
    return fail('looks like an HTML or XML page, not a JSON dataset');
  }
  if (!trimmed.startsWith('{')) {
    return fail('is not a JSON object (a dataset starts with "{"); is it CSV or another format?');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(`is not valid JSON: ${detail}`);
  }
  return validateDataset(json);
}
