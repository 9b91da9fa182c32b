/* Applies the URL's theme, embed, selection and language before the first paint: scripts/prerender-plugin.ts */
(function (html, search, languages) {
  var params = new URLSearchParams(search);
  var langs = ['en', 'kk', 'ru'];
  var theme = params.get('theme');
  if (theme === 'light' || theme === 'dark' || theme === 'contrast') {
    html.setAttribute('data-theme', theme);
  }
  var embed = params.get('embed');
  if (embed !== null && embed !== '0' && embed !== 'false') html.setAttribute('data-embed', '');
  // A selection: its evidence will replace the panel's intro, which is therefore not shown.
  if (/[^\s,]/.test(params.get('select') || '')) html.setAttribute('data-boot-select', '');
  var lang = (params.get('lang') || '').trim().toLowerCase();
  if (langs.indexOf(lang) < 0) {
    lang = 'en';
    for (var i = 0; i < languages.length; i++) {
      var primary = String(languages[i]).toLowerCase().split('-')[0];
      if (langs.indexOf(primary) >= 0) {
        lang = primary;
        break;
      }
    }
  }
  if (lang !== 'en') html.setAttribute('data-boot-lang', lang);
})(document.documentElement, location.search, navigator.languages || []);

/* Clicks and keys on the prerendered page before the app has loaded: kept here (a few at most),
   replayed by app/shell/early-input.ts once React has the page, so no choice is lost. Links,
   the legend's summary and form fields work without the app and are left alone, but for the
   embed's "Open full view", which only the app can point at the link's selection. */
(function (doc, win) {
  var kept = (win.bootInput = []);
  function keep(e) {
    var root = doc.getElementById('root');
    var el = e.target.closest('button, [role="button"], a.embed-open');
    if (win.bootInput !== kept || !el || !root || !root.contains(el) || kept.length > 9) return;
    // Enter on a native button or link is also a click: only [role=button] needs its keys.
    var role = el.getAttribute('role') === 'button';
    if (e.type === 'keydown' && !(role && (e.key === 'Enter' || e.key === ' '))) return;
    if (el.tagName === 'A') e.preventDefault();
    kept.push({ target: el, type: e.type, key: e.key });
  }
  doc.addEventListener('click', keep, true);
  doc.addEventListener('keydown', keep, true);
})(document, window);
