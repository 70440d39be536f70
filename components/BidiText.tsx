import type { ComponentChildren, HTMLAttributes } from 'preact';
import { bidiSegments, directionOf, valueDirectionOf } from '@/utils/direction';

export interface BidiTextProps extends Omit<HTMLAttributes<HTMLElement>, 'dir' | 'lang' | 'as'> {
  text: string;
  /** The element that carries dir/lang (default <span>). */
  as?: 'span' | 'blockquote' | 'dd' | 'p' | 'del' | 'ins' | 'div';
  /** A value the extension formatted (it follows its first letter: valueDirectionOf), not a quote of page text. */
  value?: boolean;
  children?: ComponentChildren;
}

/**
 * Page text shown with its own direction (utils/direction.ts): right to left with lang="ar" for an Arabic quote, its
 * Latin runs isolated in <bdi dir="ltr">; left untouched for English. Rendered as text, never as markup. `children`
 * follow the text (screen-reader hints).
 */
export function BidiText({ text, as: Tag = 'span', value = false, children, ...rest }: BidiTextProps) {
  const attrs = value ? valueDirectionOf(text) : directionOf(text);
  return (
    <Tag {...(rest as object)} dir={attrs.dir} lang={attrs.lang}>
      {bidiSegments(text).map((s, i) =>
        s.ltr ? (
          // Index key: the segments of one text, never reordered.
          <bdi key={i} dir="ltr">
            {s.text}
          </bdi>
        ) : (
          s.text
        ),
      )}
      {children}
    </Tag>
  );
}
