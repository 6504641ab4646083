// The pick handheld (ADR 9), and the goods-in handheld (a Receiving station) on the same queue: there the
// device checks nothing itself — every scan is "sent" and the server's answer is shown — and the card shows
// the delivery's lines or the put-back tasks. Every scan is kept in IndexedDB before anything else happens, checked at
// once against the downloaded pick list for instant sound and colour, and sent to /station/scans by
// its scan id in the order it was made; the server decides it again, exactly once however often it is
// sent. With the network gone the scans wait in the queue (and survive a reload); when it is back they
// go in order, and where the server decided otherwise than the device, the server's word is shown and
// the list is loaded again. No Blazor circuit: a circuit dies with the network, this page does not.
import { parseGs1 } from './gs1.js';

const root = document.getElementById('handheld');
const texts = JSON.parse(root.dataset.texts);
const gsSubstitute = root.dataset.gsSubstitute || '';
const el = id => document.getElementById(id);

let state = { station: root.dataset.station, kind: root.dataset.kind, operator: null, language: 'pl', list: null, desk: null };
let local = null;          // the device's own idea of the list's progress, from the last list it loaded
let sending = false;
let online = navigator.onLine;
let seq = Date.now() * 1000;

// ---- texts ---------------------------------------------------------------------------------------
function t(code, ...args) {
  const table = texts[state.language] || texts.pl;
  const text = table[code] ?? code;
  return text.replace(/\{(\d+)\}/g, (_, i) => args[Number(i)] ?? '');
}

