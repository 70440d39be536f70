import { describe, expect, it } from 'vitest';
import { looksLikeHeading, stripInlineMarkdown } from '../extractors/common/text-input';
import { docFromText } from '../extractors/input';
import { doublingRatio, LINEAR_RATIO } from '../scripts/lib/scaling';

describe('docFromText', () => {
  it('reads markdown headings, list items and tables', () => {
    const doc = docFromText('# Terms\n\n- first item\n\n| A | B |\n|---|---|\n| 1 | 2 |\n');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'list-item', 'table-row', 'table-row']);
    expect(doc.text).toBe('Terms\nfirst item\nA | B\n1 | 2');
  });

  it('treats numbered short lines as headings and rejoins hard-wrapped paragraphs', () => {
    const doc = docFromText(
      '1. Service Commitment\nThe Provider will use commercially reasonable efforts to make the\nservice available 99.9% of the time.',
    );
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph']);
    expect(doc.sentences[1]?.text).toBe(
      'The Provider will use commercially reasonable efforts to make the service available 99.9% of the time.',
    );
    expect(doc.sentences[1]?.heading).toBe('1. Service Commitment');
  });

  it('rejoins a wrapped line that stops on a function word, whatever the case of the next line', () => {
    const doc = docFromText(
      '7. LIMITS. Each party is responsible for its own costs and has no liability beyond the amount paid by\nCustomer to Provider in the twelve months before the claim.\nCustomer may cancel at any time.',
    );
    expect(doc.sentences.map((s) => s.text)).toEqual([
      '7. LIMITS.',
      'Each party is responsible for its own costs and has no liability beyond the amount paid by Customer to Provider in the twelve months before the claim.',
      'Customer may cancel at any time.',
    ]);
  });

  it('grows linearly with a paragraph wrapped over thousands of lines that each stop on a function word', () => {
    const make = (n: number) =>
      'Either party may give notice of the terms agreed between them and the\nCustomer to the\n'.repeat(n);
    expect(doublingRatio(make, (t) => docFromText(t), 2_000, 5)).toBeLessThanOrEqual(LINEAR_RATIO);
  });

  it('look-alike: a long line that ends on a noun starts no sentence in the next capitalised line', () => {
    const doc = docFromText(
      'Support is provided by email during business hours on every working day\nCustomer Success Managers are assigned to Enterprise plans only.',
    );
    expect(doc.blocks.length).toBe(2);
  });

  it('does not take a lone pipe for a table', () => {
    const doc = docFromText('Last Updated: March 20, 2025 | Archive');
    expect(doc.blocks[0]?.kind).toBe('paragraph');
  });

  it('survives an empty input', () => {
    const doc = docFromText('');
    expect(doc.text).toBe('');
    expect(doc.sentences).toEqual([]);
  });
});

describe('looksLikeHeading', () => {
  it.each(['GOVERNING LAW', '4.2 Limitation of Liability', 'Exclusions:', 'Service Credits'])(
    '%s is a heading',
    (t) => {
      expect(looksLikeHeading(t)).toBe(true);
    },
  );
  it.each([
    'The Provider will use commercially reasonable efforts to make the',
    'Email: support@example.com',
    'We will respond.',
    'This is a long line that keeps on going with many lower case words in it',
  ])('%s is not', (t) => {
    expect(looksLikeHeading(t)).toBe(false);
  });
});

describe('YAML front matter', () => {
  it('reads titles as headings and block scalars as text, and drops other metadata', () => {
    const doc = docFromText(
      [
        '---',
        'title: "Acceptable Use Policy"',
        'date: 2019-04-01 10:00:00 +02:00',
        'title_ar: سياسة الاستخدام المقبول',
        'layout: legal',
        'body: |-',
        '  ## Scope',
        '',
        '  You must not misuse the service.',
        'menu:',
        '  footer: true',
        '---',
        'Questions? Write to us.',
      ].join('\n'),
    );
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'heading', 'heading', 'paragraph', 'paragraph']);
    expect(doc.text).toBe(
      'Acceptable Use Policy\nسياسة الاستخدام المقبول\nScope\nYou must not misuse the service.\nQuestions? Write to us.',
    );
    expect(doc.text).not.toContain('2019');
  });

  it('leaves a document that only opens with a rule as it is', () => {
    const doc = docFromText('---\nThis is a plain paragraph, not metadata.\n---\nMore text.');
    expect(doc.text).toBe('This is a plain paragraph, not metadata.\nMore text.');
  });
});

