import { describe, expect, it } from 'vitest';
import { detectPage, kindOfPhrase, kindOfUrl, textFeatures } from '../extractors/detect';
import { europeanCounts } from '../extractors/detect/european';
import { deniesLegal } from '../extractors/detect/phrases';
import * as V from '../extractors/detect/vocabulary';
import { docFromText } from '../extractors/input';
import { classifyDoc } from '../extractors/kind';
import { doublingRatio, LINEAR_RATIO } from '../scripts/lib/scaling';

// Composed passages (not from any corpus document): legal openings in German, French and Russian, and pages in the
// same languages that talk about such documents without being one.

const DE_TERMS = `Diese Nutzungsbedingungen regeln die Nutzung der App „Falkenwerk“ der Falkenwerk GmbH (nachfolgend „Anbieter“).
§ 1 Geltungsbereich. Mit der Registrierung erklären Sie sich einverstanden, dass diese Nutzungsbedingungen für jede Nutzung der App gelten.
§ 2 Pflichten. Sie verpflichten sich, Ihre Zugangsdaten geheim zu halten. Der Nutzer ist verpflichtet, keine rechtswidrigen Inhalte hochzuladen.
§ 3 Haftung. Die Haftung des Anbieters für leichte Fahrlässigkeit ist ausgeschlossen, soweit nicht Leben oder Gesundheit betroffen sind.
§ 4 Kündigung. Sie können den Vertrag jederzeit mit einer Frist von einem Monat kündigen. Wir behalten uns das Recht vor, Konten bei Verstößen zu sperren.
§ 5 Schlussbestimmungen. Gerichtsstand ist Hamburg.`;

const DE_PRIVACY = `Diese Datenschutzerklärung informiert Sie darüber, welche personenbezogenen Daten die Falkenwerk GmbH verarbeitet.
1. Verantwortlicher. Verantwortlich ist die Falkenwerk GmbH, Hamburg.
2. Zwecke. Wir verarbeiten Ihre Daten zur Erfüllung des Vertrags mit Ihnen und zur Abrechnung.
3. Speicherdauer. Die Daten werden nach Beendigung des Vertragsverhältnisses gelöscht, soweit keine Aufbewahrungspflicht besteht.
4. Widerruf. Sie können eine erteilte Einwilligung jederzeit widerrufen. Sie sind dafür verantwortlich, dass Ihre Angaben richtig sind.`;

const FR_TERMS = `Les présentes conditions générales d'utilisation (ci-après les « CGU ») encadrent l'accès au service Héron.
Article 1 – Acceptation. En créant un compte, vous acceptez les présentes CGU sans réserve.
Article 2 – Obligations. L'utilisateur s'engage à fournir des informations exactes. Vous êtes seul responsable de l'usage de vos identifiants.
Article 3 – Responsabilité. La responsabilité de Héron ne saurait être engagée en cas d'interruption du service.
Article 4 – Résiliation. Nous nous réservons le droit de suspendre ou de résilier votre compte en cas de manquement.
Article 5 – Droit applicable. Le droit applicable est le droit français ; les tribunaux de Lyon sont seuls compétents.`;

const RU_TERMS = `Настоящее Пользовательское соглашение (далее – «Соглашение») регулирует отношения между ООО «Сокол» и пользователем сервиса.
1. Общие положения. Используя сервис, вы соглашаетесь с условиями настоящего Соглашения.
2. Обязанности сторон. Пользователь обязуется не размещать незаконные материалы и сохранять пароль в тайне.
3. Ответственность. Администрация не несёт ответственности за перерывы в работе сервиса.
4. Расторжение. Пользователь вправе в любое время отказаться от сервиса; расторжение Соглашения не освобождает стороны от обязательств, возникших ранее.
5. Применимое право. К настоящему Соглашению применяется право Российской Федерации.`;

const RU_SLA = `Настоящее Соглашение об уровне обслуживания определяет доступность сервиса «Сокол Облако».
1. Доступность. Исполнитель обязуется обеспечивать доступность сервиса не менее 99,9 % времени в месяц.
2. Компенсация. При нарушении уровня доступности заказчик вправе получить кредит в размере 10 % ежемесячной платы.
3. Ответственность. Кредит является единственной мерой ответственности исполнителя за недоступность сервиса.`;