// ---- the queue (IndexedDB) -------------------------------------------------------------------------
const dbReady = new Promise((resolve, reject) => {
  const open = indexedDB.open('warehouse-handheld', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('scans', { keyPath: 'seq' });
  open.onsuccess = () => resolve(open.result);
  open.onerror = () => reject(open.error);
});

async function store(mode, work) {
  const db = await dbReady;
  return new Promise((resolve, reject) => {
    const tx = db.transaction('scans', mode);
    const result = work(tx.objectStore('scans'));
    tx.oncomplete = () => resolve(result.result ?? result);
    tx.onerror = () => reject(tx.error);
  });
}

const enqueue = scan => store('readwrite', s => s.put(scan));
const dequeue = key => store('readwrite', s => s.delete(key));
const pending = () => store('readonly', s => s.getAll());

// ---- sending ------------------------------------------------------------------------------------
async function flush() {
  if (sending) return;
  sending = true;
  try {
    for (;;) {
      const queue = (await pending()).sort((a, b) => a.seq - b.seq);
      showQueue(queue.length);
      if (queue.length === 0) break;
      const scan = queue[0];
      let response;
      try {
        response = await fetch(`/station/scans?lang=${state.language}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Warehouse-Scan': '1' },
          body: JSON.stringify({ id: scan.id, code: scan.code }),
          credentials: 'same-origin',
        });
      } catch {
        setOnline(false);
        setTimeout(flush, 2000);
        return;
      }
      setOnline(true);
      if (response.status >= 500 || response.status === 429) { setTimeout(flush, 2000); return; }
      await dequeue(scan.seq);
      const answer = response.ok ? await response.json() : { accepted: false, message: await problemText(response) };
      decided(scan, answer);
    }
    await reload();
  } finally {
    sending = false;
  }
}

async function problemText(response) {
  try { const p = await response.json(); return p.detail || p.title || String(response.status); } catch { return String(response.status); }
}

// The server's decision of a scan the device already answered: silent when they agree, unless it
// brings news the device could not know (the list finished, a short taken elsewhere).
const news = /^pick\.(list_|short_)/;
// A dock keeps no view of its own on the device: it shows what the server said to scan next.
let lastNext = '';
function decided(scan, answer) {
  lastNext = answer.next || lastNext;
  // A dock that closed a manifest opens it: the A4 copy the driver signs, with the carrier's document.
  if (state.kind === 'Dock' && answer.messageCode === 'dock.closed' && answer.args?.[0]) {
    location.assign('/dock/manifests/' + encodeURIComponent(answer.args[0]));
    return;
  }
  document.body.dataset.lastServer = answer.accepted ? 'Accepted' : 'Refused';
  const disagree = scan.verdict !== 'sent' && (scan.verdict === 'ok') !== answer.accepted;
  if (scan.verdict === 'sent' || disagree || news.test(answer.messageCode || '')) {
    show(answer.accepted ? 'ok' : 'refused', answer.message, disagree ? t('hh.server_said') : '');
    if (disagree) local = null; // the device was wrong: trust the list the server sends next
  }
}

async function reload() {
  try {
    const response = await fetch('/station/picklist', { credentials: 'same-origin', cache: 'no-store' });
    if (response.status === 401 || response.status === 403) { location.reload(); return; }
    if (!response.ok) return;
    state = await response.json();
    state.station ??= root.dataset.station;
    local = state.list ? fromList(state.list) : null;
    setOnline(true);
    render();
  } catch {
    setOnline(false);
  }
}

function setOnline(value) {
  online = value;
  document.body.dataset.online = value ? 'true' : 'false';
  el('hh-net').textContent = value ? t('hh.online') : t('hh.offline');
}

function showQueue(n) {
  root.dataset.queued = String(n);
  el('hh-queue').textContent = n > 0 ? t('hh.queued', n) : '';
}

// ---- the device's own check ------------------------------------------------------------------------
function fromList(list) {
  return {
    totes: list.totes.map(x => ({ ...x })),
    stops: list.stops.map(x => ({ ...x })),
    atLocation: list.atLocation,
    awaitingSlot: list.awaitingToteSlot,
    done: list.state === 'Done',
  };
}

const unboundTote = () => local.totes.find(x => !x.toteBarcode);
const currentStop = () => local.stops.find(x => x.picked + x.shorted < x.quantity);
const toteOf = slot => local.totes.find(x => x.slot === slot);

function sameGtin(a, b) {
  if (!a || !b) return false;
  const pad = x => x.padStart(14, '0');
  return pad(a) === pad(b);
}

// What the device can tell on its own: 'ok', 'refused' (with why) or 'sent' (the server decides: badges,
// commands, a list to take, an empty tote, a lot other than the allocated one).
function check(code) {
  if (state.kind === 'Receiving' || state.kind === 'Dock' || state.kind === 'Returns') return { verdict: 'sent' };
  // Badges, commands and list numbers only the server can answer.
  if (!state.operator || !local || local.done || /^CMD:/i.test(code) || /^PL-\d+$/i.test(code)) return { verdict: 'sent' };
  const tote = unboundTote();
  if (tote) {
    if (local.stops.some(s => s.location === code)) return { verdict: 'refused', why: t('hh.tote_first', tote.slot, tote.orderNumber) };
    tote.toteBarcode = code;
    return { verdict: 'sent', why: t('hh.tote_bound', code, tote.slot) };
  }
  if (local.awaitingSlot) {
    const slot = toteOf(local.awaitingSlot);
    if (code !== slot.toteBarcode) return { verdict: 'refused', why: t('hh.wrong_tote', slot.toteBarcode, slot.slot) };
    local.awaitingSlot = null;
    local.atLocation = null;
    return { verdict: 'ok', why: t('hh.in_tote', slot.toteBarcode) };
  }
  const stop = currentStop();
  if (!stop) return { verdict: 'sent' };
  if (local.atLocation !== stop.location) {
    if (code === stop.location) { local.atLocation = code; return { verdict: 'ok', why: t('hh.at_location', code) }; }
    return { verdict: 'refused', why: t('hh.wrong_location', stop.location) };
  }
  const gs1 = parseGs1(code, gsSubstitute);
  const gtin = gs1 ? gs1['01'] : (/^\d{8,14}$/.test(code) ? code : null);
  const matches = code === stop.sku || sameGtin(gtin, stop.gtin);
  if (!matches) return { verdict: 'refused', why: t('hh.wrong_item', stop.sku, stop.name) };
  if (stop.tracksLots && !(gs1 && gs1['10'])) return { verdict: 'refused', why: t('hh.lot_needed', stop.lot) };
  if (stop.tracksSerials && !(gs1 && gs1['21'])) return { verdict: 'refused', why: t('hh.serial_needed') };
  if (stop.tracksLots && gs1['10'] !== stop.lot) return { verdict: 'sent', why: t('hh.other_lot', gs1['10']) };
  stop.picked += 1;
  if (stop.picked >= stop.quantity) local.awaitingSlot = stop.toteSlot;
  return { verdict: 'ok', why: t('hh.took', stop.sku, stop.picked, stop.quantity) };
}

// ---- a scan -------------------------------------------------------------------------------------
// 32 hex digits; crypto.randomUUID exists on secure pages only, and a handheld may work over plain HTTP.
function scanId() {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), b => b.toString(16).padStart(2, '0')).join('');
}

async function scan(raw) {
  const code = raw.trim();
  if (code.length === 0) return;
  // Counted at once, before the queue: "settled" (queued = 0) never shows while a scan is on its way in.
  root.dataset.scans = String(Number(root.dataset.scans || 0) + 1);
  root.dataset.queued = String(Number(root.dataset.queued || 0) + 1);
  if (code.length > 4096) { show('refused', t('hh.too_long')); return; }
  const verdict = check(code);
  const item = { seq: ++seq, id: scanId(), code, verdict: verdict.verdict, at: new Date().toISOString() };
  try {
    await enqueue(item);
  } catch {
    show('refused', t('hh.not_stored'));
    return;
  }
  if (verdict.verdict === 'sent') show('sent', verdict.why || code, online ? t('hh.deciding') : t('hh.queued_offline'));
  else show(verdict.verdict, verdict.why);
  render();
  flush();
}

// ---- screen, sound, vibration ------------------------------------------------------------------------
function show(kind, message, note = '') {
  const box = el('hh-result');
  box.className = `hh-result hh-${kind}`;
  box.dataset.kind = kind;
  el('hh-result-icon').textContent = kind === 'ok' ? '✔' : kind === 'refused' ? '✖' : '…';
  el('hh-result-text').textContent = message;
  el('hh-result-note').textContent = note;
  document.body.dataset.lastResult = kind;
  signal(kind);
}

// The floor's sounds, one set for every station (station.js, loaded on every page); vibration where there is some.
const sounds = { ok: 'Accepted', refused: 'Refused', sent: 'Sent' };
function signal(kind) {
  if (navigator.vibrate) navigator.vibrate(kind === 'refused' ? [120, 60, 120] : kind === 'ok' ? 40 : 0);
  window.warehouseStation?.sound(sounds[kind]);
}

function render() {
  document.documentElement.lang = state.language;
  for (const node of root.querySelectorAll('[data-t]')) node.textContent = t(node.dataset.t);
  for (const node of root.querySelectorAll('[data-t-placeholder]')) node.placeholder = t(node.dataset.tPlaceholder);
  el('hh-station').textContent = state.station;
  el('hh-operator').textContent = state.operator || t('hh.sign_in');
  const card = el('hh-card');
  const list = state.list;
  root.dataset.list = list ? list.number : '';
  if (!state.operator) { card.dataset.step = 'sign-in'; setCard(t('hh.sign_in'), '', '', ''); return; }
  if (state.kind === 'Receiving') { renderDesk(card); return; }
  if (state.kind === 'Dock') { card.dataset.step = 'dock'; setCard(lastNext || t('hh.dk_scan_carrier'), '', '', ''); return; }
  if (state.kind === 'Returns') { card.dataset.step = 'returns'; setCard(lastNext || t('hh.rt_scan_parcel'), '', '', ''); return; }
  if (!list || !local) { card.dataset.step = 'take-list'; setCard(t('hh.take_list'), '', '', ''); el('hh-progress').hidden = true; return; }

  el('hh-progress').hidden = false;
  const units = local.stops.reduce((n, s) => n + s.quantity, 0);
  const done = local.stops.reduce((n, s) => n + s.picked + s.shorted, 0);
  el('hh-bar').max = units;
  el('hh-bar').value = done;
  el('hh-count').textContent = `${done} / ${units}`;
  el('hh-route').textContent = t('hh.route', metres(list.routeLengthMm), metres(list.sShapeLengthMm), saving(list));

  const tote = unboundTote();
  if (tote) { card.dataset.step = 'tote'; setCard(t('hh.scan_empty_tote', tote.slot), tote.orderNumber, '', ''); return; }
  if (local.awaitingSlot) {
    const slot = toteOf(local.awaitingSlot);
    card.dataset.step = 'put'; setCard(t('hh.put_in_tote', slot.slot), slot.toteBarcode, slot.orderNumber, ''); return;
  }
  const stop = currentStop();
  if (!stop) { card.dataset.step = 'done'; setCard(t('hh.list_done'), list.number, '', ''); return; }
  const lot = stop.lot ? t('hh.lot', stop.lot) : '';
  card.dataset.step = local.atLocation === stop.location ? 'item' : 'location';
  setCard(stop.location, `${stop.sku} · ${stop.name}`, t('hh.take', stop.quantity - stop.picked, stop.quantity, stop.toteSlot), lot);
}

// The goods-in desk: the delivery's lines (received of expected), or the put-back tasks, from the server's view.
function renderDesk(card) {
  const desk = state.desk;
  el('hh-progress').hidden = true;
  if (!desk) { card.dataset.step = 'delivery'; setCard(t('hh.rc_scan_delivery'), '', '', ''); showLines([]); return; }
  if (desk.mode === 'PutBack') {
    root.dataset.list = desk.putBackTote || '';
    const tasks = desk.putBacks.filter(p => !desk.putBackTote || p.tote === desk.putBackTote);
    const inHand = tasks.filter(p => p.inHand > 0);
    if (!desk.putBackTote) { card.dataset.step = 'pb-tote'; setCard(t('hh.pb_scan_tote'), [...new Set(tasks.map(p => p.tote))].join(', '), '', ''); }
    else if (inHand.length) { card.dataset.step = 'pb-location'; setCard(inHand[0].location, t('hh.pb_scan_location', inHand[0].location), '', ''); }
    else { card.dataset.step = 'pb-item'; setCard(desk.putBackTote, t('hh.pb_scan_item', desk.putBackTote), '', ''); }
    showLines(tasks.map(p => ({
      text: `${p.tote} · ${p.sku} ${p.name}${p.lot ? ' · ' + t('hh.lot', p.lot) : ''} → ${p.location}`,
      count: `${p.returned + p.inHand} / ${p.quantity}`, state: p.inHand > 0 ? 'over' : '',
    })));
    return;
  }
  const d = desk.delivery;
  root.dataset.list = d ? d.number : '';
  if (!d) {
    card.dataset.step = 'delivery';
    setCard(t('hh.rc_scan_delivery'), t('hh.rc_waiting'), '', '');
    showLines(desk.waiting.map(w => ({ text: `${w.number} · ${w.supplier}`, count: `${w.received} / ${w.expected}`, state: '' })));
    return;
  }
  card.dataset.step = desk.inHand > 0 ? 'location' : 'item';
  setCard(d.number, d.blind ? t('hh.rc_blind') : t('hh.rc_supplier', d.supplier),
    desk.inHand > 0 ? t('hh.rc_scan_location', desk.inHand) : t('hh.rc_scan_item'), '');
  const expected = d.lines.reduce((n, l) => n + l.expected, 0);
  const received = d.lines.reduce((n, l) => n + l.received, 0);
  el('hh-progress').hidden = false;
  el('hh-bar').max = Math.max(expected, received, 1);
  el('hh-bar').value = received;
  el('hh-count').textContent = `${received} / ${expected}`;
  el('hh-route').textContent = '';
  showLines(d.lines.map(l => ({
    text: `${l.sku} · ${l.name}${l.lot ? ' · ' + t('hh.lot', l.lot) : ''}`,
    count: `${l.received} / ${l.expected}`,
    state: l.received > l.expected ? 'over' : l.received === l.expected ? 'done' : '',
  })));
}

// Text only (textContent): a supplier's or product's name is shown as the characters it is, never as markup.
function showLines(rows) {
  const list = el('hh-lines');
  list.hidden = rows.length === 0;
  list.replaceChildren(...rows.map(r => {
    const item = document.createElement('li');
    item.dataset.state = r.state;
    const text = document.createElement('span');
    text.textContent = r.text;
    const count = document.createElement('span');
    count.className = 'hh-line-count';
    count.textContent = r.count;
    item.append(text, count);
    return item;
  }));
}

function setCard(big, line1, line2, line3) {
  el('hh-big').textContent = big;
  el('hh-line1').textContent = line1;
  el('hh-line2').textContent = line2;
  el('hh-line3').textContent = line3;
}

const metres = mm => (mm / 1000).toFixed(0);
function saving(list) {
  if (!list.sShapeLengthMm) return '0';
  return Math.round(100 * (list.sShapeLengthMm - list.routeLengthMm) / list.sShapeLengthMm).toString();
}

// ---- input: the scanner's keyboard wedge (DataWedge), the manual box, the camera --------------------
const wedge = { buffer: '', last: 0 };
document.addEventListener('keydown', e => {
  if (e.target && e.target.id === 'hh-code') return; // typed into the box: its form sends it
  if (e.key === 'Enter' || e.key === 'Tab') {
    const burst = wedge.buffer;
    wedge.buffer = '';
    if (burst.length >= 3 && e.timeStamp - wedge.last <= 160) { e.preventDefault(); scan(burst); }
    return;
  }
  if (e.key.length !== 1) return;
  if (e.timeStamp - wedge.last > 80) wedge.buffer = '';
  wedge.last = e.timeStamp;
  wedge.buffer = (wedge.buffer + e.key).slice(-4096);
}, true);

el('hh-manual').addEventListener('submit', e => {
  e.preventDefault();
  const box = el('hh-code');
  const value = box.value;
  box.value = '';
  scan(value);
});

for (const button of root.querySelectorAll('[data-command]')) button.addEventListener('click', () => scan(button.dataset.command));

let camera = null;
function stopCamera() {
  if (camera) camera.stop();
  camera = null;
  el('hh-video').hidden = true;
}

el('hh-camera').addEventListener('click', async () => {
  if (camera) { stopCamera(); return; }
  const video = el('hh-video');
  // One press, one scan: the camera stops at the first code it reads, as a scanner's trigger would.
  let shot = false;
  try {
    const { startCameraScan } = await import('./camera-scan.js');
    video.hidden = false;
    camera = await startCameraScan(video, code => {
      if (shot) return;
      shot = true;
      setTimeout(stopCamera);
      scan(code);
    });
    if (shot) stopCamera();
  } catch (e) {
    video.hidden = true;
    show('refused', t('hh.no_camera'), String(e && e.message || e));
  }
});

window.addEventListener('online', () => { setOnline(true); flush(); });
window.addEventListener('offline', () => setOnline(false));
setInterval(() => { if (!sending) flush(); }, 5000);

render();
reload().then(() => { root.dataset.ready = 'true'; flush(); });
