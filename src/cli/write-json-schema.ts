/** `npm run schema`: writes data/relations.schema.json from the zod schema. */
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema } from '../data/json-schema.ts';

const file = 'data/relations.schema.json';
writeFileSync(file, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${file}`);
