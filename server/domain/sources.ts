/** What GET /api/sources answers for each source, and the orders it lists them in. */

export const SOURCE_ORDERS = ['published', 'claims', 'disputed', 'corroborated'] as const;
export type SourceOrder = (typeof SOURCE_ORDERS)[number];

export interface SourceSummary {
  id: string;
  title: string;
  outlet: string | null;
  publishedDate: string | null;
  url: string | null;
  /** Claimgraph holds its text (an article), not only its name (a report an article cites). */
  held: boolean;
  claims: number;
  speakers: number;
  /** Its claims in dispute: by figures (another speaker's disagree) or a recorded contradiction. */
  disputed: number;
  disputedByFigures: number;
  contradicted: number;
  /** Its claims borne out: by figures (another speaker's agree) or a recorded corroboration. */
  corroborated: number;
  agreedByFigures: number;
  corroboratedRecorded: number;
  /** Claims other articles relay from it. */
  relayedByOthers: number;
  /** Of those, the claims in dispute (by figures or a recorded contradiction): a cited report's account disputed. */
  relayedDisputed: number;
  /** Of those, the claims borne out (by figures or a recorded corroboration). */
  relayedCorroborated: number;
  cites: number;
}
