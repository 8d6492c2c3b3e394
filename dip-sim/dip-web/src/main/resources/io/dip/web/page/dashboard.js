/* dip dashboard: talks only to the JSON API of docs/dashboard.md. */
"use strict";

const COLORS = ["#2563eb", "#dc2626", "#059669", "#7c3aed", "#d97706", "#0891b2", "#db2777", "#4b5563"];
const QUANTITIES = [
  {key: "x", label: "cart position", axis: "x (m)"},
  {key: "theta1", label: "link 1 angle from upright", axis: "θ₁ (rad)"},
  {key: "theta2", label: "link 2 angle from upright", axis: "θ₂ (rad)"},
  {key: "u", label: "control force on the cart", axis: "u (N)"},
  {key: "sigma", label: "sliding variable", axis: "σ"},
];
const MEASURES = [
  ["status", "status", ""],
  ["stop_time", "stop time", "s"],
  ["ise", "ISE Σ dt·xᵀx", ""],
  ["settling_time", "settling time", "s"],
  ["overshoot", "overshoot", "rad"],
  ["peak_control", "peak |u|", "N"],
  ["chattering_index", "chattering index", "N/s"],
  ["cost", "cost J", ""],
  ["steps", "steps", ""],
  ["steps_per_second", "steps per second", ""],
];
const DISTURBANCE_PARAMS = {
  step: [["amplitude", "amplitude (N)", 5], ["start", "start (s)", 1]],
  impulse: [["amplitude", "amplitude (N)", 10], ["start", "start (s)", 1], ["width", "width (s)", 0.1]],
  sinusoid: [["amplitude", "amplitude (N)", 2], ["frequency", "frequency (Hz)", 1], ["phase", "phase (rad)", 0],
    ["start", "start (s)", 0]],
  white_noise: [["std", "std (N)", 1], ["bandwidth", "bandwidth (Hz)", 20]],
};

const $ = (id) => document.getElementById(id);
const state = {catalog: null, physics: null, runCharts: null, compareCharts: null, tuned: null, live: null};

/* ---------- API ---------- */

async function api(path, options) {
  const response = await fetch(path, options);
  const text = await response.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch (e) { body = null; }
  if (!response.ok) {
    throw new Error(body && body.error ? body.error : `${response.status} ${response.statusText}`);
  }
  return body;
}

function post(kind, request) {
  return api(`/api/${kind}`, {method: "POST", headers: {"Content-Type": "application/json"},
    body: JSON.stringify(request)});
}

/** Follows a job's server-sent events; resolves with the final status document. */
function follow(kind, id, handlers) {
  return new Promise((resolve, reject) => {
    const source = new EventSource(`/api/${kind}/${id}/events`);
    for (const [name, handler] of Object.entries(handlers)) {
      source.addEventListener(name, (e) => handler(JSON.parse(e.data)));
    }
    source.addEventListener("end", (e) => { source.close(); resolve(JSON.parse(e.data)); });
    source.onerror = () => {
      source.close();
      awaitFinal(kind, id).then(resolve, reject);
    };
  });
}

/** Polls a job whose stream broke until it is DONE or FAILED. */
async function awaitFinal(kind, id) {
  for (;;) {
    const status = await api(`/api/${kind}/${id}`);
    if (status.status === "DONE" || status.status === "FAILED") { return status; }
    await new Promise((wake) => setTimeout(wake, 500));
  }
}

/* ---------- errors ---------- */

function showError(message) {
  $("error-text").textContent = message;
  $("error").hidden = false;
}
function clearError() { $("error").hidden = true; }

/* ---------- numbers ---------- */

