import { SECTORS, STATUSES, CONFIDENCES, type Dataset } from '../../../data/schema';

/**
 * A large synthetic dataset in the app's format, for the scale benchmark (`?data=<url>` of a file
 * written from this) and for tests. Deterministic for a given seed. Titles mix Latin words with
 * diacritics, Cyrillic and Chinese translations so search exercises the normalisation.
 */
export function generateAgreementsDataset(count: number, seed = 1): Dataset {
  let state = seed >>> 0 || 1;
  const random = () => {
    // xorshift32: fast, good enough to spread values, reproducible.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

  const subjects = ['gas', 'oil', 'grain', 'railway', 'bridge', 'satellite', 'nuclear', 'customs', 'payments', 'tourism', 'port', 'pipeline', 'soybean', 'aviation', 'education', 'film', 'science', 'energy', 'lunar station', 'Arctic route'];
  const kinds = ['supply agreement', 'memorandum', 'contract', 'framework accord', 'joint venture', 'roadmap', 'protocol', 'cooperation plan'];
  const places = ['Moscow', 'Beijing', 'Harbin', 'Vladivostok', 'Shanghai', 'Kazan', 'Tianjin', 'Irkutsk', 'Blagoveshchensk', 'Heihe', 'Zürich', 'Açaí'];
  const ruSubjects = ['газ', 'нефть', 'зерно', 'железная дорога', 'мост', 'спутник', 'атом', 'таможня', 'платежи', 'туризм', 'порт', 'трубопровод', 'соя', 'авиация', 'образование', 'кино', 'наука', 'энергия', 'лунная станция', 'Арктика'];
  const zhSubjects = ['天然气', '石油', '粮食', '铁路', '大桥', '卫星', '核能', '海关', '支付', '旅游', '港口', '管道', '大豆', '航空', '教育', '电影', '科学', '能源', '月球站', '北极航道'];

  const sources: Dataset['sources'] = Array.from({ length: 200 }, (_, index) => ({
    id: `src-${index}`,
    title: `Generated source ${index}`,
    publisher: pick(['Customs', 'Ministry', 'Gazette', 'Institute']),
    date: `${2000 + (index % 25)}-0${1 + (index % 9)}`,
    url: `https://example.org/source/${index}`,
    kind: pick(['statistics', 'official', 'press', 'analysis'] as const),
  }));

  const summits: Dataset['summits'] = Array.from({ length: 60 }, (_, index) => ({
    id: `summit-${index}`,
    start: `${2000 + Math.floor(index / 2.5)}-0${1 + (index % 9)}-1${index % 10}`,
    title: `Generated meeting ${index}`,
    kind: pick(['state-visit', 'official-visit', 'working-visit', 'multilateral', 'virtual'] as const),
    host: pick(['RU', 'CN']),
    summary: 'A generated meeting.',
    agreementIds: [],
    sourceIds: [`src-${index}`],
    confidence: 'verified' as const,
  }));

  const agreements: Dataset['agreements'] = [];
  for (let index = 0; index < count; index++) {
    const subject = Math.floor(random() * subjects.length);
    const kind = pick(kinds);
    const place = pick(places);
    const year = 2000 + Math.floor(random() * 26);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const id = `gen-${index}`;
    const summit = random() < 0.05 ? summits[Math.floor(random() * summits.length)] : undefined;
    if (summit) summit.agreementIds.push(id);
    const sourceCount = 1 + Math.floor(random() * 3);
    agreements.push({
      id,
      title: `${subjects[subject]} ${kind} ${place} no. ${index}`,
      date: `${year}-${month}-${day}`,
      ...(summit ? { summitId: summit.id } : {}),
      sector: pick(SECTORS),
      status: pick(STATUSES),
      summary: `Generated ${kind} on ${subjects[subject]} signed in ${place}, part of a scale test.`,
      sourceIds: Array.from({ length: sourceCount }, () => `src-${Math.floor(random() * sources.length)}`).filter(
        (value, position, list) => list.indexOf(value) === position,
      ),
      confidence: pick(CONFIDENCES),
      translations: {
        ru: { title: `${ruSubjects[subject]}: соглашение № ${index}` },
        zh: { title: `${zhSubjects[subject]}协议第${index}号` },
      },
    });
  }

  return {
    schemaVersion: 1,
    meta: {
      title: `Generated scale-test dataset (${count} agreements)`,
      parties: [
        { id: 'RU', name: 'Russia' },
        { id: 'CN', name: 'China' },
      ],
      currency: 'USD',
      updated: '2026-01-01',
      license: 'CC0 1.0',
      description: 'Synthetic data generated for the agreements table benchmark; not real records.',
    },
    sources,
    trade: [],
    summits,
    agreements,
    claims: [],
  };
}
