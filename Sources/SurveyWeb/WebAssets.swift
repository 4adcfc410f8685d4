/// The style sheet and the script, served by the tool itself (`/resurser/…`): no external
/// resources, and no inline script or style, so the Content-Security-Policy can forbid both.
enum WebAssets {
    /// Contrast of at least 4.5:1 for text and 3:1 for controls and focus rings (WCAG 2.1 AA),
    /// a focus ring on everything that takes focus, and text that reflows at 400 % zoom.
    static let styleSheet = #"""
    :root { color-scheme: light; }
    * { box-sizing: border-box; }
    [hidden] { display: none !important; }
    body { margin: 0; font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 1.125rem; line-height: 1.5;
           color: #1b1b1b; background: #ffffff; }
    a { color: #0b4fb3; }
    a:visited { color: #5a2d91; }
    :focus-visible { outline: 3px solid #0b4fb3; outline-offset: 2px; }
    input:focus-visible, textarea:focus-visible { outline: 3px solid #0b4fb3; outline-offset: 0; box-shadow: 0 0 0 5px #ffd23f; }
    .hoppa { position: absolute; left: -10000px; top: 0; }
    .hoppa:focus { left: 0.5rem; top: 0.5rem; background: #ffffff; padding: 0.5rem; z-index: 10; }
    .dold { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
    .sidhuvud { background: #0b3a75; color: #ffffff; padding: 0.75rem 1rem; }
    .sidhuvud p { margin: 0; }
    .sidhuvud .formular { font-weight: bold; }
    .avsnittslista { background: #eef2f7; padding: 0.5rem 1rem; border-bottom: 1px solid #8a96a8; }
    .avsnittslista ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
    .avsnittslista a[aria-current="page"] { font-weight: bold; color: #1b1b1b; }
    main { max-width: 48rem; margin: 0 auto; padding: 1rem; }
    main:focus { outline: none; }
    h1 { font-size: 1.75rem; line-height: 1.25; }
    h2 { font-size: 1.375rem; margin-top: 2rem; }
    h3 { font-size: 1.2rem; }
    .lage, .nummer, .delfraga { color: #4a4a4a; }
    .nummer { margin: 0 0 0.25rem; font-size: 1rem; }
    .fraga { margin: 0 0 2rem; padding: 0 0 0 0.75rem; border-left: 4px solid transparent; }
    .fraga.har-fel { border-left-color: #b3261e; }
    .fragetext { display: block; font-weight: bold; font-size: 1.2rem; margin-bottom: 0.25rem; }
    .krav { font-weight: normal; color: #4a4a4a; }
    fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
    legend { padding: 0; }
    .hjalp, .hur, .forra { margin: 0.25rem 0; }
    .hur { color: #4a4a4a; }
    .forra { background: #fff4cc; padding: 0.25rem 0.5rem; }
    textarea, input[type="text"] { font: inherit; border: 2px solid #505050; border-radius: 0; padding: 0.35rem; background: #ffffff; color: #1b1b1b; }
    textarea { width: 100%; }
    input[type="text"] { width: 100%; max-width: 32rem; }
    input.kort { max-width: 14rem; }
    input.tal { max-width: 8rem; }
    [aria-invalid="true"] { border-color: #b3261e; }
    .val { display: flex; align-items: flex-start; gap: 0.5rem; margin: 0.35rem 0; }
    .val input { width: 1.5rem; height: 1.5rem; margin: 0.1rem 0 0; flex: none; accent-color: #0b4fb3; }
    .alternativ.rad { display: flex; gap: 2rem; }
    .annat { margin: 0.25rem 0 0.5rem 2rem; }
    .annat label { display: block; }
    .antalsrad { display: grid; grid-template-columns: minmax(10rem, 18rem) 8rem; gap: 0.5rem; align-items: center; margin: 0.35rem 0; }
    .antalsrad.totalt { font-weight: bold; border-top: 2px solid #505050; padding-top: 0.35rem; }
    .kryssrad { margin: 0.5rem 0; padding: 0.25rem 0; border-top: 1px solid #8a96a8; }
    .kryssrad legend { font-weight: bold; padding-top: 0.25rem; }
    .kryssrad .val { display: inline-flex; margin-right: 1.5rem; }
    .felmeddelande { color: #b3261e; font-weight: bold; }
    .felmeddelande p { margin: 0.25rem 0; }
    .det-du-skrev { color: #1b1b1b; font-weight: normal; background: #f3f3f3; padding: 0.5rem; white-space: pre-wrap; }
    .felsammanfattning { border: 4px solid #b3261e; padding: 0.5rem 1rem; margin: 1rem 0; }
    .felsammanfattning:focus { outline: 3px solid #0b4fb3; outline-offset: 2px; }
    .felsammanfattning a { color: #b3261e; font-weight: bold; }
    .status p, .sparat { color: #1d6b32; font-weight: bold; }
    .status p { border-left: 4px solid #1d6b32; padding-left: 0.5rem; }
    .inskickad { background: #e5f3e8; padding: 0.5rem; }
    .knappar { display: flex; flex-wrap: wrap; gap: 1rem; margin: 2rem 0; }
    button, .knapp { font: inherit; font-weight: bold; background: #0b4fb3; color: #ffffff; border: 2px solid #0b4fb3;
                     padding: 0.5rem 1.25rem; cursor: pointer; text-decoration: none; display: inline-block; }
    button.sekundar { background: #ffffff; color: #0b4fb3; }
    button:hover, .knapp:hover { background: #083a85; color: #ffffff; }
    a.knapp:visited { color: #ffffff; }
    @media (max-width: 30rem) { .antalsrad { grid-template-columns: 1fr 6rem; } }
    """#

    /// Saves each question when focus leaves it (the page's post still works without it),
    /// shows or hides questions as the server says their conditions now hold, and reads the
    /// outcome out through the page's status region.
    static let script = #"""
    (function () {
      'use strict';
      var form = document.querySelector('form[data-spara]');
      if (!form || !window.fetch || !window.URLSearchParams) { return; }
      var saveURL = form.getAttribute('data-spara');
      var token = form.querySelector('input[name="csrf"]').value;
      var status = document.getElementById('status');
      var lastSaved = {};

      function fieldsOf(block) {
        var params = new URLSearchParams();
        var controls = block.querySelectorAll('input, textarea, select');
        for (var i = 0; i < controls.length; i++) {
          var control = controls[i];
          if (!control.name || control.disabled) { continue; }
          if ((control.type === 'checkbox' || control.type === 'radio') && !control.checked) { continue; }
          params.append(control.name, control.value);
        }
        return params;
      }

      function snapshot(block) {
        var params = fieldsOf(block);
        params.delete('bas.' + block.getAttribute('data-fraga'));
        return params.toString();
      }

      function remember(block) { lastSaved[block.getAttribute('data-fraga')] = snapshot(block); }

      function announce(lines, urgent) {
        if (!status) { return; }
        status.setAttribute('role', urgent ? 'alert' : 'status');
        status.textContent = '';
        lines.forEach(function (line) {
          if (!line) { return; }
          var p = document.createElement('p');
          p.textContent = line;
          status.appendChild(p);
        });
      }

      function note(block, text) {
        var old = block.querySelector('.sparat');
        if (old) { old.parentNode.removeChild(old); }
        if (!text) { return; }
        var p = document.createElement('p');
        p.className = 'sparat';
        p.textContent = text;
        block.appendChild(p);
      }

      function showApplicable(ids) {
        if (!ids) { return; }
        var blocks = form.querySelectorAll('.fraga');
        for (var i = 0; i < blocks.length; i++) {
          var applies = ids.indexOf(blocks[i].getAttribute('data-fraga')) >= 0;
          if (applies) { blocks[i].removeAttribute('hidden'); } else { blocks[i].setAttribute('hidden', ''); }
        }
      }

      function save(block, leaving) {
        var id = block.getAttribute('data-fraga');
        var current = snapshot(block);
        if (lastSaved[id] === current) { return; }
        var params = fieldsOf(block);
        params.append('csrf', token);
        lastSaved[id] = current;
        fetch(saveURL + encodeURIComponent(id), {
          method: 'POST', body: params, credentials: 'same-origin', keepalive: !!leaving,
          headers: { 'Accept': 'application/json' }
        }).then(function (response) {
          return response.json();
        }).then(function (answer) {
          if (answer.result === 'busy' || answer.result === 'failed') {
            delete lastSaved[id];
            announce([answer.message], true);
            return;
          }
          var base = block.querySelector('input[name="bas.' + id.replace(/"/g, '') + '"]');
          if (answer.html) {
            var holder = document.createElement('div');
            holder.innerHTML = answer.html;
            var replacement = holder.firstElementChild;
            block.parentNode.replaceChild(replacement, block);
            remember(replacement);
            announce([answer.message], true);
          } else {
            if (base && answer.base) { base.value = answer.base; }
            if (block.classList.contains('har-fel')) {
              block.classList.remove('har-fel');
              var error = block.querySelector('.felmeddelande');
              if (error) { error.parentNode.removeChild(error); }
              var invalid = block.querySelectorAll('[aria-invalid]');
              for (var i = 0; i < invalid.length; i++) { invalid[i].removeAttribute('aria-invalid'); }
            }
            note(block, answer.result === 'saved' ? answer.message : '');
            announce([answer.message].concat(answer.notices || []), false);
          }
          showApplicable(answer.applicable);
        }).catch(function () {
          delete lastSaved[id];
          announce(['Svaret kunde inte skickas till servern. Försök igen, eller tryck på Spara.'], true);
        });
      }

      var blocks = form.querySelectorAll('.fraga');
      for (var i = 0; i < blocks.length; i++) { remember(blocks[i]); }

      form.addEventListener('focusout', function (event) {
        var block = event.target.closest ? event.target.closest('.fraga') : null;
        if (!block) { return; }
        var next = event.relatedTarget;
        if (next && block.contains(next)) { return; }
        save(block, false);
      });

      form.addEventListener('submit', function () {
        var all = form.querySelectorAll('.fraga');
        for (var i = 0; i < all.length; i++) { remember(all[i]); }
      });

      window.addEventListener('pagehide', function () {
        var all = form.querySelectorAll('.fraga');
        for (var i = 0; i < all.length; i++) { save(all[i], true); }
      });
    }());
    """#
}
