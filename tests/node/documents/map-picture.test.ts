import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PNG_ZOOM, pictureFileName, pngWidth, svgToPng } from '../../../src/main/documents/map-picture';
import { autoLayout } from '../../../src/shared/domain/relationship-map-layout';
import { escapeXml, mapToSvg } from '../../../src/shared/domain/relationship-map-svg';
import type { MapView } from '../../../src/shared/schemas/maps';
import { schoolIncident } from '../support/case-fixtures';
import {
  call,
  callError,
  createVault,
  openTempWorkbench,
  type TempWorkbench,
} from '../support/temp-workbench';
import { ecomapTie, fgcFamily, person, resolved } from '../domain/relationship-map-fixtures';

const hostileNames = [
  '<script>alert(1)</script>',
  '"; DROP TABLE people; --',
  'Nan 👵🏽 & Grandad',
  'ليلى',
  "O'Neill",
];

/** Width and height from a PNG's IHDR chunk (bytes 16-23, big-endian). */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('map as SVG', () => {
  it('names every person, includes the legend, and is well-formed XML', () => {
    const doc = resolved(autoLayout('genogram', fgcFamily()));
    const { svg, width, height } = mapToSvg('genogram', doc, { title: 'Pike family' });
    for (const node of doc.nodes) expect(svg).toContain(`>${escapeXml(node.name)}<`);
    for (const entry of ['Legend', 'Divorced', 'Hostile', 'Cut off, repaired', 'Deceased', 'Focal child'])
      expect(svg).toContain(entry);
    expect(svg).toContain('2006–2014');
    // resvg parses it as XML and agrees on the size.
    const parsed = new Resvg(svg);
    expect([parsed.width, parsed.height]).toEqual([width, height]);
  });

  it('escapes hostile names and keeps right-to-left text and emoji', () => {
    const doc = resolved({
      nodes: hostileNames.map((name, i) => person(`n${i}`, name, { x: i * 160, y: 0, focal: i === 0 })),
      ties: [ecomapTie('t', 'n0', 'n1', { label: '<b>bold</b> & "quoted"' })],
      households: [],
    });
    const { svg } = mapToSvg('ecomap', doc, { title: '<Map> & "title"' });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('&quot;; DROP TABLE people; --');
    expect(svg).toContain('Nan 👵🏽 &amp; Grandad');
    expect(svg).toContain('ليلى');
    expect(svg).toContain('O&apos;Neill');
    expect(svg).toContain('&lt;Map&gt; &amp; &quot;title&quot;');
    expect(() => new Resvg(svg)).not.toThrow();
  });

  it('wraps and shortens a very long name on the picture but keeps it whole in the title', () => {
    const long = 'Bartholomew-Alexander Featherstonehaugh-Worthington';
    const { svg } = mapToSvg('ecomap', resolved({ nodes: [person('a', long)], ties: [], households: [] }));
    expect(svg).toContain(`<title>${long}</title>`);
    // Wrapped at its hyphens onto three lines at body text size, the last one shortened.
    for (const line of ['>Bartholomew-<', '>Alexander<', '>Featherstoneh…<']) expect(svg).toContain(line);
  });

  it('highlights ties added, removed and changed in their own colours', () => {
    const doc = resolved(fgcFamily());
    const { svg } = mapToSvg('genogram', doc, {
      highlight: { added: ['e-close'], removed: ['e-hostile'], changed: ['c-now'] },
    });
    expect(svg).toContain('stroke="#256b35" stroke-width="12"');
    expect(svg).toContain('stroke="#a4262c" stroke-width="12"');
    expect(svg).toContain('stroke="#b7791f" stroke-width="12"');
  });
});

