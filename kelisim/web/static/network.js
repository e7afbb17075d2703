// The network page: the graph from /api/network drawn with Cytoscape.js (vendored, no CDN),
// laid out by force (cose) from the server's starting positions, so the same data always gives
// the same picture. Filters by country and actor type act at once, in the browser; groups named
// by a common noun ("the sides") are hidden unless asked for. Pointing at an actor lights up
// its links and fades the rest; a click opens the actor.
"use strict";
(function () {
  var COLOURS = { PER: "#2f6fb0", ORG: "#d0812a", GPE: "#2e9e6b", LOC: "#8a6bb8" };
  var LAYOUT = {
    name: "cose", animate: false, randomize: false, fit: true, padding: 40,
    nodeDimensionsIncludeLabels: true,        // labels take room in the layout: no overlaps
    idealEdgeLength: function () { return 110; }, nodeRepulsion: function () { return 60000; },
    nodeOverlap: 20, componentSpacing: 90, gravity: 0.6, numIter: 2500
  };

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, key) { return key in values ? values[key] : all; });
  }

  function elements(g) {
    var top = 1;
    g.nodes.forEach(function (n) { top = Math.max(top, n.n); });
    var out = g.nodes.map(function (n) {
      return {
        group: "nodes",
        data: { id: "a" + n.id, actor: n.id, label: n.name, type: n.type, country: n.country || "",
                isGroup: !!n.group, n: n.n, size: Math.round(16 + 30 * Math.sqrt(n.n / top)),
                colour: COLOURS[n.type] || "#777" },
        position: { x: n.x || 0, y: n.y || 0 }
      };
    });
    g.edges.forEach(function (e) {
      out.push({ group: "edges", data: { id: "e" + e.a + "-" + e.b, source: "a" + e.a, target: "a" + e.b,
                                         n: e.n, w: Math.min(2 + 1.6 * Math.log2(e.n + 1), 9) } });
    });
    return out;
  }

  var STYLE = [
    { selector: "node", style: {
      "background-color": "data(colour)", width: "data(size)", height: "data(size)",
      "border-width": 2, "border-color": "#fff", label: "data(label)", color: "#1c2330",
      "font-size": 14, "text-valign": "bottom", "text-margin-y": 4, "text-wrap": "wrap",
      "text-max-width": 130, "text-background-color": "#ffffff", "text-background-opacity": 0.85,
      "text-background-padding": 2, "text-background-shape": "roundrectangle", "min-zoomed-font-size": 8 } },
    { selector: "edge", style: {
      width: "data(w)", "line-color": "#6f8198", opacity: 0.75, "curve-style": "straight" } },
    { selector: ".off", style: { display: "none" } },
    { selector: ".faded", style: { opacity: 0.12, "text-opacity": 0 } },
    { selector: "node.lit", style: { "border-color": "#12263a", "border-width": 3, "font-weight": "bold", "z-index": 10 } },
    { selector: "edge.lit", style: {
      "line-color": "#0f5c8c", opacity: 1, label: "data(n)", "font-size": 11, color: "#0f5c8c",
      "text-background-color": "#ffffff", "text-background-opacity": 1, "text-background-padding": 2, "z-index": 9 } }
  ];

  function choices(form) {
    var types = [];
    form.querySelectorAll("input[name=types]").forEach(function (box) { if (box.checked) { types.push(box.value); } });
    return { country: form.elements.country.value, types: types, groups: form.elements.groups.checked };
  }

  function apply(cy, form, box, state) {
    var c = choices(form);
    unlight(cy);
    var allowed = cy.nodes().filter(function (n) {
      return c.types.indexOf(n.data("type")) >= 0 && (c.groups || !n.data("isGroup"));
    });
    var shown = allowed;
    if (c.country) {   // the country's actors and those who share events with them
      var own = allowed.filter(function (n) { return n.data("country") === c.country; });
      shown = own.union(own.neighborhood().nodes().intersection(allowed));
    }
    cy.batch(function () {
      cy.nodes().addClass("off");
      shown.removeClass("off");
    });
    var visible = cy.elements().not(".off").filter(function (el) {
      return el.isNode() || (!el.source().hasClass("off") && !el.target().hasClass("off"));
    });
    if (shown.length) { visible.layout(LAYOUT).run(); }
    var groupsHidden = c.groups ? 0 : cy.nodes().filter(function (n) { return n.data("isGroup"); }).length;
    box.dataset.shown = shown.map(function (n) { return n.data("actor"); }).sort(function (a, b) { return a - b; }).join(" ");
    state.textContent = shown.length ? fill(state.dataset.state, {
      nodes: shown.length, edges: visible.edges().length, groups: groupsHidden }) : state.dataset.empty;
    var params = new URLSearchParams(window.location.search);
    params.set("country", c.country);
    params.delete("types");
    c.types.forEach(function (t) { params.append("types", t); });
    if (c.groups) { params.set("groups", "true"); } else { params.delete("groups"); }
    window.history.replaceState(null, "", window.location.pathname + "?" + params.toString());
  }

  function light(cy, el) {
    var near = el.isNode() ? el.closedNeighborhood() : el.union(el.connectedNodes());
    cy.batch(function () {
      cy.elements().addClass("faded");
      near.removeClass("faded").addClass("lit");
    });
  }

  function unlight(cy) {
    cy.batch(function () { cy.elements().removeClass("faded lit"); });
  }

  function draw(g, box, form, state) {
    var cy = cytoscape({ container: box, elements: elements(g), style: STYLE, layout: { name: "preset" },
                         minZoom: 0.15, maxZoom: 5 });
    box.cy = cy;     // for the console and the browser tests
    cy.on("mouseover", "node, edge", function (e) { light(cy, e.target); box.dataset.lit = e.target.id(); });
    cy.on("mouseout", "node, edge", function () { unlight(cy); delete box.dataset.lit; });
    cy.on("tap", "node", function (e) { window.location.assign("/actors/" + e.target.data("actor")); });
    form.addEventListener("change", function (e) {
      if (e.target.name !== "limit") { apply(cy, form, box, state); }
    });
    document.querySelectorAll("[data-zoom]").forEach(function (button) {
      button.addEventListener("click", function () {
        var how = button.dataset.zoom;
        if (how === "fit") { cy.fit(cy.elements().not(".off"), 40); return; }
        var centre = { x: box.clientWidth / 2, y: box.clientHeight / 2 };
        cy.zoom({ level: cy.zoom() * (how === "in" ? 1.3 : 1 / 1.3), renderedPosition: centre });
      });
    });
    apply(cy, form, box, state);
    box.dataset.ready = "true";
  }

  document.addEventListener("DOMContentLoaded", function () {
    var box = document.getElementById("graph");
    var form = document.getElementById("network-filters");
    var state = document.getElementById("graph-state");
    if (!box || !form || typeof cytoscape !== "function") { return; }
    fetch(box.dataset.api, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, json: j }; }); })
      .then(function (res) {
        if (!res.ok) { throw new Error(res.json.error || "HTTP error"); }
        if (!res.json.nodes.length) { state.textContent = state.dataset.empty; box.dataset.ready = "true"; return; }
        draw(res.json, box, form, state);
      })
      .catch(function (e) { state.textContent = fill(state.dataset.failed, { error: e.message }); });
  });
}());