function fmt(value, unit) {
  if (value === null || value === undefined || value === "NaN" || (typeof value === "number" && isNaN(value))) {
    return "—";
  }
  if (typeof value !== "number") { return String(value); }
  const abs = Math.abs(value);
  let text;
  if ((Number.isInteger(value) || abs >= 1e3) && abs < 1e9) {
    text = Math.round(value).toLocaleString("en-US");
  }
  else if (abs !== 0 && (abs < 1e-3 || abs >= 1e6)) { text = value.toExponential(3); }
  else { text = value.toPrecision(4).replace(/\.?0+$/, ""); }
  return unit ? `${text} ${unit}` : text;
}

/** Three significant digits, for compact bounds. */
function short(value) {
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-3 || abs >= 1e5)) { return value.toExponential(1); }
  return String(Number(value.toPrecision(3)));
}

function number(input, what) {
  const text = input.value.trim();
  const value = Number(text);
  if (text === "" || !isFinite(value)) {
    input.classList.add("invalid");
    throw new Error(`${what}: '${text}' is not a number`);
  }
  input.classList.remove("invalid");
  return value;
}

/* ---------- scenario form ---------- */

function controllerInfo(name) {
  return state.catalog.controllers.find((c) => c.name === name);
}

function fillSelect(select, items) {
  select.innerHTML = "";
  for (const item of items) {
    const option = document.createElement("option");
    option.value = item.name;
    option.textContent = item.name;
    option.title = item.description || "";
    select.appendChild(option);
  }
}

function showGains(values) {
  const info = controllerInfo($("controller").value);
  $("controller-description").textContent = info.description + (info.source !== "classpath" ? ` (from ${info.source})` : "");
  const start = values || info.configured || info.gains.map((g) => g["default"]);
  const body = $("gains").tBodies[0];
  body.innerHTML = "";
  info.gains.forEach((gain, i) => {
    const row = body.insertRow();
    row.title = gain.description || "";
    row.insertCell().textContent = gain.name;
    const input = document.createElement("input");
    input.type = "text";
    input.inputMode = "decimal";
    input.value = String(start[i]);
    input.dataset.name = gain.name;
    row.insertCell().appendChild(input);
    row.insertCell().textContent = fmt(gain["default"]);
    const bounds = row.insertCell();
    bounds.className = "hint";
    bounds.textContent = `${short(gain.lower)} … ${short(gain.upper)}`;
    bounds.title = `search bounds [${gain.lower}, ${gain.upper}]`;
  });
}

function showDisturbance(item) {
  const type = $("disturbance-type").value;
  const box = $("disturbance-params");
  box.innerHTML = "";
  for (const [key, label, value] of DISTURBANCE_PARAMS[type] || []) {
    const field = document.createElement("label");
    field.className = "field";
    field.textContent = label + " ";
    const input = document.createElement("input");
    input.type = "text";
    input.dataset.key = key;
    input.value = String(item && item[key] !== undefined ? item[key] : value);
    field.appendChild(input);
    box.appendChild(field);
  }
}

function applyConfig(config) {
  const sim = config.simulation || {};
  $("plant").value = sim.plant;
  $("integrator").value = sim.integrator;
  $("dt").value = String(sim.dt);
  $("duration").value = String(sim.duration);
  $("seed").value = String(config.seed);
  const x0 = sim.initial_state || [0, 0, 0, 0, 0, 0];
  for (const input of $("initial-state").querySelectorAll("input")) {
    input.value = String(x0[Number(input.dataset.i)]);
  }
  const first = (config.disturbances || [])[0];
  $("disturbance-type").value = first ? first.type : "";
  showDisturbance(first);
  state.physics = config.physics || {};
}

function gains() {
  return [...$("gains").querySelectorAll("input")].map((input) => number(input, `gain ${input.dataset.name}`));
}