describe('map export', () => {
  let wb: TempWorkbench;
  let outDir: string;
  let chosen: string | null;
  beforeEach(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'rw-map-export-'));
    chosen = null;
    wb = openTempWorkbench({ desktop: { chooseSaveFile: async () => chosen } });
    await createVault(wb);
  });
  afterEach(() => {
    wb.cleanup();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('writes the SVG, and a PNG at three times its size, to the file the person picks', async () => {
    const { kase, ayla, jordan } = await schoolIncident(wb);
    const { map } = (await call(wb, 'map:create', {
      caseId: kase.id,
      kind: 'ecomap',
      title: 'Ayla: before',
    })) as MapView;
    const nodes = [
      person('ayla', '', { personId: ayla.person.id, focal: true }),
      person('jordan', '', { personId: jordan.person.id }),
      person('school', 'Riverside Academy', { kind: 'system' }),
      person('nan', 'ليلى 👵🏽'),
    ];
    const document = autoLayout('ecomap', {
      nodes,
      ties: [
        ecomapTie('a', 'ayla', 'jordan', { quality: 'harm', direction: 'one_way' }),
        ecomapTie('b', 'nan', 'ayla'),
      ],
      households: [],
    });
    await call(wb, 'map:save', { mapId: map.id, document });

    expect(await call(wb, 'map:export', { mapId: map.id, format: 'svg' })).toEqual({
      cancelled: true,
      path: null,
    });

    chosen = join(outDir, 'ayla.svg');
    expect(await call(wb, 'map:export', { mapId: map.id, format: 'svg' })).toEqual({
      cancelled: false,
      path: chosen,
    });
    const svg = readFileSync(chosen, 'utf8');
    for (const name of [
      'Ayla Brightwater',
      'Jordan Fenwick',
      'Riverside Academy',
      'ليلى 👵🏽',
      'Legend',
      'Person harmed',
    ])
      expect(svg).toContain(name);
    const svgSize = new Resvg(svg);

    chosen = join(outDir, 'ayla.png');
    await call(wb, 'map:export', { mapId: map.id, format: 'png' });
    const size = pngSize(readFileSync(chosen));
    expect(size).toEqual({ width: svgSize.width * PNG_ZOOM, height: svgSize.height * PNG_ZOOM });
    expect(size.width).toBeGreaterThan(1500);

    const snapshot = (await call(wb, 'map:snapshot', { mapId: map.id, label: 'Before the conference' })) as {
      id: string;
    };
    chosen = join(outDir, 'before.svg');
    await call(wb, 'map:export', { mapId: map.id, snapshotId: snapshot.id, format: 'svg' });
    expect(readFileSync(chosen, 'utf8')).toContain('Ayla: before (Before the conference)');

    expect((await callError(wb, 'map:export', { mapId: map.id, format: 'gif' })).code).toBe('invalid_input');
  });

  it('scales a very large map down to at most 16 million pixels', () => {
    expect(pngWidth(600, 400)).toBe(1800);
    expect(pngWidth(4000, 2000)).toBe(5657);
    const picture = mapToSvg('genogram', resolved(autoLayout('genogram', fgcFamily())));
    const { png, width, height } = svgToPng(picture);
    expect(pngSize(png)).toEqual({ width, height });
    expect(width).toBe(picture.width * PNG_ZOOM);
  });

  it('suggests a file name from the title without characters a file system refuses', () => {
    expect(pictureFileName('Ayla: before/after <1>')).toBe('Ayla beforeafter 1');
    expect(pictureFileName('  ')).toBe('Relationship map');
  });
});

