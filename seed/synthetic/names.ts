/**
 * Invented names for the synthetic graph: people, states, outlets, units and
 * places that sound plausible, never collide with the curated seed, and are
 * unique within one generated dataset.
 */
import type { Rng } from './prng';

const ONSETS = [
  'b',
  'br',
  'd',
  'dr',
  'f',
  'g',
  'gr',
  'h',
  'k',
  'kr',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  'st',
  't',
  'tr',
  'v',
  'vr',
  'z',
  'sh',
  'ch',
  'j',
  'kh',
  'y',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ai', 'ei', 'ou', 'ia'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 'k', 'm', 'sk', 'rd', 'nt', 'v', 'sh'];

const COUNTRY_ENDINGS = ['ia', 'ova', 'stan', 'land', 'ar', 'enia', 'ay', 'ica', 'esh'];
const CITY_ENDINGS = ['sk', 'grad', 'ovo', 'ino', 'ets', 'burg', 'ville', 'pol', 'ka', 'an'];
const REGION_KINDS = ['Oblast', 'Province', 'Region', 'Governorate', 'District'];
const OUTLET_FORMS = [
  '{X} Herald',
  '{X} Daily',
  'The {X} Times',
  '{X} Post',
  '{X} Observer',
  'Radio {X}',
  '{X} Broadcasting',
  '{X} News Agency',
  '{X} Telegraph',
  '{X} Monitor',
  '{X} Today',
  '{X} Gazette',
];
const AGENCY_FORMS = [
  '{D} Intelligence Service',
  '{D} Defence Intelligence',
  '{D} Statistics Office',
  '{D} Border Service',
  '{D} Security Bureau',
  '{D} Ministry of Defence',
];
const GROUP_FORMS = [
  '{X} Volunteer Battalion',
  '{X} Monitoring Group',
  '{X} Liberation Front',
  '{X} Open-Source Collective',
  '{X} Militia',
];
const ORG_FORMS = [
  '{X} Institute for Conflict Studies',
  '{X} Human Rights Watch',
  '{X} Peace Council',
  'Centre for {X} Strategic Studies',
  '{X} Red Cross Society',
];
const MILITARY_FORMS = ['{D} General Staff', '{D} Joint Command', '{D} Ground Forces Command'];
const FORMATION_FORMS = [
  '{N} Mechanised Brigade',
  '{N} Guards Division',
  '{N} Airborne Regiment',
  '{N} Artillery Brigade',
  '{N} Marine Brigade',
  '{N} Tank Battalion',
  '{N} Motor Rifle Regiment',
];
const FACILITY_FORMS = ['{X} Airbase', '{X} Naval Base', '{X} Power Plant', '{X} Depot'];
const AREA_FORMS = ['{X} Forest', '{X} Heights', '{X} Valley', '{X} Corridor'];
const FIRST_NAMES = [
  'Arin',
  'Bela',
  'Cyril',
  'Dana',
  'Emil',
  'Fedor',
  'Galia',
  'Ilya',
  'Jana',
  'Karol',
  'Lev',
  'Mira',
  'Nika',
  'Oleg',
  'Pavla',
  'Radu',
  'Sasha',
  'Tamar',
  'Ugo',
  'Vera',
  'Yuri',
  'Zora',
  'Anton',
  'Borys',
  'Daria',
  'Eliza',
  'Goran',
  'Hana',
  'Ivo',
  'Kira',
  'Lada',
  'Marek',
  'Nadia',
  'Petra',
  'Roman',
  'Sofia',
  'Taras',
  'Vlad',
  'Yana',
  'Zlata',
];
const ROLES = [
  'Minister of Defence',
  'Foreign Minister',
  'military spokesperson',
  'intelligence chief',
  'commander',
  'analyst',
  'lawmaker',
  'governor',
  'ambassador',
  'correspondent',
];

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function ordinal(n: number): string {
  const rem100 = n % 100;
  if (rem100 >= 11 && rem100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** Hands out names, each at most once. */
export class NameForge {
  private used = new Set<string>();

  constructor(private readonly rng: Rng) {}

  private unique(make: () => string): string {
    for (let attempt = 0; attempt < 50; attempt++) {
      const name = make();
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
    // Crowded: number it.
    for (let n = 2; ; n++) {
      const name = `${make()} ${n}`;
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
  }

  /** A pronounceable word of 2–3 syllables. */
  word(syllables = this.rng.int(2, 3)): string {
    let w = '';
    for (let i = 0; i < syllables; i++) {
      w += this.rng.pick(ONSETS) + this.rng.pick(VOWELS);
      if (i === syllables - 1 || this.rng.chance(0.3)) w += this.rng.pick(CODAS);
    }
    return capitalise(w);
  }

  country(): { name: string; demonym: string; capital: string } {
    const stem = this.word(2);
    const name = this.unique(() => `${stem}${this.rng.pick(COUNTRY_ENDINGS)}`);
    const demonym = name.endsWith('ia') ? `${name}n` : `${stem}ian`;
    return { name, demonym, capital: this.city() };
  }

  person(): { name: string; last: string } {
    let last = '';
    const name = this.unique(() => {
      last = this.word();
      return `${this.rng.pick(FIRST_NAMES)} ${last}`;
    });
    return { name, last };
  }

  role(): string {
    return this.rng.pick(ROLES);
  }

  outlet(): string {
    return this.unique(() => this.rng.pick(OUTLET_FORMS).replace('{X}', this.word(2)));
  }

  agency(demonym: string): string {
    return this.unique(() => this.rng.pick(AGENCY_FORMS).replace('{D}', demonym));
  }

  government(country: string): string {
    return this.unique(() => `Government of ${country}`);
  }

  military(demonym: string): string {
    return this.unique(() => this.rng.pick(MILITARY_FORMS).replace('{D}', demonym));
  }

  group(): string {
    return this.unique(() => this.rng.pick(GROUP_FORMS).replace('{X}', this.word(2)));
  }

  organisation(): string {
    return this.unique(() => this.rng.pick(ORG_FORMS).replace('{X}', this.word(2)));
  }

  armedForces(demonym: string): string {
    return this.unique(() => `${demonym} Armed Forces`);
  }

  formation(): string {
    return this.unique(() =>
      this.rng.pick(FORMATION_FORMS).replace('{N}', ordinal(this.rng.int(1, 250))),
    );
  }

  contingent(demonym: string): string {
    return this.unique(() => `${demonym} ${this.rng.pick(['Contingent', 'Expeditionary Corps'])}`);
  }

  specialForces(): string {
    return this.unique(() => `${this.word(2)} Special Operations Group`);
  }

  city(): string {
    return this.unique(() => `${this.word(2)}${this.rng.pick(CITY_ENDINGS)}`);
  }

  region(): string {
    return this.unique(() => `${this.word(2)} ${this.rng.pick(REGION_KINDS)}`);
  }

  facility(): string {
    return this.unique(() => this.rng.pick(FACILITY_FORMS).replace('{X}', this.word(2)));
  }

  area(): string {
    return this.unique(() => this.rng.pick(AREA_FORMS).replace('{X}', this.word(2)));
  }

  front(): string {
    return this.unique(() => `${this.word(2)} Front`);
  }
}
