/* RelationsGraph mediator report: draws the embedded picture at its fixed positions and explains a node on click.
   All text goes through textContent: names and ids are data, never markup. */
(function () {
  'use strict';
  var ranking = JSON.parse(document.getElementById('relgraph-ranking').textContent);
  var picture = JSON.parse(document.getElementById('relgraph-picture').textContent);
  var candidates = {};
  ranking.candidates.forEach(function (c) { candidates[c.id] = c; });
  var nodes = {};
  picture.nodes.forEach(function (n) { nodes[n.id] = n; });
  var maxScore = 0;
  picture.nodes.forEach(function (n) { if (n.role === 'candidate' && n.score > maxScore) { maxScore = n.score; } });

  var elements = [];
  picture.nodes.forEach(function (n) {
    var size = n.role === 'candidate' ? 14 + 30 * (maxScore > 0 ? n.score / maxScore : 0) : (n.role === 'bloc' ? 24 : 40);
    elements.push({ group: 'nodes', data: { id: n.id, label: n.id, size: size }, position: { x: n.x, y: n.y }, classes: n.role });
  });
  picture.edges.forEach(function (e) {
    elements.push({ group: 'edges', data: { source: e.source, target: e.target, width: e.tie === 'membership' ? 1 : 1 + 3 * e.strength }, classes: e.tie });
  });

  var container = document.getElementById('graph');
  var cy = cytoscape({
    container: container,
    elements: elements,
    layout: { name: 'preset', fit: true, padding: 30 },
    autoungrabify: true,
    minZoom: 0.1,
    maxZoom: 5,
    style: [
      { selector: 'node', style: { 'width': 'data(size)', 'height': 'data(size)', 'label': 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, 'color': '#1f2933', 'text-outline-color': '#ffffff', 'text-outline-width': 2, 'border-width': 1, 'border-color': '#3e4c59' } },
      { selector: 'node.side_a', style: { 'background-color': '#2b6cb0', 'font-weight': 'bold', 'font-size': 13 } },
      { selector: 'node.side_b', style: { 'background-color': '#8e44ad', 'font-weight': 'bold', 'font-size': 13 } },
      { selector: 'node.candidate', style: { 'background-color': '#f0b429' } },
      { selector: 'node.bloc', style: { 'background-color': '#9aa5b1', 'shape': 'diamond', 'font-size': 10, 'color': '#52606d' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1f2933' } },
      { selector: 'edge', style: { 'width': 'data(width)', 'curve-style': 'straight', 'opacity': 0.75 } },
      { selector: 'edge.friendly', style: { 'line-color': '#2e8b57', 'line-style': 'solid' } },
      { selector: 'edge.hostile', style: { 'line-color': '#d62728', 'line-style': 'dashed', 'opacity': 0.9 } },
      { selector: 'edge.membership', style: { 'line-color': '#9aa5b1', 'line-style': 'dotted', 'opacity': 0.6 } },
      { selector: '.faded', style: { 'opacity': 0.12 } }
    ]
  });

  var tip = document.createElement('div');
  tip.id = 'tip';
  container.appendChild(tip);
  cy.on('mouseover', 'node', function (evt) {
    var n = nodes[evt.target.id()];
    tip.textContent = n.name === n.id ? n.id : n.name + ' (' + n.id + ')';
    var p = evt.target.renderedPosition();
    tip.style.left = (p.x + 12) + 'px';
    tip.style.top = (p.y - 28) + 'px';
    tip.style.display = 'block';
  });
  cy.on('mouseout', 'node', function () { tip.style.display = 'none'; });

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }

  function fixed(x, digits) { return x === null || x === undefined ? '–' : Number(x).toFixed(digits); }

  var roleNames = { side_a: 'Side A', side_b: 'Side B', candidate: 'Candidate', bloc: 'Bloc' };
  var details = document.getElementById('details');

  function show(id) {
    var n = nodes[id];
    var c = candidates[id];
    details.textContent = '';
    details.appendChild(el('h3', (n ? n.name : c.name) + ' (' + id + ')'));
    details.appendChild(el('p', (n ? roleNames[n.role] : 'Candidate') + (c ? ' · rank ' + c.rank + ' · score ' + fixed(c.score, 3) : ''), 'hint'));
    if (c) {
      var p = el('p', 'Rank interval under perturbed weights: ' + c.rank_interval[0] + '–' + c.rank_interval[1] + (c.p === null ? '' : ' · p = ' + fixed(c.p, 3)));
      details.appendChild(p);
      var table = el('table');
      var head = el('tr');
      ['criterion', 'weight', 'value', 'share of score'].forEach(function (h) { head.appendChild(el('th', h)); });
      table.appendChild(head);
      var contributions = n && n.contributions ? n.contributions : null;
      picture.criteria.forEach(function (k) {
        var row = el('tr');
        var name = el('td');
        var sw = el('i', null, 'swatch');
        sw.style.background = k.color;
        name.appendChild(sw);
        name.appendChild(document.createTextNode(k.name));
        row.appendChild(name);
        row.appendChild(el('td', k.gate ? 'gate (×)' : fixed(k.weight, 2)));
        row.appendChild(el('td', fixed(c.criteria[k.name], 2)));
        row.appendChild(el('td', contributions ? fixed(contributions[k.name], 3) : ''));
        table.appendChild(row);
      });
      details.appendChild(table);
      details.appendChild(el('h4', 'Why'));
      var list = el('ul', null, 'explanation');
      c.explanation.forEach(function (line) { list.appendChild(el('li', line)); });
      details.appendChild(list);
    }
    if (n) {
      var ties = { friendly: [], hostile: [], membership: [] };
      picture.edges.forEach(function (e) {
        if (e.source === id) { ties[e.tie].push(e.target); } else if (e.target === id) { ties[e.tie].push(e.source); }
      });
      [['friendly', 'Friendly ties drawn'], ['hostile', 'Hostile ties drawn'], ['membership', n.role === 'bloc' ? 'Members drawn' : 'Blocs drawn']].forEach(function (t) {
        if (ties[t[0]].length > 0) { details.appendChild(el('p', t[1] + ': ' + ties[t[0]].join(', '))); }
      });
      cy.elements().unselect();
      cy.getElementById(id).select();
    }
    var rows = document.querySelectorAll('.ranking tbody tr');
    for (var i = 0; i < rows.length; i++) { rows[i].classList.toggle('selected', rows[i].getAttribute('data-id') === id); }
  }

  cy.on('tap', 'node', function (evt) { show(evt.target.id()); });
  var rows = document.querySelectorAll('.ranking tbody tr');
  for (var i = 0; i < rows.length; i++) {
    rows[i].addEventListener('click', function () { show(this.getAttribute('data-id')); });
  }

  window.relgraphReport = { cy: cy, show: show, ranking: ranking, picture: picture };
}());
