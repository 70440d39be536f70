import { describe, expect, it } from 'vitest';
import { extractConsequentialDamages } from '../extractors/consequentialDamages';
import { docFromText } from '../extractors/input';

function read(text: string) {
  const doc = docFromText(text);
  const f = extractConsequentialDamages(doc);
  if (f) {
    expect(doc.text.slice(f.start, f.end)).toBe(f.quote);
    expect(f.confidence).toBeGreaterThan(0);
    expect(f.confidence).toBeLessThanOrEqual(1);
  }
  return f;
}

describe('extractConsequentialDamages: exclusions', () => {
  it.each([
    'In no event will either party be liable for any indirect, incidental, special, consequential or punitive damages.',
    'Zenhost is not responsible for consequential, indirect, incidental, or punitive damages.',
    'NEITHER PARTY SHALL BE LIABLE FOR ANY LOSS OF PROFITS, LOSS OF BUSINESS OR CONSEQUENTIAL DAMAGES.',
    'We will not be liable for lost profits, revenues, or data, financial losses or indirect, special, consequential, exemplary, or punitive damages.',
    'TO THE MAXIMUM EXTENT PERMITTED BY LAW, ORBIT WILL NOT BE RESPONSIBLE FOR LOST PROFITS, REVENUES, OR DATA; FINANCIAL LOSSES; OR INDIRECT, SPECIAL, CONSEQUENTIAL, EXEMPLARY, OR PUNITIVE DAMAGES.',
    'Under no circumstances shall Meetly be liable for any special, indirect or consequential loss.',
    'The Supplier excludes all liability for indirect or consequential loss.',
    "We're not liable for any loss of profit, loss of business or any indirect loss.",
    'PebblePost’s not responsible for any indirect or consequential loss.',
    'IN NO EVENT SHALL EITHER PARTY HAVE ANY LIABILITY TO THE OTHER PARTY FOR ANY LOST PROFITS OR REVENUES OR FOR ANY INDIRECT, SPECIAL, INCIDENTAL, CONSEQUENTIAL, COVER OR PUNITIVE DAMAGES HOWEVER CAUSED.',
    'Brightline shall not be liable whether in tort, contract or otherwise for any loss of profits, depletion of goodwill, or for any special, indirect or consequential loss, costs, damages, charges or expenses.',
    'Customer waives any claim for consequential or punitive damages against Provider.',
    'Lumora shall not have any liability for any indirect, incidental or consequential damages arising from these Terms.',
    'Neither of us (nor our affiliates or licensors) will be liable for any indirect, special or consequential damages.',
    'The Escrow Agent shall in no circumstances be liable to the Owner for indirect or consequential loss of any kind.',
  ])('%s', (text) => {
    expect(read(text)?.value).toBe(true);
  });

  it('reads an exclusion hard-wrapped over several lines, with the lines that open it', () => {
    const f = read(
      'LIMITATION OF LIABILITY\n\nIN NO EVENT SHALL QUILLSOFT OR ITS AFFILIATES, AGENTS OR LICENSORS\n\nBE LIABLE FOR ANY INDIRECT, INCIDENTAL, PUNITIVE, SPECIAL OR\n\nCONSEQUENTIAL DAMAGES OF ANY KIND ARISING OUT OF THESE TERMS.',
    );
    expect(f?.value).toBe(true);
    expect(f?.quote.startsWith('IN NO EVENT')).toBe(true);
    expect(f?.rule).toBe('consequentialDamages/wrappedExclusion');
  });

  it('does not join wrapped lines into a sentence that ends before them', () => {
    expect(
      read(
        'We may suspend accounts that break these rules at any time and for any reason.\n\nIndirect, incidental and consequential damages are described in the glossary of terms below.',
      ),
    ).toBeNull();
  });

  it('still reads an exclusion that carries its own "nothing in … excludes" carve-out', () => {
    expect(
      read(
        'Neither party shall be liable for any indirect or consequential loss, provided that nothing in this clause excludes liability for fraud.',
      )?.value,
    ).toBe(true);
  });

  it('quotes the clearest exclusion, not a carve-out that mentions it', () => {
    const text = [
      'The exclusion of consequential damages in this Section shall not apply to breaches of confidentiality.',
      'Limitation of Liability',
      'In no event will either party be liable for any indirect, special or consequential damages.',
    ].join('\n\n');
    const f = read(text);
    expect(f?.value).toBe(true);
    expect(f?.quote).toBe(
      'In no event will either party be liable for any indirect, special or consequential damages.',
    );
  });
});

