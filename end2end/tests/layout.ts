// What a person sees and axe does not: checks of the rendered layout, run on every page of the
// accessibility journey at every size, in French and in Arabic. Each one is a class of bug that
// shipped once:
// - a checkbox or radio button stretched to its own line, its label fallen below it;
// - a button, badge, label or tab broken inside a word ("14:0 / 0");
// - text smaller than 12 CSS px (a chart scaled down to 7 px on a phone);
// - on a phone, a table value shown without its column's name ("< 1,6" alone);
// - a header taking more than a quarter of a 360×740 screen.
import type { Page } from '@playwright/test';

/** The largest share of a phone screen's height the header may take. */
export const HEADER_MAX_SHARE = 0.25;

/** Phones: the width up to which tables turn into one block per row (36rem in the stylesheet). */
const PHONE_MAX_WIDTH = 576;

/** Every layout problem on the page as it is now rendered, described for a person. */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ headerMaxShare, phoneMaxWidth }) => {
      const problems: string[] = [];
      const rtl = document.documentElement.dir === 'rtl';

      const isShown = (el: Element): boolean => {
        if (!(el as HTMLElement).getClientRects().length) return false;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || style.display === 'none') return false;
        // Visually hidden text (for screen readers) is not laid out for the eye.
        return !el.closest('.visually-hidden, [aria-hidden="true"]');
      };
      const name = (el: Element): string => {
        const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
        const id = el.id ? `#${el.id}` : '';
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : '';
        return `<${el.tagName.toLowerCase()}${id}${cls}> "${text}"`;
      };
      const textNodes = (el: Element): Text[] => {
        const found: Text[] = [];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if ((node.textContent ?? '').trim()) found.push(node as Text);
        }
        return found;
      };
      /** The line boxes (distinct tops) a range of text is laid out on. */
      const lines = (range: Range): number =>
        new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;

      // A checkbox or radio button sits beside the first line of its label, in the reading direction.
      for (const input of Array.from(document.querySelectorAll('input[type="checkbox"], input[type="radio"]'))) {
        if (!isShown(input)) continue;
        const label = input.id
          ? document.querySelector(`label[for="${CSS.escape(input.id)}"]`)
          : input.closest('label');
        const text = label ? textNodes(label)[0] : undefined;
        if (!label || !text) {
          problems.push(`${name(input)} has no label`);
          continue;
        }
        const box = input.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(text);
        // The label's first line: every piece of it (a line mixing scripts, such as Arabic with
        // "QR", is laid out in several pieces, not in reading order).
        const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
        const top = Math.min(...rects.map((r) => r.top));
        const line = rects.filter((r) => Math.abs(r.top - top) < 2);
        const first = { top, bottom: Math.max(...line.map((r) => r.bottom)) };
        const gap = rtl ? box.left - Math.max(...line.map((r) => r.right)) : Math.min(...line.map((r) => r.left)) - box.right;
        const sameLine = first.top < box.bottom && first.bottom > box.top;
        if (box.width > 48) problems.push(`${name(input)} is stretched to ${Math.round(box.width)}px`);
        if (!sameLine || gap < 0 || gap > 32) {
          problems.push(`${name(input)} is not beside its label ${name(label)} (gap ${Math.round(gap)}px)`);
        }
      }

      // Controls, badges and labels never wrap inside a word (a break after a hyphen is a word's own).
      const controls = 'button, .button, .flag, .badge, label, legend, .tabs a, .site-header nav a, th, .slot';
      for (const el of Array.from(document.querySelectorAll(controls))) {
        if (!isShown(el)) continue;
        for (const node of textNodes(el)) {
          const text = node.textContent ?? '';
          for (const match of text.matchAll(/[^\s\-‐]+[\-‐]?/g)) {
            const range = document.createRange();
            range.setStart(node, match.index!);
            range.setEnd(node, match.index! + match[0].length);
            if (lines(range) > 1) problems.push(`${name(el)} breaks inside "${match[0]}"`);
          }
        }
      }

      // No text under 12 CSS px, drawings included (an SVG's text shrinks with the drawing).
      const small = new Set<string>();
      for (const node of textNodes(document.body)) {
        const el = node.parentElement;
        if (!el || !isShown(el) || el.closest('script, style, title, desc')) continue;
        let size = parseFloat(getComputedStyle(el).fontSize);
        if (el instanceof SVGElement) size *= (el as SVGGraphicsElement).getScreenCTM()?.a ?? 1;
        if (size < 11.95) small.add(`${name(el)} at ${size.toFixed(1)}px`);
      }
      for (const found of small) problems.push(`text under 12px: ${found}`);

      // On a phone, every value of a table says which column it belongs to.
      if (window.innerWidth <= phoneMaxWidth) {
        for (const table of Array.from(document.querySelectorAll('table'))) {
          if (!isShown(table)) continue;
          const head = table.querySelector('thead');
          if (head && head.getBoundingClientRect().height > 2) continue;
          for (const cell of Array.from(table.querySelectorAll('tbody td'))) {
            if (!isShown(cell) || !(cell.textContent ?? '').trim()) continue;
            const before = getComputedStyle(cell, '::before').content;
            const labelled = before && before !== 'none' && before !== 'normal' && before !== '""';
            if (!labelled) problems.push(`${name(cell)} has no visible column name on a phone`);
          }
        }
      }

      // The header leaves the screen to the page.
      const header = document.querySelector('.site-header');
      if (header && window.innerWidth <= 400) {
        const height = header.getBoundingClientRect().height;
        if (height > window.innerHeight * headerMaxShare) {
          problems.push(`the header takes ${Math.round(height)} of ${window.innerHeight}px`);
        }
      }
      return problems;
    },
    { headerMaxShare: HEADER_MAX_SHARE, phoneMaxWidth: PHONE_MAX_WIDTH },
  );
}
