import { forwardRef, useEffect, useState } from 'react';
import { RESIZE } from '../lib/protocol';
import type { HeightMode } from '../lib/embed-url';

/**
 * The live preview: a real iframe of the widget, sized the way embed.js sizes it on a host page
 * (from the widget's own resize messages) or fixed, as the snippet asks.
 */
export const PreviewFrame = forwardRef<HTMLIFrameElement, { src: string; title: string; heightMode: HeightMode; height: number; initialHeight: number }>(
  function PreviewFrame({ src, title, heightMode, height, initialHeight }, ref) {
    const [reported, setReported] = useState<{ src: string; height: number } | undefined>(undefined);

    useEffect(() => {
      const onMessage = (event: MessageEvent) => {
        const frame = typeof ref === 'object' ? ref?.current : null;
        if (!frame || event.source !== frame.contentWindow || event.origin !== window.location.origin) return;
        const data: unknown = event.data;
        if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== RESIZE) return;
        const value = (data as { height?: unknown }).height;
        if (typeof value === 'number' && Number.isFinite(value) && value > 0) setReported({ src, height: Math.min(Math.ceil(value), 20000) });
      };
      window.addEventListener('message', onMessage);
      return () => window.removeEventListener('message', onMessage);
    }, [ref, src]);

    const autoHeight = reported && reported.src === src ? reported.height : initialHeight;
    // The border is on a wrapper so the frame's own height is exactly the widget's, as on a host page.
    return (
      <div className="border border-line bg-page">
        <iframe ref={ref} src={src} title={title} className="block w-full border-0" style={{ height: heightMode === 'fixed' ? height : autoHeight }} />
      </div>
    );
  },
);
