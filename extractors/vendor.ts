import { hasArabic, includesAny } from './common/arabic';
import { isCorporateForm } from './common/corporate-forms';
import type { Doc } from './common/doc';
import { resolveJurisdiction } from './common/jurisdictions';
import { traceEvent, tracing } from './common/trace';
import { KIND_PHRASES } from './detect';
import { detectLanguage } from './language';
import { arabicVendor } from './vendor-arabic';

/**
 * The provider's short name: "UJET", "Omniful", "Najoomi". Evidence is scored per
 * candidate — defined parties ("X (“Provider”)", "(hereinafter “X”, “we”)"), "between X
 * and", "between you and X", "the Service is operated by X", the title, site name and host, "X will/shall", "X’s", the
 * copyright holder ("© 2024 X Ltd.", weight 2) — and a
 * candidate must be a proper noun of this document (written capitalized, seen more than
 * once). Defined terms are never names: an acronym the document defines for its own words
 * ("Service Order Form (“SOF”)"), a term ending in a document word ("Commercial Terms").
 * Null when unsure. Cost: one pass per pattern over the head and the body, then at most
 * `MAX_CHECKED` candidates are checked against the body, so a page full of capitalised
 * subjects costs no more than a few scans.
 */
export function extractVendor(doc: Doc): string | null {
  // Arabic pages name their provider in Arabic structures (vendor-arabic.ts); an Arabic page reads
  // those first, a page mostly in English only when its English reading finds nothing.
  const sample = doc.text.slice(0, HEAD_CHARS);
  if (!hasArabic(sample) && !hasArabic(doc.title ?? '')) return readVendor(doc);
  const latin = { nameInTitle, shortName };
  if (detectLanguage(sample) === 'ar') return latinForm(doc, arabicVendor(doc, latin)) ?? readVendor(doc);
  return readVendor(doc) ?? latinForm(doc, arabicVendor(doc, latin));
}

/** A Latin name an Arabic rule read is written as the English reading writes it ("NX" → "NX Solutions"). */
function latinForm(doc: Doc, name: string | null): string | null {
  if (!name || hasArabic(name)) return name;
  const body = doc.text.length > BODY_CHARS ? doc.text.slice(0, BODY_CHARS) : doc.text;
  return descriptiveForm([doc.title, doc.siteName, body], name) ?? name;
}

