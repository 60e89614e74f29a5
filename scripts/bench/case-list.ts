/**
 * Case-list suite (issue 3): the real listCases() over an encrypted vault holding 2,000
 * invented cases with their people, meetings and consents, as the list screen loads it
 * (default input), with a search typed into the list, and filtered to "needs attention".
 * Each result is checked against what the seeded caseload says it must be.
 */
import { join } from 'node:path';
import { listCases } from '../../src/main/services/cases';
import { serviceContext, type ServiceContext } from '../../src/main/services/core';
import { getSettings } from '../../src/main/services/settings';
import { newDataKey } from '../../src/main/vault/crypto';
import { openEncryptedDatabase } from '../../src/main/vault/database';
import type { Db } from '../../src/main/vault/sqlite';
import { caseChannels, caseListInput } from '../../src/shared/schemas/cases';
import { seedCaseWorld, type CaseWorld } from './case-world';
import { median, percentile, timed } from './stats';
import type { BenchContext, BenchSuite, Figure } from './types';

const CASE_COUNT = 2_000;
const SEED = 20_260_303;
const NOW = new Date(2026, 2, 2, 10, 0, 0);
const WARM_UPS = 2;
const ROUNDS = 20;
/** What someone might type in the list's search box: a first name. */
const QUERY = 'priya';

const LIST_TARGET_MS = 200;

type Variant = 'default' | 'all' | 'query' | 'attention';

const INPUTS: Record<Variant, unknown> = {
  default: {},
  all: { archived: 'all' },
  query: { query: QUERY },
  attention: { needsAttention: true },
};

const LABELS: Record<Variant, string> = {
  default: 'default input (what the list screen loads)',
  all: 'archived included (every case)',
  query: `search "${QUERY}" typed into the list`,
  attention: 'needs attention',
};

type ListResult = ReturnType<typeof listCases>;

function list(ctx: ServiceContext, variant: Variant, attentionDays: number): ListResult {
  return listCases(ctx, caseListInput.parse(INPUTS[variant]), attentionDays);
}

/** Fails loudly if a result is not what the seeded caseload says it must be. */
function check(world: CaseWorld, variant: Variant, result: ListResult, attentionDays: number): void {
  caseChannels['case:list'].output.parse(result);
  const limit = caseListInput.parse({}).limit;
  const active = world.cases.filter((c) => !c.archived);
  const fail = (why: string) => {
    throw new Error(`listCases (${LABELS[variant]}): ${why}`);
  };
  if (result.cases.length !== Math.min(limit, result.total))
    fail(`${result.cases.length} rows for ${result.total}.`);
  if (variant === 'default') {
    if (result.total !== active.length)
      fail(`total ${result.total}, expected ${active.length} active cases.`);
  }
  if (variant === 'all' && result.total !== world.cases.length) {
    fail(`total ${result.total}, expected all ${world.cases.length} cases.`);
  }
  if (variant === 'default' || variant === 'all') {
    const times = result.cases.map((c) => c.lastActivityAt);
    if (times.some((t, i) => i > 0 && t > times[i - 1]!)) fail('not sorted by recent activity.');
  }
  if (variant === 'query') {
    const named = new Set(
      active.filter((c) => c.participants.some((p) => p.firstName.toLowerCase() === QUERY)).map((c) => c.id),
    );
    if (result.total !== named.size || result.cases.some((c) => !named.has(c.id)))
      fail(`${result.total} cases, expected the ${named.size} with a participant called ${QUERY}.`);
  }
  if (variant === 'attention') {
    // At least the open cases idle for longer than the setting, or with consent withdrawn.
    const open = new Set(active.filter((c) => c.status !== 'closed').map((c) => c.id));
    const idleMs = attentionDays * 86_400_000;
    const surely = [...open].filter((id) => {
      const c = world.cases.find((k) => k.id === id)!;
      return NOW.getTime() - c.lastActivityAt > idleMs || c.withdrawnConsents > 0;
    });
    const listed = new Set(result.cases.map((c) => c.id));
    if (surely.length === 0 || surely.some((id) => !listed.has(id)))
      fail(`${result.total} cases, but ${surely.length} open ones are idle or have consent withdrawn.`);
    if (result.cases.some((c) => c.attention.length === 0 || !open.has(c.id)))
      fail('a closed or archived case, or one without a reason for attention.');
  }
}