const FR_PRIVACY = `La présente politique de confidentialité explique comment Héron SAS traite vos données lorsque vous utilisez l'application Héron.
1. Responsable du traitement. Le responsable du traitement est Héron SAS, dont le siège est à Lyon.
2. Finalités et base légale. Nous traitons vos données pour exécuter le contrat qui nous lie et, sur la base de notre intérêt légitime, pour sécuriser le service.
3. Destinataires. Vos données peuvent être transmises à nos sous-traitants, tenus à la confidentialité.
4. Durée de conservation. Les données sont supprimées trois ans après la résiliation du compte.
5. Vos droits. Vous pouvez exercer vos droits d'accès et de rectification en écrivant à notre délégué à la protection des données.`;

/** Short terms openings in Spanish, Portuguese, Italian and Dutch: [title, text]. */
const OTHER_TERMS: readonly (readonly [string, string])[] = [
  [
    'Términos y condiciones',
    'Estos términos y condiciones regulan el uso de la plataforma Garza (en adelante, la «Plataforma»). Al registrarse, usted acepta estos términos. 1. Obligaciones. El usuario se compromete a utilizar la Plataforma de conformidad con la ley. 2. Responsabilidad. Garza no responde de los daños indirectos. 3. Terminación. Nos reservamos el derecho de suspender la cuenta en caso de incumplimiento. 4. Ley aplicable. Se aplica la ley española.',
  ],
  [
    'Termos de uso',
    'Estes termos de uso regulam o acesso ao aplicativo Garça (doravante, o «Aplicativo»). Ao criar uma conta, você concorda com estes termos. 1. Obrigações. O usuário se compromete a fornecer dados verdadeiros. 2. Responsabilidade. A Garça não responde por danos indiretos. 3. Rescisão. Reservamo-nos o direito de encerrar a conta. 4. Fica eleito o foro da comarca de São Paulo.',
  ],
  [
    'Termini di servizio',
    "I presenti termini di servizio disciplinano l'uso del servizio Airone (di seguito il «Servizio»). Registrandosi, l'utente accetta i presenti termini. 1. Obblighi. L'utente si impegna a non caricare contenuti illeciti. 2. Responsabilità. Airone non risponde dei danni indiretti. 3. Recesso. Ci riserviamo il diritto di sospendere l'account. 4. Foro competente è Milano.",
  ],
  [
    'Algemene voorwaarden',
    'Deze algemene voorwaarden zijn van toepassing op het gebruik van de dienst Reiger (hierna: de "Dienst"). Met het aanmaken van een account stemt u ermee in dat deze voorwaarden gelden. 1. Verplichtingen. De gebruiker verplicht zich geen onrechtmatige inhoud te plaatsen. 2. Aansprakelijkheid. Reiger is niet aansprakelijk voor indirecte schade. 3. Opzegging. U kunt de overeenkomst op elk moment opzeggen. 4. Toepasselijk recht is Nederlands recht.',
  ],
];

// Look-alikes. A German news article about a court case over a streaming service's terms.
const DE_NEWS = `Das Landgericht Hamburg hat am Dienstag eine Klausel eines Streamingdienstes für unwirksam erklärt. Der Anbieter hatte sich vorbehalten, die Preise ohne Zustimmung der Kunden zu erhöhen.
„Das ist ein wichtiges Signal für Verbraucher“, sagte eine Sprecherin der Verbraucherzentrale. Wer seinen Vertrag wegen der Erhöhung gekündigt habe, könne womöglich Geld zurückverlangen, berichtet die Zeitung.
Der Anbieter erklärte, man werde die Begründung prüfen. Eine Haftung für frühere Abbuchungen lehnt das Unternehmen ab. Dem Urteil zufolge muss der Dienst seine Nutzungsbedingungen bis zum Sommer ändern.`;

