/**
 * Image downloads of a chart. PNG goes through html-to-image (loaded only when asked for); SVG is the
 * chart's own <svg>, serialized with XMLSerializer, with a background, a font and its title added so
 * it stands alone outside the page.
 */

/** Elements marked `no-export` (buttons, switches) are left out of images. */
const keepInImage = (node: Node): boolean => !(node instanceof Element && node.classList.contains('no-export'));

export async function chartPng(node: HTMLElement, background: string): Promise<Blob> {
  const { toBlob } = await import('html-to-image');
  const blob = await toBlob(node, { backgroundColor: background, pixelRatio: 2, filter: keepInImage, cacheBust: false });
  if (!blob) throw new Error('The PNG could not be created');
  return blob;
}

export function chartSvg(svg: SVGSVGElement, options: { title: string; description: string; background: string; ink: string }): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const ns = 'http://www.w3.org/2000/svg';
  const box = svg.getBoundingClientRect();
  const width = Number(svg.getAttribute('width')) || Math.round(box.width) || 600;
  const height = Number(svg.getAttribute('height')) || Math.round(box.height) || 300;
  copy.setAttribute('xmlns', ns);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('font-family', 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif');
  copy.setAttribute('font-size', '12');
  copy.setAttribute('color', options.ink);
  for (const name of ['tabindex', 'role', 'style', 'class']) copy.removeAttribute(name);
  for (const element of copy.querySelectorAll('[tabindex]')) element.removeAttribute('tabindex');
  for (const element of copy.querySelectorAll('.no-export')) element.remove();

  let title = copy.querySelector(':scope > title');
  if (!title) {
    title = document.createElementNS(ns, 'title');
    copy.prepend(title);
  }
  title.textContent = options.title;
  let desc = copy.querySelector(':scope > desc');
  if (!desc) {
    desc = document.createElementNS(ns, 'desc');
    title.after(desc);
  }
  desc.textContent = options.description;

  const background = document.createElementNS(ns, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', options.background);
  desc.after(background);

  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}
