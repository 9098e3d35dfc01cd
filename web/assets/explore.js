// The explorer at /explore: search the graph, draw an entity's
// neighbourhood with Cytoscape.js, expand it, filter it by kind, relation
// and date, read an entity's timeline with the sentences that state it, and
// export what is drawn. Everything it asks goes to this server's /graphql
// (and /export), so it works offline.
"use strict";

(() => {
  // ---- Words -------------------------------------------------------------

  const KINDS = ["PERSON", "UNIT", "POSITION", "CONGRESS", "EVENT", "DOCUMENT", "ARTICLE"];

  // Okabe–Ito colours (told apart with the common colour blindnesses) and a
  // shape each, so that a kind is not told by colour alone.
  const STYLE = {
    PERSON: { color: "#0072B2", shape: "ellipse" },
    UNIT: { color: "#D55E00", shape: "round-rectangle" },
    POSITION: { color: "#E69F00", shape: "diamond" },
    CONGRESS: { color: "#009E73", shape: "hexagon" },
    EVENT: { color: "#56B4E9", shape: "triangle" },
    DOCUMENT: { color: "#CC79A7", shape: "tag" },
    ARTICLE: { color: "#8C8C8C", shape: "round-rectangle" },
  };

  const KINDS_VI = {
    PERSON: "Người", UNIT: "Tổ chức", POSITION: "Chức vụ", CONGRESS: "Đại hội",
    EVENT: "Hội nghị, sự kiện", DOCUMENT: "Văn bản", ARTICLE: "Bài báo",
  };

  const TEXT = {
    vi: {
      explorer: "Khám phá", licences: "Giấy phép", searchLabel: "Tìm", searchButton: "Tìm", results: "Kết quả",
      searchHint: "Tìm người, tổ chức, chức vụ hay văn bản; không cần dấu, không phân biệt hoa thường.",
      filters: "Lọc", kinds: "Loại", relations: "Quan hệ", asOf: "Mạng lưới vào ngày",
      whenHint: "Trượt qua các ngày của nhiệm kỳ đang vẽ; nhiệm kỳ không còn giữ vào ngày đó bị ẩn.",
      allDates: "Mọi thời điểm", export: "Xuất", png: "Ảnh PNG của hình vẽ",
      drawnJSON: "Cytoscape JSON của hình vẽ", rootCytoscape: "Cytoscape JSON quanh gốc",
      rootGEXF: "GEXF quanh gốc (có ngày nhiệm kỳ)", drawn: "Trên hình vẽ", graph: "Đồ thị",
      canvasHelp: "Nhấp vào một nút để xem; nhấp đúp để mở rộng. Danh sách “Trên hình vẽ” có đủ các nút.",
      welcomeTitle: "Khám phá", welcome: "Tìm ở trên rồi chọn một kết quả để vẽ các mối liên hệ của nó.",
      noResults: "Không tìm thấy gì cho", searching: "Đang tìm…", loading: "Đang tải…",
      shownOf: (a, b) => `${a}/${b} nút đang hiện`, expand: "Mở rộng", drawFrom: "Vẽ từ đây",
      citations: "Đồ thị trích dẫn", aliases: "Còn gọi là", timeline: "Dòng thời gian",
      mentions: "Được nhắc đến", evidence: "Trích dẫn", article: "Bài báo", original: "bản gốc",
      unit: "Đơn vị", parent: "Trực thuộc", founded: "Thành lập", issued: "Ban hành", issuer: "Cơ quan ban hành",
      code: "Số, ký hiệu", subject: "Trích yếu", references: "Dẫn đến", referencedBy: "Được dẫn bởi",
      dates: "Thời gian", eventDate: "Ngày sự kiện", term: "Nhiệm kỳ", published: "Ngày đăng", holders: "Người giữ chức",
      kindOf: "Loại tổ chức", status: "Tình trạng", none: "không có", moreQuotes: (n) => `thêm ${n} trích dẫn`,
      error: "Lỗi", backTo: "Quay lại", noTimeline: "Chưa có mốc thời gian nào.",
      expandedNothing: "Không có gì mới quanh nút này.",
      kind: KINDS_VI,
      one: KINDS_VI, // Vietnamese nouns do not change in the plural
      relation: {
        holds: "giữ chức", within: "thuộc", spoke_at: "phát biểu tại", held_by: "do … tổ chức",
        issued_by: "do … ban hành", references: "dẫn đến", adopted: "thông qua", mentions: "nhắc đến",
        continues: "tiếp tục", implements: "thực hiện", amends: "sửa đổi", replaces: "thay thế", cites: "trích dẫn",
      },
      entry: {
        FOUNDED: "thành lập", CONGRESS: "đại hội", EVENT: "sự kiện", ELECTED: "được bầu",
        TENURE_START: "bắt đầu", TENURE_SEEN: "ghi nhận", TENURE_END: "kết thúc",
        SPOKE_AT: "phát biểu", DOCUMENT_ISSUED: "ban hành",
      },
    },
    en: {
      explorer: "Explorer", licences: "Licences", searchLabel: "Search", searchButton: "Search", results: "Results",
      searchHint: "Search for a person, unit, post or document; accents and case do not matter.",
      filters: "Filters", kinds: "Kinds", relations: "Relations", asOf: "Network as it stood on",
      whenHint: "Moves over the dates of the drawn tenures; tenures not current on the date are hidden.",
      allDates: "All dates", export: "Export", png: "PNG of the drawing",
      drawnJSON: "Cytoscape JSON of the drawing", rootCytoscape: "Cytoscape JSON of the root's neighbourhood",
      rootGEXF: "GEXF of the root's neighbourhood (with tenure dates)", drawn: "On the drawing", graph: "Graph",
      canvasHelp: "Click a node to read about it; double-click to expand it. The list “On the drawing” holds the same nodes.",
      welcomeTitle: "Explorer", welcome: "Search above, then pick a result to draw its neighbourhood.",
      noResults: "Nothing found for", searching: "Searching…", loading: "Loading…",
      shownOf: (a, b) => `${a} of ${b} nodes shown`, expand: "Expand", drawFrom: "Draw from here",
      citations: "Citation graph", aliases: "Also written", timeline: "Timeline",
      mentions: "Mentioned in", evidence: "Quotes", article: "Article", original: "original",
      unit: "Unit", parent: "Part of", founded: "Founded", issued: "Issued", issuer: "Issued by",
      code: "Code", subject: "Subject", references: "Refers to", referencedBy: "Referred to by",
      dates: "Dates", eventDate: "Event date", term: "Term", published: "Published", holders: "Holders",
      kindOf: "Kind", status: "Status", none: "none", moreQuotes: (n) => (n === 1 ? "1 more quote" : `${n} more quotes`),
      error: "Error", backTo: "Back to", noTimeline: "No dated facts yet.",
      expandedNothing: "Nothing new around this node.",
      kind: {
        PERSON: "People", UNIT: "Units", POSITION: "Posts", CONGRESS: "Congresses",
        EVENT: "Events", DOCUMENT: "Documents", ARTICLE: "Articles",
      },
      one: {
        PERSON: "Person", UNIT: "Unit", POSITION: "Post", CONGRESS: "Congress",
        EVENT: "Event", DOCUMENT: "Document", ARTICLE: "Article",
      },
      relation: {
        holds: "holds", within: "within", spoke_at: "spoke at", held_by: "held by",
        issued_by: "issued by", references: "references", adopted: "adopted", mentions: "mentions",
        continues: "continues", implements: "implements", amends: "amends", replaces: "replaces", cites: "cites",
      },
      entry: {
        FOUNDED: "founded", CONGRESS: "congress", EVENT: "event", ELECTED: "elected",
        TENURE_START: "start", TENURE_SEEN: "seen", TENURE_END: "end",
        SPOKE_AT: "spoke", DOCUMENT_ISSUED: "issued",
      },
    },
  };

  // ---- State -------------------------------------------------------------

  const state = {
    lang: "vi",
    root: null, // the entity the drawing started from
    drawing: 0, // counts the drawings started, so that a late answer for an old one is dropped
    selected: null,
    details: new Map(), // id → what the API says of a drawn node (names, glosses)
    hiddenKinds: new Set(),
    hiddenRelations: new Set(),
    dates: [], // the slider's stops: the drawn tenures' dates, in order
    day: null, // the slider's date, or null for all dates
    panel: null, // what the panel shows, to redraw it in the other language
  };

  const $ = (sel) => document.querySelector(sel);
  const t = (key) => TEXT[state.lang][key];

  // h builds an element: h("a", {href: "…"}, "text", child). Text is always
  // set as text, never parsed as HTML.
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v == null || v === false) continue;
      if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
      else if (k === "dataset") Object.assign(el.dataset, v);
      else el.setAttribute(k, v === true ? "" : v);
    }
    el.append(...nodes(children));
    return el;
  }

  // nodes flattens children for append, leaving out null, false and "".
  const nodes = (children) =>
    children.flat(Infinity).filter((c) => c != null && c !== false && c !== "").map((c) => (c instanceof Node ? c : String(c)));

  // fill replaces an element's children.
  const fill = (el, ...children) => el.replaceChildren(...nodes(children));

  function status(message, isError) {
    const el = $("#status");
    el.textContent = message || "";
    el.classList.toggle("error", !!isError);
  }

  // ---- The API -----------------------------------------------------------

  async function gql(query, variables) {
    const resp = await fetch("/graphql", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    let body = null;
    try {
      body = await resp.json();
    } catch {
      throw new Error(`/graphql answered ${resp.status}`);
    }
    if (body.errors && body.errors.length) throw new Error(body.errors.map((e) => e.message).join("; "));
    if (!resp.ok) throw new Error(`/graphql answered ${resp.status}`);
    return body.data;
  }

  // What the drawing needs of each node: its names in both languages, and,
  // for a post, its holders' dates (the time slider's tenures). A post's
  // nameEn may be null and a unit's may not, so GraphQL wants them apart.
  const ENTITY_FIELDS = `
    id
    ... on Entity { kind name aliases }
    ... on Position { titleEn postNameEn: nameEn holders { person { id } firstSeen lastSeen start end } }
    ... on Unit { unitNameEn: nameEn }
    ... on Document { documentKindEn code }`;
  const NODE_FIELDS = `${ENTITY_FIELDS}
    ... on Article { title source published }`;

  const MENTION_FIELDS = `quote start end article { id title source published }`;
  const ENTRY_FIELDS = `date precision kind description entities { id kind name } evidence { ${MENTION_FIELDS} }`;

  const PANEL_QUERY = `query Panel($id: ID!) {
    node(id: $id) {
      ${NODE_FIELDS}
      ... on Entity { mentions(first: 5) { totalCount edges { node { ${MENTION_FIELDS} } } } }
      ... on Person { timeline { ${ENTRY_FIELDS} } }
      ... on Position { unit { id kind name nameEn } timeline { ${ENTRY_FIELDS} } }
      ... on Unit { unitKindEn founded parent { id kind name nameEn } timeline { ${ENTRY_FIELDS} } }
      ... on Document {
        issued subject issuer { id kind name nameEn }
        references { relation to { id kind name } }
        referencedBy { relation from { id kind name } }
      }
      ... on Gathering { start end unit { id kind name nameEn } }
      ... on Congress { term }
      ... on Article { eventDate }
    }
  }`;

  // fetchDetails asks for NODE_FIELDS of many nodes, ten a request, the
  // requests side by side: a server bounds how many aliases and fields one
  // query may have, and ten nodes are 10 aliases and some 190 fields.
  async function fetchDetails(ids) {
    const chunks = [];
    for (let i = 0; i < ids.length; i += 10) chunks.push(ids.slice(i, i + 10));
    await Promise.all(
      chunks.map(async (chunk) => {
        const vars = chunk.map((_, i) => `$i${i}: ID!`).join(", ");
        const fields = chunk.map((_, i) => `n${i}: node(id: $i${i}) { ${NODE_FIELDS} }`).join("\n");
        const variables = Object.fromEntries(chunk.map((id, i) => [`i${i}`, id]));
        const data = await gql(`query Details(${vars}) { ${fields} }`, variables);
        chunk.forEach((id, i) => data[`n${i}`] && state.details.set(id, data[`n${i}`]));
      }),
    );
  }

  // ---- Names -------------------------------------------------------------

  const basename = (s) => (s || "").split(/[\\/]/).pop();
  const capitalise = (s) => (s ? s[0].toUpperCase() + s.slice(1) : s);

  // label is an entity's name in the language chosen: the English glosses
  // the API composes (nameEn, documentKindEn) where it has them, else the
  // Vietnamese name; names of people are not translated.
  function label(d) {
    if (!d) return "";
    if (d.kind === "ARTICLE" || d.source) return d.title || basename(d.source) || d.label || d.id;
    if (state.lang === "en") {
      const en = d.nameEn || d.postNameEn || d.unitNameEn;
      if (en) return en;
      if (d.kind === "DOCUMENT" && d.documentKindEn && d.code) return `${capitalise(d.documentKindEn)} ${d.code}`;
    }
    return d.name || d.label || d.id;
  }

  // other is the name in the other language, where it differs.
  function other(d) {
    const saved = state.lang;
    state.lang = saved === "vi" ? "en" : "vi";
    const o = label(d);
    state.lang = saved;
    return o !== label(d) ? o : "";
  }

  const relationName = (r) => TEXT[state.lang].relation[r] || r.replace(/_/g, " ");

  // ---- Dates -------------------------------------------------------------
  // The API's dates are 2025, 2025-08 or 2025-08-20. A partial date covers
  // its whole year or month, as the API reads it (Person.tenures(at)).

  const first = (d) => (d.length === 4 ? d + "-01-01" : d.length === 7 ? d + "-01" : d);
  const last = (d) => (d.length === 4 ? d + "-12-31" : d.length === 7 ? d + "-31" : d);

  function spanCovers(from, to, day) {
    if (from && last(day) < first(from)) return false;
    if (to && last(to) < first(day)) return false;
    return true;
  }

  // held mirrors the API's rule (kg covers): the observed span covers the
  // day, or the stated one does (a stated start, else the first sighting, to
  // a stated end, else the last sighting).
  function held(tn, day) {
    if (spanCovers(tn.firstSeen, tn.lastSeen, day)) return true;
    return (tn.start || tn.end) && spanCovers(tn.start || tn.firstSeen, tn.end || tn.lastSeen, day);
  }

  // ---- The drawing ---------------------------------------------------------

  const cy = cytoscape({
    container: $("#cy"),
    minZoom: 0.15,
    maxZoom: 3,
    style: [
      {
        selector: "node",
        style: {
          label: "data(display)",
          "background-color": (n) => STYLE[n.data("kind")]?.color || "#999",
          shape: (n) => STYLE[n.data("kind")]?.shape || "ellipse",
          width: 26,
          height: 26,
          "font-size": 11,
          color: "#1f2328",
          "text-valign": "bottom",
          "text-margin-y": 4,
          "text-wrap": "wrap",
          "text-max-width": 150,
          "text-background-color": "#ffffff",
          "text-background-opacity": 0.8,
          "text-background-padding": 1,
        },
      },
      { selector: 'node[kind = "ARTICLE"]', style: { width: 16, height: 16, "font-size": 9, color: "#57606a" } },
      { selector: "node.root", style: { width: 38, height: 38, "font-weight": "bold", "border-width": 3, "border-color": "#1f2328" } },
      { selector: "node:selected, node.selected", style: { "border-width": 4, "border-color": "#0b57d0" } },
      {
        selector: "edge",
        style: {
          width: 1.5,
          "line-color": "#8c959f",
          "target-arrow-color": "#8c959f",
          "target-arrow-shape": "triangle",
          "arrow-scale": 0.8,
          "curve-style": "bezier",
          label: "data(display)",
          "font-size": 9,
          color: "#57606a",
          "text-rotation": "autorotate",
          "text-background-color": "#ffffff",
          "text-background-opacity": 0.8,
        },
      },
      { selector: 'edge[relation = "holds"]', style: { width: 2.5, "line-color": "#E69F00", "target-arrow-color": "#E69F00" } },
      { selector: 'edge[relation = "within"]', style: { "line-style": "dashed" } },
      { selector: 'edge[relation = "mentions"]', style: { width: 1, "line-color": "#d0d7de", "target-arrow-color": "#d0d7de", label: "" } },
      { selector: "edge.doclink", style: { width: 2.5, "line-color": "#CC79A7", "target-arrow-color": "#CC79A7" } },
      { selector: ".hidden", style: { display: "none" } },
    ],
  });

  const edgeId = (e) => `${e.source}|${e.relation}|${e.target}`;
  const DOC_LINKS = new Set(["references", "continues", "implements", "amends", "replaces", "cites"]);

  // add puts a subgraph's new nodes and edges on the drawing, new nodes
  // first placed around `near` so that the layout moves them little. It
  // returns how many nodes it added, or null when another drawing was
  // started meanwhile (its nodes do not belong there).
  async function add(subgraph, near, drawing) {
    const fresh = subgraph.nodes.filter((n) => cy.getElementById(n.id).empty());
    const centre = near && !cy.getElementById(near).empty() ? cy.getElementById(near).position() : { x: 0, y: 0 };
    await fetchDetails(fresh.map((n) => n.id));
    if (drawing !== state.drawing) return null;
    cy.batch(() => {
      fresh.forEach((n, i) => {
        const angle = (2 * Math.PI * i) / Math.max(fresh.length, 1);
        cy.add({
          group: "nodes",
          data: { id: n.id, kind: n.kind, label: n.label },
          position: { x: centre.x + 120 * Math.cos(angle), y: centre.y + 120 * Math.sin(angle) },
        });
      });
      for (const e of subgraph.edges) {
        const relation = e.relation.toLowerCase(); // an enum (HOLDS) or a name (holds)
        const id = edgeId({ ...e, relation });
        if (!cy.getElementById(id).empty()) continue;
        if (cy.getElementById(e.source).empty() || cy.getElementById(e.target).empty()) continue;
        cy.add({ group: "edges", data: { id, source: e.source, target: e.target, relation }, classes: DOC_LINKS.has(relation) ? "doclink" : "" });
      }
    });
    attachTenures();
    relabel();
    return fresh.length;
  }

  // attachTenures gives each "holds" edge (person → post) the tenures the
  // post's holders say the person held it in: the time slider reads them.
  function attachTenures() {
    const dates = new Set();
    cy.edges('[relation = "holds"]').forEach((e) => {
      const post = state.details.get(e.target().id());
      const tenures = (post?.holders || []).filter((h) => h.person.id === e.source().id());
      e.data("tenures", tenures);
      for (const tn of tenures) for (const d of [tn.firstSeen, tn.lastSeen, tn.start, tn.end]) if (d) dates.add(d);
    });
    state.dates = [...dates].sort((a, b) => first(a).localeCompare(first(b)) || a.length - b.length);
    const slider = $("#when");
    const at = state.day ? state.dates.indexOf(state.day) + 1 : 0;
    slider.max = String(state.dates.length);
    slider.value = String(at);
    slider.disabled = state.dates.length === 0;
  }

  function relabel() {
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        n.data("display", label(state.details.get(n.id()) || { ...n.data(), name: n.data("label") }));
      });
      cy.edges().forEach((e) => {
        e.data("display", relationName(e.data("relation")));
      });
    });
  }

  function layout(randomize) {
    const visible = cy.elements().not(".hidden");
    visible
      .layout({
        name: "cose",
        animate: false,
        randomize,
        fit: true,
        padding: 40,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 90,
        nodeDimensionsIncludeLabels: true,
      })
      .run();
  }

  // ---- Filters and the date ----------------------------------------------

  // applyFilters hides what the filters leave out. With a date, a tenure
  // edge is hidden when the tenure was not current on it, and so is a person
  // or post all of whose tenures are hidden; then any node left with none of
  // its edges shown (an article whose every mention is hidden) goes too. The
  // root always stays.
  function applyFilters() {
    cy.batch(() => {
      cy.elements().removeClass("hidden");
      const hide = (el) => el.addClass("hidden");
      if (state.day) {
        const past = cy.edges('[relation = "holds"]').filter((e) => !(e.data("tenures") || []).some((tn) => held(tn, state.day)));
        hide(past);
        cy.nodes().forEach((n) => {
          if (n.id() === state.root) return;
          const tenures = n.connectedEdges('[relation = "holds"]');
          if (tenures.nonempty() && tenures.every((e) => e.hasClass("hidden"))) hide(n);
        });
      }
      // (A Cytoscape forEach stops where its function returns false: these
      // functions return nothing.)
      cy.nodes().forEach((n) => {
        if (n.id() !== state.root && state.hiddenKinds.has(n.data("kind"))) hide(n);
      });
      cy.edges().forEach((e) => {
        if (state.hiddenRelations.has(e.data("relation")) || e.source().hasClass("hidden") || e.target().hasClass("hidden")) hide(e);
      });
      cy.nodes().forEach((n) => {
        if (n.id() === state.root || n.hasClass("hidden")) return;
        const edges = n.connectedEdges();
        if (edges.nonempty() && edges.every((e) => e.hasClass("hidden"))) hide(n);
      });
    });
    renderDrawn();
  }

  function renderKindFilters() {
    const box = $("#kinds");
    box.querySelectorAll("label").forEach((l) => l.remove());
    for (const kind of KINDS) {
      const count = cy.nodes(`[kind = "${kind}"]`).length;
      if (!count) continue;
      box.append(
        h("label", {},
          h("input", { type: "checkbox", value: kind, checked: !state.hiddenKinds.has(kind), onchange: (ev) => {
            ev.target.checked ? state.hiddenKinds.delete(kind) : state.hiddenKinds.add(kind);
            applyFilters();
          } }),
          " ", h("span", { class: "swatch", style: `background:${STYLE[kind].color}`, "aria-hidden": "true" }),
          `${TEXT[state.lang].kind[kind]} (${count})`),
      );
    }
  }

  function renderRelationFilters() {
    const box = $("#relations");
    box.querySelectorAll("label").forEach((l) => l.remove());
    const relations = [...new Set(cy.edges().map((e) => e.data("relation")))].sort();
    for (const rel of relations) {
      box.append(
        h("label", {},
          h("input", { type: "checkbox", value: rel, checked: !state.hiddenRelations.has(rel), onchange: (ev) => {
            ev.target.checked ? state.hiddenRelations.delete(rel) : state.hiddenRelations.add(rel);
            applyFilters();
          } }),
          ` ${relationName(rel)} (${cy.edges(`[relation = "${rel}"]`).length})`),
      );
    }
  }

  function renderWhen() {
    const out = $("#when-label");
    const text = state.day || t("allDates");
    out.textContent = text;
    $("#when").setAttribute("aria-valuetext", text);
  }

  $("#when").addEventListener("input", (ev) => {
    const i = Number(ev.target.value);
    state.day = i > 0 ? state.dates[i - 1] : null;
    renderWhen();
    applyFilters();
  });

  // The list of what is drawn: the drawing as text, for keyboards and screen
  // readers, and to pick a node hidden behind others.
  function renderDrawn() {
    const list = $("#drawn");
    list.replaceChildren();
    const shown = cy.nodes().not(".hidden").sort((a, b) =>
      KINDS.indexOf(a.data("kind")) - KINDS.indexOf(b.data("kind")) || a.data("display").localeCompare(b.data("display"), "vi"));
    shown.forEach((n) => {
      const d = state.details.get(n.id());
      list.append(
        h("li", { dataset: { id: n.id(), kind: n.data("kind") } },
          h("button", { type: "button", class: "item", "aria-pressed": String(n.id() === state.selected), onclick: () => select(n.id(), true) },
            h("span", { class: "swatch", style: `background:${STYLE[n.data("kind")]?.color}`, "aria-hidden": "true" }),
            n.data("display"),
            d && other(d) ? h("small", {}, other(d)) : null)),
      );
    });
    $("#drawn-count").textContent = `(${t("shownOf")(shown.length, cy.nodes().length)})`;
    $("#cy").setAttribute("aria-label", `${t("graph")}: ${t("shownOf")(shown.length, cy.nodes().length)}`);
  }

  function renderControls() {
    $("#controls").hidden = cy.nodes().empty();
    renderKindFilters();
    renderRelationFilters();
    renderWhen();
    renderDrawn();
    const root = encodeURIComponent(state.root || "");
    $("#export-cytoscape").href = `/export/cytoscape?root=${root}&depth=1`;
    $("#export-gexf").href = `/export/gexf?root=${root}&depth=1`;
  }

  // ---- Actions -------------------------------------------------------------

  // draw starts a new drawing: the neighbourhood of id, or, for a document
  // asked so, its citation graph.
  async function draw(id, citations) {
    const drawing = ++state.drawing; // a second click wins over the first
    status(t("loading"));
    try {
      const sub = citations
        ? (await gql(`query Cites($id: ID!) { documentGraph(root: $id, depth: 2) { nodes { id kind label } edges { source target relation } } }`, { id })).documentGraph
        : (await gql(`query Around($id: ID!) { neighborhood(id: $id, depth: 1) { nodes { id kind label } edges { source target relation } } }`, { id })).neighborhood;
      if (drawing !== state.drawing) return;
      cy.elements().remove();
      state.root = id;
      state.day = null;
      if ((await add(sub || { nodes: [], edges: [] }, null, drawing)) === null) return;
      cy.nodes().removeClass("root");
      cy.getElementById(id).addClass("root");
      renderControls();
      applyFilters();
      layout(true);
      history.replaceState(null, "", `#${citations ? "citations" : "id"}=${encodeURIComponent(id)}`);
      status("");
      await select(id, false);
    } catch (err) {
      status(`${t("error")}: ${err.message}`, true);
    }
  }

  // expand adds the neighbourhood of a drawn node to the drawing.
  async function expand(id) {
    const drawing = state.drawing;
    status(t("loading"));
    try {
      const { neighborhood } = await gql(
        `query Around($id: ID!) { neighborhood(id: $id, depth: 1) { nodes { id kind label } edges { source target relation } } }`, { id });
      const edgesBefore = cy.edges().length;
      const added = await add(neighborhood, id, drawing);
      if (added === null) return;
      renderControls();
      applyFilters();
      if (added) layout(false);
      status(added || cy.edges().length > edgesBefore ? "" : t("expandedNothing"));
    } catch (err) {
      status(`${t("error")}: ${err.message}`, true);
    }
  }

  // select shows an entity in the panel and marks it on the drawing.
  async function select(id, centre) {
    state.selected = id;
    cy.nodes().removeClass("selected");
    const node = cy.getElementById(id);
    if (node.nonempty()) {
      node.addClass("selected");
      // Brought into view only when out of it: panning to every node picked
      // would push the rest of the drawing out of the frame.
      const { x, y } = node.position(), view = cy.extent();
      if (centre && (x < view.x1 || x > view.x2 || y < view.y1 || y > view.y2)) cy.animate({ center: { eles: node }, duration: 200 });
    }
    renderDrawn();
    const panel = $("#panel");
    fill(panel, h("p", {}, t("loading")));
    try {
      const { node: d } = await gql(PANEL_QUERY, { id });
      if (state.selected !== id) return; // another was picked meanwhile
      if (!d) throw new Error(`no entity ${id}`);
      if (d.source) {
        showArticle(d.id); // an article: its text is what there is to read
        return;
      }
      state.panel = { entity: d };
      renderEntity(d);
    } catch (err) {
      fill(panel, h("p", { class: "error" }, `${t("error")}: ${err.message}`));
    }
  }

  function entityLink(e) {
    return h("button", { type: "button", class: "entity-link", onclick: () => select(e.id, true) }, label(e));
  }

  function mentionView(m) {
    const a = m.article;
    const web = /^https?:\/\//.test(a.source);
    return h("div", { class: "mention" },
      h("blockquote", {}, m.quote),
      h("p", { class: "source" }, "— ",
        h("a", { href: `#article=${encodeURIComponent(a.id)}&start=${m.start}&end=${m.end}`, onclick: (ev) => {
          ev.preventDefault();
          showArticle(a.id, m.start, m.end);
        } }, label(a)),
        a.published ? ` (${a.published})` : "",
        web ? [" · ", h("a", { href: a.source, rel: "noreferrer", target: "_blank" }, t("original"))] : ""));
  }

  // evidenceView shows the first quote of an entry and the others folded.
  function evidenceView(evidence) {
    if (!evidence.length) return null;
    const [head, ...rest] = evidence;
    return [
      mentionView(head),
      rest.length ? h("details", {}, h("summary", {}, t("moreQuotes")(rest.length)), rest.map(mentionView)) : null,
    ];
  }

  function facts(rows) {
    const dl = h("dl", { class: "facts" });
    for (const [k, v] of rows) if (v != null && v !== "" && !(Array.isArray(v) && !v.length)) dl.append(h("dt", {}, k), h("dd", {}, v));
    return dl.children.length ? dl : null;
  }

  function renderEntity(d) {
    const panel = $("#panel");
    const kind = d.kind || (d.source ? "ARTICLE" : "");
    const drawn = cy.getElementById(d.id).nonempty();
    const actions = h("div", { class: "actions" },
      kind !== "ARTICLE" ? h("button", { type: "button", onclick: () => (drawn ? expand(d.id) : draw(d.id)) }, drawn ? t("expand") : t("drawFrom")) : null,
      drawn && d.id !== state.root && kind !== "ARTICLE" ? h("button", { type: "button", onclick: () => draw(d.id) }, t("drawFrom")) : null,
      kind === "DOCUMENT" ? h("button", { type: "button", onclick: () => draw(d.id, true) }, t("citations")) : null);
    const join = (list) => list.flatMap((x, i) => (i ? [", ", x] : [x]));
    const rows = [
      [t("unit"), d.unit ? entityLink(d.unit) : null],
      [t("kindOf"), d.unitKindEn],
      [t("parent"), d.parent ? entityLink(d.parent) : null],
      [t("founded"), d.founded],
      [t("code"), d.code],
      [t("issued"), d.issued],
      [t("issuer"), d.issuer ? entityLink(d.issuer) : null],
      [t("subject"), d.subject],
      [t("dates"), d.start ? (d.end && d.end !== d.start ? `${d.start} – ${d.end}` : d.start) : null],
      [t("term"), d.term],
      [t("published"), d.published],
      [t("references"), d.references?.length ? join(d.references.map((l) => [relationName(l.relation.toLowerCase()), " ", entityLink(l.to)])) : null],
      [t("referencedBy"), d.referencedBy?.length ? join(d.referencedBy.map((l) => [entityLink(l.from), " ", relationName(l.relation.toLowerCase())])) : null],
    ];
    const timeline = d.timeline
      ? [
          h("h3", {}, t("timeline")),
          d.timeline.length
            ? h("ol", { class: "timeline" }, d.timeline.map((e) =>
                h("li", {},
                  h("time", { datetime: e.date }, e.date), h("span", { class: "chip" }, TEXT[state.lang].entry[e.kind] || e.kind),
                  h("p", {}, e.description),
                  evidenceView(e.evidence))))
            : h("p", { class: "hint" }, t("noTimeline")),
        ]
      : null;
    const mentions = d.mentions?.edges?.length
      ? [h("h3", {}, `${t("mentions")} (${d.mentions.totalCount})`), d.mentions.edges.map((m) => mentionView(m.node))]
      : null;
    fill(panel, 
      h("h2", { id: "panel-title" }, label(d)),
      other(d) ? h("p", { class: "gloss", lang: state.lang === "vi" ? "en" : "vi" }, other(d)) : null,
      h("span", { class: "kind" },
        h("span", { class: "swatch", style: `background:${STYLE[kind]?.color || "#999"}`, "aria-hidden": "true" }),
        TEXT[state.lang].one[kind] || kind),
      d.aliases?.length ? h("p", { class: "aliases" }, `${t("aliases")}: `, d.aliases.join(" · ")) : null,
      actions,
      facts(rows),
      timeline,
      // Entities with a timeline show their quotes there; others their mentions.
      d.timeline ? null : mentions,
    );
  }

  // showArticle shows an article's text in the panel with the quote marked
  // (offsets count Unicode code points, as the API's do).
  async function showArticle(id, start, end) {
    const back = state.panel?.entity;
    state.panel = { entity: back, article: [id, start, end] };
    const panel = $("#panel");
    fill(panel, h("p", {}, t("loading")));
    try {
      const { node: a } = await gql(`query Article($id: ID!) { node(id: $id) { id ... on Article { title source published eventDate text } } }`, { id });
      const chars = Array.from(a.text);
      const s = Number(start), e = Number(end);
      const marked = Number.isInteger(s) && Number.isInteger(e) && e > s;
      const text = marked
        ? [chars.slice(0, s).join(""), h("mark", {}, chars.slice(s, e).join("")), chars.slice(e).join("")]
        : [a.text];
      fill(panel, 
        back ? h("p", {}, h("button", { type: "button", class: "entity-link", onclick: () => {
          state.panel = { entity: back };
          renderEntity(back);
        } }, `← ${t("backTo")} ${label(back)}`)) : null,
        h("h2", { id: "panel-title" }, label(a)),
        facts([[t("published"), a.published], [t("eventDate"), a.eventDate], [t("article"), /^https?:\/\//.test(a.source) ? h("a", { href: a.source, rel: "noreferrer", target: "_blank" }, a.source) : a.source]]),
        h("div", { class: "article-text" }, text),
      );
      panel.querySelector("mark")?.scrollIntoView({ block: "center" });
    } catch (err) {
      fill(panel, h("p", { class: "error" }, `${t("error")}: ${err.message}`));
    }
  }

  // ---- Search --------------------------------------------------------------

  async function search(q) {
    const groups = $("#result-groups");
    if (!q.trim()) return;
    groups.replaceChildren(h("p", {}, t("searching")));
    try {
      const { search: hits } = await gql(`query Search($q: String!) { search(query: $q, first: 40) { score entity { ${ENTITY_FIELDS} } } }`, { q });
      groups.replaceChildren();
      if (!hits.length) {
        groups.append(h("p", {}, `${t("noResults")} “${q}”.`));
        return;
      }
      for (const kind of KINDS) {
        const ofKind = hits.filter((x) => x.entity.kind === kind);
        if (!ofKind.length) continue;
        groups.append(
          h("section", { class: "group", dataset: { kind } },
            h("h3", {}, h("span", { class: "swatch", style: `background:${STYLE[kind].color}`, "aria-hidden": "true" }), `${TEXT[state.lang].kind[kind]} (${ofKind.length})`),
            h("ul", {}, ofKind.map(({ entity: e }) =>
              h("li", {}, h("button", { type: "button", class: "hit", dataset: { id: e.id }, onclick: () => draw(e.id) },
                label(e), other(e) ? h("small", {}, other(e)) : null))))),
        );
      }
    } catch (err) {
      groups.replaceChildren(h("p", { class: "error" }, `${t("error")}: ${err.message}`));
    }
  }

  $("#search").addEventListener("submit", (ev) => {
    ev.preventDefault();
    search($("#q").value);
  });

  // ---- Export --------------------------------------------------------------

  function download(blob, name) {
    const url = URL.createObjectURL(blob);
    const a = h("a", { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  const fileName = (ext) => `cadregraph-${(state.root || "graph").replace(/[^A-Za-z0-9_-]+/g, "-")}.${ext}`;

  $("#export-png").addEventListener("click", () => {
    download(cy.png({ full: true, scale: 2, bg: "#ffffff", output: "blob" }), fileName("png"));
  });
  $("#export-drawn").addEventListener("click", () => {
    const elements = cy.elements().not(".hidden").map((el) => ({ group: el.group(), data: { ...el.data(), tenures: undefined, display: undefined, label: el.data("display") } }));
    download(new Blob([JSON.stringify({ elements }, null, 1)], { type: "application/json" }), fileName("json"));
  });

  // ---- Language ------------------------------------------------------------

  function setLanguage(lang) {
    state.lang = TEXT[lang] ? lang : "en";
    document.documentElement.lang = state.lang;
    try {
      localStorage.setItem("cadregraph.lang", state.lang);
    } catch {
      // storage may be off: the choice then lasts for this page only
    }
    document.querySelectorAll("[data-t]").forEach((el) => {
      const v = TEXT[state.lang][el.dataset.t];
      if (typeof v === "string") el.textContent = v;
    });
    document.querySelectorAll('input[name="lang"]').forEach((r) => (r.checked = r.value === state.lang));
    relabel();
    renderControls();
    applyFilters();
    if (state.panel?.article) showArticle(...state.panel.article);
    else if (state.panel?.entity) renderEntity(state.panel.entity);
    const q = $("#q").value;
    if (q.trim() && $("#result-groups").children.length) search(q);
  }

  document.querySelectorAll('input[name="lang"]').forEach((r) => r.addEventListener("change", () => setLanguage(r.value)));

  // ---- Wiring --------------------------------------------------------------

  cy.on("tap", "node", (ev) => select(ev.target.id(), false));
  cy.on("dbltap", "node", (ev) => expand(ev.target.id()));

  let saved = null;
  try {
    saved = localStorage.getItem("cadregraph.lang");
  } catch {
    // no storage: fall back on the browser's language
  }
  setLanguage(saved || ((navigator.language || "").toLowerCase().startsWith("vi") ? "vi" : "en"));

  // A drawing's address (#id=… or #citations=…) draws it again, and a
  // quote's (#article=…&start=…&end=…) opens its article: links can be
  // shared, bookmarked and opened in another tab.
  const start = new URLSearchParams(location.hash.slice(1));
  if (start.get("id")) draw(start.get("id"));
  else if (start.get("citations")) draw(start.get("citations"), true);
  else if (start.get("article")) showArticle(start.get("article"), start.get("start"), start.get("end"));

  // For scripts and tests driving the page: the Cytoscape instance.
  window.cadregraphExplorer = { cy };
})();