describe('the preparation summary', () => {
  let wb: TempWorkbench;
  let outDir: string;
  beforeEach(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'rw-map-docs-'));
    wb = openTempWorkbench({ desktop: { chooseFolder: async () => outDir } });
    await createVault(wb);
  });
  afterEach(() => {
    // KEEP_DOCS=1 keeps the documents (git-ignored screenshots/) to look at them.
    if (process.env['KEEP_DOCS'])
      cpSync(outDir, join(__dirname, '../../../screenshots/map-documents'), { recursive: true });
    wb.cleanup();
    rmSync(outDir, { recursive: true, force: true });
  });

  async function summaryParts(caseId: string) {
    const { files } = (await call(wb, 'conference:exportDocuments', {
      caseId,
      which: 'preparation-summary',
      contactName: 'Sam Okafor',
      contactDetails: '01632 960000',
    })) as { files: string[] };
    return unzipSync(readFileSync(join(outDir, files[0]!)));
  }

  it("holds the case's first map as a picture, and no picture when the case has no map", async () => {
    const { kase, ayla, jordan } = await schoolIncident(wb);
    const without = await summaryParts(kase.id);
    expect(Object.keys(without).filter((name) => name.startsWith('word/media/'))).toEqual([]);

    const { map } = (await call(wb, 'map:create', {
      caseId: kase.id,
      kind: 'ecomap',
      title: 'Who supports Ayla',
    })) as MapView;
    await call(wb, 'map:save', {
      mapId: map.id,
      document: autoLayout('ecomap', {
        nodes: [
          person('ayla', '', { personId: ayla.person.id, focal: true }),
          person('jordan', '', { personId: jordan.person.id }),
        ],
        ties: [ecomapTie('a', 'ayla', 'jordan', { quality: 'conflict' })],
        households: [],
      }),
    });
    const parts = await summaryParts(kase.id);
    const media = Object.keys(parts).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const image = Buffer.from(parts[media[0]!]!);
    expect(pngSize(image).width).toBeGreaterThan(1000);
    const xml = new TextDecoder().decode(parts['word/document.xml']);
    expect(xml).toContain('Relationship map: Who supports Ayla');
    expect(xml).toContain('descr="Relationship map: Who supports Ayla (ecomap), with its legend."');
  });
});

describe('the agreement', () => {
  let wb: TempWorkbench;
  let saveDir: string;
  beforeEach(async () => {
    saveDir = mkdtempSync(join(tmpdir(), 'rw-map-agreement-'));
    wb = openTempWorkbench({
      desktop: { chooseSaveFile: async (_purpose, name, ext) => join(saveDir, `${name}.${ext}`) },
    });
    await createVault(wb);
  });
  afterEach(() => {
    wb.cleanup();
    rmSync(saveDir, { recursive: true, force: true });
  });

  async function agreementMedia(caseId: string, includeMap: boolean): Promise<Buffer[]> {
    const { path } = (await call(wb, 'agreement:exportDocx', {
      caseId,
      variant: 'standard',
      includeMap,
    })) as {
      path: string;
    };
    const parts = unzipSync(readFileSync(path));
    return Object.keys(parts)
      .filter((name) => name.startsWith('word/media/'))
      .map((name) => Buffer.from(parts[name]!));
  }

  it('holds the map picture when asked to include it, and only then', async () => {
    const { kase, ayla, jordan } = await schoolIncident(wb);
    await call(wb, 'run:captureAction', { caseId: kase.id, text: 'Jordan replaces the broken bag strap' });
    await call(wb, 'agreement:start', { caseId: kase.id });
    expect(await agreementMedia(kase.id, true)).toEqual([]);

    const { map } = (await call(wb, 'map:create', {
      caseId: kase.id,
      kind: 'ecomap',
      title: 'Support',
    })) as MapView;
    await call(wb, 'map:save', {
      mapId: map.id,
      document: {
        nodes: [
          person('ayla', '', { personId: ayla.person.id, focal: true }),
          person('jordan', '', { personId: jordan.person.id, x: 300 }),
        ],
        ties: [ecomapTie('a', 'ayla', 'jordan', { quality: 'tenuous' })],
        households: [],
      },
    });
    expect(await agreementMedia(kase.id, false)).toEqual([]);
    const [image] = await agreementMedia(kase.id, true);
    expect(pngSize(image!).width).toBeGreaterThan(1000);
  });
});
