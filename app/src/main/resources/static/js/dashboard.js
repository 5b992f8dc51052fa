// The dashboard's charts: each <canvas data-chart="id"> is drawn from the JSON of <script id="id">
// ({kind, labels, datasets: [{label, data}]}). The tables beside them hold the same figures.
(function () {
  var colours = ['#0b3d63', '#1e6b3a', '#b35c00', '#6b3fa0', '#0b7a8a', '#9c2a4b'];

  function draw(root) {
    if (typeof Chart === 'undefined') {
      return;
    }
    root.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      if (Chart.getChart(canvas)) {
        return;
      }
      var source = document.getElementById(canvas.getAttribute('data-chart'));
      if (!source) {
        return;
      }
      var figures = JSON.parse(source.textContent);
      var funnel = figures.kind === 'funnel';
      // counts are whole numbers: no axis step of 0.1 proposals
      var whole = figures.datasets.every(function (dataset) {
        return dataset.data.every(function (value) { return value === null || Number.isInteger(value); });
      });
      var valueAxis = {beginAtZero: true, ticks: whole ? {precision: 0} : {}};
      new Chart(canvas, {
        type: 'bar',
        data: {
          labels: figures.labels,
          datasets: figures.datasets.map(function (dataset, i) {
            return {label: dataset.label, data: dataset.data, backgroundColor: colours[i % colours.length]};
          })
        },
        options: {
          indexAxis: funnel ? 'y' : 'x',
          locale: document.documentElement.lang || undefined,
          maintainAspectRatio: false,
          animation: false,
          plugins: {legend: {display: figures.datasets.length > 1}},
          scales: funnel ? {x: valueAxis} : {y: valueAxis}
        }
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    draw(document);
  });
  // the filters re-render the dashboard's body: its new canvases are drawn once htmx has settled them
  document.addEventListener('htmx:afterSettle', function () {
    draw(document);
  });
})();