/** The request body of the current form: the configuration keys of dip.yaml that the form sets. */
function scenarioConfig() {
  const x0 = [...$("initial-state").querySelectorAll("input")]
    .map((input) => number(input, "initial state"));
  const type = $("disturbance-type").value;
  const disturbances = [];
  if (type) {
    const item = {type};
    for (const input of $("disturbance-params").querySelectorAll("input")) {
      item[input.dataset.key] = number(input, `disturbance ${input.dataset.key}`);
    }
    disturbances.push(item);
  }
  return {
    seed: number($("seed"), "seed"),
    simulation: {
      plant: $("plant").value,
      integrator: $("integrator").value,
      dt: number($("dt"), "dt"),
      duration: number($("duration"), "duration"),
      initial_state: x0,
    },
    disturbances,
  };
}

/* ---------- charts ---------- */

function chartWidth(box) {
  const padding = box.classList.contains("panel") ? 32 : 0;
  return Math.max(320, box.clientWidth - padding);
}

/** Five stacked charts (x, θ1, θ2, u, σ) sharing a cursor; one series per run label. */
function makeCharts(box, labels, syncKey) {
  box.innerHTML = "";
  const charts = [];
  const height = Math.max(120, Math.min(180, Math.floor((window.innerHeight - 300) / 5)));
  QUANTITIES.forEach((quantity, index) => {
    const last = index === QUANTITIES.length - 1;
    const holder = document.createElement("div");
    holder.className = "chart";
    holder.dataset.quantity = quantity.key;
    box.appendChild(holder);
    const series = [{label: "t (s)", value: (u, v) => v == null ? "—" : v.toFixed(3)}];
    labels.forEach((label, i) => series.push({label, stroke: COLORS[i % COLORS.length], width: 1.5,
      spanGaps: true, value: (u, v) => v == null ? "—" : fmt(v)}));
    const options = {
      width: chartWidth(box), height: last ? height + 18 : height,
      title: `${quantity.label}, ${quantity.axis}`,
      scales: {x: {time: false}},
      series,
      axes: [
        last ? {label: "time t (s)", size: 34, labelSize: 18} : {size: 26},
        {label: quantity.axis, size: 72, labelSize: 18, labelFont: "600 12px system-ui, sans-serif"},
      ],
      cursor: {sync: {key: syncKey}},
      legend: {show: index === 0},
    };
    charts.push(new uPlot(options, [[], ...labels.map(() => [])], holder));
  });
  return charts;
}

function resizeCharts(charts, box) {
  if (charts) { charts.forEach((c) => c.setSize({width: chartWidth(box), height: c.height})); }
}

function runData(samples) {
  return QUANTITIES.map((q) => [samples.t, samples[q.key]]);
}

/* ---------- animation ---------- */

