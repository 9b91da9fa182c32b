/*
 * Relations map: resizes the map's iframes on a host page to fit their content.
 * Add once per page: <script src="…/embed.js" async></script>
 * It listens for the map's own "relations-map:resize" messages, finds the iframe that sent each
 * one by matching event.source to its contentWindow, and ignores every other message. Only the
 * map's frames are resized: a message must come from the origin this script is served from, and
 * the frame's address must be under the app's (where this script is), so another frame on the
 * page that posts the same message (an ad, a widget) is never resized.
 * No dependencies; nothing is sent anywhere.
 */
(function () {
  if (window.__relationsMapEmbed) return;
  window.__relationsMapEmbed = true;
  var MAX_HEIGHT = 20000;
  var script = document.currentScript;
  // The app's address: this script's, without its file name.
  var app = script && script.src ? script.src.replace(/[^/]*$/, '') : null;
  var origin = app ? new URL(app).origin : null;

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'relations-map:resize') return;
    if (!app || event.origin !== origin) return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0 || height > MAX_HEIGHT) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source && frames[i].src.indexOf(app) === 0) {
        frames[i].style.height = Math.ceil(height) + 'px';
        frames[i].setAttribute('height', String(Math.ceil(height)));
      }
    }
  });
})();
