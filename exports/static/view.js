/* graph.html, part 2: what is on the canvas, and the way back.
 *
 * A view is a set of entities with their positions: the overview (a large
 * graph's most mentioned entities, laid out on their own), every entity (the
 * layout of the whole graph), or one entity's neighbourhood laid out in rings
 * around it; "expand" adds an entity's neighbours to any view, placed in free
 * space around it. The filters (types, kinds of relation, dates, mentions)
 * apply on top. Every change of view or filter is one step in a history that
 * "Undo" walks back, and the bar over the canvas says what is shown.
 */
(function () {
  'use strict';

  var V = window.vnkg, DATA = V.DATA, META = V.META;
  var SLOT = 135;  // room for one label along a ring, in canvas units
  var RING_STEP = 95;  // between two rings
  var FIRST_RING = 210;
  var VEIL = 'rgba(255, 255, 255, 0.85)';  // laid over everything outside the highlighted part

  // ---------- views and filters ----------
  function overviewView() {
    var pos = new Map();
    DATA.nodes.forEach(function (n) { if (n.ox !== undefined) pos.set(n.id, [n.ox, n.oy]); });
    return { kind: 'overview', scope: new Set(pos.keys()), pos: pos, centre: null, hops: 0, expanded: [] };
  }
  function wholeView() { return { kind: 'all', scope: null, pos: new Map(), centre: null, hops: 0, expanded: [] }; }
  function defaultFilters() {
    return { types: new Set(META.types.map(function (t) { return t.type; })),
             families: new Set(META.families.map(function (f) { return f.key; })),
             minMentions: 0, hideIsolated: false, showModal: true, from: '', to: '', showUndated: true };
  }
  function copyFilters(f) {
    return Object.assign({}, f, { types: new Set(f.types), families: new Set(f.families) });
  }
  var state = { view: META.overview ? overviewView() : wholeView(), filters: defaultFilters() };
  var history = [];  // {view, filters, label}: the states before each step
  var listeners = [];

  function nodeOk(n, f) { return f.types.has(n.type) && n.mentions >= f.minMentions; }
  function dateOk(e, f) {
    if (!e.dates || !e.dates.length) return f.showUndated;
    if (!f.from && !f.to) return true;
    return e.dates.some(function (d) {
      return (!f.from || d >= f.from) && (!f.to || d.slice(0, f.to.length) <= f.to);
    });
  }
  function relOk(r, f) { return f.families.has(r.fkey) && (f.showModal || r.modality === 'asserted') && dateOk(r, f); }
  // A line is drawn while one of its relations passes the filters.
  function lineOk(e, f) { return e.relations.some(function (rid) { return relOk(V.relById.get(rid), f); }); }
  // The entities linked to `id` by a relation the filters let through.
  function neighbours(id, f) {
    var seen = new Set();
    V.relsOf.get(id).forEach(function (rid) {
      var r = V.relById.get(rid), m = V.other(r, id);
      if (m !== id && relOk(r, f) && nodeOk(V.nodeById.get(m), f)) seen.add(m);
    });
    return seen;
  }
  function evidenceBetween(a, b) {
    var n = 0;
    V.relsOf.get(a).forEach(function (rid) { var r = V.relById.get(rid); if (V.other(r, a) === b) n += r.sources; });
    return n;
  }

  // ---------- the network ----------
  // The DataSet holds the data's own node objects (no copy of thousands of them): x, y are where
  // each is drawn now, gx, gy its place in the layout of the whole graph.
  var placed = new Map();  // id -> [x, y] as the DataSet has it now
  DATA.nodes.forEach(function (n) {
    n.gx = n.x;
    n.gy = n.y;
    var p = state.view.pos.get(n.id);
    if (p) { n.x = p[0]; n.y = p[1]; }
    placed.set(n.id, [n.x, n.y]);
  });
  var visibleNodes = new Set(), visibleEdges = new Set(), shownRelations = 0;
  computeVisible();  // before the DataViews, which take their first items from it
  var nodes = new vis.DataSet(DATA.nodes);
  var edges = new vis.DataSet(DATA.edges);
  var nodesView = new vis.DataView(nodes, { filter: function (n) { return visibleNodes.has(n.id); } });
  var edgesView = new vis.DataView(edges, { filter: function (e) { return visibleEdges.has(e.id); } });
  performance.mark('vnkg:datasets');
  var container = V.$('network');
  var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, DATA.options);
  window.network = network;
  performance.mark('vnkg:network');
  Object.assign(V, { network: network, nodes: nodes, edges: edges, nodesView: nodesView, edgesView: edgesView,
                     state: state, visibleNodes: function () { return visibleNodes; },
                     visibleEdges: function () { return visibleEdges; },
                     shownRelations: function () { return shownRelations; },
                     nodeOk: nodeOk, relOk: relOk, neighbours: neighbours });
  network.once('afterDrawing', function () {
    V.ready = true;
    V.readyAt = performance.now();
    document.documentElement.setAttribute('data-ready', 'true');
    window.dispatchEvent(new CustomEvent('vnkg:ready'));
  });

  function positionOf(id) { var n = V.nodeById.get(id); return state.view.pos.get(id) || [n.gx, n.gy]; }

  // Around an entity only the relations that lead out from it are drawn (and those of the entities
  // expanded since): the lines between its neighbours would cross the whole picture.
  function starEdges(view) {
    if (view.kind !== 'focus') return null;
    var c = view.centre, open = new Set(view.expanded);
    return function (e) {
      if (e.from === c || e.to === c || open.has(e.from) || open.has(e.to)) return true;
      return view.hops > 1 && view.ring.has(e.from) !== view.ring.has(e.to);
    };
  }

  function computeVisible() {
    var f = state.filters, scope = state.view.scope;
    var nodesNow = new Set();
    (scope ? Array.from(scope) : DATA.nodes.map(function (n) { return n.id; })).forEach(function (id) {
      if (nodeOk(V.nodeById.get(id), f)) nodesNow.add(id);
    });
    var edgesNow = new Set(), star = starEdges(state.view);
    var check = function (e) {
      if (nodesNow.has(e.from) && nodesNow.has(e.to) && (!star || star(e)) && lineOk(e, f)) edgesNow.add(e.id);
    };
    if (nodesNow.size * 4 < DATA.nodes.length) {
      nodesNow.forEach(function (id) { V.edgesOf.get(id).forEach(function (eid) { check(V.edgeById.get(eid)); }); });
    } else {
      DATA.edges.forEach(check);
    }
    if (f.hideIsolated) {
      var linked = new Set();
      edgesNow.forEach(function (eid) { var e = V.edgeById.get(eid); linked.add(e.from); linked.add(e.to); });
      nodesNow.forEach(function (id) { if (!linked.has(id)) nodesNow.delete(id); });
    }
    visibleNodes = nodesNow;
    visibleEdges = edgesNow;
    shownRelations = 0;
    edgesNow.forEach(function (eid) {
      V.edgeById.get(eid).relations.forEach(function (rid) { if (relOk(V.relById.get(rid), f)) shownRelations++; });
    });
  }

  function render(fit) {
    computeVisible();
    var moves = [];
    visibleNodes.forEach(function (id) {
      var p = positionOf(id), q = placed.get(id);
      if (p[0] !== q[0] || p[1] !== q[1]) { moves.push({ id: id, x: p[0], y: p[1] }); placed.set(id, p); }
    });
    if (moves.length) nodes.update(moves);
    nodesView.refresh();
    edgesView.refresh();
    if (fit) fitView(false);
    listeners.forEach(function (listener) { listener(); });
  }

  // The first view of a small graph frames the entities that have relations (the rest sit in a grid below).
  function fitView(all) {
    var ids = Array.from(visibleNodes);
    if (!all && state.view.kind === 'all') {
      var linked = ids.filter(function (id) { return V.edgesOf.get(id).some(function (e) { return visibleEdges.has(e); }); });
      if (linked.length) ids = linked;
    }
    network.fit({ nodes: ids, animation: false });
  }

  // Nodes dragged by the reader keep their new place in this view.
  network.on('dragEnd', function (params) {
    if (!params.nodes || !params.nodes.length) return;
    var now = network.getPositions(params.nodes);
    state.view.pos = new Map(state.view.pos);
    params.nodes.forEach(function (id) { var p = [now[id].x, now[id].y]; state.view.pos.set(id, p); placed.set(id, p); });
    nodes.update(params.nodes.map(function (id) { return { id: id, x: now[id].x, y: now[id].y }; }));
  });

  // ---------- steps and undo ----------
  function step(label, next, fit) {
    history.push({ view: state.view, filters: state.filters, label: label });
    if (next.view) state.view = next.view;
    if (next.filters) state.filters = next.filters;
    render(fit);
  }
  function changeFilters(label, change) {
    var f = copyFilters(state.filters);
    change(f);
    step(label, { filters: f }, false);
  }
  function undo() {
    var last = history.pop();
    if (!last) return;
    var fit = last.view !== state.view;
    state.view = last.view;
    state.filters = last.filters;
    render(fit);
  }
  function lastStep() { return history.length ? history[history.length - 1].label : null; }

  // ---------- focus, expand, show all ----------
  // `ids` on rings around (cx, cy), as many per ring as labels fit, from radius r on, each ring
  // ordered by `group` if given; returns the next free radius.
  function rings(ids, cx, cy, r, pos, group) {
    var i = 0, ring = 0;
    while (i < ids.length) {
      var take = Math.min(ids.length - i, Math.max(6, Math.floor(2 * Math.PI * r / SLOT)));
      var these = ids.slice(i, i + take);
      if (group) {
        var rank = new Map(these.map(function (m, j) { return [m, [group(m), j]]; }));
        these.sort(function (a, b) { return rank.get(a)[0] - rank.get(b)[0] || rank.get(a)[1] - rank.get(b)[1]; });
      }
      for (var k = 0; k < take; k++) {
        var a = -Math.PI / 2 + (k + (ring % 2) * 0.5) * 2 * Math.PI / take;
        pos.set(these[k], [Math.round(cx + r * Math.cos(a)), Math.round(cy + r * Math.sin(a))]);
      }
      i += take;
      ring++;
      r += RING_STEP;
    }
    return r;
  }
  function byStrength(centre) {
    return function (a, b) {
      return evidenceBetween(centre, b) - evidenceBetween(centre, a) ||
        V.nodeById.get(b).mentions - V.nodeById.get(a).mentions || (a < b ? -1 : a > b ? 1 : 0);
    };
  }
  // The neighbourhood of `id` (one or two hops) in rings around it: the strongest links nearest,
  // and on each ring the kinds of relation side by side.
  function focusView(id, hops) {
    var f = state.filters, c = positionOf(id), pos = new Map([[id, c]]);
    var kindOf = function (centre) {
      return function (m) {
        var best = null;
        V.relsOf.get(centre).forEach(function (rid) {
          var r = V.relById.get(rid);
          if (V.other(r, centre) === m && relOk(r, f) && (best === null || r.sources > best.sources)) best = r;
        });
        return best ? V.familyRank.get(best.fkey) : 99;
      };
    };
    var first = Array.from(neighbours(id, f)).sort(byStrength(id));
    var r = rings(first, c[0], c[1], FIRST_RING, pos, kindOf(id));
    if (hops > 1) {
      var second = [], seen = new Set(pos.keys());
      first.forEach(function (m) {
        Array.from(neighbours(m, f)).sort(byStrength(m)).forEach(function (k) {
          if (!seen.has(k)) { seen.add(k); second.push(k); }
        });
      });
      rings(second, c[0], c[1], r + RING_STEP / 2, pos, null);
    }
    return { kind: 'focus', scope: new Set(pos.keys()), pos: pos, centre: id, hops: hops, expanded: [], ring: new Set(first) };
  }
  function focusOn(id, hops) {
    hops = hops || 1;
    step('Around ' + V.nodeById.get(id).label, { view: focusView(id, hops) }, true);
  }

  // Free places around `id` for `count` new entities, nearest first, starting on the side away from the rest.
  function freePlaces(id, count) {
    var CELL = 100, grid = new Set();
    var key = function (x, y) { return Math.floor(x / CELL) + ',' + Math.floor(y / CELL); };
    var sx = 0, sy = 0;
    visibleNodes.forEach(function (v) { var p = positionOf(v); grid.add(key(p[0], p[1])); sx += p[0]; sy += p[1]; });
    var c = positionOf(id), n = Math.max(visibleNodes.size, 1);
    var away = Math.atan2(c[1] - sy / n, c[0] - sx / n);
    if (!isFinite(away) || (c[0] === sx / n && c[1] === sy / n)) away = 0;
    var free = function (x, y) {
      for (var dx = -1; dx <= 1; dx++) for (var dy = -1; dy <= 1; dy++) {
        if (grid.has(key(x + dx * CELL * 0.8, y + dy * CELL * 0.5))) return false;
      }
      return true;
    };
    var out = [];
    for (var r = FIRST_RING * 0.8; out.length < count && r < FIRST_RING * 200; r += RING_STEP) {
      var slots = Math.max(6, Math.floor(2 * Math.PI * r / SLOT));
      for (var k = 0; k < slots && out.length < count; k++) {
        var turn = (k % 2 ? 1 : -1) * Math.ceil(k / 2);  // 0, 1, -1, 2, -2 ...: outwards first
        var a = away + turn * 2 * Math.PI / slots;
        var x = Math.round(c[0] + r * Math.cos(a)), y = Math.round(c[1] + r * Math.sin(a));
        if (free(x, y)) { out.push([x, y]); grid.add(key(x, y)); }
      }
    }
    return out;
  }
  function expandable(id) {
    var scope = state.view.scope;
    if (!scope) return [];
    return Array.from(neighbours(id, state.filters)).filter(function (m) { return !scope.has(m); });
  }
  function expand(id) {
    var added = expandable(id).sort(byStrength(id));
    if (!added.length) return;
    var places = freePlaces(id, added.length);
    var view = Object.assign({}, state.view, { scope: new Set(state.view.scope), pos: new Map(state.view.pos),
                                               expanded: state.view.expanded.concat([id]) });
    added.forEach(function (m, i) { view.scope.add(m); view.pos.set(m, places[i]); });
    step('Expand ' + V.nodeById.get(id).label, { view: view }, false);
  }
  function showAll() { step('Show all', { view: wholeView() }, false); fitView(true); }
  function showOverview() { if (META.overview) step('Overview', { view: overviewView() }, true); }

  // ---------- highlighting ----------
  // The highlighted part is drawn again on top of a white veil after each frame,
  // instead of recolouring thousands of items in the DataSets (which took about
  // a second per click on a 3,000-node graph). Node.draw / Edge.draw are
  // vis-network 9.1.2 internals (the version pyvis 0.3.2 ships, pinned).
  var highlight = null;  // {nodes: Set, edges: Set}
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
    if (!highlight) return;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = VEIL;
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
    var body = network.body, shown = [], labels = [];
    highlight.edges.forEach(function (id) { var e = body.edges[id]; if (e && e.connected && visibleEdges.has(id)) shown.push(e); });
    shown.forEach(function (e) { e.draw(ctx); });
    shown.forEach(function (e) { e.drawArrows(ctx); });
    // Large graphs carry no edge labels in the data; the highlighted ones get theirs here.
    if (!META.labelAllEdges) shown.forEach(function (e) { drawEdgeLabel(ctx, e, V.edgeById.get(e.id).elabel); });
    highlight.nodes.forEach(function (id) {
      var n = body.nodes[id];
      if (!n || !visibleNodes.has(id)) return;
      var drawn = n.draw(ctx);
      if (drawn && drawn.drawExternalLabel) labels.push(drawn.drawExternalLabel);
    });
    labels.forEach(function (draw) { draw(); });
  });
  function paint(ids, edgeIds) {
    highlight = ids === null ? null : { nodes: ids, edges: edgeIds };
    V.highlight = highlight;
    requestRedraw();
  }

  Object.assign(V, {
    render: render, fit: fitView, step: step, changeFilters: changeFilters, undo: undo, lastStep: lastStep,
    history: history, defaultFilters: defaultFilters, copyFilters: copyFilters, focusOn: focusOn, expand: expand,
    expandable: expandable, showAll: showAll, showOverview: showOverview, paint: paint, highlight: null,
    onChange: function (listener) { listeners.push(listener); }
  });
  fitView(false);
  performance.mark('vnkg:fitted');
})();