/** The English reading: candidates scored by the evidence above. */
function readVendor(doc: Doc): string | null {
  const head = doc.text.slice(0, HEAD_CHARS);
  const body = doc.text.length > BODY_CHARS ? doc.text.slice(0, BODY_CHARS) : doc.text;
  const cands = new Map<string, Candidate>();
  // "Technical" → "Support Policy": the title's kind after a name, so "this Technical Support Policy" is the
  // document's own name written again, not a use of "Technical" as a name (rule `vendor/documentName`).
  const documentNameTails = new Map<string, string>();
  const add = (name: string | null, points: number, strong = false, inTitle = false) => {
    if (!name) return;
    const key = name.toLowerCase();
    if (isGeneric(key) || definedTerms.has(key) || allGeneric(key)) return;
    // "Phantom Data LLC (“we” … “Phantom Data”)": a defined term's shape ("Customer Data"), but written before a
    // company form it is the company's name (rule `vendor/companyFormName`).
    if (isDefinedTermShape(name)) {
      if (!(name.includes(' ') && beforeCompanyForm(head, name))) return;
      if (tracing() && !cands.has(key))
        traceEvent({
          field: 'vendor',
          rule: 'vendor/companyFormName',
          outcome: 'considered',
          why: `${name}: before a company form`,
        });
    }
    const c = cands.get(key) ?? { name, score: 0, strong: false, inTitle: false, subject: 0, possessive: 0 };
    c.score += points;
    c.strong ||= strong;
    c.inTitle ||= inTitle;
    cands.set(key, c);
  };

  // Aliases of every parenthetical in the head, read once.
  const thingBudget = { n: MAX_THINGS };
  const parentheticals = [...head.matchAll(PARENTHETICAL)].map((m) => {
    const at = m.index ?? 0;
    const inner = m[1] ?? '';
    const aliases = aliasesIn(inner);
    // The words before it, read once for both loops below (only a parenthetical with aliases needs them).
    const before = aliases.length > 0 ? nameBefore(head, at) : null;
    return { at, inner, aliases, before, things: definedThings(inner, body, thingBudget) };
  });
  // "Service Order Form (“SOF”)": an acronym of the words before it is a defined term; so is any short name of a law
  // ("the Data Protection Act (“Wbp”)": the Dutch act's own abbreviation, no party's).
  const definedTerms = new Set<string>();
  for (const { at, inner, aliases, before } of parentheticals) {
    for (const a of aliases) {
      if ((before && (isAcronymOf(a, before) || LAW_NAME.test(before))) || isRoleTerm(head, at, a))
        definedTerms.add(a.toLowerCase());
    }
    // "the Contracting Officer (CO)", "Alternate CO’s Representative (ACOR)": an unquoted acronym of a role or a term
    // before it (statements of work define their staff so); "International Business Machines Corporation (IBM)" is
    // a party's short name.
    if (aliases.length === 0 && /^[A-Z]{2,6}s?$/.test(inner)) {
      const words = nameBefore(head, at);
      if (words && isDefinedTermShape(words) && isAcronymOf(inner, words)) definedTerms.add(inner.toLowerCase());
    }
    // "the term of cooperation under this Agreement shall commence … (“Term of Cooperation”)": a term of several words
    // that the sentence before wrote in lower case names the thing it described, not a party. So does one word whose
    // stem the same sentence wrote in lower case: "Software shall be deemed delivered when … (“Delivery”)".
    // And a short term for something of the reader's: "your username and password (“ID”)".
    for (const a of aliases)
      if (
        (a.includes(' ') && wordAt(head.slice(Math.max(0, at - 300), at), a.toLowerCase())) ||
        describedInSentence(head.slice(Math.max(0, at - 300), at), a) ||
        (/^[A-Z]{2,4}$/.test(a) && OWNED_BY_READER.test(head.slice(Math.max(0, at - 80), at)))
      )
        definedTerms.add(a.toLowerCase());
    // "… the Plumsail Actions listed herein (an “Actions”)", "(each, a “Subscription”)": a term defined with an
    // indefinite article is one of a kind of thing; a party is one, named without it.
    if (aliases.length > 0)
      for (const m of inner.matchAll(INDEFINITE_QUOTED)) definedTerms.add(cleanAlias(m[1] ?? '').toLowerCase());
  }

  // Rule `vendor/definedAsThing`: "1.4 “Goods” means the goods, samples and materials …": a term a definition makes a
  // thing (its meaning opens with a determiner) is no party, however often it is the subject ("Goods will be …").
  if (head.includes(' mean') || head.includes(' refer'))
    for (const m of head.matchAll(DEFINED_AS_THING)) {
      // The meaning names the thing in its own common noun, in lower case ("“Goods” means the goods"); "“Junyo” means
      // the company, Junyo, …" defines a party by its role and its name.
      const term = cleanAlias(m[1] ?? '').toLowerCase();
      const at = (m.index ?? 0) + m[0].length;
      if (term !== '' && wordAt(head.slice(at, at + 80), term)) definedTerms.add(term);
    }

  // "Lintang Cloud Pte. Ltd. (“Lintang”)": the document's own short form of a longer name.
  const shortForm = new Map<string, string>();
  for (const { at, aliases, before: rawBefore, things } of parentheticals) {
    if (aliases.length === 0) continue;
    const lower = aliases.map((a) => a.toLowerCase());
    // "(you, your, the Practice)": the other terms name the customer too; none of them is the vendor. So do the terms
    // defined for "you": "between you (the “Advertiser”), and Clear Link Technologies, LLC".
    if (lower.some((a) => CUSTOMER_ROLES.has(a)) || /\byou\s*,?\s*$/i.test(head.slice(Math.max(0, at - 12), at))) {
      for (const a of lower) definedTerms.add(a);
      continue;
    }
    const provider = lower.some((a) => PROVIDER_ROLES.has(a));
    // Rule `vendor/definedThing`, its other shape: "… during any monthly billing cycle (the “Service Commitment”)",
    // "RM Electronics, Inc. and Suntron, Inc. (collectively, the “Borrowers”)": a term after a determiner that shares
    // no word with a name before it defines a thing or a group the sentence describes, not a party's brand.
    const described = provider ? null : theTerms(head, at, rawBefore);
    const brand = aliases.find(
      (a) =>
        isBrandAlias(a) &&
        !definedTerms.has(a.toLowerCase()) &&
        !things.has(a.toLowerCase()) &&
        !described?.has(a.toLowerCase()),
    );
    // "Glimmer Labs GmbH, Berlin (“we”)": the place after the company form is no part of the name.
    let before = shortName(rawBefore) ?? shortName(toCompanyForm(rawBefore ?? ''));
    // "Grinwald B.V., Havenstraat 12, Amsterdam, registered … under KvK 81234567 (“we”)": the words before the
    // parenthetical are the register's number; the name is the company the paragraph opens with.
    if (provider && !before && rawBefore && isRegisterNumber(rawBefore)) {
      const paragraph = head.slice(head.lastIndexOf('\n', at - 1) + 1, at).slice(0, 160);
      // The name runs back from its company form ("Between: Flinker GmbH, Munich": not the label before it).
      const form = [...paragraph.matchAll(/\S+/g)].find((t, i) => i > 0 && isCorporateForm(t[0].replace(/,$/, '')));
      before = form ? shortName(nameBefore(paragraph, (form.index ?? 0) + form[0].length)) : null;
    }
    // "the Acme entity shown on the SOF (“Company”)": the name is the entity's, not the defined term's.
    if (provider && (!before || definedTerms.has(before.toLowerCase()))) {
      const entity = ENTITY_BEFORE.exec(head.slice(Math.max(0, at - 160), at));
      before = entity ? shortName(entity[1] ?? null) : null;
    }
    // "Meta Commercial Terms (“Commercial Terms”)": the words before the defined title are the brand.
    const titleAlias = aliases.find((a) => rawBefore && rawBefore.length > a.length && rawBefore.endsWith(` ${a}`));
    if (titleAlias && rawBefore) add(shortName(rawBefore.slice(0, -titleAlias.length)), 3);
    if (brand) add(shortName(brand), provider ? 6 : 4, provider);
    // "(“we,” “us,” “Automattic,” “Cloudup”)": every name the provider is defined by is its own; the title and the
    // body's uses choose between them.
    if (provider)
      for (const a of aliases)
        if (a !== brand && isBrandAlias(a) && !definedTerms.has(a.toLowerCase()) && !things.has(a.toLowerCase()))
          add(shortName(a), 6, true);
    const alias = brand ? shortName(brand) : null;
    if (alias && before?.toLowerCase().startsWith(`${alias.toLowerCase()} `))
      shortForm.set(before.toLowerCase(), alias.toLowerCase());
    // Rule `vendor/siteOperatedBy`: "www.910ths.sa is a site operated by Takamol Holding Company Ltd. (“we”)": the site's
    // brand and its operator differ; the page is the brand's, so the operator does not stand in for it (the brand
    // counts where the page writes it as a name).
    const site = provider && before ? otherSiteBrand(head.slice(Math.max(0, at - 300), at), before) : null;
    if (site && before) {
      if (tracing())
        traceEvent({
          field: 'vendor',
          rule: 'vendor/siteOperatedBy',
          outcome: 'rejected',
          why: `${before}: operates the site ${site}, whose brand is not its name`,
        });
      add(site, 6, true);
      const c = cands.get(site);
      if (c) c.lowercase = true;
      continue;
    }
    // "Acme Ltd. (“Acme”)" also names Acme; "Acme Ltd. (“Provider”)" names it alone.
    if (before && (provider || (brand && before.toLowerCase() === brand.toLowerCase()))) {
      add(before, provider ? 6 : 1, provider);
      // Rule `vendor/domainBrand`: a provider named by its lower-case domain keeps its styling (as LOWERCASE_SUBJECT).
      const c = DOMAIN_BRAND.test(before) ? cands.get(before) : undefined;
      if (c && provider) c.lowercase = true;
    }
  }

  // An order form's header line: "Provider: Ironvale Data Corp." (a line of its own).
  for (const m of head.matchAll(ROLE_LINE)) add(shortName(m[1] ?? ''), 6, true);
  for (const m of head.matchAll(BETWEEN)) add(shortName(m[1] ?? ''), 4);
  // The other party of "you" or "Customer" holds the provider's role (rule `vendor/betweenCustomer`).
  for (const m of head.matchAll(BETWEEN_YOU)) {
    // "standard contractual clauses between the Customer and Atlassian": another instrument, another party.
    if (OTHER_INSTRUMENT_BEFORE.test(head.slice(Math.max(0, (m.index ?? 0) - 100), m.index))) continue;
    add(shortName(untilSentenceEnd(m[1] ?? '')), 4, true);
  }
  for (const m of head.matchAll(BETWEEN_CUSTOMER)) add(shortName(m[1] ?? ''), 1, true);
  for (const m of head.matchAll(AND_CUSTOMER)) add(shortName(m[1] ?? ''), 3);
  for (const name of claimContacts(doc)) add(name, 4, true);
  // Rule `vendor/roleAppositive`: "which the Supplier, Ardent Managed Services Limited, shall achieve": a provider
  // role named at once by a company with its legal form, between commas.
  for (const m of head.matchAll(ROLE_APPOSITIVE)) {
    const named = toCompanyForm(m[1] ?? '');
    if (named) add(shortName(named), 6, true);
  }
  // Rule `vendor/definedWe`: "“SourceHut”, “we”, and “us” refer to SourceHut": a definition that lists the provider's
  // pronouns beside its name, written without parentheses.
  for (const m of head.matchAll(DEFINED_WE)) {
    const names = [...(m[1] ?? '').matchAll(QUOTED)].map((q) => cleanAlias(q[1] ?? ''));
    if (!names.some((n) => PROVIDER_PRONOUNS.has(n.toLowerCase()))) continue;
    for (const n of names) if (!PROVIDER_PRONOUNS.has(n.toLowerCase())) add(shortName(n), 6, true);
    // '"Company", "we", "our", or "us" refers to Actually Reliable LLC': the roles listed, the company after the verb.
    if (names.every((n) => isGeneric(n.toLowerCase()))) {
      const after = /^\s+(?:the\s+)?([A-Z][^,;()\n]{1,80})/.exec(head.slice((m.index ?? 0) + m[0].length))?.[1];
      const named = after ? toCompanyForm(after) : null;
      if (named) add(shortName(named), 6, true);
    }
  }
  // Rule `vendor/usNamed`: "between us (NoveLaboratori, LLC d/b/a Nine Labs) and you": the provider's pronoun glossed
  // by its company, the trade name after "d/b/a" when it gives one.
  for (const m of head.matchAll(US_NAMED)) {
    const inner = m[1] ?? '';
    const trade = /\b(?:d\/b\/a|dba|doing\s+business\s+as|trading\s+as|t\/a)\s+(.+)$/i.exec(inner)?.[1];
    const named = trade ?? toCompanyForm(inner);
    if (named) add(shortName(named), 6, true);
  }
  for (const m of head.matchAll(WE_ARE)) {
    // The name runs to its company form ("Tidewell Labs GmbH, Hauptstraße 5": the address follows).
    const named = toCompanyForm(m[1] ?? '');
    if (named) add(shortName(named), 4, true);
  }
  for (const m of head.slice(0, 600).matchAll(WELCOME_TO)) add(shortName(m[1] ?? ''), 3);
  for (const name of copyrightHolders(body)) add(name, 2);
  // The pattern opens with a look-behind and five alternatives, tried at every position: only where the verb is.
  // "… is provided by Glimmer Labs GmbH, Berlin": a place after the company form is no part of the name.
  for (const m of OPERATED_VERB.test(head) ? head.matchAll(OPERATED_BY) : []) {
    const name = untilSentenceEnd(m[1] ?? '');
    const short = shortName(toCompanyForm(name) ?? name);
    // The operator of a site whose brand is another name stands in for no one (as vendor/siteOperatedBy).
    const at = m.index ?? 0;
    if (short && otherSiteBrand(head.slice(Math.max(0, at - 80), at + m[0].length), short)) continue;
    add(short, 4, true);
  }

  // The title without the kind of document: "UJET Service Level Agreement" → "UJET".
  const titled = [doc.title, firstHeading(doc)].flatMap((t) => (t ? namesInTitle(t).map((n) => ({ t, n })) : []));
  for (const { t, n } of titled) {
    for (const word of [n, n.split(' ')[0] as string]) {
      const tail = kindTail(t, word);
      if (tail) documentNameTails.set(word.toLowerCase(), tail);
    }
    let name: string | null = n;
    // "Standard SLA", "Enterprise Terms": a lone qualifying word names a kind of plan, not a vendor.
    if (name && TITLE_MODIFIERS.has(name.toLowerCase())) name = null;
    add(name, 3, false, true);
    // Rule `vendor/titleBrand`: "Pinemark SLA", "Terms of Service | Pinemark": a title that is a kind
    // of document and a name names its vendor, even where the body never repeats it.
    // Rule `vendor/titleCompany`: "Lattice Hosting Ltd — Service Definition": a title segment that is a name
    // and its corporate form names a company, whatever the rest of the title calls the document.
    const c =
      name && t && (isTitleBrand(t, name) || isTitleCompany(t, name)) ? cands.get(name.toLowerCase()) : undefined;
    if (c) c.titleBrand = true;
    // "Cloudvane Storage SLA": a product line under the brand; the brand alone is evidence too. Not in a title written
    // in sentence case ("Emergency calling terms and conditions"): a lower-case word after it makes the first word an
    // ordinary one.
    const words = name ? name.split(' ') : [];
    if (words.length > 1 && words.slice(1).every((w) => !/^\p{Ll}/u.test(w))) add(words[0] as string, 2, false, true);
  }
  if (doc.siteName) add(nameInTitle(doc.siteName), 3, false, true);
  add(hostName(doc.url, body), 2);

  // Subjects of obligations and possessives ("Forward Email makes", "Acme’s"), counted in one
  // pass each; a name seen only here needs two uses before it is a candidate.
  // Each scan needs one of its literal words (a verb after a space, "'s"): a page without any (an Arabic one) skips it.
  const hasVerb = includesAny(body, SUBJECT_VERBS);
  const laterDocumentUses = new Map<string, { n: number; weight: number; cap: number }>();
  /** A kind of use's points to a candidate, up to the kind's cap. */
  const credit = (c: Candidate, field: 'subject' | 'possessive', points: number, cap: number) => {
    const k = Math.max(0, Math.min(points, cap - c[field]));
    c[field] += k;
    c.score += k;
  };
  const tally = (re: RegExp, field: 'subject' | 'possessive', cap: number, scan: boolean, weight = 1) => {
    if (!scan) return;
    const counts = new Map<string, { name: string; n: number }>();
    for (const m of body.matchAll(re)) {
      // "the Cloud Service may …", "The Platform will …": a thing the contract defines takes an article; a party's
      // name does not ("Brisklane will …").
      if (
        re === SUBJECT &&
        (ARTICLE_OPENS.test(m[1] ?? '') || ARTICLE_BEFORE.test(body.slice(Math.max(0, (m.index ?? 0) - 5), m.index)))
      )
        continue;
      // "Mountain Pass Pty Ltd does not …": a name of more words than the pattern takes matched from its second word
      // ("Pass Pty Ltd"); the word before it belongs to the name, which the corporate form then ends.
      const run = m[1] ?? '';
      const before =
        re !== DOCUMENT_OF && endsWithTwoWordForm(run)
          ? NAME_WORD_BEFORE.exec(body.slice(Math.max(0, (m.index ?? 0) - 32), m.index))?.[1]
          : undefined;
      let name = subjectName(before ? `${before} ${run}` : run);
      if (!name) continue;
      // "the Master Subscription Agreement", "the Standard Terms of Service": a qualifier of the document, no name; nor
      // is a plan or edition word alone a party ("npm Enterprise will …" after a lower-case brand, "Premium includes").
      if (TITLE_MODIFIERS.has(name.toLowerCase())) continue;
      // "the Hollowell Hosting Terms of Service" where the title names "Hollowell Hosting": the longer name's use.
      if (m[2] && cands.has(`${name} ${m[2]}`.toLowerCase())) name = `${name} ${m[2]}`;
      const key = name.toLowerCase();
      const e = counts.get(key) ?? { name, n: 0 };
      e.n++;
      counts.set(key, e);
    }
    for (const [key, { name, n }] of counts) {
      if (!cands.has(key) && n >= 2) add(name, 0);
      const c = cands.get(key);
      if (!c) {
        // A single use is kept: it counts if the name becomes a candidate on the later tallies' evidence.
        if (re === DOCUMENT_OF) laterDocumentUses.set(key, { n, weight, cap });
        continue;
      }
      credit(c, field, n * weight, cap);
    }
  };
  // A provider names its own documents ("the Ravenhurst Terms of Service"): two points a use, read first so the
  // name is a candidate when its subject and possessive uses are counted.
  tally(DOCUMENT_OF, 'possessive', 4, includesAny(body, DOCUMENT_OF_WORDS), 2);
  tally(SUBJECT, 'subject', 4, hasVerb);
  tally(POSSESSIVE, 'possessive', 3, includesAny(body, POSSESSIVE_MARKS));
  // "outside of Bytescale's control" twice, then "the Bytescale Terms & Conditions" once: the document's use counts too.
  for (const [key, { n, weight, cap }] of laterDocumentUses) {
    const c = cands.get(key);
    if (c) credit(c, 'possessive', n * weight, cap);
  }

  // "1. fortrabbit will use …": a name the provider writes in lower case. English starts a
  // sentence with a capital, so a lower-case word opening a sentence as the subject of an
  // obligation is a styled name, if the document never capitalises it and uses it again.
  for (const m of hasVerb ? body.matchAll(LOWERCASE_SUBJECT) : []) {
    const word = m[1] ?? '';
    if (isGeneric(word) || OPENERS.has(word) || LOWERCASE_STOP.has(word) || cands.has(word)) continue;
    add(word, 4);
    const c = cands.get(word);
    if (c) c.lowercase = true;
  }

  // The longer name's evidence goes to the short form the document defined for it.
  for (const [long, short] of shortForm) {
    const from = cands.get(long);
    const to = cands.get(short);
    if (!from || !to) continue;
    to.score += from.score;
    to.strong ||= from.strong;
    to.inTitle ||= from.inTitle;
    cands.delete(long);
  }

  // Only the best-scored few are checked against the body (each check is a scan).
  const ranked = [...cands.values()].sort((a, b) => b.score - a.score).slice(0, MAX_CHECKED);
  if (tracing())
    traceEvent({
      field: 'vendor',
      rule: 'vendor/candidates',
      outcome: 'considered',
      why: ranked
        .map((c) => `${c.name} ${c.score}${c.strong ? ' (role)' : ''}${c.inTitle ? ' (title)' : ''}`)
        .join(', '),
    });
  let best: Candidate | null = null;
  let second: Candidate | null = null;
  const outsiders = notParties(body);
  for (const c of ranked) {
    // Rule `vendor/notAParty`: "Apify Technologies s.r.o. (“Apify”) is not a party to this Contract": the platform
    // that hosts a contract between others is not its vendor, however often it is named.
    if (outsiders.has(c.name.toLowerCase())) {
      if (tracing())
        traceEvent({ field: 'vendor', rule: 'vendor/notAParty', outcome: 'rejected', why: `${c.name}: not a party` });
      continue;
    }
    // A place ("Delaware", "England") is where a party is registered, never its name.
    if (resolveJurisdiction(c.name)) {
      if (tracing())
        traceEvent({ field: 'vendor', rule: 'vendor/placeName', outcome: 'rejected', why: `${c.name}: names a place` });
      continue;
    }
    // A law or a set of clauses a DPA names ("UK GDPR", "EU SCCs", "Swiss DPA", "the Data Protection Act") is no party.
    if (LAW_NAME.test(c.name)) {
      if (tracing())
        traceEvent({ field: 'vendor', rule: 'vendor/lawName', outcome: 'rejected', why: `${c.name}: names a law` });
      continue;
    }
    const uses = properUses(body, c.name, documentNameTails.get(c.name.toLowerCase()));
    // A name the document never writes as a proper noun (or writes once) is noise.
    const styledLowercase = c.lowercase === true && uses.capitalized === 0 && uses.lower >= 3;
    // A title brand may stand only in the title (an HTML <title> is not in the body), but a word the
    // body writes in lower case ("Standard SLA" … "standard support") is an ordinary word.
    // "Cloudvane Storage SLA" whose body writes "Cloudvane will …": the brand is the first word.
    c.titleOnly = c.titleBrand === true && uses.lower === 0 && !firstWordAlone(body, c.name);
    // "JC Nimbus Services SLA" whose body writes "JC Nimbus Services" and never "jc nimbus": the title names the
    // document after it, and the body uses the name as a name.
    c.titleNamed = documentNameTails.has(c.name.toLowerCase()) && uses.capitalized >= 1 && uses.lower === 0;
    // A name before the title's kind ("Pinemark SLA", "Vellum Support Policy") needs one use of its own in the body,
    // apart from the document's name: "Technical Support Policy" has none.
    // A title brand of three words needs one use in the body: "Read Before Signing" beside "Terms of Service" is no name.
    const need = c.titleOnly
      ? c.name.split(' ').filter((w) => w !== '&').length > 2
        ? 1
        : 0
      : c.strong || documentNameTails.has(c.name.toLowerCase())
        ? 1
        : 2;
    if (!styledLowercase && (uses.capitalized < need || (uses.lower > 0 && uses.lower >= uses.capitalized))) {
      if (tracing())
        traceEvent({
          field: 'vendor',
          rule: 'vendor/properNoun',
          outcome: 'rejected',
          why: `${c.name}: not a proper noun here`,
        });
      continue;
    }
    if (!styledLowercase) c.name = uses.form ?? c.name;
    if (!best || c.score > best.score) {
      second = best;
      best = c;
    } else if (!second || c.score > second.score) second = c;
  }
  // The title's own statement is enough for a name nothing else contradicts.
  if (!best || best.score < (best.titleOnly || best.titleNamed ? 3 : 4)) return null;
  // A product or a defined term must not stand in for the company the document names.
  const company = !best.strong ? namedCompany(head, body, best) : null;
  if (company) return company;
  const maker = !best.strong ? makerOf(body, best.name) : null;
  if (maker) return maker;
  // Two parties with the same evidence: the document does not say which one is the vendor,
  // unless only one of them names the document (its title).
  if (second && best.score - second.score < 1 && !best.strong) {
    const [short, long] = best.name.length < second.name.length ? [best, second] : [second, best];
    if (best.score === second.score && second.inTitle && !best.inTitle) best = second;
    // A tie with a name the document gives the provider's role ("provided by RedKernel") goes to that name.
    else if (best.score === second.score && second.strong && !best.strong) best = second;
    // Rule `vendor/shortOverProduct`: "Harrowgate Platform" (the title) ties "Harrowgate", which the body makes the
    // subject of its obligations ("Harrowgate will make the Platform available"): the longer name is the product, the
    // shorter one the provider.
    else if (
      long.name.toLowerCase().startsWith(`${short.name.toLowerCase()} `) &&
      short.subject > 0 &&
      long.subject === 0
    )
      best = short;
    // Rule `vendor/titleNameOverItsFirstWord`: "Service Level Agreement | Wilbak Engineering" ties "Wilbak" (the title's
    // brand after "Wilbak Engineering"'s first word): one company; the title segment names it whole.
    else if (long.name.toLowerCase().startsWith(`${short.name.toLowerCase()} `) && long.titleBrand && short.inTitle)
      best = long;
    else if (!(best.inTitle && !second.inTitle)) {
      if (tracing())
        traceEvent({
          field: 'vendor',
          rule: 'vendor/tie',
          outcome: 'rejected',
          why: `${best.name} ties ${second.name}`,
        });
      return null;
    }
  }
  // The title and site name count as uses: "Privacy Policy | NX Solutions".
  return descriptiveForm([doc.title, doc.siteName, body], best.name) ?? best.name;
}

