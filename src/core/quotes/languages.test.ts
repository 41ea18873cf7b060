// Attributions in German, French and Spanish, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findQuotes } from './index';

const said = (paragraph: string) => findQuotes([paragraph]).map((q) => [q.speaker, q.role]);

describe('attributions in German', () => {
  it('"sagte" and "erklärte" with the job written before the name, capitalised', () => {
    expect(said('„Die Brücke wird im Herbst fertig“, sagte Baustadträtin Petra Lang am Montag.')).toEqual([['Petra Lang', 'Baustadträtin']]);
    expect(said('„Wir brauchen mehr Züge auf dieser Linie“, erklärte deren Sprecher Jonas Weber.')).toEqual([['Jonas Weber', 'Sprecher']]);
  });

  it('"so" followed by a name only', () => {
    expect(said('„Das ist ein guter Tag für die Stadt“, so Jonas Weber.')).toEqual([['Jonas Weber', null]]);
  });

  it('a name and verb before the quote', () => {
    expect(said('Petra Lang sagte: „Wir bauen zuerst die Haltestellen.“')).toEqual([['Petra Lang', null]]);
  });
});

describe('attributions in French', () => {
  it('"a déclaré" with a role only, and "a expliqué" with an elided article', () => {
    expect(said('« Le quartier attendait ce projet », a déclaré le maire lors de la visite.')).toEqual([['maire', 'maire']]);
    expect(said('« Nous avons choisi la pierre locale », a expliqué l’architecte Sophie Bernard.')).toEqual([['Sophie Bernard', 'architecte']]);
  });

  it('"selon" naming the source', () => {
    expect(said('« Les travaux dureront deux ans », selon Sophie Bernard.')).toEqual([['Sophie Bernard', null]]);
  });
});

describe('attributions in Spanish', () => {
  it('"dijo" with the name in apposition after the role', () => {
    expect(said('«Es un día importante para el barrio», dijo el consejero de Obras, Carlos Ruiz, durante el acto.')).toEqual([
      ['Carlos Ruiz', 'consejero de Obras'],
    ]);
  });

  it('"afirmó" with the role in apposition after the name', () => {
    expect(said('«Pedimos paciencia a los vecinos», afirmó Marta Gil, presidenta de la asociación.')).toEqual([
      ['Marta Gil', 'presidenta de la asociación'],
    ]);
  });
});

describe('English is not read as another language', () => {
  it('"so" opening a clause after a quote names nobody', () => {
    expect(said('“We will not raise taxes this year,” so the council voted against the plan.')).toEqual([[null, null]]);
  });
});
