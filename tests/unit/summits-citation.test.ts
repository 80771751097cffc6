import { describe, expect, it } from 'vitest';
import {
  apaDate,
  apaPageCitation,
  apaRetrievalDate,
  apaSourceCitation,
  bibtexEscape,
  bibtexKey,
  bibtexPageCitation,
  bibtexSourceCitation,
  todayIso,
} from '../../src/features/summits/lib/citation';

const page = {
  id: '2014-05-shanghai',
  title: 'State visit to China and the gas deal',
  siteName: 'Bilateral',
  datasetTitle: 'Russia–China relations',
  updated: '2026-01-15',
  url: 'https://example.org/summits/2014-05-shanghai?lang=en',
  accessed: '2026-11-23',
};

describe('APA 7', () => {
  it('writes dates at every precision', () => {
    expect(apaDate('2024-06-02')).toBe('(2024, June 2)');
    expect(apaDate('2024-06')).toBe('(2024, June)');
    expect(apaDate('2024')).toBe('(2024)');
    expect(apaDate(undefined)).toBe('(n.d.)');
    expect(apaRetrievalDate('2026-11-03')).toBe('November 3, 2026');
  });
  it('cites the meeting page with a retrieval date', () => {
    expect(apaPageCitation(page)).toBe(
      'Bilateral. (2026, January 15). State visit to China and the gas deal. In Russia–China relations. Retrieved November 23, 2026, from https://example.org/summits/2014-05-shanghai?lang=en',
    );
  });
  it('does not double the full stop after a title that ends with punctuation', () => {
    expect(apaPageCitation({ ...page, title: 'Why meet again?' })).toContain('Why meet again? In');
  });
  it('cites a source with its publisher as author', () => {
    expect(apaSourceCitation({ title: 'Joint statement', publisher: 'Kremlin', date: '2014-05-20', url: 'https://example.org/a' })).toBe(
      'Kremlin. (2014, May 20). Joint statement. https://example.org/a',
    );
    expect(apaSourceCitation({ title: 'Yearbook', publisher: 'Customs Office', date: '2025' })).toBe('Customs Office. (2025). Yearbook.');
  });
  it('marks a date worked out from the content as approximate, and a missing one as n.d.', () => {
    expect(apaSourceCitation({ title: 'Report', publisher: 'TASS', date: '2016', dateInferred: true })).toBe('TASS. (ca. 2016). Report.');
    expect(apaSourceCitation({ title: 'Commentary', publisher: 'Unattributed' })).toBe('Unattributed. (n.d.). Commentary.');
  });
});

describe('BibTeX', () => {
  it('escapes TeX specials and makes clean keys', () => {
    expect(bibtexEscape('R&D {50%} $1 #2 a_b ~ ^ \\')).toBe(
      'R\\&D \\{50\\%\\} \\$1 \\#2 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
    expect(bibtexKey('bilateral', '2014.05 shanghai/x')).toBe('bilateral:2014-05-shanghai-x');
  });
  it('cites the meeting page as @misc with url and access date', () => {
    expect(bibtexPageCitation(page)).toBe(
      [
        '@misc{bilateral:2014-05-shanghai,',
        '  author = {{Bilateral}},',
        '  title = {State visit to China and the gas deal},',
        '  howpublished = {In: Russia–China relations},',
        '  year = {2026},',
        '  month = jan,',
        '  url = {https://example.org/summits/2014-05-shanghai?lang=en},',
        '  urldate = {2026-11-23},',
        '  note = {Accessed 2026-11-23},',
        '}',
      ].join('\n'),
    );
  });
  it('cites a source, leaving out what is unknown', () => {
    const entry = bibtexSourceCitation({ id: 'tass-1', title: 'Talks & deals', publisher: 'TASS', date: '2019' });
    expect(entry).toContain('@misc{source:tass-1,');
    expect(entry).toContain('title = {Talks \\& deals},');
    expect(entry).toContain('year = {2019},');
    expect(entry).not.toContain('month');
    expect(entry).not.toContain('url');
  });
  it('notes a date worked out from the content, and leaves out a date that is not known', () => {
    const inferred = bibtexSourceCitation({ id: 'r', title: 'Report', publisher: 'TASS', date: '2016', dateInferred: true });
    expect(inferred).toContain('year = {2016},');
    expect(inferred).toContain('note = {Date inferred from the content},');
    const undated = bibtexSourceCitation({ id: 'c', title: 'Commentary', publisher: 'Unattributed' });
    expect(undated).not.toContain('year');
    expect(undated).not.toContain('note');
  });
  it('balances braces whatever the text', () => {
    const entry = bibtexSourceCitation({ id: 'x', title: '}{ odd {title', publisher: 'P}', date: '2020-02', url: 'https://e.org/{a}' });
    const unescaped = entry.replace(/\\[{}]/g, '');
    expect(unescaped.split('{').length).toBe(unescaped.split('}').length);
    expect(entry).toContain('month = feb,');
  });
});

describe('todayIso', () => {
  it('formats the local calendar day', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