describe('MDX module lines (Docusaurus, Next.js)', () => {
  it('drops the imports and exports at the top and reads an exported title as the heading', () => {
    const doc = docFromText(
      [
        "import Layout from '~/layouts/GuideLayout'",
        "import { Admonition } from 'ui'",
        '',
        'export const meta = {',
        "  title: 'Hosting Service Level Agreement',",
        "  description: 'Uptime and credits',",
        '}',
        '',
        'The Provider will make the Service available 99.9% of each month.',
      ].join('\n'),
    );
    expect(doc.text).toBe(
      'Hosting Service Level Agreement\nThe Provider will make the Service available 99.9% of each month.',
    );
    expect(doc.text).not.toContain('import');
  });

  it('keeps the front matter title and a one-line export after it', () => {
    const doc = docFromText(
      "---\ntitle: Terms of Use\n---\nexport const meta = { title: 'Other' }\n\nThese Terms govern the Service.",
    );
    expect(doc.text).toBe('Terms of Use\nThese Terms govern the Service.');
  });

  it('leaves prose that opens with the words "import" or "export" as text', () => {
    // Look-alikes: sentences, not statements; an export whose brackets never close.
    expect(docFromText('Import duties are paid by the Customer.\nThe Provider ships goods.').text).toContain(
      'Import duties are paid by the Customer.',
    );
    expect(docFromText('export controls apply to the Software.\nCustomer complies.').text).toContain(
      'export controls apply to the Software.',
    );
    expect(docFromText('export const meta = {\n\nThe Service is provided as is.').text).toContain(
      'The Service is provided',
    );
    // A component's source: its function holds the page's text, which stays.
    const component = docFromText(
      "import React from 'react'\nexport default function Terms() {\n  return (\n    <h1>Terms of Service</h1>\n  )\n}",
    );
    expect(component.text).toContain('Terms of Service');
  });
});

describe('TOML front matter (Hugo)', () => {
  it('reads the title as the heading and drops the other keys', () => {
    const doc = docFromText(
      [
        '+++',
        'layout = "legal"',
        'title = "Terms of Service"',
        'description = "All the terms you agree to."',
        'draft = false',
        '+++',
        '',
        'These Terms govern your use of the Services.',
      ].join('\n'),
    );
    expect(doc.title ?? doc.text.split('\n')[0]).toBe('Terms of Service');
    expect(doc.text).toBe('Terms of Service\nThese Terms govern your use of the Services.');
    expect(doc.text).not.toContain('draft');
  });

  it('leaves prose between "+++" lines as it is', () => {
    const doc = docFromText('+++\nThis is a plain paragraph, not metadata.\n+++\nMore text.');
    expect(doc.text).toContain('This is a plain paragraph, not metadata.');
  });
});

describe('MultiMarkdown and Pelican metadata ("Title: …" lines before the first blank line)', () => {
  it('reads the title as the heading and drops the other keys', () => {
    const doc = docFromText(
      [
        'Title: Corvane Terms of Use',
        'Date: 2024-02-01',
        'Slug: terms',
        '',
        'By using Corvane you accept these terms.',
      ].join('\n'),
    );
    expect(doc.title ?? doc.text.split('\n')[0]).toBe('Corvane Terms of Use');
    expect(doc.text).toBe('Corvane Terms of Use\nBy using Corvane you accept these terms.');
  });

  it('look-alike: a clause that opens with "Title:" and goes on in prose stays text', () => {
    const doc = docFromText('Title: the goods remain the seller’s until paid.\nRisk passes on delivery.');
    expect(doc.text).toBe('Title: the goods remain the seller’s until paid.\nRisk passes on delivery.');
  });
});

