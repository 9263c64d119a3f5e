// Runs before the first paint (inlined in <head> by the build, so it costs no request): sets the
// page's language and exhibition mode now, so the first text a reader sees is already in the
// right language. The same
// rule as chooseLang in src/story/urlState.ts (?lang=, the page's default, the browser, Chinese);
// tests/unit/earlyScript.test.ts holds the two to agreement.
(function () {
  var root = document.documentElement;
  var params = new URLSearchParams(location.search);
  var asked = params.get('lang');
  var fallback = root.getAttribute('data-default-lang');
  var lang = asked === 'zh' || asked === 'en' ? asked : null;
  if (!lang && (fallback === 'zh' || fallback === 'en')) lang = fallback;
  var tags = navigator.languages || [navigator.language];
  for (var i = 0; !lang && i < tags.length; i += 1) {
    var primary = String(tags[i]).toLowerCase().split('-')[0];
    if (primary === 'zh' || primary === 'en') lang = primary;
  }
  root.lang = lang === 'en' ? 'en' : 'zh-CN';
  if (params.get('mode') === 'exhibit') root.setAttribute('data-mode', 'exhibit');
})();
