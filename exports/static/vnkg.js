/* graph.html page script.
 *
 * The graph arrives as JSON in <script type="application/json" id="vnkg-data">.
 * Every string that comes from an article (names, aliases, sentences, article
 * ids) is put in the page with textContent or as a text node, never as markup.
 * The vis.js Network is the global `network`; `vnkg` holds the rest for scripts.
 */
(function () {
  'use strict';

  var DATA = JSON.parse(document.getElementById('vnkg-data').textContent);
  var META = DATA.meta;
  var MODAL_NOTE = { planned: 'planned', possible: 'possible' };
  var VEIL = 'rgba(255, 255, 255, 0.85)';  // laid over everything outside the highlighted part

  // ---------- small DOM helpers: text only ----------
  function el(tag, props) {
    var node = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (key) {
        var value = props[key];
        if (value === null || value === undefined || value === false) return;
        if (key === 'class') node.className = value;
        else if (key === 'style') Object.assign(node.style, value);
        else if (key.slice(0, 2) === 'on') node.addEventListener(key.slice(2), value);
        else node.setAttribute(key, value === true ? '' : String(value));
      });
    }
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }
  function append(node, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { append(node, c); }); return; }
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  function $(id) { return document.getElementById(id); }
  function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }

  // Search key: lower case, no diacritics ("Hoa Kỳ", "hoa ky" and "HOA KY" match), đ -> d.
  function fold(text) {
    return String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd').toLowerCase().replace(/[\s\-\u2010-\u2015_.,:;'"\u2018\u2019\u201c\u201d()]+/g, ' ').trim();
  }

  // ---------- data ----------
  var nodeById = new Map();
  var edgeById = new Map();
  var edgesOf = new Map();
  var typeInfo = new Map();
  META.types.forEach(function (t) { typeInfo.set(t.type, t); });
  DATA.nodes.forEach(function (n) { nodeById.set(n.id, n); edgesOf.set(n.id, []); });
  DATA.edges.forEach(function (e) {
    edgeById.set(e.id, e);
    edgesOf.get(e.from).push(e.id);
    if (e.to !== e.from) edgesOf.get(e.to).push(e.id);
  });
  var searchIndex = DATA.nodes.map(function (n) {
    var names = [n.label].concat(n.aliases || []);
    var keys = [];
    names.forEach(function (name) { keys.push([fold(name), name]); });
    keys.push([fold(n.id), n.id]);
    return { id: n.id, keys: keys };
  });

  var state = {
    types: new Set(META.types.map(function (t) { return t.type; })),
    families: new Set(META.families.map(function (f) { return f.key; })),  // "quad|family"
    minMentions: 0, hideIsolated: false, showModal: true, from: '', to: '', showUndated: true
  };
  var visibleNodes = new Set(nodeById.keys());
  var visibleEdges = new Set(edgeById.keys());

  var nodes = new vis.DataSet(DATA.nodes);
  var edges = new vis.DataSet(DATA.edges);
  var nodesView = new vis.DataView(nodes, { filter: function (n) { return visibleNodes.has(n.id); } });
  var edgesView = new vis.DataView(edges, { filter: function (e) { return visibleEdges.has(e.id); } });

  // ---------- the network ----------
  var container = $('network');
  var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, DATA.options);
  window.network = network;
  var api = window.vnkg = {
    network: network, nodes: nodes, edges: edges, nodesView: nodesView, edgesView: edgesView,
    state: state, ready: false, readyAt: null
  };
  network.once('afterDrawing', function () {
    api.ready = true;
    api.readyAt = performance.now();
    document.documentElement.setAttribute('data-ready', 'true');
    window.dispatchEvent(new CustomEvent('vnkg:ready'));
  });
  // First view: the entities that have relations (those without any sit in a grid below).
  var linked = DATA.nodes.filter(function (n) { return edgesOf.get(n.id).length; }).map(function (n) { return n.id; });
  function fitView(all) {
    var some = !all && linked.length && linked.length < DATA.nodes.length;
    network.fit({ nodes: some ? linked : [], animation: false });
  }
  fitView(false);
  $('fit').addEventListener('click', function () { fitView(true); });
  api.fit = fitView;
  var dragged = false;
  network.on('dragEnd', function (params) { if (params.nodes && params.nodes.length) dragged = true; });

  // ---------- highlighting ----------
  // The highlighted part is drawn again on top of a white veil after each frame,
  // instead of recolouring thousands of items in the DataSets (which took about
  // a second per click on a 3,000-node graph). Node.draw / Edge.draw are
  // vis-network 9.1.2 internals (the version pyvis 0.3.2 ships, pinned).
  var focus = null;  // {nodes: Set, edges: Set}
  var selection = null;  // {kind: 'node' or 'edge', id}
  var EDGE_FONT = '11px ' + ((DATA.options.edges || {}).font || {}).face;
  function requestRedraw() {
    // vis.js' own coalesced redraw on the next frame; network.redraw() would draw now, every call.
    if (network.body && network.body.emitter) network.body.emitter.emit('_requestRedraw');
    else network.redraw();
  }
  function drawEdgeLabel(ctx, e, text) {
    var from = network.body.nodes[e.fromId], to = network.body.nodes[e.toId];
    var p = e.edgeType && e.edgeType.getPoint ? e.edgeType.getPoint(0.5) : { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
    ctx.font = EDGE_FONT;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineWidth = 3;
    ctx.strokeStyle = '#ffffff';
    ctx.strokeText(text, p.x, p.y);
    ctx.fillStyle = '#333333';
    ctx.fillText(text, p.x, p.y);
  }
  network.on('afterDrawing', function (ctx) {
    if (!focus) return;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = VEIL;
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
    var body = network.body;
    var shownEdges = [], labels = [];
    focus.edges.forEach(function (id) { var e = body.edges[id]; if (e && e.connected && visibleEdges.has(id)) shownEdges.push(e); });
    shownEdges.forEach(function (e) { e.draw(ctx); });
    shownEdges.forEach(function (e) { e.drawArrows(ctx); });
    // Large graphs carry no edge labels in the data; the highlighted ones get theirs here.
    if (!META.labelAllEdges) shownEdges.forEach(function (e) { drawEdgeLabel(ctx, e, edgeById.get(e.id).elabel); });
    focus.nodes.forEach(function (id) {
      var n = body.nodes[id];
      if (!n || !visibleNodes.has(id)) return;
      var drawn = n.draw(ctx);
      if (drawn && drawn.drawExternalLabel) labels.push(drawn.drawExternalLabel);
    });
    labels.forEach(function (draw) { draw(); });
  });

  function paint(focusNodes, focusEdges) {
    focus = focusNodes === null ? null : { nodes: focusNodes, edges: focusEdges };
    api.focus = focus;
    requestRedraw();
  }

  function highlightNode(id) {
    var focusNodes = new Set([id]);
    var focusEdges = new Set();
    edgesOf.get(id).forEach(function (eid) {
      if (!visibleEdges.has(eid)) return;
      var e = edgeById.get(eid);
      focusEdges.add(eid);
      focusNodes.add(e.from);
      focusNodes.add(e.to);
    });
    paint(focusNodes, focusEdges);
  }

  function highlightEdge(id) {
    var e = edgeById.get(id);
    paint(new Set([e.from, e.to]), new Set([id]));
  }

  // ---------- side panel ----------
  var panel = $('panel');
  var panelBody = $('panel-body');

  function nodeLink(id) {
    var n = nodeById.get(id);
    return el('button', { type: 'button', class: 'linkish', title: 'Show this entity',
      onclick: function () { selectNode(id, { focus: true }); } }, n ? n.label : id);
  }
  function edgeLink(id, text) {
    return el('button', { type: 'button', class: 'linkish pred', title: 'Show the evidence',
      onclick: function () { selectEdge(id); } }, text);
  }
  function typeBadge(type) {
    var info = typeInfo.get(type);
    return el('span', { class: 'badge', style: { background: info ? info.color : '#8c8c8c' } },
      info ? info.name : (META.typeNames[type] || type));
  }
  function modalNote(modality) {
    return MODAL_NOTE[modality] ? el('span', { class: 'modal' }, ' (' + MODAL_NOTE[modality] + ')') : null;
  }

  function showPanel(children) {
    panelBody.replaceChildren();
    append(panelBody, children);
    panel.hidden = false;
    panel.scrollTop = 0;
  }
  function hidePanel() {
    if (panel.hidden) return;
    panel.hidden = true;
    panelBody.replaceChildren();
  }

  function relationRow(eid, self) {
    var e = edgeById.get(eid);
    var arrow = e.symmetric ? ' — ' : ' → ';
    var source = e.from === self ? el('span', null, nodeById.get(self).label) : nodeLink(e.from);
    var target = e.to === self ? el('span', null, nodeById.get(self).label) : nodeLink(e.to);
    return el('li', { 'data-edge': eid }, source, arrow, edgeLink(eid, e.elabel), arrow, target, modalNote(e.modality),
      ' ', el('span', { class: 'n' }, '(' + plural(e.evidence.length, 'source') + ')'));
  }

  function showNode(id) {
    var n = nodeById.get(id);
    var all = edgesOf.get(id).slice().sort(function (a, b) {
      var ea = edgeById.get(a), eb = edgeById.get(b);
      return eb.evidence.length - ea.evidence.length || (ea.elabel < eb.elabel ? -1 : ea.elabel > eb.elabel ? 1 : 0);
    });
    var shown = all.filter(function (eid) { return visibleEdges.has(eid); });
    var hiddenCount = all.length - shown.length;
    var aliases = n.aliases || [];
    showPanel([
      el('h2', { id: 'panel-title' }, n.label),
      el('p', { class: 'meta' }, typeBadge(n.type), plural(n.mentions, 'mention') + ' in ' + plural((n.articles || []).length, 'article')),
      n.wikidata ? el('p', { class: 'meta' }, 'Wikidata: ', n.wikidata) : null,
      el('p', { class: 'meta' }, 'id: ', n.id),
      el('h3', null, 'Vietnamese names (' + aliases.length + ')'),
      aliases.length ? el('ul', { class: 'aliases' }, aliases.map(function (a) { return el('li', null, a); }))
                     : el('p', { class: 'meta' }, 'none recorded'),
      el('h3', null, 'Relations (' + shown.length + ')'),
      shown.length ? el('ul', { class: 'relations' }, shown.map(function (eid) { return relationRow(eid, id); }))
                   : el('p', { class: 'meta' }, 'none shown'),
      hiddenCount ? el('p', { class: 'meta' }, plural(hiddenCount, 'more relation') + ' hidden by the filters') : null,
      el('details', null, el('summary', null, 'Articles (' + (n.articles || []).length + ')'),
        el('ul', null, (n.articles || []).map(function (a) { return el('li', null, a); })))
    ]);
  }

  function showEdge(id) {
    var e = edgeById.get(id);
    var arrow = e.symmetric ? ' — ' : ' → ';
    var quadColor = (META.quads.filter(function (q) { return q.quad === e.quad; })[0] || {}).color || '#9a9a9a';
    var facts = [];
    if (e.modality && e.modality !== 'asserted') facts.push(el('span', { class: 'modal' }, e.modality));
    if (e.date) facts.push('date ' + e.date);
    if (e.place) facts.push('at ' + e.place);
    if (e.role) facts.push('role: ' + e.role);
    if (e.confidence !== undefined) facts.push('confidence ' + e.confidence);
    var factsLine = el('p', { class: 'meta' });
    facts.forEach(function (f, i) { if (i) append(factsLine, ' · '); append(factsLine, f); });
    showPanel([
      el('h2', { id: 'panel-title' }, nodeLink(e.from), arrow, e.elabel, arrow, nodeLink(e.to)),
      el('p', { class: 'meta' }, el('span', { class: 'badge', style: { background: quadColor } }, e.quad),
        e.family, ' · ', e.predicate),
      facts.length ? factsLine : null,
      el('h3', null, 'Evidence (' + e.evidence.length + ')'),
      el('ul', { class: 'evidence' }, e.evidence.map(function (ev) {
        var source = ['article ' + (ev.article || '?')];
        if (ev.title) source.push(ev.title);
        if (ev.date) source.push(ev.date);
        if (ev.place) source.push(ev.place);
        return el('li', null, el('p', { class: 'sentence' }, ev.sentence || ''),
          el('p', { class: 'source' }, source.join(' · '), modalNote(ev.modality)));
      }))
    ]);
  }

  // ---------- selection ----------
  function selectNode(id, opts) {
    if (!nodeById.has(id)) return;
    selection = { kind: 'node', id: id };
    if (visibleNodes.has(id)) {
      network.selectNodes([id], false);
      if (opts && opts.focus) {
        network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 350, easingFunction: 'easeInOutQuad' } });
      }
    } else {
      network.unselectAll();
    }
    highlightNode(id);
    showNode(id);
  }
  function selectEdge(id) {
    if (!edgeById.has(id)) return;
    selection = { kind: 'edge', id: id };
    if (visibleEdges.has(id)) network.setSelection({ nodes: [], edges: [id] }, { unselectAll: true, highlightEdges: false });
    highlightEdge(id);
    showEdge(id);
  }
  function clearSelection() {
    selection = null;
    network.unselectAll();
    paint(null, null);
    hidePanel();
  }
  network.on('click', function (params) {
    if (params.nodes.length) selectNode(params.nodes[0]);
    else if (params.edges.length) selectEdge(params.edges[0]);
    else clearSelection();
  });
  $('panel-close').addEventListener('click', clearSelection);
  Object.assign(api, { selectNode: selectNode, selectEdge: selectEdge, clearSelection: clearSelection });

  // ---------- filters ----------
  function dateOk(e) {
    if (!e.dates || !e.dates.length) return state.showUndated;
    if (!state.from && !state.to) return true;
    return e.dates.some(function (d) {
      return (!state.from || d >= state.from) && (!state.to || d.slice(0, state.to.length) <= state.to);
    });
  }
  function applyFilters() {
    var nodesNow = new Set();
    DATA.nodes.forEach(function (n) {
      if (state.types.has(n.type) && n.mentions >= state.minMentions) nodesNow.add(n.id);
    });
    var edgesNow = new Set();
    DATA.edges.forEach(function (e) {
      if (state.families.has(e.fkey) && (state.showModal || e.modality === 'asserted') && dateOk(e) &&
          nodesNow.has(e.from) && nodesNow.has(e.to)) edgesNow.add(e.id);
    });
    if (state.hideIsolated) {
      var linked = new Set();
      edgesNow.forEach(function (eid) { var e = edgeById.get(eid); linked.add(e.from); linked.add(e.to); });
      nodesNow.forEach(function (id) { if (!linked.has(id)) nodesNow.delete(id); });
    }
    if (dragged) { network.storePositions(); dragged = false; }
    visibleNodes = nodesNow;
    visibleEdges = edgesNow;
    nodesView.refresh();
    edgesView.refresh();
    updateStatus();
    if (selection && selection.kind === 'node') selectNode(selection.id);
    else if (selection && selection.kind === 'edge' && visibleEdges.has(selection.id)) selectEdge(selection.id);
    else if (selection) clearSelection();
  }
  api.applyFilters = applyFilters;

  function updateStatus() {
    var total = DATA.nodes.length, totalEdges = DATA.edges.length;
    var text = visibleNodes.size === total && visibleEdges.size === totalEdges
      ? plural(total, 'entity').replace('entitys', 'entities') + ', ' + plural(totalEdges, 'relation')
      : 'Showing ' + visibleNodes.size + ' of ' + total + ' entities, ' + visibleEdges.size + ' of ' + totalEdges + ' relations';
    $('status').textContent = text;
  }

  function checkbox(checked, onchange) {
    return el('input', { type: 'checkbox', checked: checked, onchange: onchange });
  }
  function buildFilters() {
    var types = $('type-filters');
    META.types.forEach(function (t) {
      append(types, el('label', { title: t.type },
        checkbox(true, function (ev) { if (ev.target.checked) state.types.add(t.type); else state.types.delete(t.type); applyFilters(); }),
        el('span', { class: 'swatch', style: { background: t.color } }), t.name, el('span', { class: 'count' }, t.count)));
    });
    var families = $('family-filters');
    META.quads.forEach(function (q) {
      append(families, el('div', { class: 'quad' }, el('span', { class: 'line', style: { borderColor: q.color } }),
        q.quad === 'structure' ? 'structure (roles, membership)' : q.quad));
      META.families.filter(function (f) { return f.quad === q.quad; }).forEach(function (f) {
        append(families, el('label', { class: 'family', title: f.predicates.join(', ').replace(/_/g, ' ') },
          checkbox(true, function (ev) { if (ev.target.checked) state.families.add(f.key); else state.families.delete(f.key); applyFilters(); }),
          f.family.replace(/_/g, ' '), el('span', { class: 'count' }, f.count)));
      });
    });

    // Minimum mentions: a number box and a slider over round thresholds.
    var maxMentions = DATA.nodes.reduce(function (m, n) { return Math.max(m, n.mentions || 0); }, 0);
    var steps = [0];
    [1, 2, 3, 5].forEach(function (s) { steps.push(s); });
    for (var base = 10; base <= maxMentions; base *= 10) [1, 2, 5].forEach(function (s) { if (s * base <= maxMentions) steps.push(s * base); });
    steps = steps.filter(function (s) { return s <= Math.max(maxMentions, 0); });
    var box = $('min-mentions'), range = $('min-mentions-range');
    range.max = String(steps.length - 1);
    var timer = null;
    function setMin(value, fromRange) {
      state.minMentions = Math.max(0, Math.floor(Number(value) || 0));
      if (!fromRange) {
        var i = 0;
        while (i + 1 < steps.length && steps[i + 1] <= state.minMentions) i++;
        range.value = String(i);
      } else {
        box.value = String(state.minMentions);
      }
      clearTimeout(timer);
      timer = setTimeout(applyFilters, 120);
    }
    box.addEventListener('input', function () { setMin(box.value, false); });
    range.addEventListener('input', function () { setMin(steps[Number(range.value)] || 0, true); });

    $('hide-isolated').addEventListener('change', function (ev) { state.hideIsolated = ev.target.checked; applyFilters(); });
    $('show-modal').addEventListener('change', function (ev) { state.showModal = ev.target.checked; applyFilters(); });
    $('show-undated').addEventListener('change', function (ev) { state.showUndated = ev.target.checked; applyFilters(); });
    var from = $('date-from'), to = $('date-to');
    if (META.dates) {
      [from, to].forEach(function (input) { input.min = META.dates.min.slice(0, 10); input.max = META.dates.max.slice(0, 10); });
    }
    from.addEventListener('change', function () { state.from = from.value; applyFilters(); });
    to.addEventListener('change', function () { state.to = to.value; applyFilters(); });

    $('reset').addEventListener('click', function () {
      state.types = new Set(META.types.map(function (t) { return t.type; }));
      state.families = new Set(META.families.map(function (f) { return f.key; }));
      state.minMentions = 0; state.hideIsolated = false; state.showModal = true; state.showUndated = true;
      state.from = ''; state.to = '';
      document.querySelectorAll('#sidebar input[type=checkbox]').forEach(function (c) { c.checked = c.id !== 'hide-isolated'; });
      box.value = '0'; range.value = '0'; from.value = ''; to.value = '';
      applyFilters();
    });
    var sidebar = $('sidebar');
    if (window.innerWidth < 900) sidebar.classList.add('closed');
    $('toggle-sidebar').addEventListener('click', function () {
      sidebar.classList.toggle('closed');
    });
  }

  // ---------- search ----------
  var search = $('search'), results = $('search-results');
  var hits = [], active = -1;
  function runSearch() {
    var q = fold(search.value);
    results.replaceChildren();
    hits = [];
    active = -1;
    if (!q) { results.hidden = true; return; }
    searchIndex.forEach(function (entry) {
      var best = null;
      entry.keys.forEach(function (k) {
        var key = k[0];
        var score = key === q ? 0 : key.indexOf(q) === 0 ? 1 : key.indexOf(' ' + q) >= 0 ? 2 : key.indexOf(q) >= 0 ? 3 : -1;
        if (score >= 0 && (best === null || score < best.score)) best = { score: score, name: k[1] };
      });
      if (best) hits.push({ id: entry.id, score: best.score, name: best.name });
    });
    hits.sort(function (a, b) {
      var na = nodeById.get(a.id), nb = nodeById.get(b.id);
      return a.score - b.score || nb.mentions - na.mentions || (na.label < nb.label ? -1 : na.label > nb.label ? 1 : 0);
    });
    var total = hits.length;
    hits = hits.slice(0, 15);
    hits.forEach(function (h, i) {
      var n = nodeById.get(h.id);
      var info = typeInfo.get(n.type);
      append(results, el('li', { role: 'option', 'data-id': h.id, 'aria-selected': 'false',
          onmousedown: function (ev) { ev.preventDefault(); choose(i); } },
        el('span', { class: 'swatch', style: { background: info ? info.color : '#8c8c8c' } }),
        el('span', null, n.label),
        h.name !== n.label ? el('span', { class: 'alias' }, h.name) : null,
        visibleNodes.has(h.id) ? null : el('span', { class: 'alias' }, '(hidden by the filters)')));
    });
    if (!total) append(results, el('li', { class: 'empty' }, 'No entity has this name'));
    else if (total > hits.length) append(results, el('li', { class: 'empty' }, (total - hits.length) + ' more: type more letters'));
    results.hidden = false;
  }
  function markActive(i) {
    active = i;
    Array.prototype.forEach.call(results.children, function (li, j) { li.setAttribute('aria-selected', j === i ? 'true' : 'false'); });
  }
  function choose(i) {
    var h = hits[i];
    if (!h) return;
    results.hidden = true;
    search.blur();
    selectNode(h.id, { focus: true });
  }
  search.addEventListener('input', runSearch);
  search.addEventListener('focus', function () { if (search.value) runSearch(); });
  search.addEventListener('blur', function () { results.hidden = true; });
  search.addEventListener('keydown', function (ev) {
    if (ev.key === 'ArrowDown') { ev.preventDefault(); markActive(Math.min(active + 1, hits.length - 1)); }
    else if (ev.key === 'ArrowUp') { ev.preventDefault(); markActive(Math.max(active - 1, 0)); }
    else if (ev.key === 'Enter') { ev.preventDefault(); choose(active >= 0 ? active : 0); }
    else if (ev.key === 'Escape') { results.hidden = true; search.blur(); }
  });
  document.addEventListener('keydown', function (ev) {
    if (ev.target === search) return;
    if (ev.key === 'Escape') clearSelection();
    else if (ev.key === '/' && ev.target.tagName !== 'INPUT') { ev.preventDefault(); search.focus(); }
  });
  api.search = function (text) { search.value = text; runSearch(); return hits.map(function (h) { return h.id; }); };

  buildFilters();
  updateStatus();
})();