// A French blog post about the GDPR, speaking to its reader as guides do ("vous devez").
const FR_BLOG = `Depuis l'entrée en vigueur du RGPD, chaque site doit expliquer à ses visiteurs ce qu'il fait de leurs données. Dans cet article, nous passons en revue les points essentiels.
Vous devez d'abord identifier les traitements que vous réalisez. Ensuite, vous devez rédiger une politique de confidentialité claire et la rendre accessible depuis chaque page.
La CNIL a déjà prononcé plusieurs amendes contre des entreprises dont l'information était incomplète, a indiqué un juriste que nous avons interrogé. La responsabilité du responsable de traitement peut être engagée.
Lire aussi : nos conseils pour les bannières de cookies. Temps de lecture : 6 minutes.`;

// A Russian page reviewing the user agreements of popular services.
const RU_REVIEW = `Мы прочитали пользовательские соглашения десяти популярных сервисов и сравнили, какие права они оставляют за собой.
По словам юристов, многие компании ограничивают свою ответственность почти полностью. «Пользователи редко читают эти документы», – сказал эксперт по защите прав потребителей.
В трёх сервисах расторжение договора возможно только через службу поддержки, сообщил автор исследования. Читайте также наш разбор политики конфиденциальности мессенджеров.`;

describe('legal documents in German, French, Spanish, Portuguese, Italian, Dutch and Russian', () => {
  it('names kinds from their titles, the most specific first', () => {
    expect(kindOfPhrase('Nutzungsbedingungen')).toBe('terms');
    expect(kindOfPhrase('Allgemeine Geschäftsbedingungen der Falkenwerk GmbH')).toBe('terms');
    expect(kindOfPhrase('Datenschutzerklärung')).toBe('privacy');
    expect(kindOfPhrase('Auftragsverarbeitungsvertrag gemäß Art. 28 DSGVO')).toBe('dpa');
    expect(kindOfPhrase("Conditions générales d'utilisation")).toBe('terms');
    expect(kindOfPhrase('Conditions d’utilisation du service Héron')).toBe('terms');
    expect(kindOfPhrase('Politique de confidentialité')).toBe('privacy');
    expect(kindOfPhrase('Accord de niveau de service')).toBe('sla');
    expect(kindOfPhrase('Términos y condiciones')).toBe('terms');
    expect(kindOfPhrase('Política de privacidad')).toBe('privacy');
    expect(kindOfPhrase('Termos de uso')).toBe('terms');
    expect(kindOfPhrase('Acordo de nível de serviço')).toBe('sla');
    expect(kindOfPhrase('Termini di servizio')).toBe('terms');
    expect(kindOfPhrase('Informativa sulla privacy')).toBe('privacy');
    expect(kindOfPhrase('Algemene voorwaarden')).toBe('terms');
    expect(kindOfPhrase('Verwerkersovereenkomst')).toBe('dpa');
    expect(kindOfPhrase('Пользовательское соглашение')).toBe('terms');
    expect(kindOfPhrase('ПОЛИТИКА КОНФИДЕНЦИАЛЬНОСТИ')).toBe('privacy');
    // The SLA is an agreement too; the more specific name wins.
    expect(kindOfPhrase('Соглашение об уровне обслуживания')).toBe('sla');
    expect(kindOfPhrase('Политика в отношении обработки персональных данных')).toBe('privacy');
    // Conditions of work or of life are no contract's terms.
    expect(kindOfPhrase('Arbeitsbedingungen in der Pflege')).toBeNull();
    expect(kindOfPhrase('Новости экономики')).toBeNull();
  });

  it('names kinds from their URL paths', () => {
    expect(kindOfUrl('https://falkenwerk.example/de/agb')).toBe('terms');
    expect(kindOfUrl('https://heron.example/politique-de-confidentialite')).toBe('privacy');
    expect(kindOfUrl('https://garza.example/es/terminos-y-condiciones')).toBe('terms');
    expect(kindOfUrl('https://reiger.example/privacybeleid')).toBe('privacy');
    expect(kindOfUrl('https://news.example/2024/agbeni-wins')).toBeNull();
  });

  it('reads titles about such documents as not being one', () => {
    expect(deniesLegal('Muster: Allgemeine Geschäftsbedingungen für Onlineshops')).toBe(true);
    expect(deniesLegal('Gericht kippt Klausel in Nutzungsbedingungen')).toBe(true);
    expect(deniesLegal("Qu'est-ce qu'une politique de confidentialité")).toBe(true);
    expect(deniesLegal('Обзор пользовательских соглашений')).toBe(true);
    expect(deniesLegal('Plantilla de términos y condiciones')).toBe(true);
    expect(deniesLegal('Nutzungsbedingungen')).toBe(false);
    expect(deniesLegal('Пользовательское соглашение')).toBe(false);
  });

  it('counts their legal words, obligations and self-references', () => {
    for (const text of [DE_TERMS, FR_TERMS, RU_TERMS]) {
      const f = textFeatures(text);
      expect(f.legal, text.slice(0, 30)).toBeGreaterThanOrEqual(4);
      expect(f.obligations, text.slice(0, 30)).toBeGreaterThanOrEqual(2);
      expect(f.selfRefs, text.slice(0, 30)).toBeGreaterThanOrEqual(1);
    }
    // "diese Datenschutzerklärung", "настоящее Соглашение об уровне обслуживания" name their kind.
    expect(textFeatures(DE_PRIVACY).selfKinds.privacy).toBe(1);
    expect(textFeatures(RU_SLA).selfKinds.sla).toBe(1);
    // A bare "vous devez" is what a guide says too: no obligation.
    expect(europeanCounts('vous devez informer vos utilisateurs', 100).obligations).toBe(0);
    // "ё" reads as "е", "’" as "'", and a phrase runs across a line break.
    expect(europeanCounts('вы несёте ответственность', 100).obligations).toBe(1);
    expect(europeanCounts('l’utilisateur\ns’engage', 100).obligations).toBe(1);
  });

  it('counts the European words of a page that is also Arabic as it counts them alone', () => {
    // An Arabic page with a German and a Russian passage: the Arabic stretches are left out of the European scan,
    // which must neither lose a phrase nor join two words across an Arabic stretch into one.
    const arabic = 'تخضع هذه الاتفاقية لأحكام القانون، ويلتزم الطرفان بما ورد فيها.';
    for (const text of [DE_TERMS, RU_TERMS]) {
      const alone = textFeatures(text);
      const mixed = textFeatures(`${arabic}\n${text}\n${arabic}`);
      const arabicOnly = textFeatures(arabic);
      expect(mixed.legal).toBe(alone.legal + 2 * arabicOnly.legal);
      expect(mixed.obligations).toBe(alone.obligations + 2 * arabicOnly.obligations);
    }
    // "diese | Vereinbarung": an Arabic word between the two is no self-reference.
    const split = textFeatures('Bitte lesen Sie diese الشروط Vereinbarung sorgfältig.');
    expect(split.selfRefs).toBe(textFeatures('Bitte lesen Sie diese. Vereinbarung sorgfältig.').selfRefs);
  });

  it('counts a phrase only at the start of a word and to the end of a whole word', () => {
    // "foro" alone is a web forum in Spanish; "haften" must end the word.
    expect(europeanCounts('el foro de usuarios', 100).legal).toBe(0);
    expect(europeanCounts('die haftenden gesellschafter', 100).legal).toBe(0);
    expect(europeanCounts('die haften', 100).legal).toBe(1);
    expect(europeanCounts('unhaftung', 100).legal).toBe(0);
  });

  it('fires on German terms, privacy notice and French terms with their kinds', () => {
    expect(
      detectPage({ url: '', title: 'Nutzungsbedingungen – Falkenwerk', headings: [], sample: DE_TERMS }),
    ).toMatchObject({ isLegal: true, kind: 'terms' });
    expect(
      detectPage({ url: '', title: 'Falkenwerk', headings: ['Datenschutzerklärung'], sample: DE_PRIVACY }),
    ).toMatchObject({ isLegal: true, kind: 'privacy' });
    expect(
      detectPage({ url: '', title: "Conditions générales d'utilisation | Héron", headings: [], sample: FR_TERMS }),
    ).toMatchObject({ isLegal: true, kind: 'terms' });
  });

  it('fires on a Russian user agreement and SLA with their kinds', () => {
    expect(
      detectPage({ url: '', title: 'Пользовательское соглашение', headings: ['1. Общие положения'], sample: RU_TERMS }),
    ).toMatchObject({ isLegal: true, kind: 'terms' });
    expect(
      detectPage({ url: '', title: 'Сокол Облако', headings: ['Соглашение об уровне обслуживания'], sample: RU_SLA }),
    ).toMatchObject({ isLegal: true, kind: 'sla' });
  });

  it('fires on a French privacy policy with kind privacy', () => {
    expect(
      detectPage({ url: '', title: 'Politique de confidentialité', headings: [], sample: FR_PRIVACY }),
    ).toMatchObject({
      isLegal: true,
      kind: 'privacy',
    });
  });

  it('fires on Spanish, Portuguese, Italian and Dutch terms', () => {
    for (const [title, sample] of OTHER_TERMS) {
      const f = textFeatures(sample);
      expect(f.obligations, title).toBeGreaterThanOrEqual(1);
      expect(f.selfRefs, title).toBeGreaterThanOrEqual(1);
      expect(detectPage({ url: '', title, headings: [], sample }), title).toMatchObject({
        isLegal: true,
        kind: 'terms',
      });
    }
  });

  it('finds a phrase whose first word is one letter ("i presenti termini", "u stemt ermee in")', () => {
    expect(europeanCounts('i presenti termini', 100).selfRefs).toBe(1);
    expect(europeanCounts('u stemt\nermee in', 100).obligations).toBe(1);
  });

  it('does not fire on a German news article about a court case over terms', () => {
    const f = textFeatures(DE_NEWS);
    expect(f.editorial).toBeGreaterThanOrEqual(3);
    expect(f.obligations).toBe(0);
    // A court report's title denies; one that only names the terms leaves the verdict to the text.
    for (const title of [
      'Gericht kippt Klausel in Nutzungsbedingungen von Streamingdienst',
      'Nutzungsbedingungen von Streamingdienst unwirksam',
    ]) {
      expect(detectPage({ url: '', title, headings: [], sample: DE_NEWS }).isLegal, title).toBe(false);
    }
  });

  it('does not fire on a French blog about the GDPR, even under a heading naming a privacy policy', () => {
    const f = textFeatures(FR_BLOG);
    expect(f.obligations).toBe(0);
    expect(f.selfRefs).toBe(0);
    const v = detectPage({
      url: '',
      title: 'RGPD : les bases pour les petites entreprises',
      headings: ['Rédiger une politique de confidentialité claire'],
      sample: FR_BLOG,
    });
    expect(v.isLegal).toBe(false);
  });

  it("does not fire on a help desk manual's page setting up SLA policies (a how-to step as a heading)", () => {
    const sample = [
      'Un acuerdo de nivel de servicio (SLA) indica cuándo un cliente puede esperar una respuesta del equipo.',
      'Crear una nueva política de SLA',
      'Vaya a Configuración ‣ Equipos, seleccione un equipo y active la casilla Políticas SLA.',
      'Agregue un título, elija la prioridad y el plazo en horas laborables, y guarde la política.',
    ].join('\n');
    const page = { url: '', title: 'Acuerdos de nivel de servicio (SLA)', sample };
    expect(detectPage({ ...page, headings: ['Crear una nueva política de SLA'] }).isLegal).toBe(false);
    expect(detectPage({ ...page, headings: ['Configurar los plazos de las políticas'] }).isLegal).toBe(false);
    // Look-alike: an SLA in Spanish, its headings its sections, stays legal.
    const sla = [
      'El presente Acuerdo de Nivel de Servicio forma parte del contrato entre Nubeluz S.L. y el Cliente.',
      '1. Disponibilidad. El Proveedor se obliga a mantener una disponibilidad mensual del 99,9 %.',
      '2. Créditos. Si la disponibilidad es inferior, el Cliente tendrá derecho a un crédito del 10 % de la cuota mensual.',
      '3. Responsabilidad. La responsabilidad del Proveedor se limita a los créditos previstos en este Acuerdo.',
    ].join('\n');
    expect(
      detectPage({ url: '', title: 'Acuerdo de Nivel de Servicio', headings: ['1. Disponibilidad'], sample: sla })
        .isLegal,
    ).toBe(true);
  });

  it('does not fire on a help page sorting the kinds of SLA timers ("Tipos de SLA em Chamados")', () => {
    const page = [
      '# Tipos de SLA em Chamados',
      '## Introdução',
      'O SLA, ou Acordo de Nível de Serviço, é um contrato entre um provedor de serviços e um cliente. Ele define as responsabilidades de ambas as partes.',
      '## Tipos de SLA',
      '- Tempo de Reação: mede o tempo desde a abertura do chamado até a primeira interação da equipe.',
      '- Tempo de Resolução: mede o tempo necessário para resolver o problema do cliente.',
      '## Colunas de SLA',
      'No módulo de Chamados, as colunas de SLA são calculadas quando o chamado é encerrado.',
    ].join('\n\n');
    expect(classifyDoc(docFromText(page)).isLegal).toBe(false);
    // Look-alike: a Portuguese SLA titled by its kind stays legal.
    const sla = [
      'O presente Acordo de Nível de Serviço integra o contrato entre a Nuvemclara Ltda. e o Cliente.',
      '1. Disponibilidade. A Contratada se obriga a manter disponibilidade mensal de 99,9%.',
      '2. Créditos. Se a disponibilidade for inferior, o Cliente terá direito a crédito de 10% da mensalidade.',
      '3. Responsabilidade. A responsabilidade da Contratada limita-se aos créditos previstos neste Acordo.',
    ].join('\n');
    expect(
      detectPage({ url: '', title: 'Acordo de Nível de Serviço', headings: ['1. Disponibilidade'], sample: sla })
        .isLegal,
    ).toBe(true);
  });

  it('does not fire on a Russian page reviewing user agreements', () => {
    expect(textFeatures(RU_REVIEW).obligations).toBe(0);
    for (const title of ['Обзор пользовательских соглашений', 'Что скрывают пользовательские соглашения']) {
      expect(detectPage({ url: '', title, headings: [], sample: RU_REVIEW }).isLegal, title).toBe(false);
    }
  });

  it('grows linearly with the text', () => {
    const text = (n: number) => `${DE_TERMS}\n${FR_TERMS}\n${RU_TERMS}\n`.repeat(Math.ceil(n / 1500)).slice(0, n);
    expect(doublingRatio(text, textFeatures, 40_000, 5)).toBeLessThanOrEqual(LINEAR_RATIO);
  });
});

