/* graph.html, part 5: the controls: filters, the bar that says what is shown, keys.
 *
 * Every filter change is a step of the view's history (part 2), so "Undo"
 * takes it back; the bar over the canvas lists what the view holds and each
 * filter in force, with a button that lifts it.
 */
(function () {
  'use strict';

  var V = window.vnkg, el = V.el, append = V.append, plural = V.plural, $ = V.$;
  var META = V.META, DATA = V.DATA;

  // ---------- status and the view bar ----------
  function describeView(view) {
    var label = function (id) { return V.nodeById.get(id).label; };
    var text = view.kind === 'overview' ? 'Overview: the ' + META.overview.size + ' most mentioned entities with relations'
      : view.kind === 'focus' ? 'Around ' + label(view.centre) + (view.hops > 1
          ? ', two hops: ' + plural(view.ring.size, 'neighbour') + ' and ' + (view.scope.size - view.ring.size - 1) + ' beyond them'
          : ': ' + plural(view.ring.size, 'neighbour') + ' and its relations with them')
      : 'All entities';
    if (view.expanded.length) {
      var names = view.expanded.slice(0, 3).map(label).join(', ');
      text += ' + the neighbours of ' + names + (view.expanded.length > 3 ? ' and ' + (view.expanded.length - 3) + ' more' : '');
    }
    return text;
  }
  // The filters in force, each with the change that lifts it.
  function activeFilters(f) {
    var d = V.defaultFilters(), out = [];
    var hiddenTypes = META.types.filter(function (t) { return !f.types.has(t.type); });
    if (hiddenTypes.length) out.push(['Hidden: ' + hiddenTypes.map(function (t) { return t.name; }).join(', '), function (g) { g.types = d.types; }]);
    var hiddenFamilies = META.families.filter(function (x) { return !f.families.has(x.key); });
    if (hiddenFamilies.length) {
      out.push(['Hidden relations: ' + hiddenFamilies.map(function (x) { return x.family.replace(/_/g, ' '); }).join(', '),
                function (g) { g.families = d.families; }]);
    }
    if (f.minMentions) out.push(['Mentioned at least ' + f.minMentions + ' times', function (g) { g.minMentions = 0; }]);
    if (f.from || f.to) out.push(['Dates ' + (f.from || '…') + ' – ' + (f.to || '…'), function (g) { g.from = ''; g.to = ''; }]);
    if (!f.showUndated) out.push(['No undated relations', function (g) { g.showUndated = true; }]);
    if (!f.showModal) out.push(['No planned or possible events', function (g) { g.showModal = true; }]);
    if (f.hideIsolated) out.push(['No entities without shown relations', function (g) { g.hideIsolated = false; }]);
    return out;
  }
  function updateBar() {
    var total = DATA.nodes.length, totalEdges = DATA.relations.length;
    var n = V.visibleNodes().size, m = V.shownRelations();
    $('status').textContent = n === total && m === totalEdges
      ? plural(total, 'entity') + ', ' + plural(totalEdges, 'relation')
      : 'Showing ' + n + ' of ' + total + ' entities, ' + m + ' of ' + totalEdges + ' relations';
    var bar = $('viewbar');
    bar.replaceChildren();
    append(bar, el('span', { id: 'view-name' }, describeView(V.state.view)));
    activeFilters(V.state.filters).forEach(function (chip) {
      append(bar, el('span', { class: 'chip' }, chip[0], el('button', { type: 'button', class: 'chip-x', title: 'Lift this filter',
        'aria-label': 'Lift the filter: ' + chip[0], onclick: function () { V.changeFilters('Lift: ' + chip[0], chip[1]); } }, '×')));
    });
    var last = V.lastStep();
    append(bar, el('button', { type: 'button', id: 'undo', disabled: !last, title: last ? 'Undo: ' + last : 'Nothing to undo',
      onclick: V.undo }, 'Undo'));
    if (META.overview && V.state.view.kind !== 'overview') {
      append(bar, el('button', { type: 'button', id: 'to-overview', title: 'Back to the most mentioned entities', onclick: V.showOverview }, 'Overview'));
    }
    syncControls();
  }

  // ---------- the sidebar's filters ----------
  var box = $('min-mentions'), range = $('min-mentions-range'), from = $('date-from'), to = $('date-to');
  var steps = [0, 1, 2, 3, 5];
  var maxMentions = DATA.nodes.reduce(function (m, n) { return Math.max(m, n.mentions || 0); }, 0);
  for (var base = 10; base <= maxMentions; base *= 10) [1, 2, 5].forEach(function (s) { if (s * base <= maxMentions) steps.push(s * base); });
  steps = steps.filter(function (s) { return s <= Math.max(maxMentions, 0); });
  range.max = String(steps.length - 1);

  function syncControls() {
    var f = V.state.filters;
    document.querySelectorAll('#type-filters input').forEach(function (c) { c.checked = f.types.has(c.value); });
    document.querySelectorAll('#family-filters input').forEach(function (c) { c.checked = f.families.has(c.value); });
    if (document.activeElement !== box) box.value = String(f.minMentions);
    var i = 0;
    while (i + 1 < steps.length && steps[i + 1] <= f.minMentions) i++;
    range.value = String(i);
    $('hide-isolated').checked = f.hideIsolated;
    $('show-modal').checked = f.showModal;
    $('show-undated').checked = f.showUndated;
    from.value = f.from;
    to.value = f.to;
  }
  function toggle(set, key, on) { if (on) set.add(key); else set.delete(key); }
  function checkbox(value, onchange) { return el('input', { type: 'checkbox', value: value, checked: true, onchange: onchange }); }
  META.types.forEach(function (t) {
    append($('type-filters'), el('label', { title: t.type },
      checkbox(t.type, function (ev) {
        var on = ev.target.checked;
        V.changeFilters((on ? 'Show ' : 'Hide ') + t.name, function (f) { toggle(f.types, t.type, on); });
      }),
      el('span', { class: 'swatch', style: { background: t.color } }), t.name, el('span', { class: 'count' }, t.count)));
  });
  META.quads.forEach(function (q) {
    append($('family-filters'), el('div', { class: 'quad' }, el('span', { class: 'line', style: { borderColor: q.color } }),
      q.quad === 'structure' ? 'structure (roles, membership)' : q.quad));
    META.families.filter(function (f) { return f.quad === q.quad; }).forEach(function (x) {
      append($('family-filters'), el('label', { class: 'family', title: x.predicates.join(', ').replace(/_/g, ' ') },
        checkbox(x.key, function (ev) {
          var on = ev.target.checked;
          V.changeFilters((on ? 'Show ' : 'Hide ') + x.family.replace(/_/g, ' '), function (f) { toggle(f.families, x.key, on); });
        }),
        x.family.replace(/_/g, ' '), el('span', { class: 'count' }, x.count)));
    });
  });
  var timer = null;
  function setMin(value) {
    var min = Math.max(0, Math.floor(Number(value) || 0));
    clearTimeout(timer);
    timer = setTimeout(function () {
      if (min !== V.state.filters.minMentions) V.changeFilters('Mentioned at least ' + min, function (f) { f.minMentions = min; });
    }, 120);
  }
  box.addEventListener('input', function () { setMin(box.value); });
  range.addEventListener('input', function () { box.value = String(steps[Number(range.value)] || 0); setMin(box.value); });
  [['hide-isolated', 'hideIsolated', 'Hide entities without relations'], ['show-modal', 'showModal', 'Planned / possible events'],
   ['show-undated', 'showUndated', 'Undated relations']].forEach(function (c) {
    $(c[0]).addEventListener('change', function (ev) {
      var on = ev.target.checked;
      V.changeFilters(c[2] + (on ? ': on' : ': off'), function (f) { f[c[1]] = on; });
    });
  });
  if (META.dates) {
    [from, to].forEach(function (input) { input.min = META.dates.min.slice(0, 10); input.max = META.dates.max.slice(0, 10); });
  }
  from.addEventListener('change', function () { var v = from.value; V.changeFilters('From ' + (v || '…'), function (f) { f.from = v; }); });
  to.addEventListener('change', function () { var v = to.value; V.changeFilters('To ' + (v || '…'), function (f) { f.to = v; }); });
  $('reset').addEventListener('click', function () { V.changeFilters('Reset filters', function (f) { Object.assign(f, V.defaultFilters()); }); });
  var sidebar = $('sidebar');
  if (window.innerWidth < 900) sidebar.classList.add('closed');
  $('toggle-sidebar').addEventListener('click', function () { sidebar.classList.toggle('closed'); });
  $('fit').addEventListener('click', function () { V.showAll(); });
  document.addEventListener('keydown', function (ev) {
    if (ev.target === $('search')) return;
    if (ev.key === 'Escape') { V.clearSelection(); return; }
    if (ev.target.tagName === 'INPUT') return;
    if (ev.key === '/') { ev.preventDefault(); $('search').focus(); }
    else if ((ev.key === 'z' || ev.key === 'Z') && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); V.undo(); }
  });

  V.onChange(updateBar);
  updateBar();
  performance.mark('vnkg:controls');
})();