function seed(context: BenchContext, path: string, key: Buffer): CaseWorld {
  const db = openEncryptedDatabase(path, key);
  try {
    const { result: world, ms } = timed(() => seedCaseWorld(db, { cases: CASE_COUNT, seed: SEED, now: NOW }));
    context.log(
      `case-list: ${world.cases.length} cases, ${world.counts.people} people, ${world.counts.participants} participants, ` +
        `${world.counts.meetings} meetings, ${world.counts.consents} consents seeded in ${ms.toFixed(0)} ms`,
    );
    return world;
  } finally {
    db.close();
  }
}

export const caseListSuite: BenchSuite = {
  name: 'case-list',
  description: `listCases() with ${CASE_COUNT.toLocaleString('en-GB')} cases (participants, meetings, consents), encrypted vault.`,
  async run(context) {
    const path = join(context.tempDir('vault'), 'vault.db');
    const key = newDataKey();
    let db: Db | null = null;
    try {
      const world = seed(context, path, key);
      // Reopened as after an unlock: the first list is read through a cold page cache.
      db = openEncryptedDatabase(path, key);
      const ctx = serviceContext(db, { now: () => NOW });
      const attentionDays = getSettings(db).attentionDays;
      const cold = timed(() => list(ctx, 'default', attentionDays));
      check(world, 'default', cold.result, attentionDays);

      const figures: Figure[] = [
        {
          name: `first list after opening the vault, ${LABELS.default}`,
          value: cold.ms,
          unit: 'ms',
          target: null,
          better: 'lower',
        },
      ];
      for (const variant of ['default', 'all', 'query', 'attention'] as const) {
        for (let i = 0; i < WARM_UPS; i += 1)
          check(world, variant, list(ctx, variant, attentionDays), attentionDays);
        const times: number[] = [];
        let total = 0;
        for (let i = 0; i < ROUNDS; i += 1) {
          const run = timed(() => list(ctx, variant, attentionDays));
          times.push(run.ms);
          total = run.result.total;
        }
        context.log(
          `case-list: ${LABELS[variant]}: ${total} cases, median ${median(times).toFixed(1)} ms, ` +
            `min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}`,
        );
        figures.push(
          {
            name: `listCases median, ${LABELS[variant]}`,
            value: median(times),
            unit: 'ms',
            target: variant === 'default' ? LIST_TARGET_MS : null,
            better: 'lower',
          },
          {
            name: `listCases p95, ${LABELS[variant]}`,
            value: percentile(times, 95),
            unit: 'ms',
            target: null,
            better: 'lower',
          },
        );
      }
      const active = world.cases.filter((c) => !c.archived).length;
      context.note(
        `Caseload: ${CASE_COUNT} invented cases over four years (${active} not archived), about four participants each ` +
          `(${world.counts.people} people, professionals shared between cases), ${world.counts.meetings} meetings (upcoming ones for open cases), ` +
          `${world.counts.consents} consent records (a few withdrawn), written by SQL in the services' columns and codes; every result is checked against it.`,
      );
      context.note(
        `Timed: the real listCases() on the production encrypted vault with a fixed clock; the first call after reopening the vault (cold page cache) once, ` +
          `then per input ${WARM_UPS} untimed calls and ${ROUNDS} timed ones (median and p95). ` +
          `Default input returns the first ${caseListInput.parse({}).limit} of the active cases; the screen asks for pages of 250, which costs the same (every matching case is read and summarised before the page is cut).`,
      );
      return figures;
    } finally {
      if (db?.open) db.close();
      key.fill(0);
    }
  },
};
