/** The article's language and direction, put on elements that hold the article's own words. */
export interface ContentLang {
  lang?: string;
  dir: 'ltr' | 'rtl';
}
