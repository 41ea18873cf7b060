// The clutter a site's scripts put around its story after load, one behaviour per page
// (data-behaviour on this script's tag). Modelled in general terms on what subscription, consent
// and comments vendors do; no vendor's code or class names. Every prompt is registered with the
// test harness (harness.js), which records when it appeared and when it stopped being visible.
(() => {
  const world = window.liveWorld;
  const behaviour = document.currentScript.dataset.behaviour;
  const story = () => document.querySelector('.article-body, section[name="articleBody"], article .prose, #story-text');
  const el = (tag, attrs = {}, html = '') => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    e.innerHTML = html; // the site's own fixed markup
    return e;
  };
  const later = (ms, fn) => setTimeout(fn, ms);
  /** What metered sites do under a modal: no scrolling for the page behind it. */
  const lockScroll = () => {
    document.documentElement.style.overflow = 'hidden';
    document.body.style.overflow = 'hidden';
  };

  const BEHAVIOURS = {
    none: () => world.expect(0),

    // A meter's modal and its backdrop, a moment after load, with the page's scrolling switched off.
    'late-modal': () => {
      world.expect(2);
      later(300, () => {
        const backdrop = el('div', { class: 'backdrop' });
        const dialog = el('div', { class: 'offer-dialog', role: 'dialog', 'aria-modal': 'true' },
          `<h2>You have reached your limit of free articles</h2>
           <p>Subscribe now for $1 a week for your first year. Cancel anytime.</p>
           <p><button type="button">See offers</button></p><p>Already a subscriber? <a href="/login">Log in</a></p>`);
        document.body.append(backdrop, dialog);
        lockScroll();
        world.prompt('backdrop', backdrop);
        world.prompt('dialog', dialog);
      });
    },

    // The story cut short: the script removes what the meter withholds, fades the last delivered
    // lines and asks the reader to subscribe. What was removed must stay gone.
    'truncated-fade': () => {
      world.expect(2);
      later(200, () => {
        const body = story();
        const ps = [...body.querySelectorAll(':scope > p')];
        for (const p of ps.slice(4)) p.remove();
        const fade = el('div', { class: 'css-f4d3' });
        const ask = el('div', { class: 'css-9ofr' },
          `<h3>Subscribe to keep reading</h3><p>Get unlimited digital access for $1 a week.</p>
           <p><button type="button">Subscribe</button> Already a subscriber? <a href="/login">Sign in</a></p>`);
        body.append(fade);
        body.after(ask);
        world.prompt('fade', fade);
        world.prompt('ask', ask);
      });
    },

    // The whole story was delivered, then blurred under an offer card.
    'blurred-story': () => {
      world.expect(1);
      later(250, () => {
        const body = story();
        body.classList.add('story-locked');
        const card = el('div', { class: 'unlock-card' },
          `<p><strong>This story is for subscribers.</strong> Subscribe now and get your first month free.</p>
           <p><button type="button">Subscribe</button> Already a subscriber? <a href="/login">Log in</a></p>`);
        body.append(card);
        world.prompt('card', card);
      });
    },

    // A prompt drawn inside an open shadow root, on a host with no name at all.
    'shadow-prompt': () => {
      world.expect(1);
      later(300, () => {
        const host = el('div');
        document.body.append(host);
        const root = host.attachShadow({ mode: 'open' });
        // Filled a moment after the host is in the page, as widgets that render asynchronously do.
        later(50, () => {
          root.innerHTML = `<style>.box{position:fixed;left:20px;right:20px;bottom:20px;background:#fff;border:2px solid #036;
              padding:16px;font:16px sans-serif;z-index:999}</style>
            <div class="box"><p>You've read 3 of your 5 free articles this month.</p>
            <p>Subscribe for unlimited access. <button>Subscribe</button> Already a subscriber? <a href="/login">Sign in</a></p></div>`;
        });
        world.prompt('shadow-host', host);
      });
    },

    // The offer is a document of its own, in a same-origin iframe over the page.
    'iframe-prompt': () => {
      world.expect(1);
      later(300, () => {
        const frame = el('iframe', { src: '/live/site/offer.html', title: 'Offer',
          style: 'position:fixed;right:16px;bottom:16px;width:380px;height:170px;border:1px solid #999;z-index:999;background:#fff' });
        document.body.append(frame);
        world.prompt('offer-frame', frame);
      });
    },

    // A subscribe bar pinned to the bottom, which the site's script takes out and puts back.
    'sticky-bar': () => {
      world.expect(3);
      const put = () => {
        const bar = el('div', { class: 'css-b0tt0m' },
          `<span>Subscribe today and save 50% on your first year of unlimited access.</span> <button type="button">Subscribe</button>`);
        document.body.append(bar);
        world.prompt('bar', bar);
        return bar;
      };
      later(200, () => {
        let bar = put();
        let times = 1;
        const again = () => {
          bar.remove();
          later(400, () => {
            bar = put();
            if (++times < 3) later(1200, again);
          });
        };
        later(1200, again);
      });
    },

    // A newsletter box that slides in once the reader has scrolled into the story.
    'newsletter-on-scroll': () => {
      world.expect(1);
      const onScroll = () => {
        if (scrollY < 150) return;
        removeEventListener('scroll', onScroll);
        const box = el('div', { class: 'slide-in' },
          `<form><p><strong>The Morning Briefing</strong></p><p>Get our newsletter delivered to your inbox every weekday.</p>
           <input type="email" name="email" placeholder="Your email address"> <button type="submit">Sign up</button></form>`);
        box.querySelector('form').addEventListener('submit', (e) => e.preventDefault());
        document.body.append(box);
        world.prompt('newsletter', box);
      };
      addEventListener('scroll', onScroll);
    },

    // A consent banner: the reader's to answer, never Lede's. It must stay.
    'cookie-consent': () => {
      world.expect(1);
      later(200, () => {
        const banner = el('div', { class: 'consent-banner', role: 'region', 'aria-label': 'Cookie consent' },
          `<p>We and our partners use cookies to store and access information on your device, to measure how our site is used
           and to show personalised content. You can accept, reject or choose which purposes you allow.</p>
           <p><button type="button">Accept all</button> <button type="button">Reject all</button> <button type="button">Manage choices</button></p>`);
        for (const b of banner.querySelectorAll('button')) b.addEventListener('click', () => banner.remove());
        document.body.append(banner);
        world.prompt('consent', banner, { keep: true });
      });
    },

    // A comments widget, built below the story, whose form is only for subscribers.
    'comments-gate': () => {
      world.expect(1);
      later(300, () => {
        const section = el('section', { class: 'comments', id: 'comments' },
          `<h2>Comments (3)</h2>
           <div class="comment"><b>rivertown</b><p>Thanks for covering this, the turnout figures were news to me.</p></div>
           <div class="comment"><b>j.m.</b><p>Would like to see the full poll numbers.</p></div>`);
        const gate = el('div', { class: 'gate' },
          `<p>Only subscribers are eligible to post comments. Please subscribe or log in to join the conversation.</p>
           <p><button type="button">Subscribe</button> <button type="button">Log in</button></p>`);
        section.append(gate);
        document.querySelector('article, #site-content, main, .col-8').append(section);
        world.prompt('gate', gate);
      });
    },

    // A registration wall over the page: a sign-in form with a password, a reset link, and
    // <body> pinned in place so the page cannot scroll.
    'sign-in-wall': () => {
      world.expect(1);
      later(250, () => {
        const wall = el('div', { class: 'wall' },
          `<form><h2>Log in to continue reading</h2>
           <label>Email <input type="email" name="email" autocomplete="email"></label>
           <label>Password <input type="password" name="password"></label>
           <button type="submit">Log in</button>
           <p><a href="/reset">Forgot your password?</a></p><p>Don't have an account? <a href="/register">Create a free account</a></p></form>`);
        wall.querySelector('form').addEventListener('submit', (e) => e.preventDefault());
        document.body.append(wall);
        document.body.style.position = 'fixed';
        document.body.style.top = `-${scrollY}px`;
        document.body.style.width = '100%';
        world.prompt('wall', wall);
      });
    },

    // A dialog in the page from the start, hidden, that the script opens later, locking scrolling
    // with a class on <html>.
    'toggled-dialog': () => {
      world.expect(1);
      const dialog = el('div', { class: 'css-d1al', hidden: '' },
        `<p>Enjoying our journalism? You have 2 free articles left this month.</p>
         <p><button type="button">Subscribe</button> Already a subscriber? <a href="/login">Sign in</a></p>`);
      document.body.append(dialog);
      world.whenStarted(() => later(300, () => {
        dialog.hidden = false;
        document.documentElement.classList.add('css-lk0');
        world.prompt('dialog', dialog);
      }));
    },
  };

  const run = BEHAVIOURS[behaviour];
  if (!run) throw new Error(`unknown clutter behaviour ${behaviour}`);
  // The toggled dialog is in the page from the start; every other behaviour waits for the start.
  if (behaviour === 'toggled-dialog') run();
  else world.whenStarted(run);
})();