describe('stripInlineMarkdown', () => {
  it('removes links, emphasis and code, each only where its markup is', () => {
    expect(stripInlineMarkdown('See **Section 4** of the [SLA](https://example.test/sla) and `fees`.')).toBe(
      'See Section 4 of the SLA and fees.',
    );
    expect(stripInlineMarkdown('__Credits__ apply')).toBe('Credits apply');
    // Inline HTML phrasing tags render as their text; an autolink or a comparison stays.
    expect(stripInlineMarkdown('<span class="h">Privacy Notice</span> <span>Firefox</span>')).toBe(
      'Privacy Notice Firefox',
    );
    expect(stripInlineMarkdown('Write to <support@acme.test> within < 2 hours or <b>now</b>')).toBe(
      'Write to <support@acme.test> within < 2 hours or now',
    );
    // A link whose text is emphasis markup: the emphasis it leaves behind is read in the next step.
    expect(stripInlineMarkdown('**[Uptime](https://example.test)**')).toBe('Uptime');
    expect(stripInlineMarkdown('Plain text, no markup: 99.9% [sic] a_b*c.')).toBe(
      'Plain text, no markup: 99.9% [sic] a_b*c.',
    );
  });
});

describe('a Markdown line that is all bold is a heading', () => {
  const kinds = (text: string) => {
    const doc = docFromText(text);
    return doc.blocks.map((b) => [b.kind, doc.text.slice(b.start, b.end)]);
  };
  it('reads "**Service credits**" and an FAQ question in bold as headings', () => {
    expect(kinds('**Service credits**\nCredits are 10% of the fee.\n**How do I claim a credit?**\nEmail us.')).toEqual([
      ['heading', 'Service credits'],
      ['paragraph', 'Credits are 10% of the fee.'],
      ['heading', 'How do I claim a credit?'],
      ['paragraph', 'Email us.'],
    ]);
  });
  it('look-alikes: a bold sentence, a line that is only partly bold', () => {
    expect(kinds('**Please read these terms carefully before you sign up.**')).toEqual([
      ['paragraph', 'Please read these terms carefully before you sign up.'],
    ]);
    expect(kinds('**Note** that credits expire after a year')).toEqual([
      ['paragraph', 'Note that credits expire after a year'],
    ]);
    // A label line in bold is a paragraph (its date is not a section's heading).
    expect(kinds('**Last Updated: August 13, 2026**')).toEqual([['paragraph', 'Last Updated: August 13, 2026']]);
  });
});

describe('HTML blocks in Markdown (blocksFromHtmlFragment)', () => {
  const chart = [
    '## 6. Credits',
    '',
    '<table>',
    '  <thead>',
    '    <tr><th colspan="3">Availability Chart</th></tr>',
    '  </thead>',
    '',
    '  <tbody>',
    '    <tr>',
    '      <td></td>',
    '      <td><b>Monthly Availability:</b></td>',
    '      <td><b>Credit:</b></td>',
    '    </tr>',
    '    <tr><td>Band A</td><td>98% - 99.49%</td><td>10% of the monthly fee</td></tr>',
    '    <tr><td>Band B</td><td>&lt; 98%</td><td>25% of the monthly fee</td></tr>',
    '  </tbody>',
    '</table>',
    '',
    '<div class="note">',
    '  <p>Credits are applied to the next invoice.<br>They are not refunded in cash.</p>',
    '</div>',
    '',
    'Answers within < 2 hours; write to <support@quillby.test>.',
  ].join('\n');

  it('reads a table as rows of cells, a <div> as text, entities decoded, no tag left', () => {
    const doc = docFromText(chart);
    expect(doc.blocks.map((b) => b.kind)).toEqual([
      'heading',
      'table-row',
      'table-row',
      'table-row',
      'table-row',
      'paragraph',
      'paragraph',
    ]);
    expect(doc.text).toContain('Band B | < 98% | 25% of the monthly fee');
    expect(doc.text).toContain('Credits are applied to the next invoice. They are not refunded in cash.');
    expect(doc.text).not.toMatch(/<\/?(?:table|tr|td|div|p|b)\b/);
  });

  it('look-alikes: "< 2 hours" and an autolink in a paragraph are text, not tags', () => {
    const doc = docFromText(chart);
    expect(doc.text).toContain('Answers within < 2 hours; write to <support@quillby.test>.');
  });

  it('grows linearly with a line of unclosed emphasis, escapes and link marks', () => {
    const make = (n: number) => `${'**bold _it \\( *x ![a](b [c](d '.repeat(n)}`;
    expect(doublingRatio(make, (t) => docFromText(t), 5_000, 5)).toBeLessThanOrEqual(LINEAR_RATIO);
  });

  it('grows linearly with a run of unclosed tags', () => {
    const make = (n: number) => `<div>${'<a<b '.repeat(n)}`;
    expect(doublingRatio(make, (t) => docFromText(t), 20_000, 5)).toBeLessThanOrEqual(LINEAR_RATIO);
  });
});

