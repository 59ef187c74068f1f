/* graph.html, part 4: the side panel and selection.
 *
 * A click on an entity highlights it and its relations and opens its panel:
 * names, what to do next (its neighbourhood, expand), its relations over
 * time, its relations, its articles. A click on a line opens its relation's
 * evidence (or, for a line that stands for several, the list of them): each sentence with its article's title, date and a link to the
 * article when the input had its address, and the two entities' stance over time.
 */
(function () {
  'use strict';

  var V = window.vnkg, el = V.el, append = V.append, plural = V.plural;
  var network = V.network;
  var MODAL_NOTE = { planned: 'planned', possible: 'possible' };
  var LIST_FIRST = 200;  // relations listed before a "show all" button
  var panel = V.$('panel'), panelBody = V.$('panel-body');
  var selection = null;  // {kind: 'node' or 'edge', id}

  function safeUrl(url) { return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null; }

  function nodeLink(id) {
    var n = V.nodeById.get(id);
    return el('button', { type: 'button', class: 'linkish', title: 'Show this entity',
      onclick: function () { selectNode(id, { centre: true }); } }, n ? n.label : id);
  }
  function relationLink(id, text) {
    return el('button', { type: 'button', class: 'linkish pred', title: 'Show the evidence',
      onclick: function () { selectRelation(id); } }, text);
  }
  function typeBadge(type) {
    var info = V.typeInfo.get(type);
    return el('span', { class: 'badge', style: { background: info ? info.color : '#8c8c8c' } },
      info ? info.name : (V.META.typeNames[type] || type));
  }
  function modalNote(modality) {
    return MODAL_NOTE[modality] ? el('span', { class: 'modal' }, ' (' + MODAL_NOTE[modality] + ')') : null;
  }
  function action(text, title, onclick, disabled) {
    return el('button', { type: 'button', class: 'action', title: title, disabled: !!disabled, onclick: onclick }, text);
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

  function relationRow(rid, self) {
    var r = V.relById.get(rid);
    var arrow = r.symmetric ? ' — ' : ' → ';
    var end = function (id) { return id === self ? el('span', null, V.nodeById.get(self).label) : nodeLink(id); };
    return el('li', { 'data-relation': rid }, end(r.from), arrow, relationLink(rid, r.elabel), arrow, end(r.to),
      modalNote(r.modality), ' ', el('span', { class: 'n' }, '(' + plural(r.sources, 'source') + ')'));
  }
  function bySources(a, b) {
    var ra = V.relById.get(a), rb = V.relById.get(b);
    return rb.sources - ra.sources || (ra.elabel < rb.elabel ? -1 : ra.elabel > rb.elabel ? 1 : 0);
  }
  function relationList(ids, self) {
    var list = el('ul', { class: 'relations' }, ids.slice(0, LIST_FIRST).map(function (eid) { return relationRow(eid, self); }));
    if (ids.length <= LIST_FIRST) return list;
    var more = action('Show ' + (ids.length - LIST_FIRST) + ' more', 'List every relation', function () {
      append(list, ids.slice(LIST_FIRST).map(function (eid) { return relationRow(eid, self); }));
      more.remove();
    });
    return [list, more];
  }
  function articleLine(id) {
    var a = V.article(id), url = a && safeUrl(a.url);
    var parts = [];
    if (a && a.title) parts.push(url ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, a.title) : a.title);
    if (a && a.date) parts.push(a.date);
    if (url && !a.title) parts.push(el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, url));
    parts.push(el('span', { class: 'article-id' }, id));
    var line = el('span', { class: 'article' });
    parts.forEach(function (p, i) { if (i) append(line, ' · '); append(line, p); });
    return line;
  }

  // The list is filled when first opened: a country can be in thousands of articles.
  function articleList(n) {
    var list = el('ul', { class: 'articles' });
    var details = el('details', null, el('summary', null, 'Articles (' + n.narticles + ')'), list);
    details.addEventListener('toggle', function () {
      if (details.open && !list.childNodes.length) {
        append(list, V.articlesOf(n.id).map(function (a) { return el('li', null, articleLine(a)); }));
      }
    });
    return details;
  }

  function showNode(id) {
    var n = V.nodeById.get(id), state = V.state;
    var visibleEdges = V.visibleEdges();
    var all = V.relsOf.get(id).slice().sort(bySources);
    var passing = all.filter(function (rid) { return V.relOk(V.relById.get(rid), state.filters); });
    var shown = passing.filter(function (rid) { return visibleEdges.has(V.relById.get(rid).pair); });
    var hiddenCount = all.length - passing.length;
    var outside = passing.length - shown.length;
    var aliases = n.aliases || [];
    var more = V.expandable(id).length;
    var focused = state.view.kind === 'focus' && state.view.centre === id;
    showPanel([
      el('h2', { id: 'panel-title' }, n.label),
      el('p', { class: 'meta' }, typeBadge(n.type), plural(n.mentions, 'mention') + ' in ' + plural(n.narticles, 'article')),
      n.wikidata ? el('p', { class: 'meta' }, 'Wikidata: ', n.wikidata) : null,
      el('p', { class: 'meta' }, 'id: ', n.id),
      el('div', { class: 'actions' },
        action(focused && state.view.hops === 1 ? 'Two hops around it' : 'Around it',
          'Show only this entity and its neighbours, laid out around it',
          function () { V.focusOn(id, focused && state.view.hops === 1 ? 2 : 1); }),
        action('Expand' + (more ? ' (+' + more + ')' : ''),
          more ? 'Add its ' + plural(more, 'neighbour') + ' to the view' :
            state.view.scope ? 'Every neighbour is in view already' : 'Every entity is in view',
          function () { V.expand(id); }, !more)),
      el('h3', null, 'Relations over time'),
      V.charts.timeline(passing),
      el('h3', null, 'Vietnamese names (' + aliases.length + ')'),
      aliases.length ? el('ul', { class: 'aliases' }, aliases.map(function (a) { return el('li', null, a); }))
                     : el('p', { class: 'meta' }, 'none recorded'),
      el('h3', null, 'Relations (' + passing.length + ')'),
      outside ? el('p', { class: 'meta' }, plural(outside, 'relation') + ' lead outside the view: Expand shows them') : null,
      passing.length ? relationList(passing, id) : el('p', { class: 'meta' }, 'none shown'),
      hiddenCount ? el('p', { class: 'meta' }, plural(hiddenCount, 'more relation') + ' hidden by the filters') : null,
      articleList(n)
    ]);
  }

  function between(r) { return V.nodeById.get(r.from).label + ' and ' + V.nodeById.get(r.to).label + ' over time'; }

  function showRelation(id) {
    var r = V.relById.get(id);
    var arrow = r.symmetric ? ' — ' : ' → ';
    var quadColor = (V.META.quads.filter(function (q) { return q.quad === r.quad; })[0] || {}).color || '#9a9a9a';
    var facts = [];
    if (r.modality && r.modality !== 'asserted') facts.push(el('span', { class: 'modal' }, r.modality));
    if (r.date) facts.push('date ' + r.date);
    if (r.place) facts.push('at ' + r.place);
    if (r.role) facts.push('role: ' + r.role);
    if (r.confidence !== undefined) facts.push('confidence ' + r.confidence);
    var factsLine = el('p', { class: 'meta' });
    facts.forEach(function (f, i) { if (i) append(factsLine, ' · '); append(factsLine, f); });
    var evidence = V.evidenceOf(id);
    var pair = V.edgeById.get(r.pair).relations.slice().sort(bySources);
    showPanel([
      el('h2', { id: 'panel-title' }, nodeLink(r.from), arrow, r.elabel, arrow, nodeLink(r.to)),
      el('p', { class: 'meta' }, el('span', { class: 'badge', style: { background: quadColor } }, r.quad),
        r.family, ' · ', r.predicate),
      facts.length ? factsLine : null,
      el('h3', null, 'Evidence (' + evidence.length + ')'),
      el('ul', { class: 'evidence' }, evidence.map(function (ev) {
        var source = el('p', { class: 'source' }, articleLine(ev.article || '?'));
        if (ev.date) append(source, [' · event ', ev.date]);
        if (ev.place) append(source, [' · ', ev.place]);
        append(source, modalNote(ev.modality));
        return el('li', null, el('p', { class: 'sentence' }, ev.sentence || ''), source);
      })),
      el('h3', null, between(r)),
      V.charts.stance(pair),
      pair.length > 1 ? el('details', null, el('summary', null, 'All their relations (' + pair.length + ')'),
        relationList(pair, null)) : null
    ]);
  }

  // A line that stands for several relations: the pair, their stance over time, the relations to open.
  function showPair(id) {
    var e = V.edgeById.get(id), rels = e.relations.slice().sort(bySources), first = V.relById.get(rels[0]);
    showPanel([
      el('h2', { id: 'panel-title' }, nodeLink(first.from), ' and ', nodeLink(first.to)),
      el('p', { class: 'meta' }, plural(rels.length, 'relation') + ', ' + plural(e.sources, 'source sentence')),
      el('h3', null, 'Relations (' + rels.length + ')'),
      relationList(rels, null),
      el('h3', null, between(first)),
      V.charts.stance(rels)
    ]);
  }

  // ---------- selection ----------
  function highlightNode(id) {
    var ids = new Set([id]), edgeIds = new Set(), visibleEdges = V.visibleEdges();
    V.edgesOf.get(id).forEach(function (eid) {
      if (!visibleEdges.has(eid)) return;
      var e = V.edgeById.get(eid);
      edgeIds.add(eid);
      ids.add(e.from);
      ids.add(e.to);
    });
    V.paint(ids, edgeIds);
  }
  function selectNode(id, opts) {
    if (!V.nodeById.has(id)) return;
    if (!V.visibleNodes().has(id) && opts && opts.centre) {
      V.focusOn(id, 1);  // not in view: bring it in with its neighbourhood
    }
    selection = { kind: 'node', id: id };
    if (V.visibleNodes().has(id)) {
      network.selectNodes([id], false);
      if (opts && opts.centre) {
        network.focus(id, { scale: Math.max(network.getScale(), 0.8), animation: { duration: 350, easingFunction: 'easeInOutQuad' } });
      }
    } else {
      network.unselectAll();
    }
    highlightNode(id);
    showNode(id);
  }
  // A line: its one relation's evidence, or the list of its relations.
  function selectEdge(id) {
    if (!V.edgeById.has(id)) return;
    var e = V.edgeById.get(id);
    if (e.relations.length === 1) { selectRelation(e.relations[0]); return; }
    selection = { kind: 'edge', id: id };
    markLine(id);
    showPair(id);
  }
  function selectRelation(id) {
    if (!V.relById.has(id)) return;
    selection = { kind: 'relation', id: id };
    markLine(V.relById.get(id).pair);
    showRelation(id);
  }
  function markLine(id) {
    if (V.visibleEdges().has(id)) network.setSelection({ nodes: [], edges: [id] }, { unselectAll: true, highlightEdges: false });
    var e = V.edgeById.get(id);
    V.paint(new Set([e.from, e.to]), new Set([id]));
  }
  function clearSelection() {
    selection = null;
    network.unselectAll();
    V.paint(null, null);
    hidePanel();
  }
  network.on('click', function (params) {
    if (params.nodes.length) selectNode(params.nodes[0]);
    else if (params.edges.length) selectEdge(params.edges[0]);
    else clearSelection();
  });
  network.on('doubleClick', function (params) {
    if (params.nodes.length) { V.focusOn(params.nodes[0], 1); selectNode(params.nodes[0]); }
  });
  V.$('panel-close').addEventListener('click', clearSelection);
  // After a change of view or filters the selection is shown again as it now stands.
  V.onChange(function () {
    if (!selection) return;
    if (selection.kind === 'node') selectNode(selection.id);
    else if (selection.kind === 'relation' && V.visibleEdges().has(V.relById.get(selection.id).pair)) selectRelation(selection.id);
    else if (selection.kind === 'edge' && V.visibleEdges().has(selection.id)) selectEdge(selection.id);
    else clearSelection();
  });
  Object.assign(V, { selectNode: selectNode, selectEdge: selectEdge, selectRelation: selectRelation, clearSelection: clearSelection,
                     selection: function () { return selection; } });
})();
