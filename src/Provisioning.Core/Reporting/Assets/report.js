// The session report's page: reads the JSON data element and builds the page with DOM calls (textContent only, so no
// data is ever parsed as markup); each chart is drawn when it first scrolls near the viewport, so a report of many
// symbols opens at once.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var charts = window.LightweightCharts;
  var palette = ['#2962ff', '#e65100', '#7b1fa2', '#00897b', '#c2185b', '#5d4037', '#455a64', '#827717'];

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function append(parent) {
    for (var i = 1; i < arguments.length; i++) { parent.appendChild(arguments[i]); }
    return parent;
  }

  // Times are exchange-local seconds written as if UTC, so the ISO text is the exchange's wall clock.
  function when(seconds) { return new Date(seconds * 1000).toISOString().slice(0, 16).replace('T', ' '); }

  function times(deltas) {
    var out = new Array(deltas.length), t = 0;
    for (var i = 0; i < deltas.length; i++) { t += deltas[i]; out[i] = t; }
    return out;
  }

  // The bar time at or before t (the first bar when t is before all of them): markers sit on bars.
  function snap(ts, t) {
    var lo = 0, hi = ts.length - 1, found = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (ts[mid] <= t) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return ts[found];
  }

  function row(cells, header) {
    var tr = el('tr');
    cells.forEach(function (c) { tr.appendChild(el(header ? 'th' : 'td', null, c)); });
    return tr;
  }

  function summary() {
    var symbols = data.symbols.length, missing = data.missing.length;
    var text = data.exchange + ' (' + data.timeZone + '), report at ' + when(data.now) + ' exchange time, written ' +
      data.generatedUtc + '. ' + symbols + ' symbol' + (symbols === 1 ? '' : 's') + ' held, ' + missing + ' missing, ' +
      data.additionCount + ' addition' + (data.additionCount === 1 ? '' : 's') + '; feed bars with no subscriber: ' +
      data.unroutedBars + '; delivery faults: ' + data.deliveryFaults + '.';
    if (data.removalCount > 0) { text += ' ' + data.removalCount + ' removal' + (data.removalCount === 1 ? '' : 's') + '.'; }
    if (data.additionsNotKept > 0) { text += ' The oldest ' + data.additionsNotKept + ' additions were not kept (bounded journal).'; }
    if (data.removalsNotKept > 0) { text += ' The oldest ' + data.removalsNotKept + ' removals were not kept (bounded journal).'; }
    if (symbols === 0) { text += ' The session holds no symbol: there is nothing to chart.'; }
    document.getElementById('summary').textContent = text;
    var nav = document.getElementById('symbol-nav');
    data.symbols.forEach(function (s, i) {
      var a = el('a', null, s.symbol);
      a.href = '#sym-' + i;
      nav.appendChild(a);
    });
  }

  function missingSymbols() {
    if (data.missing.length === 0) { return; }
    var section = document.getElementById('missing');
    section.hidden = false;
    var list = document.getElementById('missing-list');
    data.missing.forEach(function (m) {
      var li = el('li', 'missing-symbol', m.symbol + ': ' + m.why);
      li.dataset.symbol = m.symbol;
      list.appendChild(li);
    });
  }

  function qualityStrip() {
    var host = document.getElementById('quality-strip');
    var dates = {};
    data.symbols.forEach(function (s) { s.quality.forEach(function (q) { dates[q.date] = true; }); });
    var columns = Object.keys(dates).sort();
    if (columns.length === 0) {
      host.appendChild(el('p', 'empty', 'No intraday bars held: no quality to measure.'));
      return;
    }
    var table = el('table', 'quality-table');
    table.appendChild(row(['symbol', 'interval'].concat(columns), true));
    data.symbols.forEach(function (s) {
      var byInterval = {};
      s.quality.forEach(function (q) { (byInterval[q.interval] = byInterval[q.interval] || {})[q.date] = q; });
      Object.keys(byInterval).forEach(function (interval) {
        var tr = append(el('tr'), el('td', null, s.symbol), el('td', null, interval));
        columns.forEach(function (date) {
          var q = byInterval[interval][date];
          var td = el('td', 'q-cell');
          if (!q) { td.classList.add('q-none'); td.textContent = '\u2013'; tr.appendChild(td); return; }
          var pct = q.expected === 0 ? 100 : 100 * q.present / q.expected;
          td.classList.add(pct >= 99.5 ? 'q-good' : pct >= 90 ? 'q-fair' : 'q-poor');
          td.textContent = q.present + '/' + q.expected;
          td.dataset.symbol = s.symbol;
          td.dataset.interval = interval;
          td.dataset.date = date;
          td.dataset.expected = q.expected;
          td.dataset.present = q.present;
          td.dataset.gaps = q.gapCount;
          var title = date + (q.earlyClose ? ' (early close)' : '') + ': ' + q.present + ' of ' + q.expected + ' bars, ' + q.gapCount + ' gap' + (q.gapCount === 1 ? '' : 's');
          q.gaps.forEach(function (g) { title += '\n  from ' + when(g[0]) + ': ' + g[1] + ' bar' + (g[1] === 1 ? '' : 's') + ' missing'; });
          if (q.gapCount > q.gaps.length) { title += '\n  and ' + (q.gapCount - q.gaps.length) + ' more'; }
          td.title = title;
          tr.appendChild(td);
        });
        table.appendChild(tr);
      });
    });
    host.appendChild(table);
  }

  function additionsTable(additions) {
    if (additions.length === 0) { return el('p', 'empty', 'No addition recorded for this symbol.'); }
    var table = el('table', 'additions');
    table.appendChild(row(['at', 'what', 'source (who asked)', 'status', 'plan steps', 'duration', 'reason'], true));
    additions.forEach(function (a) {
      var steps = a.steps.map(function (s) { return s[0] + ' (' + s[1] + ', ' + s[2] + ' ms)'; }).join('; ') || 'none';
      var tr = row([when(a.at), a.what, a.source, a.status, steps, a.ms + ' ms', a.reason || '']);
      tr.className = 'addition';
      tr.children[3].className = a.ok ? 'status-ok' : 'status-bad';
      table.appendChild(tr);
    });
    return table;
  }

  // What each removal let go of, who asked, how it ended and what stayed for whom.
  function removalsTable(removals) {
    var table = el('table', 'removals');
    table.appendChild(row(['at', 'what', 'source (who let go)', 'status', 'kept (held for)', 'plan steps', 'reason'], true));
    removals.forEach(function (r) {
      var steps = r.steps.map(function (s) { return s[0] + ' (' + s[1] + ', ' + s[2] + ' ms)'; }).join('; ') || 'none';
      var tr = row([when(r.at), r.what, r.source, r.status, r.kept.join('; '), steps, r.reason || '']);
      tr.className = 'removal';
      tr.children[3].className = r.ok ? 'status-ok' : 'status-bad';
      table.appendChild(tr);
    });
    return table;
  }

  function refusedList(s) {
    var box = el('div', 'refused');
    box.appendChild(el('h3', null, 'Late and duplicate bars: ' + s.duplicates + ' duplicate, ' + s.late + ' late'));
    if (s.refused.length === 0) { box.appendChild(el('p', 'empty', 'None.')); return box; }
    var table = el('table', 'refused-table');
    table.appendChild(row(['kind', 'interval', 'bar start'], true));
    s.refused.forEach(function (r) { table.appendChild(row([r[0], r[1], when(r[2])])); });
    box.appendChild(table);
    if (s.refusedNotListed > 0) { box.appendChild(el('p', 'note', s.refusedNotListed + ' more not listed.')); }
    return box;
  }

  function drawChart(box, s, series) {
    var host = box.querySelector('.chart');
    var legend = box.querySelector('.legend');
    var ts = times(series.t);
    var chart = charts.createChart(host, {
      autoSize: true,
      layout: { background: { color: '#ffffff' }, textColor: '#38414d' },
      timeScale: { timeVisible: true, secondsVisible: false },
      rightPriceScale: { borderVisible: false }
    });
    var bars = new Array(ts.length);
    for (var i = 0; i < ts.length; i++) {
      var bar = { time: ts[i], open: series.o[i], high: series.h[i], low: series.l[i], close: series.c[i] };
      if (i < series.liveFrom) {
        // History is drawn grey, live bars in colour.
        var up = bar.close >= bar.open;
        bar.color = up ? '#b8c2cc' : '#6b7785';
        bar.borderColor = bar.color;
        bar.wickColor = bar.color;
      }
      bars[i] = bar;
    }
    var candles = chart.addSeries(charts.CandlestickSeries, { title: 'candles ' + series.interval });
    candles.setData(bars);
    var volume = chart.addSeries(charts.HistogramSeries, { title: 'volume', priceScaleId: 'volume', color: 'rgba(120,130,145,0.35)', priceFormat: { type: 'volume' }, lastValueVisible: false, priceLineVisible: false });
    volume.priceScale().applyOptions({ scaleMargins: { top: 0.82, bottom: 0 } });
    volume.setData(ts.map(function (t, k) { return { time: t, value: series.v[k] === null ? 0 : series.v[k] }; }));
    series.indicators.forEach(function (ind, n) {
      var line = chart.addSeries(charts.LineSeries, { title: ind.key, color: palette[n % palette.length], lineWidth: 2, priceLineVisible: false }, ind.overlay ? 0 : 1);
      var points = [];
      for (var k = 0; k < ind.values.length; k++) { if (ind.values[k] !== null) { points.push({ time: ts[k], value: ind.values[k] }); } }
      line.setData(points);
    });

    var markers = [];
    if (ts.length > 0 && series.liveFrom < ts.length) {
      markers.push({ time: ts[series.liveFrom], position: 'aboveBar', shape: 'arrowDown', color: '#2962ff', text: series.liveFrom === 0 ? 'live (no history held)' : 'history | live', id: 'join' });
    }
    if (ts.length > 0) {
      // One marker per addition that changed or tried to change the symbol; those already satisfied are in the table only.
      s.additions.forEach(function (a, k) {
        if (a.status === 'AlreadySatisfied') { return; }
        markers.push({ time: snap(ts, a.at), position: 'belowBar', shape: 'arrowUp', color: a.ok ? '#1b7f3b' : '#b3261e', text: '+' + a.what + (a.ok ? '' : ' ' + a.status), id: 'addition-' + k });
      });
    }
    markers.sort(function (x, y) { return x.time - y.time; });
    var plugin = charts.createSeriesMarkers(candles, markers);

    // The legend lists what the chart actually holds, read back from the chart.
    chart.panes().forEach(function (pane, p) {
      pane.getSeries().forEach(function (drawn) {
        var item = el('li', null, drawn.options().title + (p > 0 ? ' (own pane)' : ''));
        item.dataset.series = drawn.options().title;
        var color = drawn.options().color;
        if (color) { item.style.setProperty('--swatch', color); }
        legend.appendChild(item);
      });
    });
    host.dataset.markers = String(plugin.markers().length);
    host.dataset.bars = String(candles.data().length);
    var from = Math.max(0, Math.min(series.liveFrom, ts.length) - 150);
    chart.timeScale().setVisibleLogicalRange({ from: from, to: ts.length + 2 });
    host.dataset.rendered = '1';
  }

  function symbolSection(s, index) {
    var section = el('section', 'symbol');
    section.id = 'sym-' + index;
    section.dataset.symbol = s.symbol;
    section.appendChild(el('h2', null, s.symbol));
    section.appendChild(el('p', 'note', 'Added by ' + s.addedBy + ' at ' + when(s.addedAt) +
      (s.meetsConfig ? '; meets the session config' : '; ad hoc (not every config requirement)') +
      '. Bars before ' + when(s.join) + ' came from history (grey), later ones live.'));
    section.appendChild(el('p', 'note', 'History ' + (s.normalization === 'Raw' ? 'as stored (Raw)' : 'adjusted ' + s.normalization) +
      (s.corporateActions.length === 0 ? '; no corporate action inside its windows.' : '; corporate actions:')));
    if (s.corporateActions.length > 0) {
      var actions = el('ul', 'actions');
      s.corporateActions.forEach(function (a) { actions.appendChild(el('li', null, a)); });
      section.appendChild(actions);
    }
    if (s.problems.length > 0) {
      var problems = el('ul', 'problems');
      s.problems.forEach(function (p) { problems.appendChild(el('li', null, p)); });
      section.appendChild(problems);
    }
    if (s.series.length === 0) { section.appendChild(el('p', 'empty', 'No bars held for this symbol.')); }
    s.series.forEach(function (series) {
      var box = el('div', 'chart-box');
      box.dataset.interval = series.interval;
      var title = series.interval + (series.builtFrom ? ' (built from ' + series.builtFrom + ')' : ' (base)') + ': ' +
        series.t.length + ' bars, ' + (series.t.length - series.liveFrom) + ' live, keeps ' + series.capacity;
      box.appendChild(el('h3', null, title));
      box.appendChild(el('ul', 'legend'));
      var host = el('div', 'chart');
      box.appendChild(host);
      if (series.t.length === 0) {
        host.replaceWith(el('p', 'empty', 'No bars held for this interval.'));
      } else {
        pending.push({ box: box, symbol: s, series: series });
      }
      section.appendChild(box);
    });
    section.appendChild(el('h3', null, 'Additions'));
    section.appendChild(additionsTable(s.additions));
    if (s.removals.length > 0) {
      section.appendChild(el('h3', null, 'Removals'));
      section.appendChild(removalsTable(s.removals));
    }
    section.appendChild(refusedList(s));
    return section;
  }

  var pending = [];
  summary();
  missingSymbols();
  qualityStrip();
  var container = document.getElementById('symbols');
  data.symbols.forEach(function (s, i) { container.appendChild(symbolSection(s, i)); });

  function draw(item) {
    if (item.drawn) { return; }
    item.drawn = true;
    try {
      drawChart(item.box, item.symbol, item.series);
    } catch (e) {
      item.box.appendChild(el('p', 'problems', 'This chart could not be drawn: ' + e));
      console.error('chart ' + item.symbol.symbol + ' ' + item.series.interval + ': ' + e);
    }
  }

  if ('IntersectionObserver' in window) {
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) { observer.unobserve(entry.target); draw(entry.target.item); }
      });
    }, { rootMargin: '400px 0px' });
    pending.forEach(function (item) { item.box.item = item; observer.observe(item.box); });
  } else {
    pending.forEach(draw);
  }
  document.body.dataset.ready = '1';
})();
