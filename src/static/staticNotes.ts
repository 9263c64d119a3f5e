// A notes scene as static SVG, for readers without JavaScript and for print: the same title,
// figures and groups as <aksu-notes>, set in the largest type at which they fit the picture.
import { placeColor } from '../components/views/placeColor.ts';
import type { Lang, UnitWords } from '../content/schema.ts';
import { statNumber } from '../format/figureFormat.ts';
import type { Size } from '../charts/marks.ts';
import { estimateTextWidth, wrapText } from '../layouts/textMetrics.ts';
import { notePlain } from '../story/noteText.ts';
import type { NotesScene } from '../story/scene.ts';
import { esc, n } from './svgText.ts';

export const NOTES_STYLE = `
  .note-title { font-weight: 700; }
  .note-heading, .note-stat { font-weight: 700; }
  .note-soft { fill: var(--color-ink-soft); }
`;

const LEADING = 1.35;
const GAP = 0.7;
const INDENT = 0.9;
/** As in <aksu-notes>: narrower columns stack. */
const MIN_COLUMN = 260;

interface Block {
  height: number;
  svg: (x: number, y: number) => string;
}

function textBlock(text: string, width: number, size: number, cls: string, fill = ''): Block {
  const lines = wrapText(text, width, size);
  const fillAttr = fill ? ` fill="${fill}"` : '';
  return {
    height: lines.length * size * LEADING,
    svg: (x, y) =>
      // The size goes on each tspan: the pictures' shared style sets every <text> in 12 px.
      `<text class="${cls}"${fillAttr}>${lines
        .map(
          (line, i) =>
            `<tspan font-size="${n(size)}" x="${n(x)}" y="${n(y + size + i * size * LEADING)}">${esc(line)}</tspan>`,
        )
        .join('')}</text>`,
  };
}

function stack(blocks: Block[], gap: number): Block {
  const height =
    blocks.reduce((sum, b) => sum + b.height, 0) + gap * Math.max(0, blocks.length - 1);
  return {
    height,
    svg: (x, y) => {
      let at = y;
      return blocks
        .map((b) => {
          const out = b.svg(x, at);
          at += b.height + gap;
          return out;
        })
        .join('');
    },
  };
}

/** A stripe of the side's colour beside a block. */
function striped(block: Block, colour: string, size: number): Block {
  return {
    height: block.height,
    svg: (x, y) =>
      `<rect x="${n(x)}" y="${n(y + size * 0.2)}" width="${n(size * 0.22)}" height="${n(Math.max(0, block.height - size * 0.2))}" fill="${colour}"/>` +
      block.svg(x + size * INDENT, y),
  };
}

function layoutAt(
  scene: NotesScene,
  lang: Lang,
  units: UnitWords,
  width: number,
  size: number,
  sideBySide: boolean,
): Block {
  const parts: Block[] = [textBlock(notePlain(scene.title, lang), width, size * 1.3, 'note-title')];
  if (scene.figures.length) {
    const statWidth = width / scene.figures.length;
    const stats = scene.figures.map((f) => {
      const colour = placeColor(f.place);
      const inner = statWidth - size * (INDENT + 1);
      const number = statNumber(f, lang, units);
      // The number on one line: a smaller size rather than "2000人 / 次".
      const numberSize = Math.min(
        size * 1.9,
        (size * 1.9 * inner) / estimateTextWidth(number, size * 1.9, true),
      );
      const blocks = [textBlock(number, inner, numberSize, 'note-stat', colour)];
      if (f.unit === 'percent') {
        const share = Math.min(100, f.value) / 100;
        blocks.push({
          height: size * 1.6,
          svg: (x, y) =>
            `<rect x="${n(x)}" y="${n(y)}" width="${n(inner)}" height="${n(size * 0.8)}" fill="var(--color-context)" stroke="var(--color-ink-soft)"/>` +
            `<rect x="${n(x)}" y="${n(y)}" width="${n(inner * share)}" height="${n(size * 0.8)}" fill="${colour}"/>` +
            `<text class="note-soft" x="${n(x)}" y="${n(y + size * 1.55)}"><tspan font-size="${n(size * 0.7)}">0</tspan></text>` +
            `<text class="note-soft" x="${n(x + inner)}" y="${n(y + size * 1.55)}" text-anchor="end"><tspan font-size="${n(size * 0.7)}">100%</tspan></text>`,
        });
      }
      blocks.push(textBlock(f.label[lang], inner, size, ''));
      return striped(stack(blocks, size * 0.2), colour, size);
    });
    const height = Math.max(...stats.map((s) => s.height));
    parts.push({
      height,
      svg: (x, y) => stats.map((s, i) => s.svg(x + i * statWidth, y)).join(''),
    });
  }
  const columns = sideBySide ? scene.groups.length : 1;
  const colGap = size * 1.5;
  const colWidth = (width - colGap * (columns - 1)) / columns;
  const groups = scene.groups.map((group) => {
    const groupColour = group.place ? placeColor(group.place.id) : 'var(--color-rule)';
    const blocks: Block[] = [];
    if (group.title) {
      blocks.push(
        textBlock(
          notePlain(group.title, lang),
          colWidth,
          size,
          'note-heading',
          group.place ? groupColour : '',
        ),
      );
    }
    for (const item of group.items) {
      const colour = item.place ? placeColor(item.place.id) : groupColour;
      const inner = colWidth - size * INDENT;
      const lines: Block[] = [];
      if (item.heading)
        lines.push(textBlock(notePlain(item.heading, lang), inner, size, 'note-heading'));
      lines.push(textBlock(notePlain(item.text, lang), inner, size, ''));
      blocks.push(striped(stack(lines, 0), colour, size));
    }
    return stack(blocks, size * GAP);
  });
  if (sideBySide) {
    const height = Math.max(...groups.map((g) => g.height));
    parts.push({
      height,
      svg: (x, y) => groups.map((g, i) => g.svg(x + i * (colWidth + colGap), y)).join(''),
    });
  } else {
    parts.push(stack(groups, size * 1.2));
  }
  return stack(parts, size * 1.1);
}

export function staticNotesBody(
  scene: NotesScene,
  lang: Lang,
  units: UnitWords,
  box: Size,
): string {
  const canSideBySide = scene.groups.length > 1 && box.width / scene.groups.length >= MIN_COLUMN;
  const arrangements =
    scene.arrange === 'columns' ? [true] : canSideBySide ? [false, true] : [false];
  let chosen: Block | null = null;
  for (let size = 20; size >= 10 && !chosen; size -= 0.5) {
    for (const sideBySide of arrangements) {
      const block = layoutAt(scene, lang, units, box.width, size, sideBySide);
      if (block.height <= box.height) {
        chosen = block;
        break;
      }
    }
  }
  chosen ??= layoutAt(scene, lang, units, box.width, 10, arrangements.at(-1) as boolean);
  // Centred in the picture's height, as the live notes are spread through their panel.
  return chosen.svg(0, Math.max(0, (box.height - chosen.height) / 2));
}