/** The names (and their defined short forms) the document says are no party to it. */
function notParties(body: string): Set<string> {
  const out = new Set<string>();
  if (!body.includes(' not a part') && !body.includes(' legal entit') && !body.includes(' legal person')) return out;
  for (const m of body.matchAll(NOT_A_PARTY)) {
    for (const n of [m[1], ...[...(m[2] ?? '').matchAll(QUOTED)].map((q) => cleanAlias(q[1] ?? ''))]) {
      const short = shortName(n ?? null);
      if (short) out.add(short.toLowerCase());
    }
  }
  return out;
}

/**
 * Rule `vendor/makerOfProduct`: an SLA named for a product ("EDI Translate Service Level Agreement") whose commitment
 * names who makes it available: "Stedi will use commercially reasonable efforts to make EDI Translate available". The
 * subject of that promise, the product its object, is the provider; the product is not. Only when the title's name is
 * the whole object ("make the Giant Swarm Service available" is the provider's own service, its name the brand).
 */
function makerOf(body: string, product: string): string | null {
  const re = new RegExp(
    `(?:^|[.!?]\\s+|\\n)(?:The\\s+)?(${NAME})\\s+(?:will|shall|agrees\\s+to)\\s+use\\s+(?:commercially\\s+)?reasonable\\s+(?:efforts|endeavou?rs)\\s+to\\s+make\\s+(?:the\\s+)?${escapeRe(product)}\\s+(?:available|accessible)\\b`,
  );
  const m = re.exec(body.slice(0, 20_000));
  const name = m ? shortName(m[1] ?? '') : null;
  if (!name || isGeneric(name.toLowerCase()) || name.toLowerCase() === product.toLowerCase()) return null;
  if (tracing())
    traceEvent({
      field: 'vendor',
      rule: 'vendor/makerOfProduct',
      outcome: 'fired',
      why: `${name} makes ${product} available (the title's name is the product)`,
    });
  return name;
}

/**
 * Rule `vendor/namedCompany`: the preamble names a company with its legal form ("… with
 * Automattic Inc.") and the document then uses that name far more than the best candidate (at
 * least ten times and three times as often), while the candidate holds no provider role: the
 * candidate is a product or a feature ("Jetpack", defined in a product list), the company is the
 * vendor. Only one company may be used that much (two are the two parties of a contract, and the
 * document must say which is the vendor); a sister entity named once does not count. Bounded:
 * one scan of the head, one count per name for at most MAX_COMPANIES names.
 */
function namedCompany(head: string, body: string, best: Candidate): string | null {
  const names = new Set<string>();
  for (const m of head.matchAll(WITH_FORM)) {
    if (!isCorporateForm(m[2] ?? '')) continue;
    // "Licensed Products, Limited Use License": a form word that runs on into a capitalised word is no legal form.
    // (After a full stop the next word opens a sentence: "… Brisk Ltd. Tarrow will …".)
    if (
      !(m[2] ?? '').endsWith('.') &&
      /^ [A-Z][a-z]/.test(head.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 3))
    )
      continue;
    const name = shortName(m[1] ?? '');
    if (name && !isGeneric(name.toLowerCase()) && !resolveJurisdiction(name) && !isDefinedTermShape(name))
      names.add(name);
    if (names.size >= MAX_COMPANIES) break;
  }
  const bestUses = properUses(body, best.name).capitalized;
  const used: { name: string; n: number }[] = [];
  for (const name of names) {
    if (name.toLowerCase() === best.name.toLowerCase()) return null;
    const uses = properUses(body, name);
    if (uses.capitalized >= 10 && uses.capitalized >= 3 * bestUses && uses.lower <= uses.capitalized)
      used.push({ name: uses.form ?? name, n: uses.capitalized });
  }
  // Two companies used that much are the two parties: the document must say which is the vendor.
  if (used.length !== 1) return null;
  const [company] = used as [{ name: string; n: number }];
  if (tracing())
    traceEvent({
      field: 'vendor',
      rule: 'vendor/namedCompany',
      outcome: 'fired',
      why: `${company.name} (named with its legal form) used ${company.n} times, ${best.name} ${bestUses}`,
    });
  return company.name;
}
/** The last word of a law's or a standard clause set's name: data-protection acts by their initials, Act, Clauses. */
const LAW_NAME =
  /(?:^|\s)(?:A?L?GPL(?:v\d)?(?:\s+Version)?|MPL|EPL|CDDL|EUPL|GDPR|CCPA|CPRA|HIPAA|PIPEDA|LGPD|PDPL|PDPA|PDPO|POPIA|VCDPA|CTDPA|CDPA|DPA|FADP|SCCs?|IDTA|DPF|Act|Regulations?|Directive|Clauses|Legislation|Ordinance)$/;
/** Companies named with a legal form that are weighed against the best candidate. */
const MAX_COMPANIES = 6;
/** Capitalised words followed by a word that may be a legal form: "Automattic Inc.", "Halvard Devices, Ltd". */
const WITH_FORM = /\b([A-Z][\w&'’-]{1,30}(?: [A-Z][\w&'’-]{1,30}){0,3}),? ([A-Z][A-Za-z./]{1,10})(?![\w/])/g;

/**
 * "NX Solutions" written twenty times and "NX" alone three: a brand that is a two- or three-letter
 * initialism is named with its descriptive word, so that is its name (shortName drops such words to
 * find the brand, which is right for a word brand: "Najoomi Technologies" → "Najoomi",
 * "Cybergate Services" → "Cybergate", even where the document writes the long form). Only a word of
 * GENERIC_TAIL counts ("NX Scale" is a product, not the company), only when the combined form is
 * used at least three times and more than twice as often as the bare brand (a short form the
 * preamble defines, "Najoomi Technologies (“Najoomi”)", wins when the document then uses it).
 * A word brand keeps its descriptive word only when the document never writes the brand alone and
 * uses the long form as a name at least three times without a legal form after it ("Deckard
 * Technologies makes …", "… of Deckard Technologies."): that is the name it goes by.
 * One bounded scan.
 */