function drawPendulum(canvas, x, th1, th2, t) {
  const ctx = canvas.getContext("2d");
  const w = canvas.width, h = canvas.height;
  const l1 = state.physics.pendulum1_length || 0.4, l2 = state.physics.pendulum2_length || 0.3;
  const track = (state.catalog && state.catalog.config.simulation.track_limit) || 5;
  const span = Math.max(0.8, Math.min(track, Math.abs(x) + 0.6));
  const scale = Math.min((w - 40) / (2 * span), (h - 70) / (l1 + l2) / 1.15);
  const baseY = h - 40;
  const cx = w / 2 + x * scale;
  ctx.clearRect(0, 0, w, h);
  ctx.fillStyle = "#f8fafc"; ctx.fillRect(0, 0, w, h);
  ctx.strokeStyle = "#94a3b8"; ctx.lineWidth = 2;
  ctx.beginPath(); ctx.moveTo(10, baseY + 12); ctx.lineTo(w - 10, baseY + 12); ctx.stroke();
  ctx.fillStyle = "#64748b"; ctx.font = "11px system-ui, sans-serif";
  const tick = span > 2 ? 1 : 0.5;
  for (let m = -Math.floor(span / tick) * tick; m <= span; m += tick) {
    const px = w / 2 + m * scale;
    ctx.beginPath(); ctx.moveTo(px, baseY + 12); ctx.lineTo(px, baseY + 18); ctx.stroke();
    const text = `${m} m`;
    ctx.fillText(text, px - ctx.measureText(text).width / 2, baseY + 30);
  }
  const cartW = 0.3 * scale, cartH = 0.12 * scale;
  ctx.fillStyle = "#334155";
  ctx.fillRect(cx - cartW / 2, baseY - cartH / 2, cartW, cartH);
  const p1x = cx + l1 * scale * Math.sin(th1), p1y = baseY - l1 * scale * Math.cos(th1);
  const p2x = p1x + l2 * scale * Math.sin(th2), p2y = p1y - l2 * scale * Math.cos(th2);
  ctx.lineCap = "round";
  ctx.lineWidth = 6; ctx.strokeStyle = COLORS[0];
  ctx.beginPath(); ctx.moveTo(cx, baseY); ctx.lineTo(p1x, p1y); ctx.stroke();
  ctx.strokeStyle = COLORS[1];
  ctx.beginPath(); ctx.moveTo(p1x, p1y); ctx.lineTo(p2x, p2y); ctx.stroke();
  ctx.fillStyle = "#0f172a";
  for (const [px, py] of [[cx, baseY], [p1x, p1y], [p2x, p2y]]) {
    ctx.beginPath(); ctx.arc(px, py, 4.5, 0, 2 * Math.PI); ctx.fill();
  }
  $("animation-time").textContent =
    `t = ${t.toFixed(3)} s · x = ${x.toFixed(3)} m · θ₁ = ${th1.toFixed(3)} rad · θ₂ = ${th2.toFixed(3)} rad`;
}

function replay(samples) {
  const canvas = $("animation");
  const n = samples.t.length;
  if (n === 0) { return; }
  const start = performance.now();
  const t0 = samples.t[0];
  let i = 0;
  const step = (now) => {
    const t = t0 + (now - start) / 1000;
    while (i < n - 1 && samples.t[i + 1] <= t) { i++; }
    drawPendulum(canvas, samples.x[i], samples.theta1[i], samples.theta2[i], samples.t[i]);
    if (i < n - 1) { requestAnimationFrame(step); }
  };
  requestAnimationFrame(step);
}

/* ---------- summary tables ---------- */

function measureValue(summary, key) {
  if (key === "status") { return summary.status; }
  if (key in summary) { return summary[key]; }
  return summary.metrics ? summary.metrics[key] : undefined;
}

function fillSummary(table, summary) {
  const body = table.tBodies[0];
  body.innerHTML = "";
  for (const [key, label, unit] of MEASURES) {
    const row = body.insertRow();
    row.insertCell().textContent = label;
    const cell = row.insertCell();
    cell.textContent = fmt(measureValue(summary, key), unit);
    cell.className = key === "status" ? `num status-${summary.status}` : "num";
  }
}

function downloads(box, kind, id, extra) {
  box.innerHTML = "";
  for (const format of ["csv", "json", "png"]) {
    const a = document.createElement("a");
    a.href = `/api/${kind}/${id}/result.${format}${format === "png" && extra ? extra : ""}`;
    a.download = `${id}.${format}`;
    a.textContent = format.toUpperCase();
    a.className = "download";
    a.dataset.format = format;
    box.appendChild(a);
  }
}

/* ---------- Run ---------- */

function emptySamples() {
  return {t: [], x: [], theta1: [], theta2: [], u: [], sigma: []};
}

function appendFrame(samples, frame) {
  for (const key of Object.keys(samples)) {
    for (const v of frame[key]) { samples[key].push(v); }
  }
}

