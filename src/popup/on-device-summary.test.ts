// The on-device summary against a stub of the documented Summarizer interface, and with no
// Summarizer at all (Firefox, older Chrome): what is offered, what is sent, what streams back.
import { describe, expect, it } from 'vitest';
import { findSummarizer, fitToQuota, offerFor, streamSummary, type Availability, type Summarizer, type SummarizerApi } from './on-device-summary';

function stream(chunks: string[], signal?: AbortSignal): ReadableStream<string> {
  let i = 0;
  return new ReadableStream<string>({
    pull(controller) {
      if (signal?.aborted) controller.error(new DOMException('aborted', 'AbortError'));
      else if (i < chunks.length) controller.enqueue(chunks[i++]);
      else controller.close();
    },
  });
}

function stubSummarizer(chunks: string[], quota?: number): Summarizer & { inputs: string[]; destroyed: boolean } {
  return {
    inputs: [],
    destroyed: false,
    inputQuota: quota,
    measureInputUsage: quota === undefined ? undefined : async (text: string) => text.length,
    summarizeStreaming(input, options) {
      this.inputs.push(input);
      return stream(chunks, options?.signal);
    },
    destroy() {
      this.destroyed = true;
    },
  };
}

function stubApi(availability: Availability | Error): SummarizerApi & { asked: unknown[]; created: number } {
  return {
    asked: [],
    created: 0,
    async availability(options) {
      this.asked.push(options);
      if (availability instanceof Error) throw availability;
      return availability;
    },
    async create() {
      this.created++;
      return stubSummarizer(['ok']);
    },
  };
}

describe('finding the Summarizer', () => {
  it('finds nothing where the browser has none, or something else by that name', () => {
    expect(findSummarizer({})).toBeNull();
    expect(findSummarizer({ Summarizer: {} })).toBeNull();
    expect(findSummarizer({ Summarizer: { availability: () => 'available' } })).toBeNull();
  });

  it('finds the documented interface', () => {
    const api = stubApi('available');
    expect(findSummarizer({ Summarizer: api })).toBe(api);
  });
});

describe('what the popup offers', () => {
  it('offers nothing without the API', async () => {
    await expect(offerFor(null, 'en')).resolves.toBe('none');
  });

  it('offers a summary at once only when the model is on the device', async () => {
    await expect(offerFor(stubApi('available'), 'en')).resolves.toBe('ready');
    await expect(offerFor(stubApi('unavailable'), 'en')).resolves.toBe('none');
    await expect(offerFor(stubApi(new Error('NotSupportedError')), 'en')).resolves.toBe('none');
  });

  it('does not ask about a language the model does not summarise', async () => {
    const api = stubApi('available');
    await expect(offerFor(api, 'pt-BR')).resolves.toBe('none');
    expect(api.asked).toEqual([]);
  });

  it('offers a download for a model not on the device, and asking does not create (download) it', async () => {
    for (const state of ['downloadable', 'downloading'] as const) {
      const api = stubApi(state);
      await expect(offerFor(api, 'en')).resolves.toBe('download');
      expect(api.created).toBe(0);
    }
  });

  it('asks for plain text in the article language', async () => {
    const api = stubApi('available');
    await offerFor(api, 'de-AT');
    expect(api.asked[0]).toMatchObject({ format: 'plain-text', expectedInputLanguages: ['de'], outputLanguage: 'de' });
  });
});

describe('the model input', () => {
  const paragraphs = ['First paragraph.', 'Second paragraph.', 'Third paragraph, a longer one.'];

  it('is the whole article when it fits, or when there is no quota to measure', async () => {
    await expect(fitToQuota(stubSummarizer([], 1000), paragraphs)).resolves.toMatchObject({ paragraphsUsed: 3, paragraphsTotal: 3 });
    await expect(fitToQuota(stubSummarizer([]), paragraphs)).resolves.toMatchObject({ paragraphsUsed: 3 });
  });

  it('is the opening paragraphs that fit when the article is over the quota', async () => {
    const input = await fitToQuota(stubSummarizer([], 40), paragraphs);
    expect(input).toEqual({ text: 'First paragraph.\n\nSecond paragraph.', paragraphsUsed: 2, paragraphsTotal: 3 });
  });
});

describe('streaming', () => {
  const input = { text: 'The article.', paragraphsUsed: 1, paragraphsTotal: 1 };

  it('shows the text as it grows, from deltas', async () => {
    const seen: string[] = [];
    const text = await streamSummary(stubSummarizer(['The mayor ', 'resigned', '.']), input, 'A news article.', new AbortController().signal, (t) => seen.push(t));
    expect(seen).toEqual(['The mayor ', 'The mayor resigned', 'The mayor resigned.']);
    expect(text).toBe('The mayor resigned.');
  });

  it('reads early versions that sent the whole text so far each time', async () => {
    const text = await streamSummary(stubSummarizer(['The', 'The mayor', 'The mayor resigned.']), input, '', new AbortController().signal, () => {});
    expect(text).toBe('The mayor resigned.');
  });

  it('stops when the reader cancels', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    const run = streamSummary(stubSummarizer(['one ', 'two ', 'three']), input, '', controller.signal, (t) => {
      seen.push(t);
      controller.abort();
    });
    await expect(run).rejects.toThrow(/aborted/);
    expect(seen).toEqual(['one ']);
  });
});
