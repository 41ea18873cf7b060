import { describe, expect, it } from 'vitest';
import { splitSentences } from './index';

describe('splitSentences on news prose', () => {
  it('keeps military titles, initials and U.S. inside the sentence', () => {
    expect(
      splitSentences('Maj. Gen. Sami al-Aridi met Col. J. R. Miller in the U.S. Capitol. The talks lasted an hour.'),
    ).toEqual(['Maj. Gen. Sami al-Aridi met Col. J. R. Miller in the U.S. Capitol.', 'The talks lasted an hour.']);
  });

  it('ends a sentence at an abbreviation when a sentence opener follows', () => {
    expect(splitSentences('The money was sent to the U.S. It never arrived.')).toEqual([
      'The money was sent to the U.S.',
      'It never arrived.',
    ]);
  });

  it('keeps dates, times and decimals together', () => {
    expect(
      splitSentences('The blast came at 2:42 p.m. Tuesday, Sept. 26, near St. Paul. Growth slowed to 3.5 percent.'),
    ).toEqual(['The blast came at 2:42 p.m. Tuesday, Sept. 26, near St. Paul.', 'Growth slowed to 3.5 percent.']);
  });

  it('splits after a quotation that ends inside its marks', () => {
    expect(splitSentences('He told the crowd, “Go home.” Then he left the stage.')).toEqual([
      'He told the crowd, “Go home.”',
      'Then he left the stage.',
    ]);
  });

  it('keeps a question in quotes with the attribution that follows it', () => {
    expect(splitSentences('“Is it over?” Smith asked. Nobody answered.')).toEqual(['“Is it over?” Smith asked.', 'Nobody answered.']);
  });

  it('keeps a multi-sentence quote with its attribution', () => {
    expect(splitSentences('“We won. They lost,” the mayor said. The count ended at noon.')).toEqual([
      '“We won. They lost,” the mayor said.',
      'The count ended at noon.',
    ]);
  });

  it('splits at an ellipsis only before a new sentence', () => {
    expect(splitSentences('We waited... and waited... Then the doors opened.')).toEqual([
      'We waited... and waited...',
      'Then the doors opened.',
    ]);
  });

  it('returns a paragraph without final punctuation as a sentence', () => {
    expect(splitSentences('Rescue teams reach the old city. Clashes continue')).toEqual([
      'Rescue teams reach the old city.',
      'Clashes continue',
    ]);
  });

  it('splits Chinese and Japanese text, which has no spaces, with Intl.Segmenter', () => {
    expect(splitSentences('北京是中国的首都。上海很大！')).toEqual(['北京是中国的首都。', '上海很大！']);
    expect(splitSentences('東京は晴れです。明日は雨です。')).toHaveLength(2);
  });

  it('splits Arabic, which has no capitals, at its full stops and question marks', () => {
    expect(splitSentences('أعلن رئيس الوزراء النصر. هل انتهت الحرب؟ لا أحد يعرف.')).toHaveLength(3);
  });

  it('survives empty, hostile and huge input', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   \n\n  ')).toEqual([]);
    const marks = '“'.repeat(100_000);
    expect(splitSentences(marks)).toEqual([marks]);
    const dots = 'a. '.repeat(50_000);
    expect(splitSentences(dots).length).toBeGreaterThan(0);
  });
});
