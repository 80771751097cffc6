import { z } from 'zod/mini';
import { DatasetSchema } from './schema';

/** The JSON Schema of format version 1, generated from the zod schema so the two never drift. */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(DatasetSchema, { target: 'draft-2020-12', io: 'input' }),
  };
}
