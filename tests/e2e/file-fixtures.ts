/**
 * Small contract files the e2e tests serve and drop, built from composed text at run time (no binary committed):
 * a multi-page PDF (one Helvetica text object per page, plain PDF 1.4 with a correct xref table) and a DOCX (a ZIP,
 * stored without compression, holding the three parts Word needs). Both writers are minimal on purpose: they make
 * what pdf.js and mammoth read, nothing more.
 */

/** One page: its lines, top to bottom. */
export type PdfPage = string[];

const escapePdf = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);

export function makePdf(pages: PdfPage[], title = ''): Uint8Array {
  const objects: string[] = [];
  // 1: catalog, 2: pages, 3: font, 4: info, then per page: page object and its content stream.
  const pageIds = pages.map((_, i) => 5 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] = `<< /Title (${escapePdf(title)}) /Producer (ClauseLens e2e) >>`;
  pages.forEach((lines, i) => {
    const body = [
      'BT',
      '/F1 11 Tf',
      '14 TL',
      '72 740 Td',
      ...lines.map((line) => `(${escapePdf(line)}) Tj T*`),
      'ET',
      // The page number in the footer, as real documents print it.
      `BT /F1 9 Tf 300 40 Td (${i + 1}) Tj ET`,
    ].join('\n');
    const pageId = pageIds[i] as number;
    objects[pageId] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageId + 1} 0 R >>`;
    objects[pageId + 1] = `<< /Length ${Buffer.byteLength(body, 'latin1')} >>\nstream\n${body}\nendstream`;
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(out, 'latin1');
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

// --- DOCX -----------------------------------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A ZIP of stored (uncompressed) entries. */
export function makeZip(entries: { name: string; data: string }[]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = Buffer.from(entry.data, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, data);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(data.length, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += local.length + name.length + data.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, ...central, end]));
}

const xmlEscape = (s: string) =>
  s.replace(/[<>&"]/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot' }[c]};`);

/** A Word document: each paragraph a `w:p`; a paragraph starting with "# " is a Heading 1. */
export function makeDocx(paragraphs: string[]): Uint8Array {
  const body = paragraphs
    .map((p) =>
      p.startsWith('# ')
        ? `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">${xmlEscape(p.slice(2))}</w:t></w:r></w:p>`
        : `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(p)}</w:t></w:r></w:p>`,
    )
    .join('');
  return makeZip([
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    },
    {
      name: 'word/document.xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    },
  ]);
}

// --- The composed documents -------------------------------------------------------------------------------------

/** Fernhollow's SLA as a three-page PDF: uptime on page 2, credits and law on page 3. Written for these tests. */
export const FERNHOLLOW_PDF_PAGES: PdfPage[] = [
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