describe('extractConsequentialDamages: both parties named', () => {
  it.each([
    'Neither Harborline nor the Reseller shall be liable to the other for any indirect or consequential damages.',
    'NO PARTY OR ANY OF ITS AFFILIATES WILL BE LIABLE TO ANOTHER PARTY FOR ANY SPECIAL, PUNITIVE OR CONSEQUENTIAL DAMAGES.',
    'None of the Licensor, the Distributor or their officers shall in any event have any liability for lost profits or consequential loss.',
  ])('%s', (text) => {
    const f = read(text);
    expect(f?.value).toBe(true);
    expect(f?.rule).toBe('consequentialDamages/exclusion');
  });

  it('does not read "neither … nor … may" or "none of" without a disclaimer as an exclusion', () => {
    expect(
      read('Neither the Supplier nor the Distributor may assign its claims for consequential damages without consent.'),
    ).toBeNull();
    expect(read('None of the indirect costs of the launch shall be charged to the Distributor.')).toBeNull();
  });

  it('prefers the mutual exclusion over a one-sided one of the same strength', () => {
    const text = [
      'Boreal will not be liable for any indirect or consequential damages arising from the hosted service.',
      'Neither party will be liable for any indirect or consequential damages arising from this Agreement.',
    ].join('\n\n');
    expect(read(text)?.quote).toBe(
      'Neither party will be liable for any indirect or consequential damages arising from this Agreement.',
    );
  });
});

describe('extractConsequentialDamages: page breaks', () => {
  it('joins a sentence cut by a page break and a page number', () => {
    const f = read(
      'Limitation of Liability\n\nIN NO EVENT SHALL EITHER PARTY\n\n12\n\nbe liable for any indirect or consequential damages arising out of this Agreement.',
    );
    expect(f?.value).toBe(true);
    expect(f?.rule).toBe('consequentialDamages/pageBrokenExclusion');
    expect(f?.quote.startsWith('IN NO EVENT SHALL EITHER PARTY')).toBe(true);
  });

  it('skips a running page header between the two halves', () => {
    const text = [
      'Supply Agreement',
      '1. The Supplier shall deliver the Products to the Distributor each month.',
      'Supply Agreement',
      '9.1 Neither Kestrel nor the Distributor will be liable for any incidental or consequential',
      'Supply Agreement',
      'damages, including loss of profits, arising from a late delivery.',
    ].join('\n\n');
    const f = read(text);
    expect(f?.value).toBe(true);
    expect(f?.quote.startsWith('9.1 Neither Kestrel')).toBe(true);
  });

  it('does not join a lower-case line to a sentence that ended', () => {
    expect(
      read(
        'The Supplier shall not be liable for delays caused by carriers.\n\n7\n\nconsequential damages are defined in Schedule 2.',
      ),
    ).toBeNull();
  });
});

