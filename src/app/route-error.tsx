import { Component, useEffect, useState, type ErrorInfo, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from '../lib/use-translation';
import { linkTo } from '../lib/url-params';

/**
 * A view's code that did not arrive. Browsers word it differently ("Failed to fetch dynamically
 * imported module", "Importing a module script failed", "error loading dynamically imported module"),
 * and keep the failure for the page's life: only a reload fetches the code again.
 */
const isMissingCode = (error: unknown) =>
  error instanceof TypeError && /dynamically imported module|importing a module script failed/i.test(error.message);

/** Shown when a view fails to render (or its code fails to load); the header and the other views keep working. */
export function RouteError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const missingCode = isMissingCode(error);
  // Decided once, when the error shows: the page then reloads itself when the connection returns.
  // (Followed live, the 'online' event would redraw this view, and drop the reload, before it ran.)
  const [waitingForConnection] = useState(() => missingCode && navigator.onLine === false);
  useEffect(() => {
    if (!waitingForConnection) return;
    const reload = () => window.location.reload();
    window.addEventListener('online', reload);
    return () => window.removeEventListener('online', reload);
  }, [waitingForConnection]);
  const detail = error instanceof Error ? error.message : undefined;
  return (
    <section role="alert" className="mx-auto my-10 max-w-2xl rounded-lg border border-danger bg-danger-panel p-6 text-ink">
      <h1 className="text-xl font-semibold">{t('routeError.title')}</h1>
      <p className="mt-2">{t(waitingForConnection ? 'routeError.codeMissingOffline' : missingCode ? 'routeError.codeMissing' : 'routeError.body')}</p>
      {detail && <p className="mt-2 font-mono text-sm break-all">{detail}</p>}
      <div className="mt-4 flex gap-4">
        <button type="button" onClick={() => window.location.reload()} className="rounded-md bg-accent px-4 py-2 font-medium text-accent-ink">
          {t('routeError.reload')}
        </button>
        <Link to={linkTo('/', params)} className="self-center">
          {t('routeError.home')}
        </Link>
      </div>
    </section>
  );
}

interface BoundaryProps {
  /** The address shown; the error view gives way when it changes, and the new view gets a try. */
  address: string;
  children: ReactNode;
}

interface BoundaryState {
  address: string;
  failed: boolean;
  error: unknown;
}

/**
 * Catches a view's render error and shows RouteError in its place. It is reset by a change of
 * address rather than remounted, so the Suspense boundary inside stays mounted and the page on
 * screen stays while the next view's code arrives.
 */
export class RouteErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { address: this.props.address, failed: false, error: undefined };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { failed: true, error };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.address === state.address ? null : { address: props.address, failed: false, error: undefined };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept visible to developers; the reader sees the error view.
    console.warn('A view failed to render', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <RouteError error={this.state.error} /> : this.props.children;
  }
}
