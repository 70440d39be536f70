import { useEffect, useState } from 'preact/hooks';
import type { FileDropZone, FileDropZoneProps } from './FileDropZone';

/**
 * The compare page's drop zone, loaded once the page has painted its table: the page's first render (measured by
 * the e2e suite with 200 vendors) does not pay for it. Until then an empty section holds its place.
 */
export function LazyFileDropZone(props: FileDropZoneProps) {
  const [Zone, setZone] = useState<typeof FileDropZone | null>(null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      import('./FileDropZone').then(
        (m) => live && setZone(() => m.FileDropZone),
        (err: unknown) => console.error('ClauseLens could not load the file drop zone', err),
      );
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);
  return Zone ? <Zone {...props} /> : <section class="cl-files" aria-busy="true" />;
}
