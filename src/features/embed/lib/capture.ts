/**
 * A PNG of a chart widget shown in the builder's preview. The preview is a same-origin iframe, so
 * its document can be read directly; the image holds the heading, the chart and the source footer,
 * without the filter controls (marked `no-print`).
 */
export async function widgetPng(frame: HTMLIFrameElement): Promise<Blob> {
  const doc = frame.contentDocument;
  const node = doc?.querySelector<HTMLElement>('[data-embed-capture]');
  if (!doc || !node || !node.querySelector('[data-embed-chart]')) throw new Error('The preview shows no chart yet');
  const background = doc.defaultView?.getComputedStyle(node).backgroundColor || '#ffffff';
  const { toBlob } = await import('html-to-image');
  const blob = await toBlob(node, {
    backgroundColor: background,
    pixelRatio: 2,
    cacheBust: false,
    filter: (element: Node) => !(element instanceof (doc.defaultView?.Element ?? Element) && element.classList.contains('no-print')),
  });
  if (!blob) throw new Error('The PNG could not be created');
  return blob;
}
