import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agreementsDataset } from './agreements-fixture';
import { renderRoute } from './render';
import { loadFixture } from './fixtures';

const dataset = agreementsDataset();

describe('the sources page', () => {
  it('lists sources with citation counts that lead to the records, and searches', async () => {
    const user = userEvent.setup();
    const { history } = renderRoute('/sources', dataset);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sources' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByText('2 of 2 sources')).toBeInTheDocument();
    const card = screen.getByRole('article', { name: 'Freedonia trade yearbook (synthetic)' });
    expect(within(card).getByRole('link', { name: 'Freedonia trade yearbook (synthetic)' })).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(card).getByRole('link', { name: '3 agreements' })).toHaveAttribute('href', '/agreements?source=fr-stats');

    await user.type(screen.getByRole('searchbox', { name: 'Search sources and claims' }), 'gazette');
    expect(screen.getByText('1 of 2 sources')).toBeInTheDocument();
    await waitFor(() => expect(history.location.search).toBe('?q=gazette'));
  }, 30_000);

  it('marks a claim\'s unit, written in the dataset in English, as English on a Russian page', async () => {
    renderRoute('/sources', loadFixture('data/relations.json'), 'ru');
    const stated = (await screen.findAllByText(/^Названо: 244,81/, {}, { timeout: 15_000 }))[0]!;
    const unit = within(stated).getByText('USD bn');
    expect(unit).toHaveAttribute('lang', 'en');
    expect(stated.textContent?.replace(/\s/g, ' ')).toBe('Названо: 244,81 USD bn');
    // Claim groups are headed by the dataset's topic headings, in the reader's language.
    expect(screen.getByRole('heading', { level: 3, name: /^Товарооборот в 2024 году/ })).toBeInTheDocument();
    expect(screen.queryByText('trade-2024')).not.toBeInTheDocument();
  }, 30_000);
});
