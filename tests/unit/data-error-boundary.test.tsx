import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/components/error-boundary';

let failing = true;
function Chart() {
  if (failing) throw new Error('chart exploded');
  return <p>Chart drawn</p>;
}

function Counter() {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      Clicked {count}
    </button>
  );
}

function Page() {
  return (
    <>
      <ErrorBoundary
        fallback={(reset) => (
          <div role="alert">
            This chart failed.
            <button type="button" onClick={reset}>
              Try again
            </button>
          </div>
        )}
      >
        <Chart />
      </ErrorBoundary>
      <Counter />
    </>
  );
}

describe('ErrorBoundary', () => {
  it('keeps a render error inside its box, the rest of the page keeps working, and reset renders again', async () => {
    failing = true;
    // The boundary reports the error to developers with console.warn; React reports caught errors to the root.
    const warn = vi.mocked(console.warn).mockImplementation(() => undefined);
    const caught = vi.fn();
    render(<Page />, { onCaughtError: caught });

    expect(screen.getByRole('alert')).toHaveTextContent('This chart failed.');
    expect(screen.queryByText('Chart drawn')).not.toBeInTheDocument();
    expect(caught).toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith('A part of the page failed to render', expect.any(Error), expect.any(String));

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Clicked 0' }));
    expect(screen.getByRole('button', { name: 'Clicked 1' })).toBeInTheDocument();

    failing = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Chart drawn')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
