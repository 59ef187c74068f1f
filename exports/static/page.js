/* graph.html, part 1: the data, its indexes, and helpers that put text in the page.
 *
 * The graph arrives as JSON in <script type="application/json" id="vnkg-data">.
 * Every string that comes from an article (names, aliases, sentences, titles,
 * article ids) is put in the page with textContent or as a text node, never
 * as markup. The page's parts share one object, window.vnkg, which is also
 * what tests and benchmarks drive.
 */
(function () {
  'use strict';

  var DATA = JSON.parse(document.getElementById('vnkg-data').textContent);
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

  // Search key: lower case, no diacritics ("Hoa Kỳ", "hoa ky" and "HOA KY" match), đ -> d.
  function fold(text) {
    return String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd').toLowerCase().replace(/[\s\-\u2010-\u2015_.,:;'"\u2018\u2019\u201c\u201d()]+/g, ' ').trim();
  }

  var nodeById = new Map();
  var edgeById = new Map();
  var edgesOf = new Map();
  DATA.nodes.forEach(function (n) { nodeById.set(n.id, n); edgesOf.set(n.id, []); });
  DATA.edges.forEach(function (e) {
    edgeById.set(e.id, e);
    edgesOf.get(e.from).push(e.id);
    if (e.to !== e.from) edgesOf.get(e.to).push(e.id);
  });
  function other(e, id) { return e.from === id ? e.to : e.from; }
  var typeInfo = new Map(META.types.map(function (t) { return [t.type, t]; }));
  var familyInfo = new Map(META.families.map(function (f) { return [f.key, f]; }));
  var familyRank = new Map(META.families.map(function (f, i) { return [f.key, i]; }));

  window.vnkg = {
    DATA: DATA, META: META, el: el, svg: svg, append: append, $: $, plural: plural, fold: fold,
    nodeById: nodeById, edgeById: edgeById, edgesOf: edgesOf, other: other,
    typeInfo: typeInfo, familyInfo: familyInfo, familyRank: familyRank,
    ready: false, readyAt: null
  };
})();
