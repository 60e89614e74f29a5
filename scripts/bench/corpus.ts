/**
 * Invented, deterministic text for the search and case-list suites: a word list ranked by how
 * common each word is, drawn with a Zipf-like law (so "said" is in most notes, "detention" in
 * a few percent, an invented tail word in a handful), and invented names. Nothing here names
 * a real person or describes a real case.
 */
import { seededRandom } from './fixtures';

/** Most common first. Function words lead, as in any English text. */
const FUNCTION_WORDS = (
  'the and to a of was that in he she they it for with said on at is about had we not but this his ' +
  'her their be as from after would could when so what also there then were felt all did by been if ' +
  'how more some or'
).split(' ');

/** Words of the work, roughly most common first (the order sets each word's frequency). */
const DOMAIN_WORDS = (
  'meeting time school family mother father class teacher session friends talked agreed wanted ' +
  'happened home week support phone call morning afternoon next plan again understand worried angry ' +
  'upset sorry impact harm conference preparation circle outcome agreement apology listen respect ' +
  'trust safe feelings hurt behaviour incident words message social media group older younger sister ' +
  'brother grandmother neighbour garden fence noise parking bicycle bus stop playground corridor ' +
  'canteen lunch lesson detention police officer youth worker manager colleague shift office rota ' +
  'complaint mediation staff resident carer visit letter write written reply forgive forgiveness ' +
  'responsibility accountable consequences repair relationship future hopeful nervous anxious calm ' +
  'quiet tearful laughed shouted pushed punched damaged broken stolen returned paid money phone ' +
  'photos online chat rumours names excluded included welcome kitchen hallway stairs window door ' +
  'gate hedge tree dog cat football pitch changing room library form tutor head deputy pastoral ' +
  'mentor counsellor coach uncle aunt cousin stepfather stepmother foster placement review ' +
  'timeline referral assessment consent withdrawn declined agreed willing reluctant ready ' +
  'questions answers story perspective needs wishes hopes fears boundaries promise promises ' +
  'checked followed through completed missed cancelled rearranged postponed interpreter language ' +
  'wheelchair hearing ramp transport taxi train weekend evening holiday term exam coursework ' +
  'homework uniform mobile laptop tablet games console headphones graffiti paint wall shed van ' +
  'delivery warehouse night manager supervisor union representative grievance investigation ' +
  'warning dismissal probation court order victim offender panel volunteer community centre ' +
  'church mosque temple allotment bins recycling rubbish smoke music party birthday wedding ' +
  'funeral anniversary hospital doctor nurse medication sleep tired hungry bruise scratch ' +
  'bandage ambulance insurance landlord tenancy rent eviction council housing estate flat ' +
  'balcony lift parking space driveway scooter skateboard shoplifting'
).split(' ');

/** Invented words for the long tail (place names, rare terms), built from syllables. */
const SYLLABLES = 'ba ter lin mo ska ven dor rik sa pel ton wy ga rin fel ma cor lu den shi'.split(' ');

/** Words planted in an exact number of notes, so the rare-word queries have known answers. */
export const PLANTED: readonly { word: string; notes: number }[] = [
  { word: 'trampoline', notes: 1 },
  { word: 'harmonica', notes: 3 },
  { word: 'wheelbarrow', notes: 8 },
  { word: 'saxophone', notes: 20 },
  { word: 'lighthouse', notes: 60 },
];

export const FIRST_NAMES = (
  'Aisha Amir Ava Ben Chloe Daniel Ella Finn Grace Hamza Isla Jack Jay Kai Layla Leo Maya Mohammed ' +
  'Noah Olivia Oscar Priya Ruby Sam Sofia Theo Zara Amara Arjun Bella Callum Darcy Eden Ezra Freya ' +
  'Gabriel Harriet Ibrahim Imogen Jasper Kemi Lewis Lucia Malik Nadia Niamh Omar Poppy Quinn Rafael ' +
  'Rosa Rowan Saanvi Sean Tariq Tilly Usman Violet Wren Yusuf Zoë Alfie Bea Cerys Dev Elif Femi Hana ' +
  'Ines Jonah Keira Luca Mei Nia Ola Pablo Rhys Sana Tomas Uma Wiktor Xander Yara Zain Aoife Bilal ' +
  'Cormac Dina Emre Fatima Gethin Hollie Idris Jude Kofi Lena Marek Nell Otis Petra Reuben Selin'
).split(' ');

