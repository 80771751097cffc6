import { Component, Suspense, type ReactNode } from 'react';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18n, switchLanguage } from '../../src/lib/i18n';
import { I18nProvider, useTranslation } from '../../src/lib/use-translation';

// As when the connection drops: the Chinese messages and the sources view's English ones never arrive.
vi.mock('../../src/locales/zh', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});
vi.mock('../../src/locales/en/sources.json', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

class ShowError extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <p role="alert">failed</p> : this.props.children;
  }
}

describe('messages that fail to download', () => {
  afterEach(() => vi.restoreAllMocks());

  it('leave the language shown as it was', async () => {
    const i18n = new I18n('en');
    await expect(switchLanguage(i18n, 'zh')).resolves.toBe(false);
    expect(i18n.language).toBe('en');
  });

  it("of a view's English reach the nearest error boundary rather than wait for ever", async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function Heading() {
      const { t } = useTranslation('sources');
      return <h1>{t('title')}</h1>;
    }
    await act(async () => {
      render(
        <I18nProvider i18n={new I18n('en')}>
          <ShowError>
            <Suspense fallback={<p>waiting</p>}>
              <Heading />
            </Suspense>
          </ShowError>
        </I18nProvider>,
      );
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('failed');
    expect(screen.queryByText('waiting')).not.toBeInTheDocument();
  });
});