describe('European vocabulary', () => {
  const lists: Record<string, readonly string[]> = {
    legal: V.EUROPEAN_LEGAL,
    obligations: V.EUROPEAN_OBLIGATIONS,
    formation: V.EUROPEAN_FORMATION,
    editorial: V.EUROPEAN_EDITORIAL,
    titleNotLegal: V.EUROPEAN_TITLE_NOT_LEGAL,
    selfRefs: V.EUROPEAN_SELF_REFS.map(([, p]) => p),
    ...Object.fromEntries(V.EUROPEAN_KIND_NAMES.map(([kind, names]) => [`kind:${kind}`, names])),
  };

  it('is unique, lower case, single-spaced, with "*" only ending a word and the plain "\'" and "е"', () => {
    for (const [name, list] of Object.entries(lists)) {
      expect(
        list.filter((w, i) => list.indexOf(w) !== i),
        name,
      ).toEqual([]);
      for (const w of list) {
        expect(w, name).toBe(w.toLowerCase());
        expect(w, name).toBe(w.trim().replace(/\s+/g, ' '));
        expect(w, name).not.toMatch(/\*[^ ]|^\*|[’ё]/);
        expect(w.replace(/\*/g, '').length, name).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('adds no English word: the English lists count those already', () => {
    const english = new Set([...V.LEGAL_WORDS, ...V.EDITORIAL, ...V.FORMATION, ...V.TITLE_NOT_LEGAL_WORDS]);
    for (const [name, list] of Object.entries(lists))
      for (const w of list) expect(english.has(w), `${name}: ${w}`).toBe(false);
  });
});

describe('a software project README whose install and contributing sections come late, in German, is not legal', () => {
  const features = [
    '1. 📄 Vertragsanalyse',
    '2. ↔️ Versionsvergleich',
    '3. ⏳ Chronologie',
    '4. 🛡️ Datenschutz',
    '5. 📢 Wettbewerbsrecht',
    '6. 🧠 Playbooks',
    '7. 🔎 Recherche',
    '8. 🗂 Akten',
    '9. 🧾 Rechnungen',
    '10. 📬 Fristen',
  ];
  const readme = [
    '# Kanzleiwerk – KI für Juristen',
    '## 🏛 Über Kanzleiwerk',
    'Kanzleiwerk prüft Verträge, markiert Haftungsklauseln, Kündigungsfristen und Gerichtsstandsvereinbarungen und schlägt Änderungen vor.',
    ...features.flatMap((f) => [
      `### ${f}`,
      'Das Werkzeug liest den Vertrag und zeigt die Klauseln zur Haftung, zur Laufzeit und zur Kündigung.',
    ]),
    '## 💻 Installation',
    'Mit npm install werden alle Pakete geladen.',
    '## 🤝 Mitwirken',
    'Pull Requests sind willkommen.',
  ].join('\n\n');

  it('its "💻 Installation" and "🤝 Mitwirken" sections deny the legal reading', () => {
    expect(classifyDoc(docFromText(readme)).isLegal).toBe(false);
  });
  it('look-alike: a software licence agreement with one "Installation" section among its clauses stays legal', () => {
    const eula = [
      '# Software License Agreement',
      'This Software License Agreement (the "Agreement") is entered into between Kestrel Soft Ltd ("Licensor") and the customer ("Licensee").',
      '## 1. Grant of License',
      'Licensor grants Licensee a non-exclusive licence to use the Software. Licensee shall not sublicense the Software.',
      '## 2. Installation',
      'Licensee shall install the Software only on systems it controls.',
      '## 3. Limitation of Liability',
      'In no event shall Licensor be liable for indirect or consequential damages. This Agreement is governed by the laws of England and Wales.',
    ].join('\n\n');
    expect(classifyDoc(docFromText(eula)).isLegal).toBe(true);
  });
});

describe('an explainer that opens by defining the kind, in German, French or Spanish', () => {
  const explainer = (opening: string) => `# SLA - Service Level Agreement

## Definition

${opening}

## Vorteile

SLAs verbessern die Servicequalität, da klare Ziele und Messgrößen definiert werden, zum Beispiel eine Reaktionszeit unter einer Stunde. Durch definierte Rollen wissen alle Beteiligten, wann sie Unterstützung erhalten.

## Arten von SLA

- Kundenspezifisches SLA: individuell ausgehandelt zwischen Anbieter und Kunde.
- Internes SLA: regelt Verantwortlichkeiten zwischen Teams eines Unternehmens.`;
  it.each([
    'Ein SLA ist eine vertragliche Vereinbarung über einen Service und sein Leistungsniveau zwischen zwei Parteien.',
    'Un SLA est un contrat entre un fournisseur et son client qui fixe le niveau de service attendu.',
    'Un SLA es un acuerdo entre un proveedor y su cliente que fija el nivel de servicio.',
  ])('%s', (opening) => {
    expect(classifyDoc(docFromText(explainer(opening))).isLegal).toBe(false);
  });
  it('look-alike: the German terms speaking of themselves ("Diese Nutzungsbedingungen regeln …") stay legal', () => {
    expect(classifyDoc(docFromText(`# Nutzungsbedingungen\n\n${DE_TERMS}`)).isLegal).toBe(true);
    expect(
      classifyDoc(
        docFromText(
          `# Nutzungsbedingungen\n\nDiese Nutzungsbedingungen sind ein Bestandteil des Vertrags.\n${DE_TERMS}`,
        ),
      ).isLegal,
    ).toBe(true);
  });
});