async function run() {
  clearError();
  let request;
  try {
    request = {controller: $("controller").value, gains: gains(), config: scenarioConfig()};
  } catch (e) { showError(e.message); return; }
  const box = $("run-charts");
  state.runCharts = makeCharts(box, [request.controller], "run");
  const samples = emptySamples();
  $("run").disabled = true;
  $("replay").disabled = true;
  $("run-downloads").innerHTML = "";
  $("run-summary").tBodies[0].innerHTML = "";
  setStatus("run-status", "starting…", "busy");
  let pending = false;
  const redraw = () => {
    pending = false;
    runData(samples).forEach((data, i) => state.runCharts[i].setData(data));
    const n = samples.t.length - 1;
    if (n >= 0) {
      drawPendulum($("animation"), samples.x[n], samples.theta1[n], samples.theta2[n], samples.t[n]);
      setStatus("run-status", `running · t = ${samples.t[n].toFixed(2)} s`, "busy");
    }
  };
  try {
    const {id} = await post("simulations", request);
    state.live = {kind: "simulations", id};
    $("run-stop").disabled = false;
    const status = await follow("simulations", id, {
      samples: (frame) => {
        appendFrame(samples, frame);
        if (!pending) { pending = true; requestAnimationFrame(redraw); }
      },
    });
    redraw();
    if (status.status === "FAILED") {
      setStatus("run-status", "failed", "bad");
      showError(status.error);
      return;
    }
    fillSummary($("run-summary"), status.summary);
    downloads($("run-downloads"), "simulations", id);
    setStatus("run-status", `${status.summary.status} · ${fmt(status.summary.steps)} steps in ${fmt(status.summary.wall_time_s, "s")}`,
      status.summary.status === "COMPLETED" ? "good" : "bad");
    $("replay").disabled = false;
    $("replay").onclick = () => replay(samples);
  } catch (e) {
    setStatus("run-status", "error", "bad");
    showError(e.message);
  } finally {
    $("run").disabled = false;
    $("run-stop").disabled = true;
    state.live = null;
  }
}

function setStatus(id, text, tone) {
  const el = $(id);
  el.textContent = text;
  el.dataset.tone = tone || "";
}

async function stop(kind, id) {
  try { await api(`/api/${kind}/${id}`, {method: "DELETE"}); } catch (e) { showError(e.message); }
}

/* ---------- Compare ---------- */

async function compare() {
  clearError();
  const names = [...$("compare-controllers").querySelectorAll("input:checked")].map((c) => c.value);
  if (names.length === 0) { showError("choose at least one controller to compare"); return; }
  let config;
  try { config = scenarioConfig(); } catch (e) { showError(e.message); return; }
  $("compare-run").disabled = true;
  const runs = [];
  const table = $("compare-summary");
  try {
    for (const name of names) {
      setStatus("compare-status", `running ${name} (${runs.length + 1} of ${names.length})…`, "busy");
      const samples = emptySamples();
      const {id} = await post("simulations", {controller: name, config});
      const status = await follow("simulations", id, {samples: (frame) => appendFrame(samples, frame)});
      runs.push({name, id, samples, status});
    }
    const box = $("compare-charts");
    state.compareCharts = makeCharts(box, runs.map((r) => r.name), "compare");
    QUANTITIES.forEach((q, i) => {
      const joined = uPlot.join(runs.map((r) => [r.samples.t, r.samples[q.key]]));
      state.compareCharts[i].setData(joined);
    });
    fillCompareTable(table, runs);
    const failed = runs.filter((r) => r.status.status === "FAILED");
    if (failed.length) { showError(failed.map((r) => `${r.name}: ${r.status.error}`).join(" · ")); }
    setStatus("compare-status", `${runs.length} controller${runs.length > 1 ? "s" : ""} on one scenario`, "good");
  } catch (e) {
    setStatus("compare-status", "error", "bad");
    showError(e.message);
  } finally {
    $("compare-run").disabled = false;
  }
}

