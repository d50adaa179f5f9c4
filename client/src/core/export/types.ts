export type ExportFormat = 'png' | 'gexf' | 'json';

export interface VisualAttrs {
  color: string;
  size: number;
  x: number;
  y: number;
  label: string;
}
