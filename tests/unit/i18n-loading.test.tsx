import { Suspense } from 'react';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hasEnglish, I18n } from '../../src/lib/i18n';
import { I18nProvider, useTranslation } from '../../src/lib/use-translation';

// This file loads no messages beforehand (unlike the tests that import ./messages), as a first
// visit to a page does: only the page frame's namespaces are there.
describe('English messages of a view', () => {
  it('are fetched when a component first asks for them, which waits until they arrive', async () => {
    expect(hasEnglish('common')).toBe(true);
    expect(hasEnglish('sources')).toBe(false);
    function Heading() {
      const { t } = useTranslation('sources');
      return <h1>{t('title')}</h1>;
    }
    await act(async () => {
      render(
        <I18nProvider i18n={new I18n('en')}>
          <Suspense fallback={<p>waiting</p>}>
            <Heading />
          </Suspense>
        </I18nProvider>,
      );
    });
    expect(await screen.findByRole('heading', { name: 'Sources' })).toBeInTheDocument();
    expect(hasEnglish('sources')).toBe(true);
  });
});
