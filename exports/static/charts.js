/* graph.html, part 3: small charts of relations over time, drawn as inline SVG.
 *
 * A relation counts in each month one of its source sentences falls in: the
 * date the sentence gives the event, or else its article's date (which
 * KnowledgeGraph.timeline and .stance leave out: they count event dates only).
 * Long spans are counted by year. Labels are text nodes; nothing is fetched.
 */
(function () {
  'use strict';

  var V = window.vnkg, el = V.el, svg = V.svg;
  var W = 340, H = 120, LEFT = 28, RIGHT = 6, TOP = 8, BOTTOM = 20;
  var COOPERATION = { 'verbal cooperation': true, 'material cooperation': true };
  var CONFLICT = { 'verbal conflict': true, 'material conflict': true };

  // e.when: for each of its sentences, the date of the event, or else of the article.
  function periodsOf(e, byYear) {
    var out = new Set(), cut = byYear ? 4 : 7;
    (e.when || e.dates).forEach(function (d) { if (d.length >= cut) out.add(d.slice(0, cut)); });
    return out;
  }
  function nextPeriod(p) {
    if (p.length === 4) return String(Number(p) + 1);
    var y = Number(p.slice(0, 4)), m = Number(p.slice(5, 7)) + 1;
    if (m > 12) { y += 1; m = 1; }
    return y + '-' + (m < 10 ? '0' : '') + m;
  }
  function monthsBetween(a, b) {
    return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7)) + 1;
  }

  // Counts of relations per period and key: {periods: [...], rows: Map period -> Map key -> n, undated, dated, outside}.
  // A few old events ("in 1972 ...") would stretch a chart to decades: a span over two years keeps its middle 95%.
  function tally(relIds, keyOf) {
    var counted = relIds.map(function (id) { return V.relById.get(id); }).filter(function (e) { return keyOf(e); });
    var months = counted.map(function (e) { return periodsOf(e, false); });
    var all = [];
    months.forEach(function (ms) { ms.forEach(function (m) { all.push(m); }); });
    all.sort();
    var low = all[0], high = all[all.length - 1];
    if (all.length && monthsBetween(low, high) > 24) {
      low = all[Math.floor(all.length * 0.025)];
      high = all[Math.ceil(all.length * 0.975) - 1];
    }
    var byYear = all.length > 0 && monthsBetween(low, high) > 60;
    var cut = byYear ? 4 : 7;
    var rows = new Map(), undated = 0, dated = 0, outside = 0;
    counted.forEach(function (e, i) {
      if (!months[i].size) { undated++; return; }
      dated++;
      var periods = new Set();
      months[i].forEach(function (m) {
        if (m < low || m > high) outside++;
        else periods.add(m.slice(0, cut));
      });
      periods.forEach(function (p) {
        var row = rows.get(p) || new Map();
        row.set(keyOf(e), (row.get(keyOf(e)) || 0) + 1);
        rows.set(p, row);
      });
    });
    var periods = [];
    if (all.length) {
      for (var p = low.slice(0, cut), end = high.slice(0, cut); p <= end; p = nextPeriod(p)) periods.push(p);
    }
    return { periods: periods, rows: rows, undated: undated, dated: dated, outside: outside };
  }

  // Stacked bars, one per period: `up` keys above the axis, `down` keys below it.
  function bars(t, up, down, colorOf, nameOf) {
    var n = t.periods.length;
    var sum = function (row, keys) { return keys.reduce(function (s, k) { return s + (row.get(k) || 0); }, 0); };
    var maxUp = 1, maxDown = 0;
    t.rows.forEach(function (row) { maxUp = Math.max(maxUp, sum(row, up)); maxDown = Math.max(maxDown, sum(row, down)); });
    var plotH = H - TOP - BOTTOM, scale = plotH / (maxUp + maxDown), axis = TOP + maxUp * scale;
    var slot = (W - LEFT - RIGHT) / n, width = Math.max(1.5, Math.min(18, slot - 1));
    var chart = svg('svg', { class: 'chart', viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, role: 'img' });
    var text = function (x, y, s, anchor) {
      return svg('text', { x: x, y: y, 'text-anchor': anchor || 'start', 'font-size': 10, fill: '#555555' }, s);
    };
    chart.appendChild(svg('line', { x1: LEFT, x2: W - RIGHT, y1: axis, y2: axis, stroke: '#999999', 'stroke-width': 1 }));
    chart.appendChild(text(LEFT - 4, TOP + 8, String(maxUp), 'end'));
    if (maxDown) chart.appendChild(text(LEFT - 4, H - BOTTOM, String(maxDown), 'end'));
    t.periods.forEach(function (p, i) {
      var row = t.rows.get(p);
      var x = LEFT + i * slot + (slot - width) / 2;
      if (row) {
        var stack = function (keys, sign) {
          var y = axis;
          keys.forEach(function (k) {
            var v = row.get(k) || 0;
            if (!v) return;
            var h = v * scale, top = sign > 0 ? y - h : y;
            chart.appendChild(svg('rect', { x: x.toFixed(1), y: top.toFixed(1), width: width.toFixed(1), height: h.toFixed(1),
              fill: colorOf(k), 'data-period': p, 'data-key': k }, svg('title', null, p + ' · ' + nameOf(k) + ': ' + v)));
            y = sign > 0 ? y - h : y + h;
          });
        };
        stack(up, 1);
        stack(down, -1);
      }
      var labelled = i === 0 || i === n - 1 || (p.length === 7 && p.slice(5) === '01');
      if (labelled && (i === 0 || i === n - 1 || slot * Math.min(i, n - 1 - i) > 30)) {
        chart.appendChild(text(LEFT + (i + 0.5) * slot, H - 5, p.length === 7 && p.slice(5) === '01' && i && i < n - 1 ? p.slice(0, 4) : p,
                               i === 0 ? 'start' : i === n - 1 ? 'end' : 'middle'));
      }
    });
    return chart;
  }

  function legend(keys, colorOf, nameOf, t) {
    var present = keys.filter(function (k) {
      var any = false;
      t.rows.forEach(function (row) { if (row.get(k)) any = true; });
      return any;
    });
    return el('p', { class: 'chart-legend' }, present.map(function (k) {
      return el('span', null, el('span', { class: 'swatch square', style: { background: colorOf(k) } }), nameOf(k));
    }));
  }
  function note(t, what) {
    var lines = [];
    if (t.undated) lines.push(V.plural(t.undated, what) + ' without a date, of the event or of its article' + (t.dated ? ' (not in the chart)' : ': nothing to chart'));
    if (t.outside) lines.push(t.outside + ' dated outside the span shown');
    return lines.length ? el('p', { class: 'meta' }, lines.join('; ')) : null;
  }

  // Relations of one entity over time, stacked by kind of event (structure left out: it has no time).
  function timeline(relIds) {
    var keys = V.META.families.map(function (f) { return f.key; }).filter(function (k) { return V.familyInfo.get(k).quad !== 'structure'; });
    var keyOf = function (e) { return e.quad === 'structure' ? null : e.fkey; };
    var t = tally(relIds, keyOf);
    var colorOf = function (k) { return V.familyInfo.get(k).shade; };
    var nameOf = function (k) {
      var f = V.familyInfo.get(k);
      var twice = V.META.families.some(function (g) { return g.family === f.family && g.key !== k; });
      return f.family.replace(/_/g, ' ') + (twice ? ' (' + f.quad.split(' ')[0] + ')' : '');
    };
    return el('div', { class: 'chart-box', 'data-chart': 'timeline' },
      t.periods.length ? [bars(t, keys, [], colorOf, nameOf), legend(keys, colorOf, nameOf, t)] : null, note(t, 'relation'));
  }

  // Cooperation (up) against conflict (down) between two entities, as KnowledgeGraph.stance counts them.
  function stance(relIds) {
    var keyOf = function (e) { return COOPERATION[e.quad] ? 'cooperation' : CONFLICT[e.quad] ? 'conflict' : null; };
    var t = tally(relIds, keyOf);
    var colors = { cooperation: '#1b7a35', conflict: '#c81e1e' };
    var colorOf = function (k) { return colors[k]; };
    var nameOf = function (k) { return k; };
    var all = relIds.map(function (id) { return keyOf(V.relById.get(id)); });
    var coop = all.filter(function (k) { return k === 'cooperation'; }).length;
    var conflict = all.filter(function (k) { return k === 'conflict'; }).length;
    var score = coop + conflict ? (coop - conflict) / (coop + conflict) : 0;
    var leaning = !coop && !conflict ? 'none' : score > 0 ? 'cooperation' : score < 0 ? 'conflict' : 'mixed';
    return el('div', { class: 'chart-box', 'data-chart': 'stance' },
      el('p', { class: 'meta stance' }, 'Leaning: ' + leaning + ' (score ' + (score >= 0 ? '+' : '') + score.toFixed(2) +
        '; ' + V.plural(coop, 'cooperative relation') + ', ' + V.plural(conflict, 'conflictual relation') + ')'),
      t.periods.length ? [bars(t, ['cooperation'], ['conflict'], colorOf, nameOf), legend(['cooperation', 'conflict'], colorOf, nameOf, t)] : null,
      note(t, 'relation'));
  }

  V.charts = { timeline: timeline, stance: stance, tally: tally };
})();
