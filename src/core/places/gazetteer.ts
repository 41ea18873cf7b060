// The offline gazetteer: compact asset in, lookup structure out.

// FIRST CUT (to be replaced).
export interface Gazetteer {
  size: number;
}

export function parseGazetteer(_raw: unknown): Gazetteer {
  return { size: 0 };
}