function fillCompareTable(table, runs) {
  table.innerHTML = "<thead></thead><tbody></tbody>";
  const head = table.tHead.insertRow();
  head.insertCell().textContent = "measure";
  runs.forEach((r, i) => {
    const cell = head.insertCell();
    cell.innerHTML = `<span class="swatch" style="background:${COLORS[i % COLORS.length]}"></span>`;
    cell.appendChild(document.createTextNode(r.name));
  });
  for (const [key, label, unit] of MEASURES) {
    const row = table.tBodies[0].insertRow();
    row.insertCell().textContent = label;
    for (const r of runs) {
      const cell = row.insertCell();
      cell.className = "num";
      cell.textContent = r.status.summary ? fmt(measureValue(r.status.summary, key), unit) : "—";
    }
  }
  const row = table.tBodies[0].insertRow();
  row.insertCell().textContent = "downloads";
  for (const r of runs) {
    const cell = row.insertCell();
    cell.className = "num";
    if (r.status.status === "DONE") { downloads(cell, "simulations", r.id); }
  }
}

/* ---------- Studies: Monte Carlo ---------- */

function drawHistogram() {
  const summary = state.monteCarlo;
  if (!summary) { return; }
  const key = $("mc-metric").value;
  const bins = summary.histograms[key];
  const runs = bins.counts.reduce((sum, c) => sum + c, 0);
  const data = [bins.counts.map((c, i) => (bins.edges[i] + bins.edges[i + 1]) / 2), bins.counts];
  const half = bins.edges.length > 1 ? (bins.edges[1] - bins.edges[0]) / 2 : 0.5;
  const box = $("mc-histogram");
  box.innerHTML = "";
  new uPlot({
    width: chartWidth(box), height: 220,
    title: `${summary.labels[key]} over ${runs} successful runs`,
    scales: {x: {time: false, range: () => [data[0][0] - half, data[0][data[0].length - 1] + half]},
      y: {range: (u, min, max) => [0, Math.max(1, max) * 1.08]}},
    series: [{label: summary.labels[key], value: (u, v) => v == null ? "—" : fmt(v)},
      {label: "runs", stroke: COLORS[0], fill: "rgba(37,99,235,0.35)", paths: uPlot.paths.bars({size: [0.92, Infinity]}),
        points: {show: false}}],
    axes: [{label: summary.labels[key], size: 36, labelSize: 16}, {label: "runs", size: 50, labelSize: 16}],
    legend: {show: false},
  }, data, box);
  const link = $("mc-downloads").querySelector("a[data-format=png]");
  if (link) { link.href = `/api/montecarlo/${state.monteCarloId}/result.png?metric=${key}`; }
}

async function startMonteCarlo() {
  clearError();
  let request;
  try {
    const runs = number($("mc-runs"), "runs");
    request = {controller: $("controller").value, gains: gains(), config: {...scenarioConfig(), montecarlo: {runs}}};
  } catch (e) { showError(e.message); return; }
  $("mc-start").disabled = true;
  $("mc-downloads").innerHTML = "";
  $("mc-table").tBodies[0].innerHTML = "";
  $("mc-bar").style.width = "0%";
  setStatus("mc-status", "starting…", "busy");
  try {
    const {id} = await post("montecarlo", request);
    $("mc-stop").disabled = false;
    $("mc-stop").onclick = () => stop("montecarlo", id);
    const status = await follow("montecarlo", id, {
      progress: (p) => {
        $("mc-bar").style.width = `${(100 * p.done / p.total).toFixed(1)}%`;
        setStatus("mc-status", `${p.done} of ${p.total} runs`, "busy");
      },
    });
    if (status.status === "FAILED") { setStatus("mc-status", "failed", "bad"); showError(status.error); return; }
    const s = status.summary;
    state.monteCarlo = s;
    state.monteCarloId = id;
    $("mc-bar").style.width = "100%";
    setStatus("mc-status", `success rate ${(100 * s.success_rate).toFixed(1)} % (${s.successes} of ${s.study.runs}) · ${fmt(s.wall_time_s, "s")}`,
      s.successes === s.study.runs ? "good" : "bad");
    const body = $("mc-table").tBodies[0];
    body.innerHTML = "<tr><th>measure (successful runs)</th><th>n</th><th>mean</th><th>std</th><th>95 % CI of the mean</th></tr>";
    for (const [key, stat] of Object.entries(s.statistics_of_successful_runs)) {
      const row = body.insertRow();
      row.insertCell().textContent = s.labels[key] || key;
      [stat.n, stat.mean, stat.std].forEach((v) => { const c = row.insertCell(); c.className = "num"; c.textContent = fmt(v); });
      const ci = row.insertCell();
      ci.className = "num";
      ci.textContent = `[${fmt(stat.ci95_low)}, ${fmt(stat.ci95_high)}]`;
    }
    downloads($("mc-downloads"), "montecarlo", id);
    drawHistogram();
  } catch (e) {
    setStatus("mc-status", "error", "bad");
    showError(e.message);
  } finally {
    $("mc-start").disabled = false;
    $("mc-stop").disabled = true;
  }
}