describe('GFM tables whose rows hold one pipe', () => {
  it('reads "Plan | Uptime" rows under a delimiter row as a table', () => {
    const doc = docFromText(
      'The uptime depends on the plan you buy.\n\nPlan | Monthly Uptime\n--- | ---\nDefault | 99.50%\nExtended | 99.95%\n\nAfter.',
    );
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table-row', 'table-row', 'table-row', 'paragraph']);
    expect(doc.text).toContain('Default | 99.50%');
  });

  it('look-alikes: a line with one pipe and no delimiter row, and a "---" rule, are no table', () => {
    expect(docFromText('Last updated: 3 May 2026 | Archive\n\nText.').blocks[0]?.kind).not.toBe('table-row');
    expect(docFromText('Plans | Pricing\n---\nText.').blocks.some((b) => b.kind === 'table-row')).toBe(false);
  });
});

describe('YAML front matter with a list at its key’s column', () => {
  it('"categories:\\n- legal" stays front matter: its title heads the document', () => {
    const doc = docFromText(
      '---\ntitle: "Data Processing Annex"\ncategories:\n- legal\n---\n\nThis Annex forms part of the Terms.',
    );
    expect(doc.title).toBe('Data Processing Annex');
    expect(doc.text).not.toContain('categories');
  });

  it('look-alike: a rule, a list and a rule with no key are text', () => {
    const doc = docFromText('---\n- first point\n- second point\n---\n\nMore text.');
    expect(doc.text).toContain('first point');
  });
});

describe('YAML front matter with a space before a key’s colon', () => {
  it('"description : …" is still a key (YAML allows the space): the block is metadata and its title heads the document', () => {
    const doc = docFromText(
      '---\ntitle: "Uptime Commitment"\nauthor: A. Writer\nsummary : "uptime"\n---\n\nWe aim for 99.5% monthly availability.',
    );
    expect(doc.title).toBe('Uptime Commitment');
    expect(doc.text).not.toContain('summary');
    expect(doc.text).not.toContain('A. Writer');
  });

  it('look-alike: prose lines with a spaced colon between rules are text, not metadata', () => {
    const doc = docFromText('---\nPlease note : fees are monthly.\n---\n\nMore text.');
    expect(doc.text).toContain('Please note : fees are monthly.');
  });
});

describe('Markdown images, link titles and kramdown attribute lists', () => {
  it('drops an image (its alt text and title are not on the page) and keeps the words of a link around it', () => {
    const doc = docFromText(
      'See [Service Terms for Orbitex Cloud ![Opens in a new tab](../icons/out.svg "Opens in a new tab")](https://example.test/terms){: new_window}.',
    );
    expect(doc.text).toBe('See Service Terms for Orbitex Cloud .');
  });

  it('reads a link with a quoted title as its words, and a line holding only "{: #id}" as nothing', () => {
    const doc = docFromText(
      'Uptime commitment\n{: #uptime}\nWe publish [status](https://status.example.test "Status page") daily.',
    );
    expect(doc.text).toBe('Uptime commitment\nWe publish status daily.');
  });

  it('reads paragraph tags inside a table cell as the cell shows them, each paragraph apart', () => {
    const doc = docFromText(
      'Level | Description | Response\n--- | --- | ---\nMinor | <p>Deviations that do not</p><p>involve a core function.</p> | 24 hours',
    );
    expect(doc.text).toContain('Deviations that do not involve a core function.');
    expect(doc.text).not.toContain('<p>');
  });

  it('look-alikes: brackets and braces that are no markup stay as written', () => {
    expect(docFromText('Fees are listed in [Schedule A] (attached) and {per seat}.').text).toBe(
      'Fees are listed in [Schedule A] (attached) and {per seat}.',
    );
  });
});

