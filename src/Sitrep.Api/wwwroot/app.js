// Sitrep dashboard: everything comes from this server (/api, /vendor) — no tiles, no CDN.
"use strict";

const TYPE_COLOURS = {
  "Battles": "#c1121f",
  "Explosions/Remote violence": "#f77f00",
  "Violence against civilians": "#7b2cbf",
  "Protests": "#0077b6",
  "Riots": "#2a9d8f",
  "Strategic developments": "#6c757d",
};
const OTHER_COLOUR = "#495057";

const state = { filters: {}, layer: null, events: [] };

const map = L.map("map", { worldCopyJump: true, zoomSnap: 0.5, minZoom: 1, maxZoom: 14, attributionControl: true })
  .setView([25, 30], 2);
map.attributionControl.setPrefix(false).addAttribution("Basemap: Natural Earth (world-atlas)");

async function loadBasemap() {
  const topo = await (await fetch("vendor/countries-110m.json")).json();
  const countries = topojson.feature(topo, topo.objects.countries);
  L.geoJSON(countries, { interactive: false, style: { color: "#9aa59a", weight: 0.7, fillColor: "#eef1ea", fillOpacity: 1 } }).addTo(map);
}

function colourOf(e) { return TYPE_COLOURS[e.acled_event_type] || OTHER_COLOUR; }

function radiusOf(e) {
  const killed = e.fatalities && e.fatalities.best ? e.fatalities.best : 0;
  return 5 + 3 * Math.sqrt(killed);
}

function query(extra) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...state.filters, ...extra })) if (v !== "" && v != null) p.set(k, v);
  return p.toString();
}

async function getJson(url) {
  const r = await fetch(url);
  const body = await r.json();
  if (!r.ok) throw new Error(body.detail || body.title || r.statusText);
  return body;
}

async function loadEvents() {
  const status = document.getElementById("status");
  status.textContent = "loading…";
  try {
    const page = await getJson("api/events?" + query({ limit: 1000, sort: "-fatalities" }));
    state.events = page.events;
    drawEvents(page.events);
    const total = page.total_is_lower_bound ? `${page.total}+` : `${page.total}`;
    status.textContent = `${total} events` + (page.events.length < page.total ? ` (map shows ${page.events.length})` : "");
    status.dataset.count = page.events.length;
  } catch (err) {
    status.textContent = "error: " + err.message;
  }
  loadTimeline().catch(err => { document.getElementById("status").textContent = "error: " + err.message; });
}

function drawEvents(events) {
  if (state.layer) map.removeLayer(state.layer);
  // Clustered when dense; single events keep their fatality-sized circle.
  const cluster = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false, disableClusteringAtZoom: 9 });
  const points = [];
  for (const e of events) {
    const loc = e.location;
    if (!loc || loc.lat == null || loc.lon == null) continue;
    const marker = L.circleMarker([loc.lat, loc.lon], {
      radius: radiusOf(e), color: "#222", weight: 1, fillColor: colourOf(e), fillOpacity: 0.8, className: "event-marker",
    });
    marker.bindTooltip(`${e.date || "?"} · ${escapeHtml(e.acled_sub_event_type || e.acled_event_type || "CAMEO " + e.cameo)} · ${escapeHtml(loc.name || loc.text)}` +
      (e.fatalities && e.fatalities.best != null ? ` · ${e.fatalities.best} killed` : ""));
    marker.on("click", () => showEvent(e.id));
    cluster.addLayer(marker);
    points.push([loc.lat, loc.lon]);
  }
  state.layer = cluster.addTo(map);
  if (points.length > 0) map.fitBounds(L.latLngBounds(points).pad(0.3), { maxZoom: 5 });
}

async function loadTimeline() {
  const dated = state.events.filter(e => e.date).map(e => e.date).sort();
  const spanDays = dated.length ? (Date.parse(dated[dated.length - 1]) - Date.parse(dated[0])) / 864e5 : 0;
  const interval = spanDays > 366 ? "month" : spanDays > 60 ? "week" : "day";
  const data = await getJson("api/stats/timeline?" + query({ interval }));
  drawTimeline(data.buckets, interval);
}

function drawTimeline(buckets, interval) {
  const svg = document.getElementById("timeline");
  const w = svg.clientWidth || 800, h = svg.clientHeight || 140, pad = 22;
  svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
  svg.innerHTML = "";
  const ns = "http://www.w3.org/2000/svg";
  if (buckets.length === 0) {
    const t = document.createElementNS(ns, "text");
    t.setAttribute("x", 10); t.setAttribute("y", 20); t.textContent = "no dated events";
    svg.appendChild(t);
    return;
  }
  const max = Math.max(...buckets.map(b => b.events));
  const bw = Math.max(2, (w - 2 * pad) / buckets.length);
  buckets.forEach((b, i) => {
    const bh = (h - 2 * pad) * b.events / max;
    const r = document.createElementNS(ns, "rect");
    r.setAttribute("class", "bar");
    r.setAttribute("x", pad + i * bw); r.setAttribute("width", Math.max(1, bw - 1));
    r.setAttribute("y", h - pad - bh); r.setAttribute("height", bh);
    const title = document.createElementNS(ns, "title");
    title.textContent = `${b.period}: ${b.events} events, ${b.fatalities} killed`;
    r.appendChild(title);
    r.addEventListener("click", () => selectPeriod(b.period, interval));
    svg.appendChild(r);
  });
  const label = (text, x, anchor) => {
    const t = document.createElementNS(ns, "text");
    t.setAttribute("x", x); t.setAttribute("y", h - 6); t.setAttribute("text-anchor", anchor); t.textContent = text;
    svg.appendChild(t);
  };
  label(buckets[0].period, pad, "start");
  if (buckets.length > 1) label(buckets[buckets.length - 1].period, w - pad, "end");
  const top = document.createElementNS(ns, "text");
  top.setAttribute("x", 4); top.setAttribute("y", 14); top.textContent = `${max} events per ${interval} (max)`;
  svg.appendChild(top);
}