function descriptiveForm(texts: readonly (string | null | undefined)[], name: string): string | null {
  // A word brand stands alone ("Cybergate Services" → "Cybergate", "Meta Platforms" → "Meta");
  // an initialism of two or three letters does not.
  const initialism = /^[A-Z0-9]{2,3}$/.test(name);
  if (!initialism && !/^[A-Z][a-z]{2,20}$/.test(name)) return null;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\w@./-])${escaped}(?:[ \\t]([A-Z][a-z]{1,20}))?(?![\\w@-])`, 'g');
  const tails = new Map<string, number>();
  // Uses of the combined form as a name of its own, not followed by a legal form ("Acme Labs makes …").
  const asName = new Map<string, number>();
  let bare = 0;
  let seen = 0;
  // Each text on its own (a name does not run across them): joining them would copy the whole body.
  for (const body of texts) {
    if (!body) continue;
    re.lastIndex = 0;
    for (let m = re.exec(body); m !== null && seen < 5000; m = re.exec(body), seen++) {
      const tail = m[1];
      if (tail === undefined) bare++;
      else if (GENERIC_TAIL.has(tail.toLowerCase()) && tail !== 'And') {
        tails.set(tail, (tails.get(tail) ?? 0) + 1);
        const next = body
          .slice(re.lastIndex, re.lastIndex + 40)
          .match(/^,?[ \t]{1,3}([\p{L}.]{1,20})(?:[ \t]{1,3}([\p{L}.]{1,20}))?/u);
        const formed = next !== null && (isCorporateForm(next[1] ?? '') || isCorporateForm(next[2] ?? ''));
        if (!formed) asName.set(tail, (asName.get(tail) ?? 0) + 1);
      }
    }
  }
  let best: string | null = null;
  let n = 0;
  for (const [tail, k] of tails) if (k > n) [best, n] = [tail, k];
  if (!best || n < 3 || n <= 2 * bare) return null;
  // Rule `vendor/descriptiveForm` for a word brand: only when the document never writes the brand
  // alone and writes the combined form as a name of its own ("Deckard Technologies makes no claim …"),
  // not only as a legal name ("Cybergate Services Private Limited" stays "Cybergate").
  if (!initialism && (bare > 0 || (asName.get(best) ?? 0) < 3)) return null;
  if (tracing())
    traceEvent({
      field: 'vendor',
      rule: 'vendor/descriptiveForm',
      outcome: 'fired',
      why: `${name} ${best} written ${n} times, ${name} alone ${bare}`,
    });
  return `${name} ${best}`;
}

interface Candidate {
  name: string;
  score: number;
  /** Named with a provider role: "(“Provider”)", "(… “we”)". */
  strong: boolean;
  /** Named in the document's title, heading or site name. */
  inTitle: boolean;
  subject: number;
  possessive: number;
  /** Read from a lower-case sentence subject ("fortrabbit will"): must stay lower case. */
  lowercase?: boolean;
  /** The title is this name and a kind of document: "Pinemark SLA" (rule `vendor/titleBrand`). */
  titleBrand?: boolean;
  /** A title brand the body never writes in lower case: its title alone is evidence enough. */
  titleOnly?: boolean;
  /** Named before the title's kind of document and used as a name in the body: evidence enough. */
  titleNamed?: boolean;
}

/**
 * Is the title a kind of document plus this name and nothing else ("Pinemark Service Level
 * Agreement", "Terms of Service – Pinemark")? Not when the name is a word that qualifies a kind
 * ("Standard SLA", "Enterprise Terms", "Website Terms of Use") or longer than two words.
 */
function isTitleBrand(title: string, name: string): boolean {
  const words = name.split(' ');
  // Three words only as the one segment beside the kind alone: "Service Level Agreement (SLA) | Izende Studio Web".
  const most = titleParts(title).filter((part) => !isKindAlone(part)).length === 1 ? 3 : 2;
  if (words.length > most || TITLE_MODIFIERS.has((words[0] as string).toLowerCase())) return false;
  // "Exhibit 10.9 Services Agreement": a filing label, not a name.
  if (words.some((w) => /^[\d.]+$/.test(w))) return false;
  // The name stands as a segment of its own ("Terms of Service | Brindlewood"). A word before the kind in one
  // segment ("Technical Support Policy", "Fair Usage Policy", "Pinemark SLA") may name the document, not its vendor:
  // only the body's own uses make it a name.
  const key = name.toLowerCase();
  // "| Pellucid Networks" shortens to the name; "Trial Terms" shortens too, but names a document.
  const own = titleParts(title).some((part) => {
    const seg = part.trim();
    if (seg.toLowerCase() === key) return true;
    return (
      shortName(seg)?.toLowerCase() === key &&
      !DOCUMENT_NOUN_END.test(seg) &&
      !KIND_PHRASES.some(([, re]) => re.test(seg))
    );
  });
  return own && KIND_PHRASES.some(([, re]) => re.test(title));
}
/**
 * The kind of document after a name in its title segment: "Support Policy" for "Technical" in "Technical Support
 * Policy", "SLA" for "Pinemark" in "Pinemark SLA"; null when the name stands alone or the rest names no kind.
 */
function kindTail(title: string, name: string): string | null {
  for (const part of titleParts(title)) {
    const seg = part.trim();
    if (!seg.toLowerCase().startsWith(`${name.toLowerCase()} `)) continue;
    const rest = seg.slice(name.length).trim();
    if (rest === '') continue;
    if (DOCUMENT_NOUN_END.test(rest) || KIND_AT_START.some((re) => re.test(rest))) return rest;
  }
  return null;
}
/** Each kind of document's phrase, at the start of a text ("Support Policy …"): built once. */
const KIND_AT_START = KIND_PHRASES.map(([, re]) => new RegExp(`^(?:${re.source})`, 'i'));
/** A title segment that ends in what a document calls itself: "… Terms", "… Sourcing Policy", "… Guidelines". */
const DOCUMENT_NOUN_END =
  /\b(?:terms|policy|policies|agreement|statement|guidelines|conditions|notice|addendum|schedule|charter|code\s+of\s+conduct|rules|principles|sla|dpa|msa|eula)$/i;

/**
 * Is a segment of the title this company's full name, ending in its corporate form ("Lattice Hosting Ltd",
 * "Orrin Data Ltd" for "Orrin")? The segment must shorten to exactly the name.
 */
function isTitleCompany(title: string, name: string): boolean {
  for (const part of titleParts(title)) {
    const words = part.trim().split(/[\s,]+/);
    if (words.length < 2 || !isCorporateForm(words[words.length - 1] as string)) continue;
    if (shortName(part.trim())?.toLowerCase() === name.toLowerCase()) return true;
  }
  return false;
}
/** Is the first word of a two-word name also written alone ("Cloudvane will" beside "Cloudvane Storage")? */
function firstWordAlone(body: string, name: string): boolean {
  const first = name.split(' ')[0] as string;
  return first !== name && bareUses(body, first, name) > 0;
}
/** Words that qualify a kind of document in a title; never a brand there on their own. */
const TITLE_MODIFIERS = new Set([
  'standard',
  'enterprise',
  'premium',
  'basic',
  'general',
  'global',
  'online',
  'web',
  'cloud',
  'mutual',
  'master',
  'updated',
  'new',
  'revised',
  'amended',
  'restated',
  'current',
  'previous',
  'archived',
  'effective',
  'default',
  'additional',
  'supplemental',
  'sample',
  'template',
  'example',
  'draft',
  'model',
  'free',
  'pro',
  'business',
  'team',
  'personal',
  'consumer',
  'commercial',
  'public',
  'internal',
  'annual',
  'monthly',
  'final',
  'beta',
  'trial',
  'mobile',
  'professional',
  'managed',
  'dedicated',
  'shared',
  'hosting',
  'network',
  'email',
  'marketplace',
  'developer',
  'developers',
  'api',
  'data',
  'summary',
  'plain',
  'short',
  'full',
  'english',
  'international',
  'european',
  'eu',
  'us',
  'uk',
  'my',
  'your',
  'our',
  'exhibit',
  'exhibits',
  'schedule',
  'schedules',
  'annex',
  'appendix',
  'attachment',
  'addendum',
]);

/** Defined parties sit in the preamble; the rest of a long contract only repeats them. */
const HEAD_CHARS = 12_000;
const BODY_CHARS = 200_000;
/** Candidates checked against the body (a scan each); the rest cannot outscore them. */
const MAX_CHECKED = 10;

const PARENTHETICAL = /\(([^()]{1,200})\)/g;
/** A list of two to six quoted terms, then "refer(s) to" or "mean(s)": a definition of the parties' names. */
const DEFINED_WE =
  /((?:["“][^"“”\n]{1,40}["”],?\s+(?:and\s+|or\s+)?){1,5}["“][^"“”\n]{1,40}["”])\s+(?:refers?\s+to|means?|shall\s+mean|will\s+mean)\b/g;
/** "us (Acme, LLC)", "we (Acme Ltd d/b/a Acme Cloud)": a provider pronoun and, in brackets, the company it stands for. */
const US_NAMED = /\b(?:us|we)\s+\(([A-Z][^()"“”\n]{1,80})\)/g;
/** A noun phrase of the reader's right before a parenthetical: "your Account or username and password (". */
const OWNED_BY_READER = /\byour\s[^.;:()“”"]{0,60}$/i;

/**
 * Does the sentence ending at the parenthetical write a one-word term's stem in lower case ("deemed delivered when it
 * is made available (“Delivery”)")? A party's name is no word of the sentence that defines it.
 */
function describedInSentence(before: string, alias: string): boolean {
  if (alias.includes(' ') || !/^\p{Lu}\p{Ll}{3,}$/u.test(alias)) return false;
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
  const stem = alias.toLowerCase().slice(0, Math.max(4, alias.length - 3));
  return new RegExp(`(?<![\\p{L}])${stem}\\p{Ll}*`, 'u').test(sentence);
}

/** Does `text` hold `word` as a whole word? */
function wordAt(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    const before = text[i - 1];
    const after = text[i + word.length];
    if (
      (before === undefined || !/[\p{L}\p{N}]/u.test(before)) &&
      (after === undefined || !/[\p{L}\p{N}]/u.test(after))
    )
      return true;
  }
  return false;
}

/**
 * One quoted term, then "means" and a determiner before a common noun: "“Goods” means the goods …", "“Services” shall
 * mean any …"; not "“Acme” means the Acme group of companies" (a party's name defined as its group).
 */
const DEFINED_AS_THING =
  /["“]([^"“”\n]{1,40})["”]\s+(?:means?|shall\s+mean|will\s+mean|refers?\s+to)\s+(?:the|any|all|a|an|each|every|those|such)\s(?![A-Z])/g;
const PROVIDER_PRONOUNS = new Set(['we', 'us', 'our', 'ours']);
/** The pronouns either party is defined by: "(**We**, **us**)", "(you, your, the Practice)". */
const PARTY_PRONOUNS = new Set([...PROVIDER_PRONOUNS, 'you', 'your', 'yours']);
const QUOTED = /["“”']([^"“”'\n]{1,40})["”“']/g;
const NAME_TOKEN = `[A-Z0-9][\\w&'’.+-]{0,30}`;
const NAME = `${NAME_TOKEN}(?:,? ${NAME_TOKEN}){0,4}`;
/** "the Supplier, Ardent Managed Services Limited, shall …": a provider role, then its company between commas. */
const ROLE_APPOSITIVE = new RegExp(
  `\\b(?:the\\s+)?(?:Supplier|Provider|Service\\s+Provider|Vendor|Licensor|Contractor),\\s+(${NAME}),\\s`,
  'g',
);
/**
 * "Apify Technologies s.r.o. (“Apify”) is not a party to this Contract" (to this one: "… to the Third-Party Terms" is
 * to another); "The Project is not a separate legal entity": what is no entity is no party either.
 */
const NOT_A_PARTY = new RegExp(
  `\\b([A-Z][\\w&'’.+-]{0,30}(?:,? ${NAME_TOKEN}){0,4})(?:\\s*\\(([^()]{0,80})\\))?,? (?:is|are) not (?:a part(?:y|ies) (?:to|of) (?:this|these|the (?:Agreement|Contract)(?![\\w-]))\\b|an? (?:separate |independent )?legal (?:entity|entities|person)\\b)`,
  'g',
);
const BETWEEN = new RegExp(`\\bbetween (?:the )?(${NAME})(?: \\([^()]{0,80}\\))?,? and\\b`, 'g');
const ROLE_LINE = new RegExp(
  `(?:^|\\n)(?:Provider|Service Provider|Vendor|Supplier|Licensor|Seller)(?: Name)?: (${NAME})[ \\t]*(?=\\n|$)`,
  'g',
);
/**
 * "pixelroot.io, operated by Pixelroot Labs, Inc.", "The Service is owned and operated by Acme Ltd.": who runs the
 * service, site or app the document governs (rule `vendor/operatedBy`). Only after the service or a web address: "map
 * data provided by Google" names a supplier of something else.
 */
const OPERATED_BY = new RegExp(
  `(?:(?<!\\b(?:in|on|of|within|through|via|from|by)\\s+(?:the\\s+|our\\s+|this\\s+|its\\s+)?)\\b(?:[Ww]ebsite|[Ss]ite|[Ss]ervices?|[Aa]pps?|[Aa]pplications?|[Pp]latform)` +
    // The document's own defined thing needs no verb: "software applications (“Apps”) provided by **RedKernel**".
    `(?:\\s+\\([^()]{0,40}\\)\\s+|(?:\\s+\\([^()]{0,40}\\))?,?\\s+(?:is|are)\\s+)|\\b[a-z0-9-]{2,40}\\.[a-z]{2,6},?\\s+(?:(?:is|are)\\s+)?)` +
    `(?:owned\\s+and\\s+)?(?:operated|provided|owned|offered|run)\\s+by\\s+(?:the\\s+)?\\**(${NAME})`,
  'g',
);
/**
 * The provider introducing itself: "We are Tidewell Labs GmbH, Hauptstraße 5, Berlin" (rule `vendor/weAre`). Only a
 * name ending in a company form: "We are Committed to privacy" is no name.
 */
const WE_ARE = new RegExp(`\\b[Ww]e are (?:the )?(${NAME})`, 'g');
/** "Welcome to Pellucid!" opening a terms page: the service it names (rule `vendor/welcomeTo`). */
const WELCOME_TO = new RegExp(`(?:^|\\n)[#*_\\s]{0,6}Welcome to (?:the )?(${NAME})[!.,]`, 'g');
/** Every match of OPERATED_BY holds one of these (a plain literal scan: cheap where none is). */
const OPERATED_VERB = /(?:operated|provided|owned|offered|run)\s+by\s/;
/** Words naming an instrument other than this document before "between you and X": clauses, a separate agreement. */
const OTHER_INSTRUMENT_BEFORE =
  /\b(?:clauses|SCCs?|separate(?:ly)?|its\s+own|their\s+own|third[- ]party|sub-?processors?)\b[^.;]{0,80}$/i;
/** "a binding contract between you and Cloudup". */
const BETWEEN_YOU = new RegExp(`\\bbetween (?:you|the Customer|Customer) and (?:the )?(${NAME})`, 'g');
/** "the Acme entity named in the Order Form". */
const ENTITY_BEFORE = /\bthe ((?:[A-Z][\w&.-]{0,30} ){0,2}[A-Z][\w&.-]{0,30}) (?:entity|entities|company)\b/;
/** "between Corvane and Customer", "between Corvane and the Client". */
const BETWEEN_CUSTOMER = new RegExp(
  `\\bbetween (?:the )?(${NAME})(?: \\([^()]{0,80}\\))?,? and (?:the |each |any )?(?:Customer|Client|Subscriber|you)\\b`,
  'g',
);
const AND_CUSTOMER = new RegExp(`\\b(${NAME}) and (?:the |each )?(?:Customer|Client|Subscriber|you)\\b`, 'g');
/** Up to three capitalised words (joined by "&" too: "Training & Compliance") before a verb of obligation: "Forward Email makes", "Acme will". */
const SUBJECT =
  /\b((?:[A-Z][\w&+-]{0,30} (?:& )?){0,2}[A-Z][\w&+-]{1,30}) (?:will|shall|may|must|agrees|provides|reserves|does not|is not|has developed|offers|maintains|endeavors|endeavours|undertakes|warrants|retains|makes|uses|defines|commits|guarantees|strives|aims|operates)\b/g;
/** An article before a subject: the subject is a thing (see tally). */
const ARTICLE_OPENS = /^(?:The|A|An) /;
const ARTICLE_BEFORE = /\b(?:the|a|an) $/;
/** The words SUBJECT's verbs start with, after their space (a match of it, or of LOWERCASE_SUBJECT, holds one). */
const SUBJECT_VERBS = [
  ' will',
  ' shall',
  ' may',
  ' must',
  ' agrees',
  ' provides',
  ' reserves',
  ' does',
  ' is not',
  ' has',
  ' offers',
  ' maintains',
  ' endeavo',
  ' undertakes',
  ' warrants',
  ' retains',
  ' makes',
  ' uses',
  ' defines',
  ' commits',
  ' guarantees',
  ' strives',
  ' aims',
  ' operates',
];
const POSSESSIVE_MARKS = ["'s", '’s'];
/** The capitalized word right before a name's match, when only a space parts them (see tally). */
const NAME_WORD_BEFORE = /(?:^|[^\w&'’.-])([A-Z][\w&+-]{1,30}) $/;
/**
 * Three words ending in a form of two ("Pass Pty Ltd", "Data Sdn Bhd"): the pattern took at most three, so the name began
 * a word earlier. (Not "Tesseract Hosting Ltd" after a label, "Infrastructure Tesseract Hosting Ltd offers": the name
 * fits whole.)
 */
const endsWithTwoWordForm = (run: string) => {
  const words = run.split(' ');
  return words.length === 3 && isCorporateForm(words[2] as string) && isCorporateForm(words[1] as string);
};
const POSSESSIVE = /\b((?:[A-Z][\w&+-]{0,30} (?:& )?){0,2}[A-Z][\w&+-]{1,30})(?:’s|'s)\s/g;
/**
 * "the Ravenhurst Terms of Service", "the Ravenhurst Hosting Service Level Agreement": a name before the name of a
 * provider's document is a possessive without the "'s" (rule `vendor/documentOf`). After "the", so a sentence's
 * first word ("This Service Level Agreement") is not read.
 */
const DOCUMENT_OF =
  /\b(?:the|our|this|these|its) ((?:[A-Z][\w&+-]{0,30} ){0,1}?[A-Z][\w&+-]{1,30}) (?:(Hosting|Cloud|Platform|Online|Services?|Software|Website|Product) )?(?:Terms of (?:Service|Use)|Terms (?:and|&) Conditions|Service Level Agreement|Privacy (?:Policy|Notice)|Acceptable Use Policy|(?:Master|Customer|Subscription|Enterprise) (?:Subscription |Services? )?Agreement|Data Processing (?:Addendum|Agreement))\b/g;
/** Literal words one of which every DOCUMENT_OF match holds: the scan's pre-check. */
const DOCUMENT_OF_WORDS = [
  ' Terms of',
  ' Terms and',
  ' Terms &',
  ' Agreement',
  ' Privacy',
  ' Acceptable',
  ' Data Processing',
];
/** A lower-case word opening a block or sentence (after an enumerator) as the subject of an obligation. */
const LOWERCASE_SUBJECT =
  /(?:^|\n|[.!?] )(?:\d{1,2}\.? |[-*•] |\([a-z0-9]{1,3}\) )?([a-z][a-z0-9]{3,30}(?:\.(?:com|io|dev|app|ai|co|net|cloud|so|sh))?) (?:will|shall|must|agrees|provides|offers|reserves|guarantees|warrants|undertakes|commits)\b/g;
/** Lower-case words that open list items in ordinary prose ("- fees will …", "(a) everyone shall …"). */
const LOWERCASE_STOP = new Set([
  // Keywords of the page source a file may hold ("const guarantees = [ … ]" in a .tsx): code, not a styled name.
  'const',
  'export',
  'import',
  'return',
  'function',
  'await',
  'they',
  'there',
  'these',
  'those',
  'what',
  'your',
  'their',
  'everyone',
  'anyone',
  'someone',
  'nobody',
  'access',
  'usage',
  'data',
  'information',
  'notice',
  'notices',
  'invoices',
  'refunds',
  'changes',
  'customers',
  'requests',
  'tickets',
  'incidents',
  'outages',
  'users',
  'accounts',
  'claims',
  'disputes',
  'downtime',
  'provider',
  'licensee',
  'licensor',
]);

/** Sentence openers that sit before a subject without being part of its name. */
const OPENERS = new Set([
  'further',
  'furthermore',
  'however',
  'additionally',
  'also',
  'then',
  'thereafter',
  'accordingly',
  'moreover',
  'otherwise',
  'finally',
  'and',
  'or',
  'but',
  'that',
  'which',
  'where',
  'while',
  'whereas',
  'hereby',
  'provided',
]);

/** "The Acme Cloud" → "Acme Cloud"; "Further Acme" → "Acme"; generic words alone → null. */
function subjectName(run: string): string | null {
  const words = run.split(' ');
  // A company's form is no part of the name its uses count for: "Trailblazer GmbH will …" is Trailblazer's. Not
  // "Company", which also ends a defined term ("the Village Media Company shall …").
  const droppedForm = (w: string) => isCorporateForm(w) && !/^(?:company|co\.?)$/i.test(w);
  const last = words[words.length - 1] as string;
  if (words.length > 1 && droppedForm(last)) {
    // "Pty Ltd", "Pvt. Ltd.", "Sdn Bhd": a form of two words.
    while (words.length > 1 && droppedForm(words[words.length - 1] as string)) words.pop();
  }
  // Nor is its staff: "Liferay Support will investigate", "the Acme Team will reply" act for Liferay and Acme.
  else if (words.length > 1 && /^(?:support|team|staff)$/i.test(last)) words.pop();
  while (
    words.length > 1 &&
    (OPENERS.has((words[0] as string).toLowerCase()) ||
      isGeneric((words[0] as string).toLowerCase()) ||
      words[0] === '&')
  )
    words.shift();
  const name = words.join(' ');
  return isGeneric(name.toLowerCase()) ? null : name;
}

/**
 * Rule `vendor/definedThing`: a quoted term written after "the" inside a parenthetical and ending in a
 * generic word is a thing the document defines ("(collectively, the “Interactive Services”)"), not a
 * party's brand, when the document never writes its first word on its own: shortening it would make
 * a brand of an adjective ("Interactive"). "(the “Impresse Services”)" still names Impresse where the
 * document also writes "Impresse shall …". A party aliased bare ("(“Acme”)") is not affected. At most
 * MAX_THINGS terms are checked (one scan each).
 */
function definedThings(inner: string, body: string, budget: { n: number }): Set<string> {
  const out = new Set<string>();
  for (const m of inner.matchAll(THE_QUOTED)) {
    const term = cleanAlias(m[1] ?? '');
    const short = shortName(term);
    if (!short || short === term || !term.startsWith(`${short} `) || budget.n-- <= 0) continue;
    // "Interactive Services" → tail "Service": "Interactive Service" is not a use of the word alone.
    const tail = (term.slice(short.length + 1).split(' ')[0] as string).replace(/s$/i, '');
    const re = new RegExp(`(?<![\\w@./-])${escapeRe(short)}(?![\\w@-])(?!\\s+${escapeRe(tail)})`, 'gi');
    let alone = 0;
    for (let k = re.exec(body); k !== null && alone < 2; k = re.exec(body)) if (/^[A-Z0-9]/.test(k[0])) alone++;
    if (alone < 2) {
      out.add(term.toLowerCase());
      if (tracing())
        traceEvent({
          field: 'vendor',
          rule: 'vendor/definedThing',
          outcome: 'rejected',
          why: `“${term}”: a defined thing; ${short} is never written alone`,
        });
    }
  }
  return out;
}
const MAX_THINGS = 20;
/** A quoted term right after "a" or "an": "(an “Order”)". */
const INDEFINITE_QUOTED = /\b(?:a|an)\s+["“”']([^"“”'\n]{1,40})["”“']/gi;
const THE_QUOTED = /\bthe\s+["“”']([^"“”'\n]{1,40})["”“']/gi;

/** A quoted term after a determiner or "collectively": "the “Service Commitment”", "such expenses, collectively, “Costs”". */
const DESCRIBED_QUOTED =
  /\b(?:the|collectively|together|each|such|any|all)\b[^"“”()\n]{0,40}?["“]([^"“”\n]{1,40})["”]/gi;

/**
 * The terms a parenthetical at `at` defines after a determiner ("(the “Service Commitment”)", "(collectively, “Costs”)"),
 * lower-cased.
 */
function theTerms(head: string, at: number, before: string | null): Set<string> {
  const inner = /^\(([^()]{1,200})\)/.exec(head.slice(at))?.[1] ?? '';
  const out = new Set<string>();
  const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  const named = new Set(wordsOf(before ?? '').filter((w) => w.length >= 3));
  for (const m of inner.matchAll(DESCRIBED_QUOTED)) {
    const term = cleanAlias(m[1] ?? '');
    // "(the “Impresse Services”)" shortens to a brand the document may write alone (definedThings decides); "Zeta
    // Corp. (together with its affiliates, “Zeta”)" is the name's own short form.
    if (shortName(term) !== term) continue;
    if (wordsOf(term).some((w) => named.has(w))) continue;
    out.add(term.toLowerCase());
  }
  if (out.size > 0 && tracing())
    traceEvent({
      field: 'vendor',
      rule: 'vendor/definedThing',
      outcome: 'rejected',
      why: `${[...out].map((t) => `“${t}”`).join(', ')}: defined after a description, not after a name`,
    });
  return out;
}

/**
 * Rule `vendor/claimContact`: the party a customer contacts to claim a service credit is the
 * provider: "submit a claim by contacting Acme Cloud by email", "to request a credit, email Acme
 * Support". Only in a sentence about a credit (a contract's "notify Party A of any claim" is an
 * indemnity, not a credit claim), and only a capitalised name of one to
 * three words; a team word after it ("Support", "Billing") is dropped, and what remains must not be
 * a role ("Customer Support" → nothing). One pass over the sentences, with a keyword pre-check.
 */
function claimContacts(doc: Doc): string[] {
  const out: string[] = [];
  for (const s of doc.sentences) {
    if (s.start > BODY_CHARS || out.length >= 3) break;
    const text = doc.text.slice(s.start, Math.min(s.end, s.start + 600));
    // The rarer word first: most sentences hold no "credit".
    if (!/\bcredits?\b/i.test(text) || !/contact|e-?mail|writ|notify/i.test(text)) continue;
    for (const m of text.matchAll(CLAIM_CONTACT)) {
      const words = (m[1] ?? '').split(' ');
      while (words.length > 1 && CONTACT_TEAMS.has((words[words.length - 1] as string).toLowerCase())) words.pop();
      while (words.length > 1 && isCorporateForm(words[words.length - 1] as string)) words.pop();
      const full = words.join(' ').replace(/[.’']+$/, '');
      // "Cake Labs" stays whole unless the document also writes the brand alone ("Acme Technologies" … "Acme will").
      const short = shortName(full);
      const name = short && short !== full && bareUses(doc.text.slice(0, BODY_CHARS), short, full) >= 2 ? short : full;
      if (!short || CONTACT_TEAMS.has(name.toLowerCase()) || isGeneric(name.toLowerCase())) continue;
      if (tracing())
        traceEvent({
          field: 'vendor',
          rule: 'vendor/claimContact',
          outcome: 'considered',
          start: s.start + (m.index ?? 0),
          end: s.start + (m.index ?? 0) + m[0].length,
          why: `${name} receives credit claims`,
        });
      out.push(name);
    }
  }
  return out;
}
/** Capitalised uses of `short` that are not the start of `full`: "Acme will", not "Acme Technologies". */
function bareUses(body: string, short: string, full: string): number {
  const re = new RegExp(`(?<![\\w@./-])${escapeRe(short)}(?![\\w@-])`, 'g');
  let n = 0;
  let seen = 0;
  for (let m = re.exec(body); m !== null && seen < 5000; m = re.exec(body), seen++)
    if (!body.startsWith(full, m.index)) n++;
  return n;
}
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CLAIM_CONTACT =
  /\b(?:contact(?:ing)?|e-?mail(?:ing)?|notify(?:ing)?|writ(?:e|ing) to)\s(?!us\b|our\b|your\b|the\b)((?:[A-Z][\w&+.-]{0,30} ){0,2}[A-Z][\w&+-]{0,30})\b/g;
/** Teams and desks a claim is sent to: "Acme Support" names Acme, "Customer Support" names no one. */
const CONTACT_TEAMS = new Set([
  'support',
  'billing',
  'sales',
  'team',
  'desk',
  'helpdesk',
  'success',
  'care',
  'service',
  'services',
  'customer',
  'account',
  'technical',
]);

/** "Bright Harbor. Bright Harbor makes" → "Bright Harbor": a name ends with its sentence. */
function untilSentenceEnd(name: string): string {
  return name.split(/[.;:] /)[0] as string;
}

/**
 * Rule `vendor/copyrightHolder`: "Copyright (c) 2010-2013, PSPDFKit GmbH", "© 2024 Tarnwell Ltd. All rights reserved",
 * a page footer "Section31 OÜ © 2018": who owns the text is who offers it (a licence's licensor, a site's owner).
 * Evidence beside the body's uses, not enough alone; each holder counts once however often a footer repeats.
 */
function copyrightHolders(body: string): Set<string> {
  const out = new Set<string>();
  if (!body.includes('©') && !/\([cC]\)\s*\d{4}/.test(body)) return out;
  for (const m of body.matchAll(COPYRIGHT_THEN_NAME)) {
    const run = m[1] ?? '';
    const name = shortName(toCompanyForm(run) ?? untilSentenceEnd(run.replace(/\s+all\s+rights\s+reserved.*$/i, '')));
    if (name) out.add(name);
    if (out.size >= MAX_COPYRIGHT_HOLDERS) return out;
  }
  for (const m of body.matchAll(NAME_THEN_COPYRIGHT)) {
    if (!isCorporateForm(m[2] ?? '')) continue;
    // Where the name starts is not marked ("Terms of Service Section31 OÜ © 2018"): each run of words ending at the
    // form is a candidate, and the body's own uses decide between them.
    const words = (m[1] ?? '').split(' ');
    for (let k = 1; k <= words.length; k++) {
      const name = shortName(`${words.slice(-k).join(' ')} ${m[2]}`);
      if (name) out.add(name);
    }
    if (out.size >= MAX_COPYRIGHT_HOLDERS) return out;
  }
  return out;
}
/** "Copyright (c) 2010-2013, PSPDFKit GmbH", "© 2024 Tarnwell Ltd.": the holder after the year. */
const COPYRIGHT_THEN_NAME = /(?:\([cC]\)|©)\s?\d{4}(?:\s?[-–]\s?\d{4})?,?\s([A-Z][^\n;()©]{1,60})/g;
/** "Section31 OÜ © 2018": up to three capitalised words and a company form right before the sign. */
const NAME_THEN_COPYRIGHT = /\b((?:[A-Z][\w&.-]*\s){0,2}[A-Z][\w&.-]*)\s(\p{Lu}[\p{L}.]{0,7})\s?©\s?\d{4}/gu;
const MAX_COPYRIGHT_HOLDERS = 3;

/** Quoted aliases lose Markdown emphasis and surrounding spaces: “**Mistral AI**” → "Mistral AI". */
/**
 * The quoted terms of a parenthetical: "(“Vendor”, “we” or “us”)" → Vendor, we, us. A quote left unclosed ("(“Vendor,
 * “we” or “us”)") would pair the wrong marks ("Vendor, ", " or "): then each listed term is read on its own.
 */
function aliasesIn(inner: string): string[] {
  const marks = inner.match(/["“”]/g)?.length ?? 0;
  const listed =
    marks % 2 === 1
      ? inner
          .split(/,|;|\s(?:or|and)\s/)
          .map((t) => t.trim())
          .filter((t) => /^["“”']/.test(t))
      : [];
  // A lone term with its quote unclosed ("(“Celebrity)") is too broken to read as a definition.
  const terms =
    listed.length >= 2
      ? listed.map((t) => t.replace(/["“”']/g, ''))
      : [...inner.matchAll(QUOTED)].map((q) => q[1] ?? '');
  // No quoted term at all: perhaps aliases set in bold.
  if (terms.length === 0 && marks === 0) return unquotedPronounList(inner);
  return terms.map(cleanAlias).filter((a) => a !== '');
}

/**
 * "(**We**, **us**, **our**)", "(you, your, the Practice)": aliases set in bold rather than quotes, which reach the text
 * unquoted. Read only as a list of two or more short terms with a party's pronoun among them (a parenthetical of
 * ordinary words, "(for example, email or chat)", is no definition).
 */
function unquotedPronounList(inner: string): string[] {
  const items = inner
    .split(/,|\s(?:or|and)\s/)
    .map((t) =>
      cleanAlias(t)
        .replace(/^(?:and|or)\s+/i, '')
        .replace(/^the\s+/i, ''),
    )
    .filter((t) => t !== '');
  if (items.length < 2 || !items.some((t) => PARTY_PRONOUNS.has(t.toLowerCase()))) return [];
  return items.every(
    (t) => PARTY_PRONOUNS.has(t.toLowerCase()) || /^[A-Z][\w&.-]{0,30}(?: [A-Z][\w&.-]{0,30}){0,2}$/.test(t),
  )
    ? items
    : [];
}

function cleanAlias(alias: string): string {
  const clean = alias.replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim();
  // American style puts the list's comma inside the quotes: (“we,” “us,” and their variants). A party's pronoun is
  // read without it; a name keeps it (shortName drops it), as before.
  const bare = clean.replace(/[,;]$/, '');
  return bare !== clean && PARTY_PRONOUNS.has(bare.toLowerCase()) ? bare : clean;
}

/**
 * Rule `vendor/roleTerm`: "the merchant that accepts these Terms (“Merchant”)", "any person who opens an account
 * (“Account Holder”)": the words before the parenthetical use the defined term as a common noun, in lower case after an
 * article, so the capitalised term names a role the document defines, never a party's name (a name is not written in
 * lower case: "Qasr Payments Limited (“Qasr”)" stays a name). Capitalised too when a description follows the article
 * and the noun: "made available by the Creator identified on that page (“Creator”)" (a name is not written "the Acme
 * identified"; "the Acme Group (“Acme”)" and "the Quillo editor (“Quillo”)" go on with a noun and stay names).
 */
function isRoleTerm(text: string, at: number, alias: string): boolean {
  if (!/^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}$/.test(alias)) return false;
  let before = text.slice(Math.max(0, at - 120), at);
  before = before.slice(before.lastIndexOf('\n') + 1);
  const noun = escapeRe(alias.toLowerCase());
  return (
    new RegExp(`\\b(?:the|a|an|any|each|every|such)\\s+${noun}\\b`).test(before) ||
    new RegExp(`\\b(?:the|a|an|any|each|every|such)\\s+${escapeRe(alias)}\\s+(?:${POST_MODIFIER}|\\($)`).test(
      `${before}(`,
    )
  );
}

/** Words that open a description after a noun: "the Seller identified on it", "the Creator who publishes". A noun after a
 * name ("the Quillo editor") makes the name a brand, not a role. */
const POST_MODIFIER =
  '(?:identified|named|listed|specified|described|designated|shown|indicated|referred|mentioned|who|that|which|whose|of|on|in|under|at|from)\\b';

/** The words of `name` up to its company form ("Tidewell Labs GmbH, Hauptstraße 5" → "Tidewell Labs GmbH"), or null. */
function toCompanyForm(name: string): string | null {
  const tokens = name.split(/[\s,]+/);
  const form = tokens.findIndex((t, i) => i > 0 && isCorporateForm(t));
  return form > 0 ? tokens.slice(0, form + 1).join(' ') : null;
}

/** "SOF" after "Service Order Form": the initials of the capitalised words before it. */
function isAcronymOf(alias: string, before: string): boolean {
  if (!/^[A-Z]{2,6}s?$/.test(alias)) return false;
  // An acronym among words in lower case gives all its letters: "Alternate CO’s Representative (ACOR)". (In a name in
  // capitals every word looks like one: "PHL VARIABLE INSURANCE COMPANY (“PHLVIC”)" keeps its initials.)
  const mixed = /[a-z]/.test(before);
  const initials = before
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => (mixed && /^[A-Z]{2,6}(?:['’]s)?$/.test(w) ? w.replace(/['’]s$/, '') : w[0]))
    .join('');
  const letters = alias.replace(/s$/, '');
  return initials.length >= letters.length && initials.endsWith(letters);
}

/** Head nouns of defined terms and roles: "Commercial Terms", "Document Owner", "Your Content". */
const TERM_HEADS = new Set([
  'terms',
  'agreement',
  'policy',
  'statement',
  'guidelines',
  'principles',
  'charter',
  'rules',
  'claim',
  'claims',
  'materials',
  'content',
  'data',
  'information',
  'owner',
  'manager',
  'officer',
  'contact',
  'representative',
  'event',
  'events',
  // A party named by its role at an event ("Event Organizer", "the Organiser shall …"), as "owner" and "manager" are.
  'organizer',
  'organiser',
  'attendee',
  'date',
  'period',
  'fee',
  'fees',
  'order',
  'form',
  'notice',
  'addendum',
  'schedule',
  // A part of the document that holds the deal's variables: "the Cover Page", "the Key Terms Sheet".
  'page',
  'sheet',
  'credit',
  'credits',
  'level',
  'time',
  'hours',
]);

/** Roles a contract gives its parties: a name never ends in one ("Marketing Affiliate", "Distributor"). */
const ROLE_NOUNS = new Set([
  'agent',
  'agents',
  'adviser',
  'advisor',
  'affiliate',
  'distributor',
  'dealer',
  'designee',
  'partner',
  'board',
  'talent',
  'venture',
  'term',
  'mark',
  'marks',
  'activity',
  'section',
  'consultant',
  'sponsor',
  'franchisee',
  'franchisor',
  'manufacturer',
  'member',
  'members',
  'committee',
  'director',
  'directors',
  'tenant',
  'tenants',
  'landlord',
  'landlords',
  'issuer',
  'fund',
  'sellers',
  'buyers',
  'business',
  'amendment',
  'venturers',
  'participant',
  'participants',
  'manager',
  'managers',
  'investor',
  'investors',
  'administrator',
  'developer',
  'subcontractor',
  'bank',
  'club',
  'principal',
  'trust',
  'shares',
  'territory',
  'prospectus',
  'unit',
  'website',
  'sessions',
  'contracts',
  'funds',
  // Staff roles a statement of work names ("18F Product Lead", "Key Personnel", "Project Coordinator").
  'lead',
  'leads',
  'personnel',
  'coordinator',
]);

/** Is `name` written, in any case, right before a company form ("Phantom Data LLC", "PHANTOM DATA, Inc.")? */
function beforeCompanyForm(text: string, name: string): boolean {
  // The name in any case ("PHANTOM DATA LLC"); the form capitalised, as forms are written ("as", "co" are words).
  const re = new RegExp(`(?<![\\w-])${escapeRe(name)},?\\s+([A-Z][A-Za-z.]{1,12})`, 'gi');
  for (const m of text.matchAll(re)) if (/^[A-Z]/.test(m[1] as string) && isCorporateForm(m[1] as string)) return true;
  return false;
}

/** A name ending in a role noun, or a multi-word name ending in a document noun, is a role or a defined term. */
function isDefinedTermShape(name: string): boolean {
  const words = name.toLowerCase().split(' ');
  const last = words[words.length - 1] as string;
  if (ROLE_NOUNS.has(last.replace(/^sub-/, ''))) return true;
  // "Licensed Products", "Hosted Services", "Authorized Users": a participle before a thing the contract covers.
  if (words.length === 2 && DEFINED_PARTICIPLES.has(words[0] as string) && DEFINED_THINGS.has(last)) return true;
  return (
    words.length > 1 &&
    (TERM_HEADS.has(last) || PROVIDER_ROLES.has(last) || CUSTOMER_ROLES.has(last) || /^part(?:y|ies)$/.test(last))
  );
}

/** Participles that open a defined term ("Licensed Products", "Covered Services"), never a company's name here. */
const DEFINED_PARTICIPLES = new Set([
  'licensed',
  'hosted',
  'managed',
  'covered',
  'excluded',
  'scheduled',
  'authorized',
  'authorised',
  'permitted',
  'supported',
  'subscribed',
  'purchased',
  'ordered',
  'designated',
  'indemnified',
  'affected',
  'provisioned',
  'restricted',
]);
/** What those participles qualify: the things and people a contract covers. */
const DEFINED_THINGS = new Set([
  'product',
  'products',
  'service',
  'services',
  'software',
  'users',
  'user',
  'materials',
  'data',
  'content',
  'parties',
  'party',
  'persons',
  'claims',
  'losses',
  'items',
  'deliverables',
  'components',
  'entities',
  'offerings',
  'applications',
  'features',
  'property',
  'works',
]);

/** Words that name a party's role, never the party. */
const PROVIDER_ROLES = new Set([
  'company',
  'provider',
  'service provider',
  'we',
  'us',
  'our',
  'ours',
  'licensor',
  'supplier',
  'vendor',
  'processor',
  'contractor',
  'seller',
  'operator',
  // A hosting agreement's provider: "Host shall give Client 72 hours' notice".
  'host',
  'hosting provider',
  // "we" in the other languages vendors' pages come in ("PT Awan Digital (“Kami”)", "Nuvola S.r.l. (“Noi”)"): the
  // company before the pronoun is the provider, the pronoun never its name. Indonesian/Malay, German, French,
  // Spanish, Portuguese, Italian, Dutch, Turkish.
  'kami',
  'wir',
  'uns',
  'nous',
  'nosotros',
  'nós',
  'noi',
  'wij',
  'biz',
]);
const CUSTOMER_ROLES = new Set([
  'customer',
  'customers',
  'you',
  'your',
  'client',
  'subscriber',
  'licensee',
  'user',
  'users',
  'controller',
  'buyer',
  'purchaser',
  'end user',
  // "you" and "user" in the same languages ("Anda", "Pengguna", "vous", "usted", "Nutzer").
  'anda',
  'pengguna',
  'vous',
  'usted',
  'você',
  'nutzer',
  'utilisateur',
  'usuario',
  'utente',
  'gebruiker',
]);
const GENERIC = new Set([
  ...PROVIDER_ROLES,
  ...CUSTOMER_ROLES,
  'agreement',
  'the agreement',
  // The name a document gives itself: "This Data Processing Agreement, including any Appendices (“Addendum”)" (its
  // parts, schedule to appendix, are further down).
  'addendum',
  'the addendum',
  'contract',
  'the contract',
  'service',
  'services',
  'the service',
  'the services',
  'terms',
  'conditions',
  'policy',
  'sla',
  'dpa',
  'msa',
  'aup',
  'eula',
  'tos',
  // Defined-term acronyms: "(the “Service Level Objective” or “SLO”)" names a term, not a party.
  'slo',
  'slos',
  'sle',
  'sow',
  'nda',
  // Other languages' and forms' names of a kind of document: the German DPA and T&C (AVV, AGB), the French terms of
  // sale and of use (CGV, CGU), a mutual NDA (MNDA).
  'mnda',
  'avv',
  'agb',
  'cgv',
  'cgu',
  'baa',
  'scc',
  'sccs',
  'gdpr',
  'ccpa',
  'api',
  'rpo',
  'rto',
  'kpi',
  'covered service',
  // What a services contract delivers: "the Deliverables", "Work Product".
  'deliverables',
  'deliverable',
  'work product',
  'party',
  'parties',
  // Those who sign for a party ("the Project Signatories (“Signatories”)") are no party's name.
  'signatory',
  'signatories',
  'platform',
  'software',
  'website',
  'site',
  'application',
  'app',
  'product',
  'products',
  'solution',
  'personal data',
  'content',
  'documentation',
  'order form',
  'effective date',
  'affiliate',
  'affiliates',
  'reseller',
  'partner',
  'account',
  'legal',
  'home',
  'support',
  'privacy',
  'security',
  'section',
  'schedule',
  'exhibit',
  'annex',
  'appendix',
  'this',
  // Articles open titles ("An Uptime Promise"); never a name.
  'an',
  'these',
  'the',
  'it',
  'if',
  'each',
  'any',
  'all',
  'no',
  'such',
  'in',
  'for',
  'upon',
  'unless',
  'where',
  'when',
  'notwithstanding',
  'nothing',
  'either',
  'neither',
  'both',
  'credits',
  // Roles a party takes in one kind of contract (a lease, a franchise, employment, a claim, a swap, an endorsement):
  // "Lessee shall …", "Employer will …" name a role, never a company. (Not a carriage contract's "Carrier", also a
  // company's name.)
  'lessee',
  'lessor',
  'landlord',
  'tenant',
  'franchisee',
  'franchisor',
  'franchise',
  'merchant',
  'owners',
  'employer',
  'employee',
  'claimant',
  'claimants',
  'counterparty',
  'programmer',
  'individual',
  // Words a title or a clause capitalises that name nothing: "Sponsoring Terms", "Prohibited Uses", "About", "License
  // Grant", "Operating Committee", "Transfer", "America" alone (of "Bank of America").
  'sponsoring',
  'prohibited',
  'about',
  'license',
  'licence',
  'operating',
  'transfer',
  'america',
  // General terms and conditions, abbreviated: a document, as "GTC" is.
  'gt&c',
  'gtc',
  // Priorities an SLA defines as terms ("Severity 1 (“High”)"): levels of a ticket, never a party.
  'high',
  'normal',
  'low',
  'medium',
  'critical',
  'urgent',
  'major',
  'minor',
  'blocker',
  'emergency',
  // What a store's policy is about ("Return and Exchange Policy", "Refund Policy"): its subject, not its owner.
  'return',
  'returns',
  'exchange',
  'exchanges',
  'refund',
  'refunds',
  'cancellation',
  'shipping',
  'cookie',
  'cookies',
  'fees',
  'payment',
  'subscription',
  'uptime',
  'availability',
  'downtime',
  'maintenance',
  // What a provider sells, capitalised in a title ("Cloud Service Service Level Agreement"): never a name alone.
  'cloud',
  'hosting',
  'storage',
  'database',
  'network',
  'server',
  'servers',
  'definitions',
  'confidential information',
  'intellectual property',
  // What a clause is about, capitalised as its defined term: "as a result of Force Majeure, it will …".
  'force majeure',
  'agreements',
  // Roles a party takes in one clause (confidentiality, assignment, indemnity), never its name.
  'recipient',
  'recipients',
  'discloser',
  'disclosers',
  'assignor',
  'assignee',
  'indemnitor',
  'indemnitee',
  'transferor',
  'transferee',
  'guarantor',
  'sublicensee',
  'data exporter',
  'data importer',
  // A contract's opening sections, titled in capitals ("RECITALS", "BACKGROUND", "WITNESSETH"): no party's name.
  'recitals',
  'recital',
  'preamble',
  'background',
  'whereas',
  'witnesseth',
  // A signature block's labels ("Signature: ____", "Authorized Signatory", "Stamp"): who signs, not who provides.
  'signature',
  'signatures',
  'signatory',
  'authorized signatory',
  'authorised signatory',
  'stamp',
  'seal',
  'witness',
  'inc',
  'llc',
  'ltd',
  'gmbh',
  // A form of business defined as a party ("the Partnership"), as "the Company" is: its role, not its name.
  'partnership',
  // Parts of a page that head a figure ("Table 2", "Figure 1"): no one's name.
  'table',
  'figure',
  // Periods a subscription defines ("on a recurring and periodic basis (“Billing Cycle”)"): terms, not parties.
  'billing cycle',
  'billing period',
  'subscription term',
  'subscription period',
  'initial term',
  'renewal term',
  // What a title says the document is a copy of ("DPA — Bilingual Template", "SLA — Sample"): no one's name.
  'template',
  'sample',
  'draft',
  'example',
  'bilingual',
  // Other legal pages a site titles a document with ("Disclaimer", "Legal Notice"): what it is, not whose.
  'disclaimer',
  'disclaimers',
  'legal notice',
  'imprint',
]);

/** Generic trailing words dropped when a brand word remains: "Najoomi Technologies" → "Najoomi". */
const GENERIC_TAIL = new Set([
  'digital',
  'platforms',
  'technologies',
  'managed',
  'technology',
  'software',
  'solutions',
  'labs',
  'group',
  'holdings',
  'holding',
  'systems',
  'devices',
  'networks',
  'services',
  'analytics',
  'international',
  'global',
  'tech',
  'and',
  '&',
]);

/** Every word a contract word ("Return Exchange" of "Return and Exchange Policy", "Service Availability"): no name. */
function allGeneric(key: string): boolean {
  const words = key.split(' ').filter((w) => w !== 'and' && w !== '&');
  return words.length > 1 && words.every((w) => isGeneric(w));
}

function isGeneric(key: string): boolean {
  return (
    key.length < 2 ||
    GENERIC.has(key) ||
    // A plural of a generic word is one too: "Subscriptions", a terms page's section title, is no name.
    (key.endsWith('s') && GENERIC.has(key.slice(0, -1))) ||
    // A descriptive tail alone ("Technology" of "128 Technology", "Solutions", "Labs"): what a name ends in, not one.
    GENERIC_TAIL.has(key) ||
    /^[\d\W]+$/.test(key) ||
    MONTHS.test(key) ||
    DOCUMENT_PART.test(key)
  );
}
/** A part of the document, "the supplier named in Schedule 1 (“Supplier”)": never a party's name. */
const DOCUMENT_PART =
  /^(?:schedule|exhibit|annex|appendix|section|clause|article|attachment|part|item|paragraph)\s+[\w.()-]{1,8}$/;
/** A month's name or abbreviation, not any word that starts like one ("Marlo", "Octopus", "Novo"). */
const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;

/** "Najoomi", not "Services", "we" or a sentence. */
function isBrandAlias(alias: string): boolean {
  if (!/^[A-Z0-9]/.test(alias) || alias.split(' ').length > 3) return false;
  const key = alias.toLowerCase();
  // "(“Service Availability”)", "(“Support Services”)": a term made only of contract words is defined, not a brand.
  if (key.split(' ').every((w) => isGeneric(w))) return false;
  return !isGeneric(key) && !KIND_PHRASES.some(([, re]) => re.test(alias));
}

const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|first|second|third|\d+)$/i;

/** "Najoomi Technologies (SMC-Pvt.) Ltd." → "Najoomi"; "Zentrix Ltd." → "Zentrix"; null if nothing is left. */
export function shortName(full: string | null): string | null {
  // A template's placeholder ("[LEGAL ENTITY NAME]", "`[REGISTERED ADDRESS, Erbil / Baghdad]`", "{{company}}") names
  // no one, nor does any part of it.
  if (!full || /[[\]{}`]/.test(full)) return null;
  const cleaned = full
    .replace(/\([^()]{0,60}\)/g, ' ')
    .replace(/[,;]/g, ' ')
    .replace(/^\s*the\s+/i, '')
    .trim();
  // "Takamol for Business Services Holding Company": the brand is the part before "for".
  const tokens = cleaned
    .replace(/^(\S+(?:\s\S+){0,2}?)\sfor\s[A-Z].*$/, '$1')
    .split(/\s+/)
    .filter((t) => t !== '');
  // "PT Nusantara Data" (Indonesia), "CV Maju": the corporate form comes first; so does the "M/s." (Messrs) Pakistani
  // and Indian contracts put before a company's name.
  while (tokens.length > 1 && /^(?:PT|CV|M\/[sS]|Messrs)\.?$/.test(tokens[0] as string)) tokens.shift();
  if (tokens.length === 1 && /^(?:M\/[sS]|Messrs)\.?$/.test(tokens[0] as string)) return null;
  const norm = (t: string) => t.toLowerCase().replace(/\.+$/, '');
  while (tokens.length > 1 && isCorporateForm(tokens[tokens.length - 1] as string)) tokens.pop();
  let poppedTech = false;
  while (tokens.length > 1) {
    const last = norm(tokens[tokens.length - 1] as string);
    // "Information Technology" is one generic phrase: drop "Information" only after "Technology".
    if (!GENERIC_TAIL.has(last) && !(poppedTech && last === 'information')) break;
    // "Nine Labs", "Seven Solutions": a number word alone names no one; the tail stays.
    if (tokens.length === 2 && NUMBER_WORD.test(tokens[0] as string)) break;
    if (last === 'technology' || last === 'technologies') poppedTech = true;
    tokens.pop();
  }
  while (tokens.length > 1 && isCorporateForm(tokens[tokens.length - 1] as string)) tokens.pop();
  // Three words at most, not counting an "&" between them ("PASS Training & Compliance").
  if (tokens.length === 0 || tokens.filter((t) => t !== '&').length > 3) return null;
  // "Wobscale's Service Level Agreement": the possessive ending is not part of the name.
  const name = tokens
    .join(' ')
    .replace(/['’]s$/, '')
    .replace(/[.’']+$/, '');
  // A brand styled with a lower-case prefix counts as capitalized: "mBiz", "eSewa", "iFlow".
  if (
    !(/^[A-Z0-9]/.test(name) || /^[a-z]{1,2}[A-Z]/.test(name) || DOMAIN_BRAND.test(name)) ||
    isGeneric(name.toLowerCase()) ||
    isCorporateForm(name) ||
    // A register's number names no one; nor does a document's code ("SLA0051", "DOC-1042": capitals then three
    // digits or more).
    isRegisterNumber(name) ||
    /^[A-Z]{2,5}[-‐]?\d{3,}$/.test(name)
  )
    return null;
  return name;
}

/** "KvK 97763144", "ACN 664 413 567": five digits or more once the spaces between groups are joined. */
/** A parenthetical that defines a term in quotes: another party's definition, "(“you” or “Licensee”)". */
const QUOTED_PARENTHETICAL = /\([^()]{0,40}["“][^"“”]{1,40}["”][^()]{0,60}\)/;
/** A register's label and number ending the words before a defined term (its digits checked by isRegisterNumber). */
const REGISTER_NUMBER_AFTER =
  /,?\s+(?:ACN|ABN|ARBN|CIN|CRN|UEN|NZBN|KvK|HRB|RCS|SIRET|SIREN|(?:company|registration|registered|reg\.?|CR)\s+(?:no\.?|number|#))\s*:?\s*([A-Z]{0,3}[\d][\d -]{3,24})$/i;

function isRegisterNumber(text: string): boolean {
  return /\d{5,}/.test(text.replace(/(\d)\s+(?=\d)/g, '$1'));
}

const DESCRIPTOR =
  /^, an? (?:[\w.-]+ ){0,6}?(?:corporation|company|partnership|entity|organi[sz]ation|llc|limited|gmbh|firm|business)\b/i;

/** The company register's descriptor of a party, UK and Commonwealth style (its first words after the name). */
const REGISTERED_DESCRIPTOR =
  /, (?:a company )?(?:incorporated|registered)(?: and registered)? in (?:[A-Z][\w.]*(?: and| of)? ?){1,5}(?:with|under) (?:company|registration|registered) (?:number|no\.?)/i;

/**
 * "Kalar Soft LLC, registered office at Erbil (“we”)", "Acme Ltd, with offices at 5 High Street, London (…)": where
 * the party sits, between its name and its defined term; the name is before it.
 */
const ADDRESS_DESCRIPTOR =
  /,\s(?:with\s(?:its\s)?|having\s(?:its\s)?|whose\s)?(?:registered\s(?:office|address)|principal\s(?:place\sof\sbusiness|office)|head\soffice|offices?|address)(?:\s(?:is|located))?\s(?:at|in)\b|,\s(?:located|based|headquartered|domiciled)\s(?:at|in)\b/i;

/** The run of capitalized words (and corporate forms) just before a parenthetical. */
function nameBefore(text: string, at: number): string | null {
  let before = text.slice(Math.max(0, at - 160), at);
  // A name never spans blocks.
  before = before.slice(before.lastIndexOf('\n') + 1).replace(/[\s,]+$/, '');
  // "Kestrelway Pty Ltd (ABN 12 345 678 901) (“Supplier”)", "(Company No. 0987654)": a registration number
  // between the name and its defined term.
  before = before.replace(/\s*\([^()"“”]{0,40}\d[^()"“”]{0,40}\)$/, '').replace(/[\s,]+$/, '');
  // The same number without brackets: "Wallaby Pty Ltd ACN 620 776 794 (“Licensor”)", "Acme Ltd, Company No. 0987654".
  const register = REGISTER_NUMBER_AFTER.exec(before);
  if (register && isRegisterNumber(register[1] ?? '')) {
    const name = before.slice(0, register.index).replace(/[\s,]+$/, '');
    if (isCorporateForm(name.split(' ').pop() ?? '')) before = name;
  }
  // "Halvard Devices, Inc., a Delaware corporation (“Supplier”)": the descriptor after the
  // comma names where the party is incorporated, not who it is; read the name before it.
  // In capitals too: "NPM, INC., A DELAWARE CORPORATION (THE “LICENSOR”)".
  const lowerAt = before.lastIndexOf(', a');
  const capsAt = Math.max(before.lastIndexOf(', A '), before.lastIndexOf(', AN '));
  const descriptor = capsAt > lowerAt && DESCRIPTOR.test(before.slice(capsAt)) ? capsAt : lowerAt;
  // The descriptor is the last thing before the defined term: "between you, an individual or business (“you”) and
  // Kestrel Byte Pty Ltd (“Licensor”)" describes the other party, before a parenthetical of its own.
  if (
    descriptor > 0 &&
    DESCRIPTOR.test(before.slice(descriptor)) &&
    !QUOTED_PARENTHETICAL.test(before.slice(descriptor))
  )
    before = before.slice(0, descriptor);
  else {
    // "Lanternfish Digital Limited, incorporated and registered in England and Wales with company number 0987
    // whose registered office is at … (“Supplier”)": the register's words run longer; the name is before them.
    const line = text.slice(Math.max(0, at - 400), at);
    const own = line.slice(line.lastIndexOf('\n') + 1);
    const registered = REGISTERED_DESCRIPTOR.exec(own) ?? ADDRESS_DESCRIPTOR.exec(own);
    if (registered && registered.index > 0) before = own.slice(0, registered.index).replace(/[\s,]+$/, '');
  }
  const tokens = before.split(/\s+/);
  const out: string[] = [];
  // Six words at most, and the "for" of a Gulf company's name (forInName) with the one word before it.
  for (let i = tokens.length - 1; i >= 0 && out.length < (out.includes('for') ? 8 : 6); i--) {
    const t = tokens[i] as string;
    // "Provider(s): Cybergate Ltd.": a label's colon ends the name; so does a sentence's full stop ("… these Terms of
    // Service (\"Terms\"). qTally Ltd (…)"), unless the word is a company form or initials ("Inc.", "U.S.").
    if (t.endsWith(':')) break;
    if (
      out.length > 0 &&
      t.endsWith('.') &&
      !isCorporateForm(t) &&
      !/^(?:[A-Z]\.)+$/.test(t) &&
      !/^(?:St|Mt|No)\.$/.test(t)
    )
      break;
    // "A LEGAL AGREEMENT WITH SESSION42 LTD. (…)": in capitals, case no longer shows where the name starts; the
    // word that joins it to the sentence does.
    if (out.length > 0 && CAPITALS_JOINER.has(t)) break;
    // "eSewa", "iPlanet": a brand styled with a lower-case prefix.
    if (/^[A-Z0-9(]/.test(t) || isCorporateForm(t) || /^[a-z]{1,2}[A-Z]/.test(t)) out.unshift(t);
    else if (t === 'for' && !out.includes('for') && forInName(tokens, i, out)) out.unshift(tokens[--i] as string, t);
    // "andNorthwind Labs Ltd (the “Company”)": a word glued to the name (markup that lost its space) hides where the
    // name starts; its last words alone would be another name.
    else if (/^[a-z]{3,}[A-Z]/.test(t)) return null;
    else break;
  }
  // "for scrt.link (“Service”, “we”)": a brand styled as its lower-case domain (the caller marks it lower-case).
  if (out.length === 0 && DOMAIN_BRAND.test(tokens[tokens.length - 1] ?? ''))
    return tokens[tokens.length - 1] as string;
  return out.length > 0 ? out.join(' ') : null;
}
/** Words in capitals that join a name to its sentence ("… WITH ACME LTD.", "BETWEEN ACME INC. AND …"), never in it. */
const CAPITALS_JOINER = new Set(['WITH', 'BETWEEN', 'AND', 'BY', 'TO', 'FROM', 'THE', 'A', 'AN', 'IS', 'ARE', 'INTO']);
/**
 * A Gulf company's English name joins its brand to its line of business with "for", as the Arabic does with «لـ»:
 * "Takamol for Business Services Holding Company Ltd.", "Qasr for Digital Services Co.". The "for" belongs to the
 * name when the words after it end in a legal form and a capitalised word that is no document word stands before it.
 */
function forInName(tokens: string[], i: number, after: string[]): boolean {
  const prev = tokens[i - 1] ?? '';
  return (
    after.length >= 2 &&
    isCorporateForm(after[after.length - 1] as string) &&
    /^[A-Z][\w&'’-]*$/.test(prev) &&
    !TITLE_DOCUMENT_WORDS.has(prev.toLowerCase()) &&
    // "Al Noor Company for Trading Ltd.": the company noun before "for" is the name's.
    (!isGeneric(prev.toLowerCase()) || /^(?:Company|Establishment|Corporation)$/.test(prev))
  );
}
/** "www.910ths.sa is a site operated by " right before a name: the site's brand, its domain's first label. */
const SITE_OPERATED_BY =
  /(?<![\w.-])(?:www\.)?([a-z0-9]{2,24})\.[a-z]{2,10}(?:\.[a-z]{2})?\s+is\s+(?:a|an|the)\s+(?:web\s?)?(?:site|website|platform|portal|app|application|service)(?:\s*\([^()]{0,40}\))?\s+(?:operated|owned|run|provided)\s+by\s+(?:the\s+)?[^()\n]{2,120}$/i;
/**
 * The brand of the site `text` ends by saying `name` operates, when it is another brand ("910ths" for Takamol); null
 * when no site is named so, or when one begins the other ("qasr" and "Qasr": one brand).
 */
function otherSiteBrand(text: string, name: string): string | null {
  const site = SITE_OPERATED_BY.exec(text)?.[1]?.toLowerCase();
  if (!site) return null;
  const n = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  return n.startsWith(site) || site.startsWith(n) ? null : site;
}
/** A brand written as its domain in lower case: "scrt.link", "fly.io", "monday.com". */
const DOMAIN_BRAND = /^[a-z0-9][a-z0-9-]{1,30}\.[a-z]{2,10}$/;

function firstHeading(doc: Doc): string | null {
  const b = doc.blocks.find((x) => x.kind === 'heading');
  return b ? doc.text.slice(b.start, Math.min(b.end, b.start + 200)) : null;
}

const TITLE_NOISE =
  /\b(?:legal|policies|policy|home|page|documents?|center|centre|hub|portal|official site|website|updated|version|v\d[\d.]*)\b/gi;

/** The segments of a title between its separators ("Terms of Service | Brindlewood", "X Ltd — Service Definition"). */
function titleParts(title: string): string[] {
  return title.slice(0, 200).split(/\s[|–—:·•-]\s|[|–—]/);
}

/** A brand left in a title once the kind of document and separators are removed. */
function nameInTitle(title: string): string | null {
  return namesInTitle(title)[0] ?? null;
}

/**
 * The name in each segment of a title, in order: "Colocation SLA - Dunesat Data Centres" gives "Colocation" and
 * "Dunesat"; the body's proper nouns then decide which one is a name (a product line the body writes in lower case
 * is not).
 */
function namesInTitle(title: string): string[] {
  const names: string[] = [];
  // "Oranjestad, Aruba", "Lahore, Pakistan": where the vendor is, a place and its country, never its name.
  const parts = titleParts(title).filter((part) => !isPlaceSegment(part));
  // A segment that is all name ("Your Account Settings" names no one) is a name in two words; in three as the one
  // segment beside the kind alone ("Service Level Agreement (SLA) | Izende Studio Web"), as sites title their pages.
  const others = parts.filter((part) => !isKindAlone(part));
  const most = others.length === 1 && others.length < parts.length ? 3 : 2;
  for (const part of others) {
    const rest = titleRest(part);
    // "Service Commitments", "Availability Commitment", "Support Standards": a title of document words names no one.
    if (rest.split(' ').every((w) => TITLE_DOCUMENT_WORDS.has(w.toLowerCase()) || GENERIC.has(w.toLowerCase())))
      continue;
    const name = shortName(rest);
    if (name && (name !== part.trim() || rest.split(' ').length <= most)) names.push(name);
  }
  return names;
}

/** A title segment without its kinds of document, noise words and punctuation. */
function titleRest(part: string): string {
  let rest = part;
  for (const re of KIND_PHRASES_ALL) rest = rest.replace(re, ' ');
  return rest
    .replace(TITLE_NOISE, ' ')
    .replace(/\b(?:of|for|and|the|our|to)\b/gi, ' ')
    .replace(/[^\p{L}\p{N}&.'’ -]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Each kind of document's phrase, every occurrence: built once. */
const KIND_PHRASES_ALL = KIND_PHRASES.map(([, re]) => new RegExp(re.source, 'gi'));

/** A title segment that is a kind of document and nothing else: "Service Level Agreement (SLA)", "Terms of Service". */
function isKindAlone(part: string): boolean {
  return titleRest(part) === '' && KIND_PHRASES.some(([, re]) => re.test(part));
}

/**
 * A title segment that is a place: a known place ("Lahore, Pakistan"), or up to three capitalized words, a comma and
 * a country or state ("Oranjestad, Aruba"). A company's name with its country ("Acme Ireland Ltd") has no comma there.
 */
function isPlaceSegment(part: string): boolean {
  const seg = part.trim();
  const m = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}), (\p{Lu}[\p{L} .]{1,30})$/u.exec(seg);
  if (!m) return false;
  return resolveJurisdiction(seg) !== null || resolveJurisdiction(m[2] as string) !== null;
}

/** Words that title a document without naming its vendor (beside GENERIC and the kinds of document). */
const TITLE_DOCUMENT_WORDS = new Set([
  'commitment',
  'commitments',
  'level',
  'levels',
  'guarantee',
  'guarantees',
  'promise',
  'promises',
  'objective',
  'objectives',
  'standard',
  'standards',
  'statement',
  'description',
  'descriptions',
  'overview',
  'program',
  'programme',
  'plan',
  'plans',
  'customer',
  'customers',
  'response',
  'times',
  'credit',
  'conditions',
  'addendum',
  'rules',
  'guidelines',
  'operational',
  'reliability',
  'data',
  'processing',
  'protection',
  'acceptable',
  'use',
  'refund',
  'cancellation',
  'billing',
  'trust',
  'compliance',
  'incident',
  'incidents',
  'status',
  'notice',
]);

/** "https://www.ujet.cx/legal" → "ujet", when the document writes it as a word. */
function hostName(url: string | null, body: string): string | null {
  if (!url) return null;
  const m = /^[a-z][a-z0-9+.-]{0,20}:\/\/([^/?#:]{1,200})/i.exec(url);
  if (!m) return null;
  const labels = (m[1] ?? '').toLowerCase().split('.');
  // The registrable label: "legal.acme.co.uk" → "acme".
  while (labels.length > 2 && /^(?:co|com|org|net|gov|ac|edu)$/.test(labels[labels.length - 2] as string)) labels.pop();
  const label = labels.length >= 2 ? labels[labels.length - 2] : null;
  if (!label || label.length < 2) return null;
  const re = new RegExp(`\\b${label.replace(/[^a-z0-9]/g, '')}\\b`, 'i');
  const hit = re.exec(body);
  return hit ? hit[0] : null;
}

/** After a sentence's first word, what makes it a name: a subject's verb, or a further capitalized word. */
const NAME_CONTINUES = /^\s(?:will|shall|may|must|is|has|provides|offers|agrees|reserves|[A-Z])/;
/** The text just before a sentence's or a line's first word. */
const SENTENCE_START = /(?:^|[\n.!?:]\s?|[\n#]\s)$/;
/**
 * How the document writes a name: capitalized uses as a word (not inside an email or
 * URL), all-lowercase uses, and the most frequent capitalized form ("Navori" over "NAVORI").
 */
function properUses(
  body: string,
  name: string,
  documentTail?: string,
): { capitalized: number; lower: number; form: string | null } {
  // Uses followed by the title's kind ("Technical Support Policy") are the document's name, not the vendor's.
  const tail = documentTail ? `(?!\\s+${escapeRe(documentTail).replace(/\s+/g, '\\s+')})` : '';
  const re = new RegExp(`(?<![\\w@./-])${escapeRe(name)}(?![\\w@-]|\\.[a-z])${tail}`, 'gi');
  const forms = new Map<string, number>();
  let capitalized = 0;
  let lower = 0;
  // Capitalized where English capitalizes any word: a line's or a sentence's first word.
  let initial = 0;
  for (let m = re.exec(body); m !== null && capitalized + lower < 5000; m = re.exec(body)) {
    const s = m[0];
    if (s === s.toLowerCase()) lower++;
    else {
      capitalized++;
      // "Orrin Data will …" opens a sentence as a name does: a subject's verb or another capitalized word follows.
      if (
        SENTENCE_START.test(body.slice(Math.max(0, m.index - 3), m.index)) &&
        !NAME_CONTINUES.test(body.slice(m.index + s.length, m.index + s.length + 12))
      )
        initial++;
      forms.set(s, (forms.get(s) ?? 0) + 1);
    }
  }
  // A word the body also writes in lower case ("colocation services") is a name only where it is capitalized
  // mid-sentence: "Colocation customers may …" opening a sentence is the ordinary word. So is the first word of the
  // document's own name ("Technical" of "Technical Support Policy"), which English capitalizes anywhere.
  if (lower > 0 || documentTail) capitalized -= initial;
  let form: string | null = null;
  let n = 0;
  for (const [f, k] of forms) {
    // Prefer a mixed-case form over a shouted heading form on a tie.
    if (k > n || (k === n && form !== null && form === form.toUpperCase() && f !== f.toUpperCase())) {
      form = f;
      n = k;
    }
  }
  return { capitalized, lower, form };
}
