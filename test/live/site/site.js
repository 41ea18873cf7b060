// The site's own script, with no clutter in it: a text-size button and a "live" line updated
// every half second. The end-to-end tests check that both keep working while Lede runs.
(() => {
  const site = { ticks: 0, clicks: 0 };
  window.site = site;
  const h1 = document.querySelector('h1');
  const button = document.createElement('button');
  button.id = 'text-size';
  button.type = 'button';
  button.textContent = 'A+';
  button.addEventListener('click', () => {
    site.clicks++;
    document.body.classList.toggle('large-text');
  });
  h1.after(button);
  const live = document.createElement('p');
  live.className = 'live-line';
  h1.after(live);
  setInterval(() => {
    site.ticks++;
    live.textContent = `Updated ${site.ticks} times while you read`;
  }, 500);
})();
