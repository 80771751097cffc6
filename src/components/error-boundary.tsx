import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Shown instead of the children after a render error; `reset` tries to render them again. */
  fallback: (reset: () => void) => ReactNode;
  children: ReactNode;
}

/** Keeps a render error inside one chart or panel: the rest of the page goes on working. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept visible to developers; the reader sees the fallback.
    console.warn('A part of the page failed to render', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? this.props.fallback(() => this.setState({ failed: false })) : this.props.children;
  }
}
