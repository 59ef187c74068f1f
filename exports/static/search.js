/* graph.html, part 6: search, by every name the command line knows.
 *
 * The names and their keys come from the page's data (exports/pagenames.py,
 * made with graph/names.py): each row is [step, rank, exact key, loose key,
 * name as written]. What the reader types is folded here the same way, and
 * matched as `vnkg show` and KnowledgeGraph.entity match it: the graph's names
 * exactly (case and punctuation aside), then without diacritics, then the
 * actor dictionary's names the same two ways, then a person's surname alone;
 * an id before a label, a label before an alias. Those come first, in
 * KnowledgeGraph.find's order; names that merely start with or contain what was
 * typed follow, the most mentioned first.
 */
(function () {
  'use strict';

  var V = window.vnkg, el = V.el, append = V.append, $ = V.$;
  var SHOWN = 15;
  var NON_WORD = /[^\p{L}\p{N}_]+/gu;  // Python's [^\w]+
  var UNDECOMPOSABLE = { 'đ': 'd', 'Đ': 'D', 'ı': 'i', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'ß': 'ss', 'æ': 'ae' };
  // Python's str.casefold beyond lower case: the foldings a name may meet.
  var FOLDS = { 'ß': 'ss', 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st', 'ς': 'σ', 'ŉ': 'ʼn' };
  function casefold(s) { return s.toLowerCase().replace(/[ßﬀ-ﬆςŉ]/g, function (c) { return FOLDS[c] || c; }); }

  // graph.names.exact_key: case and punctuation ignored, diacritics kept.
  function exactKey(text) {
    return casefold(String(text).normalize('NFC')).replace(NON_WORD, ' ').trim().replace(/^the /, '');
  }
  // graph.names.loose_key: diacritics dropped too (ingest.normalize.fold_diacritics).
  function looseKey(text) {
    var s = String(text).replace(/[đĐıłŁøØßæ]/g, function (c) { return UNDECOMPOSABLE[c]; })
      .normalize('NFKD').replace(/\p{Mn}/gu, '');
    return casefold(s).replace(NON_WORD, ' ').trim().replace(/^the /, '');
  }

  // Built on the first search, not before the first drawing.
  var exact = null, loose = null, rows = null;
  function index() {
    if (rows) return;
    exact = new Map();
    loose = new Map();
    rows = [];
    var names = V.details().names;
    Object.keys(names).forEach(function (id) {
      names[id].forEach(function (row) {
        var step = row[0], rank = row[1];
        [[exact, row[2]], [loose, row[3]]].forEach(function (pair) {
          if (!pair[1]) return;
          var k = step + '|' + pair[1], slot = pair[0].get(k);
          if (!slot) pair[0].set(k, slot = new Map());
          if (!slot.has(id) || slot.get(id) > rank) slot.set(id, rank);
        });
        if (step < 2) rows.push([id, row[3], row[4]]);
      });
    });
  }
  // {entity id: rank} of the first step that knows the name, as graph.names.NameIndex.match; null if none.
  function firstMatch(text) {
    index();
    var e = exactKey(text), l = looseKey(text);
    var tries = [[exact, '0|' + e], [loose, '0|' + l], [exact, '1|' + e], [loose, '1|' + l], [loose, '2|' + l]];
    for (var i = 0; i < tries.length; i++) {
      var slot = tries[i][0].get(tries[i][1]);
      if (slot && slot.size) return slot;
    }
    return null;
  }
  function byLabel(a, b) {
    var na = V.nodeById.get(a), nb = V.nodeById.get(b);
    return na.label < nb.label ? -1 : na.label > nb.label ? 1 : a < b ? -1 : a > b ? 1 : 0;
  }
  function find(text) {
    var q = looseKey(text);
    if (!q) return [];
    var hits = [], taken = new Set();
    var slot = firstMatch(text);
    if (slot) {
      Array.from(slot.keys()).sort(function (a, b) { return slot.get(a) - slot.get(b) || byLabel(a, b); })
        .forEach(function (id) { taken.add(id); hits.push({ id: id, name: null, exact: true }); });
    }
    var partial = new Map();
    rows.forEach(function (row) {
      if (taken.has(row[0])) return;
      var key = row[1], score = key.indexOf(q) === 0 ? 1 : key.indexOf(' ' + q) >= 0 ? 2 : key.indexOf(q) >= 0 ? 3 : 0;
      var best = partial.get(row[0]);
      if (score && (!best || score < best.score)) partial.set(row[0], { id: row[0], name: row[2], score: score });
    });
    var rest = Array.from(partial.values()).sort(function (a, b) {
      return a.score - b.score || V.nodeById.get(b.id).mentions - V.nodeById.get(a.id).mentions || byLabel(a.id, b.id);
    });
    return hits.concat(rest);
  }

  var search = $('search'), results = $('search-results');
  var hits = [], active = -1;
  function runSearch() {
    results.replaceChildren();
    active = -1;
    hits = search.value.trim() ? find(search.value) : [];
    if (!search.value.trim()) { results.hidden = true; return; }
    var total = hits.length;
    hits = hits.slice(0, SHOWN);
    hits.forEach(function (h, i) {
      var n = V.nodeById.get(h.id), info = V.typeInfo.get(n.type);
      append(results, el('li', { role: 'option', 'data-id': h.id, 'aria-selected': 'false',
          onmousedown: function (ev) { ev.preventDefault(); choose(i); } },
        el('span', { class: 'swatch', style: { background: info ? info.color : '#8c8c8c' } }),
        el('span', null, n.label),
        h.name && h.name !== n.label ? el('span', { class: 'alias' }, h.name) : null,
        V.visibleNodes().has(h.id) ? null : el('span', { class: 'alias' }, '(not in view)')));
    });
    if (!total) append(results, el('li', { class: 'empty' }, 'No entity has this name'));
    else if (total > hits.length) append(results, el('li', { class: 'empty' }, (total - hits.length) + ' more: type more letters'));
    results.hidden = false;
  }
  function markActive(i) {
    active = i;
    Array.prototype.forEach.call(results.children, function (li, j) { li.setAttribute('aria-selected', j === i ? 'true' : 'false'); });
  }
  // Choosing a search result shows the entity with its neighbourhood around it.
  function choose(i) {
    var h = hits[i];
    if (!h) return;
    results.hidden = true;
    search.blur();
    V.focusOn(h.id, 1);
    V.selectNode(h.id);
  }
  search.addEventListener('input', runSearch);
  search.addEventListener('focus', function () { index(); if (search.value) runSearch(); });
  search.addEventListener('blur', function () { results.hidden = true; });
  search.addEventListener('keydown', function (ev) {
    if (ev.key === 'ArrowDown') { ev.preventDefault(); markActive(Math.min(active + 1, hits.length - 1)); }
    else if (ev.key === 'ArrowUp') { ev.preventDefault(); markActive(Math.max(active - 1, 0)); }
    else if (ev.key === 'Enter') { ev.preventDefault(); choose(active >= 0 ? active : 0); }
    else if (ev.key === 'Escape') { results.hidden = true; search.blur(); }
  });
  V.search = function (text) { search.value = text; runSearch(); return hits.map(function (h) { return h.id; }); };
  V.names = { exactKey: exactKey, looseKey: looseKey, firstMatch: firstMatch };
})();