describe('extractConsequentialDamages: lists', () => {
  it('reads a list item with its lead-in sentence', () => {
    const text = [
      'IN NO EVENT SHALL EITHER PARTY BE LIABLE FOR:',
      '(a) any loss of profits or revenue; or',
      '(b) any indirect, special or consequential damages.',
    ].join('\n\n');
    const f = read(text);
    expect(f?.value).toBe(true);
    expect(f?.quote.startsWith('IN NO EVENT SHALL EITHER PARTY BE LIABLE FOR:')).toBe(true);
  });

  it('does not borrow a lead-in that excludes nothing, or protects the customer only', () => {
    expect(read('Customer shall not be liable to Vendor for:\n\n(a) indirect or consequential damages.')).toBeNull();
    expect(read('Pricing:\n\n(a) special discounts for lost profits recovery services.')).toBeNull();
  });

  it('reads "you\'re not liable" as protecting the customer only', () => {
    expect(read("You're not liable to us for any indirect or consequential loss.")).toBeNull();
  });

  it('reads a partner-only exclusion as protecting the partner only', () => {
    expect(read('Partner shall not be liable to Arclight for any indirect or consequential damages.')).toBeNull();
    expect(read('Neither party shall be liable for any indirect or consequential damages.')?.value).toBe(true);
  });

  it('ignores the consumer-law disclaimer on its own', () => {
    expect(
      read(
        'Some jurisdictions do not allow the exclusion or limitation of incidental or consequential damages, so the above limitation may not apply to you.',
      ),
    ).toBeNull();
  });
});

describe('extractConsequentialDamages: recoverable', () => {
  it('is false when the document says such damages are recoverable', () => {
    expect(
      read('The Customer may recover indirect and consequential damages resulting from a breach by Supplier.')?.value,
    ).toBe(false);
    expect(read('Indirect and consequential damages are recoverable under this Agreement.')?.value).toBe(false);
  });

  it('prefers an exclusion over a recoverable statement', () => {
    const text =
      'Neither party shall be liable for indirect or consequential damages. Consequential damages arising from a data breach are recoverable by Customer.';
    expect(read(text)?.value).toBe(true);
  });
});

