/* Counters pages: draws each <canvas data-chart="id"> from its JSON data block with Chart.js (a line per
   series, gaps where a point has no data, a dashed limit line when the data has one), greys out the
   custom range fields unless "Custom" is chosen, and copies a license hash on request. */
(function () {
  'use strict';
  var css = getComputedStyle(document.documentElement);
  function themed(name, fallback) { return (css.getPropertyValue(name) || '').trim() || fallback; }
  var ink = themed('--ink', '#1d2330');
  var muted = themed('--muted', '#667085');
  var grid = themed('--line', '#e4e7ec');
  var bad = themed('--bad', '#b42318');
  // Okabe-Ito, as the PNG charts: told apart with colour blindness; black becomes the theme's ink
  var colours = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', ink];

  var compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
  var plain = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
  /* big values (bytes of traffic) read better as 15K than as 15,000 */
  function tick(value) { return Math.abs(value) >= 10000 ? compact.format(value) : plain.format(value); }

  /* a point with gaps on both sides would be invisible as a line: draw it as a dot */
  function lonePoint(ctx) {
    var data = ctx.dataset.data;
    var i = ctx.dataIndex;
    return data[i] !== null && (i === 0 || data[i - 1] === null) && (i === data.length - 1 || data[i + 1] === null) ? 3 : 0;
  }

  function whole(data) {
    return data.series.every(function (s) { return s.data.every(function (v) { return v === null || v % 1 === 0; }); });
  }

  function draw(canvas, data) {
    var datasets = data.series.map(function (s, i) {
      var c = colours[i % colours.length];
      return { label: s.label, data: s.data, borderColor: c, backgroundColor: c, borderWidth: 2, tension: 0,
               spanGaps: false, pointRadius: lonePoint, pointHoverRadius: 4 };
    });
    if (data.limit !== undefined) {
      datasets.push({ label: canvas.dataset.limitLabel || 'limit', data: data.labels.map(function () { return data.limit; }),
                      borderColor: bad, backgroundColor: bad, borderWidth: 1.5, borderDash: [6, 4], pointRadius: 0,
                      pointHoverRadius: 0 });
    }
    new Chart(canvas, {
      type: 'line',
      data: { labels: data.labels, datasets: datasets },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        interaction: { mode: 'index', intersect: false },
        plugins: { legend: { display: datasets.length > 1, position: 'bottom', labels: { color: ink, boxWidth: 14, boxHeight: 2 } } },
        scales: {
          x: { ticks: { color: muted, maxRotation: 0, autoSkip: true, maxTicksLimit: 12 }, grid: { color: grid } },
          y: { beginAtZero: true, ticks: { color: muted, callback: tick, precision: whole(data) ? 0 : undefined }, grid: { color: grid } }
        }
      }
    });
    canvas.dataset.drawn = 'true';
  }

  function customRange(form) {
    var choice = form.querySelector('select.range-choice');
    if (!choice) { return; }
    function sync() {
      var custom = choice.value === 'custom';
      form.querySelectorAll('.custom-range').forEach(function (field) {
        field.classList.toggle('off', !custom);
        field.querySelector('input').disabled = !custom;
      });
    }
    choice.addEventListener('change', sync);
    sync();
  }

  function copyButton(button) {
    var source = document.getElementById(button.dataset.copy);
    if (!source || !navigator.clipboard) { return; }
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        button.textContent = button.dataset.copied;
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      var block = document.getElementById(canvas.dataset.chart);
      if (block) { draw(canvas, JSON.parse(block.textContent)); }
    });
    document.querySelectorAll('form.picker').forEach(customRange);
    document.querySelectorAll('button[data-copy]').forEach(copyButton);
  });
})();
