// The gazetteer is loaded on the first analysis of a worker's life and kept while the worker lives.
import browser from 'webextension-polyfill';
import { parseGazetteer, type Gazetteer } from '../core/places';
import gazetteerFile from '../../assets/gazetteer/places.tsv?url';

let loading: Promise<Gazetteer> | null = null;

export function loadGazetteer(): Promise<Gazetteer> {
  loading ??= fetch(browser.runtime.getURL(gazetteerFile))
    .then((response) => response.text())
    .then(parseGazetteer)
    .catch((err: unknown) => {
      loading = null; // let the next click try again
      throw err;
    });
  return loading;
}
