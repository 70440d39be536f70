// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docFromDocument } from '@/extractors';
import { renderedClone } from '@/utils/visibility';

// jsdom has no layout and no Element.checkVisibility: a stand-in that reads the computed display, visibility and
// opacity of the element and its ancestors, as the browser's does (content of a closed <details> is not rendered).
const proto = Element.prototype as Element & { checkVisibility?: (o?: object) => boolean };
beforeAll(() => {
  proto.checkVisibility = function (this: Element) {
    for (let el: Element | null = this; el; el = el.parentElement) {
      const s = getComputedStyle(el);
      if (el === this && s.display === 'contents') return false; // no box of its own
      if (s.display === 'none' || s.visibility === 'hidden' || s.opacity === '0') return false;
      const details = el.parentElement;
      if (details?.tagName === 'DETAILS' && !details.hasAttribute('open') && el.tagName !== 'SUMMARY') return false;
    }
    return true;
  };
});
afterAll(() => {
  Reflect.deleteProperty(proto, 'checkVisibility');
});

describe('renderedClone', () => {
  it('leaves out what the page does not render, keeps closed <details>, and does not touch the page', () => {
    document.head.innerHTML = '<style>.promo { display: none }</style>';
    document.body.innerHTML = `<main>
      <p class="promo">Hidden by a class: 99.999% uptime.</p>
      <p style="display:none">Hidden inline: 99.999% uptime.</p>
      <p style="visibility:hidden">Invisible: 99.999% uptime.</p>
      <p style="opacity:0">Transparent: 99.999% uptime.</p>
      <p style="font-size:0">Zero font: 99.999% uptime.<span style="font-size:16px">Readable child.</span></p>
      <p>The Service is available 99.5% of each month.</p>
      <div style="display:contents"><p>Credits are the sole remedy.</p></div>
      <details><summary>Law</summary><p>This Agreement is governed by the laws of Ontario.</p></details>
    </main>`;
    const before = document.body.innerHTML;
    const { doc, removed, zeroFont } = renderedClone(document);
    expect(document.body.innerHTML).toBe(before);
    expect(removed).toBe(4);
    expect(zeroFont).toBe(1);
    const text = docFromDocument(doc, null, { owned: true }).text;
    expect(text).not.toContain('99.999');
    expect(text).toContain('Readable child.');
    expect(text).toContain('99.5% of each month');
    expect(text).toContain('Credits are the sole remedy.');
    expect(text).toContain('governed by the laws of Ontario');
  });
});
