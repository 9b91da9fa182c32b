/*
 * Runs before the prerendered map is first painted (a classic script in <head>; the
 * Content-Security-Policy allows no inline script). The page is static, so the query string
 * cannot choose the HTML: this applies what the URL asks for that CSS can show at once, and the
 * app does the rest once it has hydrated. Keep it tiny and in step with app/store/url-codec.ts
 * and app/i18n/langs.ts (boot.test.ts checks that it is).
 *   theme=light|dark|contrast  -> <html data-theme>, as the app sets it;
 *   embed                      -> <html data-embed>: CSS hides the full view's chrome;
 *   a language other than the prerendered English (lang=, else the browser's) ->
 *                                 <html data-boot-lang>: CSS hides the English markup until
 *                                 the app has drawn the map in that language.
 */
(function (html, search, languages) {
  var params = new URLSearchParams(search);
  var langs = ['en', 'kk', 'ru'];
  var theme = params.get('theme');
  if (theme === 'light' || theme === 'dark' || theme === 'contrast') {
    html.setAttribute('data-theme', theme);
  }
  var embed = params.get('embed');
  if (embed !== null && embed !== '0' && embed !== 'false') html.setAttribute('data-embed', '');
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
