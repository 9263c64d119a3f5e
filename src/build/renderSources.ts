// "Sources and method" as HTML, rendered at build time from data/: how figures are written, the
// report named as a document, every figure beside the report's own words (translated on the
// English page), our own calculations with their inputs, the public sources of the pairings
// and the map data with its licences. Both languages; CSS shows the page's one.
import type { Content, Figure, Lang, PairingSource, Qualifier, UiKey } from '../content/schema.ts';
import { formatFigure } from '../format/figureFormat.ts';
import { distanceText } from '../maps/mapDescription.ts';
import { routeOf } from '../story/scene.ts';
import { bilingualHtml, bilingualText, escapeHtml } from './html.ts';

const QUALIFIER_KEY: Record<Qualifier, UiKey> = {
  exact: 'qualifierExact',
  'at-least': 'qualifierAtLeast',
  about: 'qualifierAbout',
  planned: 'qualifierPlanned',
  named: 'qualifierNamed',
};

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2021-11-26" as "2021年11月26日" / "26 November 2021", keeping only the parts given. */
export function sourceDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number?, number?];
  if (lang === 'zh') return `${year}年${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
  const monthName = month ? EN_MONTHS[month - 1] : undefined;
  return [day, monthName, year].filter((part) => part !== undefined).join(' ');
}

/** Chinese words quoted on both pages, with their translation beside them on the English one. */
function quoted(quote: string, translation: string, content: Content): string {
  const note = escapeHtml(content.ui.translationNote.en);
  return `<q lang="zh-CN">${escapeHtml(quote)}</q><span class="l-en sources__translation" lang="en"> (“${escapeHtml(translation)}”, ${note})</span>`;
}

function ui(content: Content, key: UiKey, className = '', tag = 'span'): string {
  return bilingualText(tag, content.ui[key], className);
}

function renderReport(content: Content): string {
  const { report } = content.sources;
  const title = `<cite lang="zh-CN">${escapeHtml(report.title)}</cite>`;
  return bilingualHtml(
    'p',
    (lang) =>
      lang === 'zh'
        ? `${escapeHtml(report.publisher.zh)}：${title}，${escapeHtml(report.publication.zh)}，${escapeHtml(report.date.zh)}。${escapeHtml(report.note.zh)}`
        : `${escapeHtml(report.publisher.en)}, ${title} (“${escapeHtml(report.titleEn)}”, ${escapeHtml(content.ui.translationNote.en)}), ${escapeHtml(report.publication.en)}, ${escapeHtml(report.date.en)}. ${escapeHtml(report.note.en)}`,
    'sources__report',
  );
}

function renderFigureRow(content: Content, fig: Figure): string {
  const place = content.places.find((p) => p.id === fig.place);
  return `<tr id="figure-${fig.id}">
            <th scope="row">${bilingualText('span', fig.label)}</th>
            <td class="num">${bilingualHtml('span', (lang) => escapeHtml(formatFigure(fig, lang, content.units)))}</td>
            <td>${ui(content, QUALIFIER_KEY[fig.qualifier])}</td>
            <td>${bilingualText('span', fig.period)}</td>
            <td>${place ? bilingualText('span', place.name) : ''}</td>
            <td>${quoted(fig.source, fig.sourceEn, content)}</td>
          </tr>`;
}

function renderFigures(content: Content): string {
  const chapterOrder = content.story.chapters.map((c) => c.id);
  const figures = [...content.figures].sort(
    (a, b) => chapterOrder.indexOf(a.chapter) - chapterOrder.indexOf(b.chapter),
  );
  return `<h3 id="sources-figures-title">${ui(content, 'sourcesFiguresTitle')}</h3>
      <div class="sources__table-wrap" tabindex="0" role="region" aria-labelledby="sources-figures-title">
        <table class="sources__table">
          <thead><tr>
            <th scope="col">${ui(content, 'figureColumn')}</th>
            <th scope="col">${ui(content, 'valueColumn')}</th>
            <th scope="col">${ui(content, 'qualifierColumn')}</th>
            <th scope="col">${ui(content, 'periodColumn')}</th>
            <th scope="col">${ui(content, 'placeColumn')}</th>
            <th scope="col">${ui(content, 'sourceColumn')}</th>
          </tr></thead>
          <tbody>
          ${figures.map((f) => renderFigureRow(content, f)).join('\n          ')}
          </tbody>
        </table>
      </div>`;
}

/** Our own figures: each with how it was worked out and the inputs it was worked out from. */
function renderDerived(content: Content): string {
  const route = routeOf(content);
  if (!route) return '';
  const seats = [route.from.id, route.to.id].map(
    (id) => content.places.find((p) => p.id === id)?.seat?.note,
  );
  const strings = { distance: content.ui.distance, derivedMark: content.ui.derivedMark };
  const item = bilingualHtml('p', (lang) => {
    const inputs = seats
      .filter((note) => note !== undefined)
      .map((note) => escapeHtml(note[lang]))
      .join(lang === 'zh' ? '；' : '; ');
    return escapeHtml(
      content.ui.derivedDistance[lang].replace(
        '{distance}',
        distanceText(route.km, lang, strings, { marked: false }),
      ),
    ).replace('{inputs}', inputs);
  });
  return `<h3 id="sources-derived">${ui(content, 'sourcesDerivedTitle')}</h3>
      ${item}`;
}

function renderPairingSource(content: Content, source: PairingSource): string {
  return bilingualHtml('span', (lang) => {
    const title = source.title
      ? `${lang === 'zh' ? '' : ', '}<span lang="zh-CN">《${escapeHtml(source.title)}》</span>`
      : '';
    const named = `${escapeHtml(source.outlet[lang])}${title}${lang === 'zh' ? '，' : ', '}${escapeHtml(source.date ? sourceDate(source.date, lang) : content.ui.sourceUndated[lang])}`;
    const cite = source.url
      ? `<cite><a href="${escapeHtml(source.url)}" rel="noopener">${named}</a></cite>`
      : `<cite>${named}</cite>`;
    const words = source.quote
      ? `${lang === 'zh' ? '：' : ': '}${lang === 'zh' ? `<q lang="zh-CN">${escapeHtml(source.quote)}</q>` : quoted(source.quote, source.quoteEn ?? '', content)}`
      : source.about
        ? `${lang === 'zh' ? '，' : ', '}${escapeHtml(source.about[lang])}`
        : '';
    const later = source.later
      ? `${lang === 'zh' ? '' : ' '}<span class="sources__later">${escapeHtml(content.ui.laterConfirmation[lang])}</span>`
      : '';
    return `${cite}${words}${later}`;
  });
}

function renderPairings(content: Content): string {
  const name = (id: string) => content.places.find((p) => p.id === id)?.name;
  const items = content.pairings.map((pairing) => {
    const from = name(pairing.from);
    const to = pairing.supports.map(name).filter((n) => n !== undefined);
    const supports = to.length
      ? bilingualHtml('span', (lang) =>
          escapeHtml(to.map((n) => n[lang]).join(lang === 'zh' ? '、' : ', ')),
        )
      : ui(content, 'pairingNotFound');
    // The caveat reads as the sentence after the pairing: "Zhoushan → …. So the map draws …".
    const caveat = pairing.caveat
      ? bilingualHtml(
          'span',
          (lang) => `${lang === 'zh' ? '。' : '. '}${escapeHtml(pairing.caveat?.[lang] ?? '')}`,
          'sources__caveat',
        )
      : '';
    const sources = pairing.sources
      .map((s) => `<li>${renderPairingSource(content, s)}</li>`)
      .join('');
    return `<li>${from ? bilingualText('strong', from) : ''} → ${supports}${caveat}
            <ul class="sources__cites">${sources}</ul></li>`;
  });
  return `<h3 id="sources-pairings">${ui(content, 'pairingsTitle')}</h3>
      <ul class="sources__pairings">\n          ${items.join('\n          ')}\n        </ul>`;
}

function renderMapData(content: Content): string {
  const items = content.sources.mapData.map(
    (m) =>
      `<li>${bilingualText('span', m.what)}: <code>${escapeHtml(m.package)}@${escapeHtml(m.version)}</code> (npm), <code>${escapeHtml(m.file)}</code>; ${ui(content, 'mapDataLicence')} ${escapeHtml(m.licence)}, © ${escapeHtml(m.holder)}</li>`,
  );
  return `<h3 id="sources-map-data">${ui(content, 'sourcesMapTitle')}</h3>
      <ul class="sources__map-data">\n          ${items.join('\n          ')}\n        </ul>
      ${bilingualText('p', content.sources.mapNote)}`;
}

export function renderSources(content: Content): string {
  return `<section class="sources" id="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">${ui(content, 'sourcesTitle')}</h2>
      ${ui(content, 'sourcesIntro', '', 'p')}
      <h3 id="sources-report-title">${ui(content, 'sourcesReportTitle')}</h3>
      ${renderReport(content)}
      ${renderFigures(content)}
      ${renderDerived(content)}
      ${renderPairings(content)}
      ${renderMapData(content)}
      ${ui(content, 'credits', 'sources__credits', 'p')}
    </section>`;
}
