/** Download helpers for charts: the SVG as drawn, a PNG of it, and the data as CSV. */

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function standalone(svg: SVGSVGElement): { text: string; width: number; height: number } {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const style = getComputedStyle(svg);
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width) || 800;
  const height = Math.round(box.height) || 300;
  // Marks are painted with scheme colours (light-dark(), CSS variables) that a file on its own cannot resolve.
  const painted = svg.querySelectorAll<SVGElement>('*');
  clone.querySelectorAll<SVGElement>('*').forEach((el, i) => {
    const from = painted[i];
    if (!from) return;
    const computed = getComputedStyle(from);
    for (const prop of ['fill', 'stroke'] as const) {
      if (el.style.getPropertyValue(prop) || el.getAttribute(prop)?.includes('var(')) {
        el.style.removeProperty(prop);
        el.setAttribute(prop, computed.getPropertyValue(prop));
      }
    }
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute(
    'style',
    `color:${style.color};font-family:${style.fontFamily};font-size:12px;background:${getComputedStyle(document.body).backgroundColor}`,
  );
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', getComputedStyle(document.body).backgroundColor);
  clone.insertBefore(bg, clone.firstChild);
  return { text: new XMLSerializer().serializeToString(clone), width, height };
}

export function exportSvg(svg: SVGSVGElement, name: string): void {
  download(new Blob([standalone(svg).text], { type: 'image/svg+xml' }), `${name}.svg`);
}

export function exportPng(svg: SVGSVGElement, name: string): void {
  const { text, width, height } = standalone(svg);
  const img = new Image();
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  img.onload = () => {
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    URL.revokeObjectURL(url);
    canvas.toBlob((blob) => blob && download(blob, `${name}.png`), 'image/png');
  };
  img.src = url;
}

export function exportCsv(csv: string, name: string): void {
  download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
}
