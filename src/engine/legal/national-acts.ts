/**
 * The national acts the questionnaire may cite beside the GDPR, keyed by the
 * short name a stored reference starts with ("BDSG 38(1)"). Each national
 * module of a questionnaire names one of them as its law.
 *
 * `sign` is how the act numbers its provisions: German and Danish acts by
 * section ("§ 38"), Dutch and French ones by article ("art. 46").
 */
export interface NationalAct {
  /** The act's highest provision number, an upper bound for the reference check. */
  readonly provisions: number;
  readonly sign: 'art' | '§';
  /** How a citation names the act after the number, as the act's own country writes it. */
  readonly citedAs: string;
  /** The official consolidated text, where a cited reference links. */
  readonly url: string;
}

export const NATIONAL_ACT_NAMES = ['UAVG', 'BDSG', 'DBL', 'LIL'] as const;

export type NationalActName = (typeof NATIONAL_ACT_NAMES)[number];

export const NATIONAL_ACTS: Readonly<Record<NationalActName, NationalAct>> = {
  /** Uitvoeringswet Algemene verordening gegevensbescherming (Stb. 2018, 144). */
  UAVG: {
    provisions: 51,
    sign: 'art',
    citedAs: 'UAVG',
    url: 'https://wetten.overheid.nl/BWBR0040940',
  },
  /** Bundesdatenschutzgesetz of 30 June 2017 (BGBl. I S. 2097); §§ 1 to 85. */
  BDSG: {
    provisions: 85,
    sign: '§',
    citedAs: 'BDSG',
    url: 'https://www.gesetze-im-internet.de/bdsg_2018/',
  },
  /** Databeskyttelsesloven, lov nr. 502 af 23. maj 2018. */
  DBL: {
    provisions: 48,
    sign: '§',
    citedAs: 'databeskyttelsesloven',
    url: 'https://www.retsinformation.dk/eli/lta/2018/502',
  },
  /** Loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés. */
  LIL: {
    provisions: 125,
    sign: 'art',
    citedAs: 'loi Informatique et Libertés',
    url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000886460',
  },
};