export const SURNAMES = (
  'Okafor Patel Smith Jones Williams Brown Taylor Davies Evans Wilson Thomas Roberts Johnson Lewis ' +
  'Walker Robinson Wood Thompson White Watson Jackson Wright Green Harris Cooper King Lee Martin ' +
  'Clarke James Morgan Hughes Edwards Hill Moore Clark Harrison Scott Young Morris Hall Ward Turner ' +
  'Carter Phillips Mitchell Khan Ahmed Ali Hussain Begum Singh Kaur Nowak Kowalski Murphy Kelly ' +
  "O'Brien Byrne Walsh Campbell Stewart Anderson Macdonald Reid Fraser Costa Silva Santos Rossi " +
  'Bianchi Novak Horvat Yilmaz Demir Mensah Owusu Adeyemi Nguyen Tran Chen Wang Kim Park Sato ' +
  'Haddad Nasser Cohen Levi Fischer Becker Dubois Moreau Garcia Lopez Martinez Hernandez Ivanova'
).split(' ');

/** Every distinct word token the generator can write, for checking what a substring can match. */
export interface Vocabulary {
  ranked: readonly string[];
  tail: readonly string[];
}

function tailWords(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const known = new Set([...FUNCTION_WORDS, ...DOMAIN_WORDS]);
  const words: string[] = [];
  while (words.length < count) {
    const length = 2 + Math.floor(random() * 2);
    let word = '';
    for (let i = 0; i < length; i += 1) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)]!;
    if (!known.has(word)) {
      known.add(word);
      words.push(word);
    }
  }
  return words;
}

export function vocabulary(seed: number, tailSize = 2_000): Vocabulary {
  const ranked = [...new Set([...FUNCTION_WORDS, ...DOMAIN_WORDS])];
  return { ranked, tail: tailWords(tailSize, seed) };
}

/**
 * Draws words with probability proportional to 1 / (rank + 2.7) (Zipf-Mandelbrot, s = 1),
 * through a cumulative table and a binary search: millions of draws take well under a second.
 */
export class WordSampler {
  private readonly words: readonly string[];
  private readonly cumulative: Float64Array;

  constructor(vocab: Vocabulary) {
    this.words = [...vocab.ranked, ...vocab.tail];
    this.cumulative = new Float64Array(this.words.length);
    let sum = 0;
    for (let rank = 0; rank < this.words.length; rank += 1) {
      sum += 1 / (rank + 1 + 2.7);
      this.cumulative[rank] = sum;
    }
    for (let rank = 0; rank < this.words.length; rank += 1) this.cumulative[rank]! /= sum;
  }

  draw(random: () => number): string {
    const target = random();
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return this.words[low]!;
  }
}

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/**
 * Prose of at least `minChars` (and at most one word and a full stop more): sentences of 8 to
 * 19 words, about a third of them opening with one of `names` (the people in the case).
 */
export function prose(
  random: () => number,
  sampler: WordSampler,
  minChars: number,
  names: readonly string[],
): string {
  let text = '';
  let sentenceWords = 0;
  let sentenceLength = 0;
  while (text.length < minChars) {
    if (sentenceWords === 0) {
      sentenceLength = 8 + Math.floor(random() * 12);
      const opener =
        names.length > 0 && random() < 0.35
          ? names[Math.floor(random() * names.length)]!
          : capitalise(sampler.draw(random));
      text += text.length === 0 ? opener : ` ${opener}`;
    } else {
      text += ` ${sampler.draw(random)}`;
    }
    sentenceWords += 1;
    if (sentenceWords >= sentenceLength) {
      text += '.';
      sentenceWords = 0;
    }
  }
  return sentenceWords === 0 ? text : `${text}.`;
}

/** Word tokens as FTS5's unicode61 tokenizer (and search.ts) split them. */
export function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}