/* ---------- Studies: tune ---------- */

async function startTune() {
  clearError();
  let request;
  try {
    const pso = {
      optimizer: $("tune-optimizer").value,
      n_particles: number($("tune-particles"), "particles"),
      iters: number($("tune-iterations"), "iterations"),
      duration: number($("tune-duration"), "run length"),
    };
    request = {controller: $("controller").value, config: {...scenarioConfig(), pso}};
  } catch (e) { showError(e.message); return; }
  $("tune-start").disabled = true;
  $("tune-apply").disabled = true;
  $("tune-downloads").innerHTML = "";
  $("tune-table").tBodies[0].innerHTML = "";
  $("tune-bar").style.width = "0%";
  const box = $("tune-convergence");
  box.innerHTML = "";
  const history = [[], []];
  const chart = new uPlot({
    width: chartWidth(box), height: 220, title: "best cost J per iteration",
    scales: {x: {time: false}, y: {distr: 3}},
    series: [{label: "iteration"}, {label: "best J", stroke: COLORS[1], width: 2, value: (u, v) => v == null ? "—" : fmt(v)}],
    axes: [{label: "iteration", size: 36, labelSize: 16}, {label: "best cost J (log)", size: 60, labelSize: 16}],
  }, history, box);
  setStatus("tune-status", "scoring the defaults…", "busy");
  try {
    const {id} = await post("tune", request);
    $("tune-stop").disabled = false;
    $("tune-stop").onclick = () => stop("tune", id);
    const status = await follow("tune", id, {
      progress: (p) => {
        if (p.best_cost !== null && p.best_cost > 0) {
          history[0].push(p.iteration);
          history[1].push(p.best_cost);
          chart.setData(history);
        }
        $("tune-bar").style.width = `${(100 * p.iteration / p.max_iterations).toFixed(1)}%`;
        setStatus("tune-status", `iteration ${p.iteration} of ${p.max_iterations} · best J ${fmt(p.best_cost)} · ${fmt(p.evaluations)} evaluations`, "busy");
      },
    });
    if (status.status === "FAILED") { setStatus("tune-status", "failed", "bad"); showError(status.error); return; }
    const s = status.summary;
    $("tune-bar").style.width = "100%";
    const change = 100 * (s.cost - s.default_cost) / s.default_cost;
    setStatus("tune-status", `${s.optimizer.termination.toLowerCase().replace("_", " ")} · J ${fmt(s.default_cost)} → ${fmt(s.cost)} (${change.toFixed(1)} %)`,
      s.cost < s.default_cost ? "good" : "bad");
    const body = $("tune-table").tBodies[0];
    body.innerHTML = "<tr><th>gain</th><th>default</th><th>tuned</th><th>bounds</th></tr>";
    for (const [name, value] of Object.entries(s.gains)) {
      const row = body.insertRow();
      row.insertCell().textContent = name;
      [s.default_gains[name], value].forEach((v) => { const c = row.insertCell(); c.className = "num"; c.textContent = fmt(v); });
      const b = row.insertCell();
      b.className = "num hint";
      b.textContent = `[${fmt(s.bounds[name].min)}, ${fmt(s.bounds[name].max)}]`;
    }
    state.tuned = {controller: s.controller, gains: Object.values(s.gains)};
    $("tune-apply").disabled = false;
    downloads($("tune-downloads"), "tune", id);
  } catch (e) {
    setStatus("tune-status", "error", "bad");
    showError(e.message);
  } finally {
    $("tune-start").disabled = false;
    $("tune-stop").disabled = true;
  }
}

