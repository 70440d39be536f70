/**
 * The contract files the e2e tests serve and drop, built at run time from composed text with the reader tests' own
 * writers (tests/helpers/pdf-writer.ts, docx-writer.ts): nothing binary is committed.
 */
import { makeDocx, para } from '../helpers/docx-writer';
import { makePdf } from '../helpers/pdf-writer';

/** One page: its lines, top to bottom. */
export type PageLines = string[];

const xmlEscape = (s: string) =>
  s.replace(/[<>&"]/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot' }[c]};`);

/** Lines set 14 pt apart from the top of the page, with the page number in the footer as real documents print it. */
function pdfOf(pages: PageLines[], title: string, options: { userPassword?: string } = {}): Uint8Array {
  return makePdf(
    pages.map((lines, i) => ({
      lines: [
        ...lines.map((text, row) => ({ x: 72, y: 740 - row * 14, text })),
        { x: 300, y: 40, text: String(i + 1), size: 9 },
      ],
    })),
    { title, ...options },
  );
}

export const fernhollowPdf = () => pdfOf(FERNHOLLOW_PDF_PAGES, 'Fernhollow Cloud Service Level Agreement');

/** Two pages of images and no text layer: what a scanner makes. */
export const scannedPdf = () =>
  makePdf(
    [
      { lines: [], image: true },
      { lines: [], image: true },
    ],
    { title: 'Scan' },
  );

/** Fernhollow's SLA locked with a password. */
export const lockedPdf = () => pdfOf(FERNHOLLOW_PDF_PAGES, 'Locked', { userPassword: 'open sesame' });

/** Paragraphs of a Word document; one starting with "# " is a Heading 1. */
export const quillbrookDocx = () =>
  makeDocx(
    QUILLBROOK_DOCX_PARAGRAPHS.map((p) =>
      p.startsWith('# ') ? para(xmlEscape(p.slice(2)), 'Heading1') : para(xmlEscape(p)),
    ).join(''),
  );

// The composed documents (written for these tests).

/** Fernhollow's SLA as a three-page PDF: uptime on page 2, credits and law on page 3. Written for these tests. */
export const FERNHOLLOW_PDF_PAGES: PageLines[] = [
  [
    'Fernhollow Cloud Service Level Agreement',
    'Last updated: March 3, 2025',
    '',
    '1. Scope',
    'This Service Level Agreement ("SLA") forms part of the Fernhollow Master',
    'Subscription Agreement between Fernhollow Inc. ("Fernhollow") and the Customer.',
    'Capitalized terms not defined here have the meanings given in the Agreement.',
    '',
    '2. Definitions',
    '"Downtime" means any period during which the Service is unavailable to the',
    "Customer, excluding Scheduled Maintenance and events outside Fernhollow's control.",
  ],
  [
    'Fernhollow Cloud Service Level Agreement',
    '',
    '3. Availability Commitment',
    'Fernhollow will make the Service available 99.95% of the time in each calendar',
    "month, measured by Fernhollow's monitoring systems.",
    '',
    '4. Scheduled Maintenance',
    "Fernhollow will give the Customer at least five (5) days' notice of Scheduled",
    'Maintenance by email.',
  ],
  [
    'Fernhollow Cloud Service Level Agreement',
    '',
    '5. Service Credits',
    'If Fernhollow misses the Availability Commitment in a month, the Customer may',
    "claim a credit of 10% of the monthly fees. Service credits are the Customer's",
    'sole and exclusive remedy for any failure to meet the Availability Commitment.',
    '',
    '6. Governing Law',
    'This SLA is governed by the laws of the State of Oregon.',
  ],
];

/** Quillbrook's MSA as a Word document. Written for these tests. */
export const QUILLBROOK_DOCX_PARAGRAPHS = [
  '# Quillbrook Master Services Agreement',
  'This Master Services Agreement (the "Agreement") is entered into by Quillbrook Ltd. ("Quillbrook") and the customer named in the order form ("Customer").',
  '# 1. Term and Renewal',
  'This Agreement renews automatically for successive twelve (12) month terms unless either party gives notice of non-renewal at least thirty (30) days before the end of the then-current term.',
  '# 2. Limitation of Liability',
  "Neither party shall be liable for any indirect, incidental, special or consequential damages. Each party's total liability under this Agreement shall not exceed the fees paid by Customer in the twelve (12) months preceding the claim.",
  '# 3. Governing Law',
  'This Agreement is governed by the laws of England and Wales, and the courts of London shall have exclusive jurisdiction.',
];
