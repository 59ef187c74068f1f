/* graph.html, part 1: the data, its indexes, and helpers that put text in the page.
 *
 * The graph arrives as JSON in <script type="application/json" id="vnkg-data">,
 * what only the panels show (sentences, article lists) in id="vnkg-details".
 * Every string that comes from an article (names, aliases, sentences, titles,
 * article ids) is put in the page with textContent or as a text node, never
 * as markup. The page's parts share one object, window.vnkg, which is also
 * what tests and benchmarks drive.
 */
(function () {
  'use strict';

  performance.mark('vnkg:start');
  var DATA = JSON.parse(document.getElementById('vnkg-data').textContent);
  performance.mark('vnkg:parsed');
  var META = DATA.meta;
  var SVG_NS = 'http://www.w3.org/2000/svg';

  function append(node, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { append(node, c); }); return; }
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  function setProps(node, props) {
    Object.keys(props || {}).forEach(function (key) {
      var value = props[key];
      if (value === null || value === undefined || value === false) return;
      if (key === 'class') node.setAttribute('class', value);
      else if (key === 'style') Object.assign(node.style, value);
      else if (key.slice(0, 2) === 'on') node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    });
  }
  // An HTML element with attributes and children; strings become text nodes.
  function el(tag, props) {
    var node = document.createElement(tag);
    setProps(node, props);
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }
  // The same for SVG (the charts); text still only as text nodes.
  function svg(tag, props) {
    var node = document.createElementNS(SVG_NS, tag);
    setProps(node, props);
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }
  function $(id) { return document.getElementById(id); }
  function plural(n, word) {
    if (n === 1) return '1 ' + word;
    return n + ' ' + (/[^aeiou]y$/.test(word) ? word.slice(0, -1) + 'ies' : word + 's');
  }

  // Relations (one per predicate between two entities) and the lines drawn for them (one per pair).
  var nodeById = new Map();
  var relById = new Map();
  var relsOf = new Map();  // entity id -> ids of its relations
  var edgeById = new Map();
  var edgesOf = new Map();  // entity id -> ids of its lines
  DATA.nodes.forEach(function (n) { nodeById.set(n.id, n); relsOf.set(n.id, []); edgesOf.set(n.id, []); });
  function index(items, byId, of) {
    items.forEach(function (e) {
      byId.set(e.id, e);
      of.get(e.from).push(e.id);
      if (e.to !== e.from) of.get(e.to).push(e.id);
    });
  }
  index(DATA.relations, relById, relsOf);
  index(DATA.edges, edgeById, edgesOf);
  function other(e, id) { return e.from === id ? e.to : e.from; }
  var relIndex = new Map(DATA.relations.map(function (r, i) { return [r.id, i]; }));
  // Evidence by relation, articles by entity, the articles' titles, the names for the search:
  // parsed when a panel or the search first needs them, not before the first drawing.
  var details = null;
  function getDetails() {
    if (!details) details = JSON.parse(document.getElementById('vnkg-details').textContent);
    return details;
  }
  function evidenceOf(relId) { return getDetails().evidence[relIndex.get(relId)]; }
  function articlesOf(nodeId) { return getDetails().cited[nodeId] || []; }
  function article(id) { return getDetails().articles[id] || null; }
  var typeInfo = new Map(META.types.map(function (t) { return [t.type, t]; }));
  var familyInfo = new Map(META.families.map(function (f) { return [f.key, f]; }));
  var familyRank = new Map(META.families.map(function (f, i) { return [f.key, i]; }));

  performance.mark('vnkg:indexed');
  window.vnkg = {
    DATA: DATA, META: META, el: el, svg: svg, append: append, $: $, plural: plural,
    nodeById: nodeById, relById: relById, relsOf: relsOf, edgeById: edgeById, edgesOf: edgesOf, other: other,
    evidenceOf: evidenceOf, articlesOf: articlesOf, article: article, details: getDetails,
    typeInfo: typeInfo, familyInfo: familyInfo, familyRank: familyRank,
    ready: false, readyAt: null
  };
})();
