// Packing station: keyboard-wedge scans anywhere on the page, and a sound for every result.
// A scanner types a burst of keys a few milliseconds apart and ends it with its suffix, Enter
// (or Tab); a person types far slower, so a burst is told from typing by the gaps between keys.
// The gaps are measured between the keys' own timestamps (event.timeStamp: when the key was
// pressed), never by when this handler got to run: a page busy for 200 ms right after loading
// hands over a scan's keys late and all at once, and measuring on arrival split 2000000000015
// into "0015".
window.warehouseStation = (() => {
  const maxGapMs = 80;      // slower than this between keys is a person typing (scanners: 1–20 ms)
  const minLength = 3;      // shorter bursts are stray keys, not barcodes
  let page = null;
  let buffer = '';
  let lastKeyAt = 0;
  let audio = null;
  let audioSleep = 0;

  function onKeyDown(e) {
    if (!page) return;
    // The manual box, and fields a person types words in (data-typed: a returns desk's note), send their own Enter.
    const inManualBox = e.target && (e.target.id === 'manual-code' || e.target.dataset?.typed !== undefined);
    // The supervisor's PIN field has the focus while it waits: a scanner's burst typed into it is still
    // a scan (and is taken out of the field), but a run of up to 8 digits is a PIN and goes with the form,
    // so a fast typist's PIN never reaches the scan pipeline and its audit. A field marked data-scan-field
    // (a returns desk's refund amount) is the same without the PIN: a burst is a scan, slow typing its form's.
    const inPinField = e.target && e.target.id === 'supervisor-pin';
    const inScanField = inPinField || (e.target && e.target.dataset?.scanField !== undefined);
    const at = e.timeStamp;
    if (e.key === 'Enter' || e.key === 'Tab') {
      const burst = buffer;
      const fast = at - lastKeyAt <= maxGapMs * 2;
      // In a scan field, only a burst that is all the field holds: keys a person typed before it belong to the
      // form, or a typist's fast tail ("2,50" after a pause behind "1") would go alone as the amount.
      const typedBefore = inScanField && !inPinField && e.target.value !== '' && e.target.value !== burst;
      buffer = '';
      if (burst.length >= minLength && fast && !inManualBox && !typedBefore && !(inPinField && /^[0-9]{1,8}$/.test(burst))) {
        e.preventDefault();
        if (inScanField) e.target.value = '';
        send(burst);
      }
      return;
    }
    if (e.key.length !== 1) return; // Shift, arrows and other keys carry no character
    if (at - lastKeyAt > maxGapMs) buffer = '';
    lastKeyAt = at;
    buffer += e.key;
    if (buffer.length > 4096) buffer = buffer.slice(-4096);
  }

  // Counted on the page (data-scans-sent / -answered) so a scan that never came back can be seen, and a
  // scan the server could not be reached with is heard as refused at once, never dropped in silence.
  function send(burst) {
    const body = document.body.dataset;
    body.scansSent = String((+body.scansSent || 0) + 1);
    page.invokeMethodAsync('OnWedgeScan', burst).then(
      () => { body.scansAnswered = String((+body.scansAnswered || 0) + 1); },
      error => { body.scansFailed = String((+body.scansFailed || 0) + 1); console.error('scan not sent', error); sound('Refused'); });
  }

  function tone(ctx, freq, start, duration, type, volume = 0.25) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = type;
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(volume, ctx.currentTime + start);
    gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + start + duration);
    osc.connect(gain).connect(ctx.destination);
    osc.start(ctx.currentTime + start);
    osc.stop(ctx.currentTime + start + duration);
  }

  // Sounds a packer learns without looking: a short high beep (accepted), a low double buzz
  // (refused), a falling two-note (undo: take it out), a rising chime (parcel done), a falling hum (packed, label waiting), a two-note
  // ping (the waiting label is printing now), a short siren (printer or scanner fault), a soft rising
  // pair (the scanner is heard again) and a long siren (the station itself has stopped). The pick handheld (handheld.js) speaks with the same sounds.
  function sound(outcome) {
    document.body.dataset.lastSound = outcome;
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      // A running audio graph costs CPU for as long as it runs, silent or not (a few % of a core: a handheld's
      // battery, a station's fan). Woken for each sound, put to sleep once the longest one (1.5 s) has played.
      clearTimeout(audioSleep);
      if (audio.state === 'suspended') audio.resume();
      audioSleep = setTimeout(() => audio.suspend(), 2500);
      if (outcome === 'Accepted') tone(audio, 1760, 0, 0.08, 'sine');
      else if (outcome === 'Undo') { tone(audio, 1320, 0, 0.1, 'sine'); tone(audio, 880, 0.12, 0.16, 'sine'); }
      else if (outcome === 'LabelWaiting') { tone(audio, 520, 0, 0.4, 'triangle'); tone(audio, 390, 0.5, 0.6, 'triangle'); }
      else if (outcome === 'LabelPrinted') { tone(audio, 660, 0, 0.15, 'sine'); tone(audio, 990, 0.18, 0.3, 'sine'); }
      else if (outcome === 'Fault') { for (let i = 0; i < 2; i++) { tone(audio, 660, i * 0.5, 0.2, 'square'); tone(audio, 440, i * 0.5 + 0.22, 0.2, 'square'); } }
      else if (outcome === 'ScannerBack') { tone(audio, 660, 0, 0.12, 'sine', 0.1); tone(audio, 880, 0.15, 0.18, 'sine', 0.1); }
      else if (outcome === 'Stopped') { for (let i = 0; i < 3; i++) { tone(audio, 660, i * 0.5, 0.2, 'square'); tone(audio, 440, i * 0.5 + 0.22, 0.2, 'square'); } }
      else if (outcome === 'Sent') tone(audio, 990, 0, 0.06, 'sine'); // the handheld: kept, the server decides
      else if (outcome === 'ParcelDone') { tone(audio, 880, 0, 0.12, 'sine'); tone(audio, 1320, 0.13, 0.12, 'sine'); tone(audio, 1760, 0.26, 0.25, 'sine'); }
      else { tone(audio, 180, 0, 0.18, 'square'); tone(audio, 180, 0.25, 0.18, 'square'); }
    } catch { /* no audio device: the banner still shows the result */ }
  }

  return {
    attach(dotnetPage) { page = dotnetPage; document.addEventListener('keydown', onKeyDown, true); document.body.dataset.wedge = 'on'; },
    detach() { document.removeEventListener('keydown', onKeyDown, true); page = null; delete document.body.dataset.wedge; },
    sound,
    // A photo went up over HTTP (evidence-photo.js with data-notify): the page shows it.
    photoStored() { page?.invokeMethodAsync('OnPhotoStored').catch(error => console.warn('photo not shown', error)); },
    // Out of a typed field once its words are sent: the page's keys are the scanner's again.
    leaveField() { document.activeElement?.blur?.(); },
  };
})();
