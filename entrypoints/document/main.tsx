import { render } from 'preact';
import { applyPageLocale } from '@/utils/i18n';
import '@/components/theme.css';
import '@/components/card.css';
import { DocumentPage } from '@/components/DocumentPage';
import { db } from '@/utils/db';
import { correctionsFor } from '@/utils/snapshots';
import { snapshotRowProblems } from '@/utils/validate';

// Stored rows are checked before they are shown, as everywhere else (utils/validate.ts).
const store = {
  correctionsFor,
  async snapshotById(id: number) {
    const row = await db.snapshots.get(id);
    return row && snapshotRowProblems(row).length === 0 ? row : null;
  },
};

// lang, dir and title from the UI's locale (an RTL locale flips the page) before the first render.
applyPageLocale(document, 'pageTitleDocument');

render(<DocumentPage search={location.search} store={store} />, document.getElementById('app')!);
