/* Events pages: draws each <canvas data-chart="id"> from its JSON data block with Chart.js,
   sizes share bars and shades retention cells from their data-share, submits pickers on change,
   and keeps the live view fresh. Colours come from the theme. */
(function () {
  'use strict';
  var css = getComputedStyle(document.documentElement);
  function colour(name, fallback) { return (css.getPropertyValue(name) || '').trim() || fallback; }
  var palette = [colour('--accent', '#2563eb'), '#16a34a', '#f59e0b', '#db2777', '#7c3aed', '#0891b2'];
  var ink = colour('--muted', '#6b7280');
  var line = colour('--line', '#e5e7eb');

  function draw(canvas, data) {
    return new Chart(canvas, {
      type: data.type,
      data: {
        labels: data.labels,
        datasets: data.series.map(function (s, i) {
          return { label: s.label, data: s.data, borderColor: palette[i % palette.length],
                   backgroundColor: palette[i % palette.length], tension: 0.25, pointRadius: 2 };
        })
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        interaction: { mode: 'index', intersect: false },
        plugins: { legend: { labels: { color: ink } } },
        scales: { x: { ticks: { color: ink }, grid: { color: line } },
                  y: { beginAtZero: true, ticks: { color: ink }, grid: { color: line } } }
      }
    });
  }

  function live(section) {
    var canvas = section.querySelector('.live-chart');
    var chart = null;
    function refresh() {
      fetch(section.dataset.live, { credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (d) {
        section.querySelector('.live-users').textContent = d.users;
        section.querySelector('.live-sessions').textContent = d.sessions;
      }).catch(function () { /* the next tick tries again */ });
      fetch(section.dataset.graph, { credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (g) {
        var data = { type: 'bar', labels: g.data.map(function (p) { return new Date(p.ts).toLocaleTimeString(); }),
                     series: [{ label: 'devices', data: g.data.map(function (p) { return p.u; }) }] };
        if (chart) { chart.destroy(); }
        chart = draw(canvas, data);
      }).catch(function () { /* the next tick tries again */ });
    }
    refresh();
    setInterval(refresh, 10000);
  }

  document.addEventListener('DOMContentLoaded', function () {
    /* through the CSSOM: the content security policy refuses style attributes in the page */
    document.querySelectorAll('[data-share]').forEach(function (e) { e.style.setProperty('--share', e.dataset.share); });
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      var block = document.getElementById(canvas.dataset.chart);
      if (block) { draw(canvas, JSON.parse(block.textContent)); }
    });
    document.querySelectorAll('select.autosubmit').forEach(function (select) {
      select.addEventListener('change', function () { select.form.submit(); });
    });
    document.querySelectorAll('section.live').forEach(live);
  });
})();