describe('single emphasis in Markdown text', () => {
  it('"_Licensee_" and "*not*" read as their words', () => {
    expect(docFromText('The _Term_ renews unless _Licensee_ does *not* pay.').text).toBe(
      'The Term renews unless Licensee does not pay.',
    );
  });

  it('a bold italic span holding italic words ("***… _Acme_ …***") reads as its words', () => {
    expect(docFromText('***Neither side is liable beyond the fees _Acme_ received from _Customer_.***').text).toBe(
      'Neither side is liable beyond the fees Acme received from Customer.',
    );
  });

  it('look-alikes: snake_case, 2*3*4 and a filing\'s withheld figure "[*] … [*]" stay as written', () => {
    const text = 'Set max_retry_count to 2*3*4 within [*] days, then [*] more.';
    expect(docFromText(text).text).toBe(text);
  });

  it('a line all in italics under a heading is text under it, not a heading of its own', () => {
    const doc = docFromText(
      '### Severe\n\nA business function is unavailable.\n\n*Target Action*\n\nInitial response within 2 business hours.',
    );
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph']);
  });
});

describe('Markdown backslash escapes and bold across a wrapped line', () => {
  it('reads "\\(", "\\[7\\]", "\\<" and "\\*" as the characters themselves', () => {
    expect(
      docFromText(
        'Notice is given at least \\[7\\] days before \\(see below\\); uptime \\< 95\\% earns \\*no\\* credit.',
      ).text,
    ).toBe('Notice is given at least [7] days before (see below); uptime < 95% earns *no* credit.');
  });

  it('joins a line whose bold opens ("services (**Brindle") with the line that closes it', () => {
    const doc = docFromText(
      'Brindle develops and provides software and hosted services (**Brindle\nOfferings**) for sharing packages of code.',
    );
    expect(doc.text).toBe(
      'Brindle develops and provides software and hosted services (Brindle Offerings) for sharing packages of code.',
    );
  });

  it('look-alike: a line with its bold closed keeps the next line its own', () => {
    const doc = docFromText(
      'Brindle develops and provides software and hosted **services** for teams.\nOfferings are listed below',
    );
    expect(doc.blocks).toHaveLength(2);
  });
});

describe('a title line led by an icon', () => {
  it('"🔒 Privacy Policy of Larkfield" is the document\'s heading, icon and all', () => {
    const doc = docFromText(
      '🔒 Privacy Policy of Larkfield\n\nLast updated: 2 May 2025\n\nLarkfield stores nothing on its servers.',
    );
    expect(doc.blocks[0]).toMatchObject({ kind: 'heading' });
    expect(doc.title).toBe('🔒 Privacy Policy of Larkfield');
  });

  it('look-alike: an icon before a sentence is a paragraph', () => {
    const doc = docFromText('✅ We never sell your data to anyone, and we delete it when you ask us to.');
    expect(doc.blocks[0]).toMatchObject({ kind: 'paragraph' });
  });
});

