// Test instrumentation in the page's own world, not part of the site: the clutter script registers
// every prompt it puts up, and this records, frame by frame, when each appeared and when it stopped
// being visible. The end-to-end tests read `liveWorld.report()`. With data-start="manual" the
// clutter waits for `liveWorld.start()` (the test calls it once Lede runs in the page), so that
// "hidden within 1 s of appearing" measures Lede's watch on the live page, not its first scan.
(() => {
  const script = document.currentScript;
  const storySelector = script.dataset.story;
  const prompts = [];
  const errors = [];
  let started = false;
  const onStart = [];
  let expected = 0;

  addEventListener('error', (e) => errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));

  const rendered = (el) =>
    el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) &&
    el.getBoundingClientRect().height > 0;
  // A shadow host may have no box of its own (its content is positioned), so a prompt inside a
  // shadow root counts as visible while the host and any of that content are rendered.
  const visible = (el) => {
    if (!el.isConnected) return false;
    if (!el.shadowRoot) return rendered(el);
    if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
    return [...el.shadowRoot.children].some((c) => c.tagName !== 'STYLE' && rendered(c));
  };

  const track = () => {
    const now = performance.now();
    for (const p of prompts) {
      if (p.removedAt !== null) continue;
      if (!p.el.isConnected) p.removedAt = now;
      else if (visible(p.el)) p.hiddenAt = null;
      else if (p.hiddenAt === null) p.hiddenAt = now;
    }
    requestAnimationFrame(track);
  };
  requestAnimationFrame(track);

  window.liveWorld = {
    /** The clutter script: this element is a prompt the reader sees (or, with keep, must keep). */
    prompt(name, el, { keep = false } = {}) {
      prompts.push({ name, el, keep, appearedAt: performance.now(), hiddenAt: null, removedAt: null });
    },
    /** The clutter script: how many prompts this page will put up once started. */
    expect(n) {
      expected = n;
    },
    whenStarted(fn) {
      if (started) fn();
      else onStart.push(fn);
    },
    start() {
      if (started) return;
      started = true;
      for (const fn of onStart.splice(0)) fn();
    },
    report() {
      const now = performance.now();
      return {
        now,
        expected,
        errors: errors.slice(),
        prompts: prompts.map((p) => ({
          name: p.name,
          keep: p.keep,
          appearedAt: p.appearedAt,
          hiddenAt: p.hiddenAt,
          removedAt: p.removedAt,
          visible: visible(p.el),
        })),
      };
    },
    /** Story paragraphs on the page that a reader cannot read: not rendered, or blurred. */
    storyUnreadable() {
      return [...document.querySelectorAll(storySelector)]
        .filter((p) => !visible(p) || /blur/.test(getComputedStyle(p).filter))
        .map((p) => p.textContent.slice(0, 60));
    },
    storyCount() {
      return document.querySelectorAll(storySelector).length;
    },
    /** How the page locks scrolling now: the computed overflow of <html> and <body>, and whether
     * <body> is pinned in place. A script may still scroll a locked page; a reader cannot. */
    scrollLock() {
      const h = getComputedStyle(document.documentElement);
      const b = getComputedStyle(document.body);
      return { html: h.overflowY, body: b.overflowY, bodyPosition: b.position };
    },
  };
  if (script.dataset.start === 'load') addEventListener('load', () => window.liveWorld.start());
})();