describe('extractConsequentialDamages: look-alikes', () => {
  it.each([
    'Vendor shall indemnify Customer for any damages finally awarded against Customer.',
    "Each party's liability for direct damages shall not exceed the fees paid.",
    'Customer shall not be liable to Vendor for any indirect or consequential damages.',
    'Affiliate means any entity that directly or indirectly controls a party.',
    'Our special offers include a free month.',
    'The court awarded consequential damages to the plaintiff.',
    'The exclusions in this Section shall not apply to breaches of confidentiality.',
    'Special pricing applies to annual plans; no refunds are given for partial months.',
    "Nothing in this Agreement excludes or limits liability for indirect or consequential loss arising from a party's wilful default.",
    'This Agreement does not exclude liability for consequential damages caused by gross negligence.',
  ])('%s', (text) => {
    expect(read(text)).toBeNull();
  });

  it('stays fast on adversarial input', () => {
    const text = `${'indirect '.repeat(30000)}\n${'not liable consequential '.repeat(20000)}`;
    const t0 = performance.now();
    read(text);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

// Composed Arabic passages (rule consequentialDamages/arabicExcluded).
describe('extractConsequentialDamages in Arabic', () => {
  const readAr = (text: string) => extractConsequentialDamages(docFromText(text))?.value ?? null;

  it('reads a disclaimer of indirect or consequential damages', () => {
    expect(readAr('لا تتحمل الشركة أي مسؤولية عن الأضرار غير المباشرة أو التبعية أو فوات الربح.')).toBe(true);
    expect(readAr('لن نكون مسؤولين تجاهك عن أي خسائر عرضية أو عقابية، حتى لو أُبلغنا بإمكانية حدوثها.')).toBe(true);
  });

  it('does not fire on a sentence that only mentions such damages, or on direct damages', () => {
    expect(readAr('يعوض المستخدم الشركة عن الأضرار غير المباشرة التي يسببها.')).toBeNull();
    expect(readAr('لا تتحمل الشركة أي مسؤولية عن الأضرار الناتجة عن سوء استخدام كلمة المرور.')).toBeNull();
  });

  it('reads "لن تتحمل", "لا تقع … أي مسؤولية", exemplary damages and lost profits', () => {
    expect(readAr('لن تتحمل المنصة المسؤولية عن أي أضرار تأديبية أو رادعة تنشأ عن استخدام الخدمة.')).toBe(true);
    expect(readAr('لا تقع على المزود أي مسؤولية عن خسارة الأرباح أو أي أضرار مالية لاحقة.')).toBe(true);
  });

  it('reads the formal drafting: "لا تُسأل", "لا تلتزم … بالتعويض عن", "لا يحق … المطالبة بالتعويض عن"', () => {
    expect(readAr('لا تُسأل المؤسسة عن الأضرار غير المباشرة أو التبعية الناشئة عن استخدام البرنامج.')).toBe(true);
    expect(readAr('لا يلتزم المورّد بالتعويض عن أي أضرار عرضية أو فوات كسب.')).toBe(true);
    expect(readAr('لا يحق للمشترك المطالبة بالتعويض عن الخسائر غير المباشرة.')).toBe(true);
  });

  it('look-alikes: held liable, bound to compensate, entitled to claim', () => {
    expect(readAr('يُسأل المورّد عن الأضرار غير المباشرة الناتجة عن إهماله الجسيم.')).toBeNull();
    expect(readAr('يلتزم المورّد بالتعويض عن الأضرار التبعية الناتجة عن إخلاله.')).toBeNull();
    expect(readAr('يحق للمشترك المطالبة بالتعويض عن الخسائر غير المباشرة في حالة الغش.')).toBeNull();
  });

  it('does not fire on lost profits the vendor pays for', () => {
    expect(readAr('يلتزم المزود بتعويض العميل عن خسارة الأرباح الناتجة عن الإخلال.')).toBeNull();
  });
});

describe('consequentialDamages/statedRecoverable: a right to recover, not a restriction', () => {
  it('reads a stated right to recover such damages as false', () => {
    expect(
      read('The Buyer may recover indirect and consequential losses caused by the Seller’s breach of confidentiality.')
        ?.value,
    ).toBe(false);
  });

  it('look-alike: liability "only to the extent" the law requires is a restriction, not a right', () => {
    expect(
      read('The Seller shall be liable for consequential damages only to the extent mandatory law requires.'),
    ).toBeNull();
    expect(read('The Seller shall be liable for indirect losses solely where the law so provides.')).toBeNull();
  });
});

describe('a second item on its own line after a first item inside the lead-in sentence', () => {
  it('reads "(ii) any indirect … damages" with the lead-in holding "(i)", past the reach of a wrapped sentence', () => {
    // A licence's long limitation: the lead-in and its second item run past the 900 characters a hard-wrapped
    // sentence is read across, so only the list structure joins them.
    const text = [
      '9. Limits. In no event and under no legal or equitable theory, whether in tort',
      '(including negligence), contract, statute or otherwise, unless applicable law',
      'requires otherwise (such as for deliberate and grossly negligent acts), and',
      'notwithstanding anything in these Terms or any order to the contrary, shall',
      'Vendor or any of its suppliers or contributors be liable to You for (i) any',
      'amounts that exceed, in total, the fees paid by You to Vendor under these Terms',
      'in the six (6) months before the date the first cause of liability arose), or',
      '(ii) any indirect, special, incidental, punitive, exemplary, reliance, or',
      'consequential damages of any kind arising from these Terms or from the use of',
      'or inability to use the Software (including but not limited to damages for',
      'loss of goodwill, profits, revenue, data or data use, work stoppage, computer',
      'failure or malfunction, cost of substitute goods, technology or services, or',
      'any and all other commercial damages or losses), even if Vendor or such',
      'supplier or contributor has been advised of the possibility of such damages.',
    ].join('\n');
    expect(read(text)?.value).toBe(true);
  });
  it('look-alike: a list whose first item opens its own line keeps its own lead-in', () => {
    const list =
      'The Customer shall:\n(i) pay the fees when due; and\n(ii) keep records of indirect, special or consequential damages it suffers.';
    expect(read(list)).toBeNull();
  });
});