function selectPeriod(period, interval) {
  const form = document.getElementById("filters");
  let from = period, to = period;
  if (interval === "month") {
    const [y, m] = period.split("-").map(Number);
    from = `${period}-01`;
    to = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  } else if (interval === "week") {
    to = new Date(Date.parse(period) + 6 * 864e5).toISOString().slice(0, 10);
  }
  form.elements.from.value = from;
  form.elements.to.value = to;
  applyFilters();
}

function escapeHtml(s) {
  return String(s ?? "").replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

function figure(q) {
  if (!q) return "—";
  const parts = [];
  if (q.best != null) parts.push(`best ${q.best}`);
  if (q.low != null) parts.push(`low ${q.low}`);
  if (q.high != null) parts.push(`high ${q.high}`);
  return parts.join(", ") + (q.estimated ? " (estimated)" : "");
}

function actor(a) { return a ? `${escapeHtml(a.name || a.text)}${a.code ? ` <code>${escapeHtml(a.code)}</code>` : ""}` : "—"; }

/** The article body with the report's sentence tinted and each evidence span marked, built from offsets (never by search). */
function highlighted(body, sentence, evidence) {
  const marks = evidence.filter(e => e.start >= 0 && e.end <= body.length && e.start < e.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const cuts = new Set([0, body.length, sentence.start, sentence.end]);
  for (const m of marks) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].filter(x => x >= 0 && x <= body.length).sort((a, b) => a - b);
  let html = "";
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    let piece = escapeHtml(body.slice(s, e));
    // Shortest span innermost, so the most specific field's colour shows.
    const covering = marks.filter(m => m.start <= s && m.end >= e).sort((a, b) => (a.end - a.start) - (b.end - b.start));
    for (const m of covering) piece = `<mark data-field="${escapeHtml(m.field)}" title="${escapeHtml(m.field)}">${piece}</mark>`;
    if (s >= sentence.start && e <= sentence.end) piece = `<span class="sentence">${piece}</span>`;
    html += piece;
  }
  return html;
}

async function showEvent(id) {
  const panel = document.getElementById("event-panel");
  const detail = document.getElementById("event-detail");
  panel.hidden = false;
  detail.innerHTML = "loading…";
  const d = await getJson(`api/events/${encodeURIComponent(id)}`);
  const e = d.event;
  let html = `<h2>${escapeHtml(e.acled_sub_event_type || e.acled_event_type || "CAMEO " + e.cameo)} — ${escapeHtml(e.location ? (e.location.name || e.location.text) : "unknown place")}</h2>
    <dl>
      <dt>Date</dt><dd>${escapeHtml(e.date || "?")} <small>(${escapeHtml(e.date_precision || "")}${e.date_earliest && e.date_latest && e.date_earliest !== e.date_latest ? `, ${e.date_earliest} – ${e.date_latest}` : ""})</small></dd>
      <dt>Codes</dt><dd>CAMEO ${escapeHtml(e.cameo)}${e.plover ? ` · PLOVER ${escapeHtml(e.plover)}` : ""}${e.plover_mode ? ` (${escapeHtml(e.plover_mode)})` : ""}</dd>
      <dt>Actor 1</dt><dd>${actor(e.actor1)}</dd>
      <dt>Actor 2</dt><dd>${actor(e.actor2)}</dd>
      <dt>Place</dt><dd>${e.location ? `${escapeHtml(e.location.name || e.location.text)}, ${escapeHtml(e.location.country || "")} <small>(${escapeHtml(e.location.precision || "")})</small>` : "—"}</dd>
      <dt>Killed</dt><dd>${figure(e.fatalities)}</dd>
      <dt>Injured</dt><dd>${figure(e.injured)}</dd>
      <dt>Sources</dt><dd><span id="sources-count">${e.sources_count}</span> article(s)${e.sources ? ": " + escapeHtml(e.sources) : ""}</dd>
    </dl>`;
  detail.innerHTML = html;
  for (const r of d.reports) {
    const article = await getJson(`api/articles/${encodeURIComponent(r.article_id)}`);
    const div = document.createElement("div");
    div.className = "report";
    div.innerHTML = `<h3>${escapeHtml(r.article_source || "unknown source")} · ${escapeHtml(r.article_published || "")}</h3>
      <div class="article-text">${highlighted(article.article.body, r.sentence, r.evidence)}</div>`;
    detail.appendChild(div);
    const first = div.querySelector(".sentence");
    if (first) first.scrollIntoView({ block: "nearest" });
  }
}

function drawLegend() {
  const legend = document.getElementById("legend");
  legend.innerHTML = "<strong>Event type</strong>" + Object.entries(TYPE_COLOURS)
    .map(([k, c]) => `<div><i style="background:${c}"></i>${escapeHtml(k)}</div>`).join("") +
    `<div><i style="background:${OTHER_COLOUR}"></i>other</div><small>circle area ∝ killed</small>`;
}

function applyFilters() {
  const form = document.getElementById("filters");
  state.filters = Object.fromEntries([...new FormData(form).entries()].map(([k, v]) => [k, String(v).trim()]));
  loadEvents();
}

document.getElementById("filters").addEventListener("submit", ev => { ev.preventDefault(); applyFilters(); });
document.getElementById("filters").addEventListener("reset", () => setTimeout(applyFilters, 0));
document.getElementById("close-panel").addEventListener("click", () => { document.getElementById("event-panel").hidden = true; });

drawLegend();
loadBasemap().catch(() => {}).finally(loadEvents);