function applyTuned() {
  if (!state.tuned) { return; }
  $("controller").value = state.tuned.controller;
  showGains(state.tuned.gains);
  selectTab("run");
  run();
}

/* ---------- tabs and start-up ---------- */

function selectTab(name) {
  for (const button of document.querySelectorAll(".tabs button")) {
    button.classList.toggle("active", button.dataset.tab === name);
  }
  for (const tab of document.querySelectorAll(".tab")) {
    tab.hidden = tab.id !== `tab-${name}`;
  }
  resizeCharts(state.runCharts, $("run-charts"));
  resizeCharts(state.compareCharts, $("compare-charts"));
}

async function start() {
  try {
    state.catalog = await api("/api/plugins");
  } catch (e) {
    showError(`cannot read the plugins: ${e.message}`);
    return;
  }
  const catalog = state.catalog;
  fillSelect($("controller"), catalog.controllers);
  fillSelect($("plant"), catalog.plants);
  fillSelect($("integrator"), catalog.integrators);
  $("controller").value = catalog.controllers.some((c) => c.name === "classical_smc") ? "classical_smc"
    : catalog.controllers[0].name;
  applyConfig(catalog.config);
  showGains();
  $("server-info").textContent = `${catalog.controllers.length} controllers · ${catalog.plants.length} plants · ${catalog.integrators.length} integrators`;
  const checks = $("compare-controllers");
  catalog.controllers.forEach((c, i) => {
    const label = document.createElement("label");
    label.innerHTML = `<input type="checkbox" value="${c.name}" ${i < COLORS.length ? "checked" : ""}> ${c.name}`;
    checks.appendChild(label);
  });
  const metric = $("mc-metric");
  for (const key of ["ise", "settling_time", "overshoot", "peak_control", "chattering_index", "cost"]) {
    const option = document.createElement("option");
    option.value = key;
    option.textContent = key.replace("_", " ");
    metric.appendChild(option);
  }
  state.runCharts = makeCharts($("run-charts"), [$("controller").value], "run");
  const x0 = catalog.config.simulation.initial_state;
  drawPendulum($("animation"), x0[0], x0[1], x0[2], 0);
}

document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll(".tabs button")) {
    button.addEventListener("click", () => selectTab(button.dataset.tab));
  }
  $("controller").addEventListener("change", () => showGains());
  $("gains-reset").addEventListener("click", () => {
    const info = controllerInfo($("controller").value);
    showGains(info.gains.map((g) => g["default"]));
  });
  $("disturbance-type").addEventListener("change", () => showDisturbance(null));
  $("run").addEventListener("click", run);
  $("run-stop").addEventListener("click", () => state.live && stop(state.live.kind, state.live.id));
  $("compare-run").addEventListener("click", compare);
  $("mc-start").addEventListener("click", startMonteCarlo);
  $("mc-metric").addEventListener("change", drawHistogram);
  $("tune-start").addEventListener("click", startTune);
  $("tune-apply").addEventListener("click", applyTuned);
  $("error-close").addEventListener("click", clearError);
  window.addEventListener("resize", () => {
    resizeCharts(state.runCharts, $("run-charts"));
    resizeCharts(state.compareCharts, $("compare-charts"));
  });
  start();
});
