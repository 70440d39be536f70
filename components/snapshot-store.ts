import * as snapshots from '@/utils/snapshots';

/**
 * The storage calls the popup and side panel make, as one object so tests can hand in a fake. Extension pages share
 * the extension's IndexedDB, so these run in the page itself, not through the background.
 */
export type SnapshotStore = Pick<
  typeof snapshots,
  | 'saveSnapshot'
  | 'latestSnapshotForUrl'
  | 'snapshotsForDocument'
  | 'correctionsFor'
  | 'setCorrection'
  | 'revertCorrection'
  | 'diffCards'
>;

export const snapshotStore: SnapshotStore = snapshots;