describe('a run of numbered short lines with nothing between them is a list (listsOfNumberedLines)', () => {
  it('"1. Governing Law" … "5. Audit Rights" one after another are list items, not five empty sections', () => {
    const doc = docFromText(
      'Clause Types\n\n1. Governing Law\n2. Cap on Liability\n3. Renewal Term\n4. License Grant\n5. Audit Rights\n\nText is split into chunks.',
    );
    expect(doc.blocks.map((b) => b.kind)).toEqual([
      'heading',
      'list-item',
      'list-item',
      'list-item',
      'list-item',
      'list-item',
      'paragraph',
    ]);
  });

  it('look-alike: numbered headings each with its text under it stay headings', () => {
    const doc = docFromText(
      '1. Definitions\n\nWords have the meanings below.\n\n2. Services\n\nWe provide the Services.\n\n3. Fees\n\nYou pay the Fees.\n\n4. Term\n\nThis Agreement lasts one year.',
    );
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => doc.text.slice(b.start, b.end))).toEqual([
      '1. Definitions',
      '2. Services',
      '3. Fees',
      '4. Term',
    ]);
  });
});

describe('hard-wrapped lines that stop on a preposition', () => {
  it('joins "… fails to cure that breach within" and "10 calendar days of notice …" into one paragraph', () => {
    const doc = docFromText(
      'If either party materially breaches this agreement and fails to cure that breach within\n10 calendar days of notice, the other party may terminate it.',
    );
    expect(doc.blocks).toHaveLength(1);
    expect(doc.sentences).toHaveLength(1);
  });

  it('joins "… WILL NOT EXCEED ONE HUNDRED U.S." and "DOLLARS (US$250)." (an abbreviation ends no sentence)', () => {
    const doc = docFromText(
      'OUR TOTAL AGGREGATE LIABILITY ARISING OUT OF THE SITE WILL NOT EXCEED TWO HUNDRED FIFTY U.S.\nDOLLARS (US$250).',
    );
    expect(doc.sentences).toHaveLength(1);
  });

  it('look-alike: a line that ends on a company\'s form ("… between you and Acme Inc.") ends its paragraph', () => {
    const doc = docFromText(
      'These terms form the whole agreement between you and Orrin Labs Inc.\nCustomer may cancel at any time.',
    );
    expect(doc.blocks).toHaveLength(2);
  });

  it('look-alike: a long line that ends a sentence keeps the next line its own', () => {
    const doc = docFromText(
      'If either party materially breaches this agreement, the other may terminate it at once.\n10 Fees and Payment',
    );
    expect(doc.blocks).toHaveLength(2);
  });
});

describe('character references in Markdown text', () => {
  it('renders "&rsquo;", "&ldquo;…&rdquo;" and "&amp;" as the page does', () => {
    const doc = docFromText(
      'We may end the engagement by giving you at least 30 days&rsquo; notice of a &ldquo;Change&rdquo; by R&amp;D.',
    );
    expect(doc.text).toBe('We may end the engagement by giving you at least 30 days’ notice of a “Change” by R&D.');
  });

  it('renders HTML5\'s names for punctuation ("&comma;", "&period;", "&lpar;&dollar;100&rpar;") as the page does', () => {
    expect(
      docFromText(
        'LIABILITY WILL NOT EXCEED ONE HUNDRED U&period;S&period; DOLLARS &lpar;&dollar;100&rpar;&comma; IN TOTAL&period;',
      ).text,
    ).toBe('LIABILITY WILL NOT EXCEED ONE HUNDRED U.S. DOLLARS ($100), IN TOTAL.');
  });

  it('look-alikes: an ampersand that starts no reference, and an unknown name, stay as written', () => {
    expect(docFromText('Terms & Conditions of AT&T apply; &bogus; stays.').text).toBe(
      'Terms & Conditions of AT&T apply; &bogus; stays.',
    );
  });
});

