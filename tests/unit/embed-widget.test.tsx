import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from './render';
import { loadFixture } from './fixtures';

const dataset = loadFixture('other-pair.json');

describe('embed widget page', () => {
  it('renders a widget without site navigation, with its footer and a full-view link in a new tab', async () => {
    renderRoute('/embed/timeline?lang=en', dataset);
    expect(await screen.findByRole('heading', { level: 1, name: 'Freedonia–Sylvania leader meetings, 2021–2024' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.getByText('3 meetings')).toBeInTheDocument();
    const link = screen.getByRole('link', { name: /Full view in Bilateral/ });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener');
    expect(link).toHaveAttribute('href', '/summits?lang=en');
    expect(screen.getByText(/^Data: Freedonia–Sylvania relations/)).toBeInTheDocument();
    expect(document.documentElement).not.toHaveClass('dark');
  });

  it('filters through the URL and keeps the range in the full-view link', async () => {
    const { history } = renderRoute('/embed/timeline', dataset);
    await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
    await userEvent.selectOptions(screen.getByLabelText('From'), '2023');
    expect(history.location.search).toBe('?from=2023');
    expect(await screen.findByText('2 meetings')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Kind of meeting'), 'virtual');
    expect(new URLSearchParams(history.location.search).get('kind')).toBe('virtual');
    expect(screen.getByText('1 meeting')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Full view/ })).toHaveAttribute('href', '/summits?from=2023&kind=virtual');
  });

  it('controls=0 hides the filters; title= replaces the heading, as text', async () => {
    renderRoute('/embed/agreements?controls=0&title=%3Cb%3EDeals%3C%2Fb%3E', dataset);
    const heading = await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
    expect(heading).toHaveTextContent('<b>Deals</b>');
    expect(heading.querySelector('b')).toBeNull();
    expect(screen.queryByRole('group', { name: 'Filters' })).not.toBeInTheDocument();
    expect(screen.getByRole('table')).toBeInTheDocument();
  });

  it('an unknown widget names the valid ones', async () => {
    renderRoute('/embed/pie', dataset);
    expect(await screen.findByRole('heading', { level: 1, name: 'Unknown widget' }, { timeout: 5000 })).toBeInTheDocument();
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('listitem').map((item) => item.querySelector('code')?.textContent)).toEqual([
      'trade',
      'meetings',
      'sectors',
      'timeline',
      'agreements',
    ]);
  });

  it('speaks Chinese with lang=zh and notes bad parameters', async () => {
    renderRoute('/embed/sectors?lang=zh&status=lost&view=table', dataset, 'zh');
    expect(await screen.findByRole('heading', { level: 1 }, { timeout: 5000 })).toHaveTextContent('各领域协议');
    expect(screen.getByRole('note')).toHaveTextContent('status=lost');
    expect(screen.getByRole('table')).toBeInTheDocument();
  });

  it("the trade widget offers its figures as the dashboard's table", async () => {
    renderRoute('/embed/trade?from=2021&view=table&lang=en', dataset);
    await screen.findByRole('heading', { level: 1, name: 'Freedonia–Sylvania trade, 2021–2023' }, { timeout: 5000 });
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toHaveTextContent('2021');
    expect(rows[1]).toHaveTextContent('12');
    expect(rows[2]).toHaveTextContent('11.25');
  });

  it("the meetings widget draws the dashboard's chart, titled", async () => {
    renderRoute('/embed/meetings?lang=en', dataset);
    await screen.findByRole('heading', { level: 1, name: 'Freedonia–Sylvania leader meetings per year, 2021–2024' }, { timeout: 5000 });
    expect(screen.getByRole('list', { name: 'Kinds of meeting' })).toBeInTheDocument();
    expect(screen.getByText(/^Sources: /)).toBeInTheDocument();
  });
});