describe('hard-wrapped paragraphs in capitals and lines ending on a company form', () => {
  const blocks = (text: string) => {
    const doc = docFromText(text);
    return doc.blocks.map((b) => [b.kind, doc.text.slice(b.start, b.end)]);
  };
  it('joins the long lines of a paragraph in capitals, which never start in lower case', () => {
    const text = [
      'NOTICE',
      '',
      'BY INSTALLING OR USING THE SOFTWARE YOU AGREE THAT IN NO EVENT SHALL THE VENDOR',
      'BE LIABLE FOR ANY INDIRECT OR CONSEQUENTIAL DAMAGES ARISING FROM ITS USE OR',
      'MISUSE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGES.',
    ].join('\n');
    expect(blocks(text)).toEqual([
      ['heading', 'NOTICE'],
      [
        'paragraph',
        'BY INSTALLING OR USING THE SOFTWARE YOU AGREE THAT IN NO EVENT SHALL THE VENDOR BE LIABLE FOR ANY INDIRECT OR CONSEQUENTIAL DAMAGES ARISING FROM ITS USE OR MISUSE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGES.',
      ],
    ]);
  });
  it('joins a line ending on "Inc." to the defined term opening the next', () => {
    const text = [
      'This Agreement is a legal agreement between you and Quillmate Software Inc.',
      '(“Quillmate”) and governs your use of the Quillmate desktop application.',
    ].join('\n');
    expect(blocks(text)).toHaveLength(1);
  });
  it('look-alikes: short lines in capitals stay apart, and a sentence ending on "Inc." before a new one', () => {
    expect(blocks('TERMS OF SERVICE\nACCEPTABLE USE POLICY\nPRIVACY NOTICE')).toHaveLength(3);
    const text = [
      'This Agreement is a legal agreement between you and Quillmate Software Inc.',
      'The Software is licensed, not sold, and Quillmate keeps all rights in it.',
    ].join('\n');
    expect(blocks(text)).toHaveLength(2);
  });
});

describe('text input: GFM delimiter rows of one hyphen a cell', () => {
  const rows = (text: string) =>
    docFromText(text)
      .blocks.filter((b) => b.kind === 'table-row')
      .map((b) => b.cells?.length ?? 0);
  it('reads "|-|-|" and "- | -" under a header as a table, the delimiter dropped', () => {
    expect(rows('| Availability | Credit |\n|-|-|\n| 99% > Av | 10% |\n| 95% > Av | 25% |')).toEqual([2, 2, 2]);
    expect(rows('Field | Meaning\n- | -\nid | The invoice number\ntotal | The sum due')).toEqual([2, 2, 2]);
  });
  it('look-alike: a list item with a pipe in it is no delimiter and no table', () => {
    const doc = docFromText('Notes\n- a | b\n- c');
    expect(doc.blocks.some((b) => b.kind === 'table-row')).toBe(false);
    expect(doc.text).toContain('a | b');
  });
});

describe('text input: pandoc simple and multiline tables', () => {
  const tableRows = (text: string) =>
    docFromText(text)
      .blocks.filter((b) => b.kind === 'table-row')
      .map((b) => docFromText(text).text.slice(b.start, b.end));
  it('reads a multiline table (full rules around it, a header on two lines, rows parted by blank lines) as rows', () => {
    const text = [
      '## Credits',
      '',
      '  ------------------------------------------------',
      '  Monthly Availability            Credit (% of',
      '  in the Month                    monthly fee)',
      '  ------------------------------ -----------------',
      '  Below 99.9%                     5%',
      '',
      '  Below 99.0%                     15%',
      '  ------------------------------------------------',
      '',
      'Credits are the sole remedy.',
    ].join('\n');
    expect(tableRows(text)).toEqual([
      'Monthly Availability in the Month | Credit (% of monthly fee)',
      'Below 99.9% | 5%',
      'Below 99.0% | 15%',
    ]);
    expect(docFromText(text).text).toContain('Credits are the sole remedy.');
  });
  it('reads a simple table (one line a row, ended by a blank line)', () => {
    const text = [
      'Priority     Response',
      '----------   ----------',
      'Critical     1 hour',
      'Low          1 day',
      '',
      'Next.',
    ].join('\n');
    expect(tableRows(text)).toEqual(['Priority | Response', 'Critical | 1 hour', 'Low | 1 day']);
  });
  it('look-alike: dash runs with nothing above them, or a multiline table never closed, stay text', () => {
    expect(tableRows('Intro.\n\n-----  -----\nCritical  1 hour')).toEqual([]);
    const open = [
      '-------------------',
      'Level    Response',
      '-------- ----------',
      'High     1 hour',
      '',
      'More text.',
    ];
    expect(tableRows(open.join('\n'))).toEqual([]);
    expect(docFromText(open.join('\n')).text).toContain('High');
  });
});
