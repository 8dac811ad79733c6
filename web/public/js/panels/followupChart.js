// The monthly chart of the dashboard: chart.js (served from /vendor/chartjs, loaded when the tab first draws a chart).
// Withheld months (small counts) are drawn as gaps and named in the table under the chart.
import { el, num } from './followupDom.js';

let loading = null;

function loadChartJs() {
  if (window.Chart) return Promise.resolve(window.Chart);
  loading ??= new Promise((resolve, reject) => {
    const script = el('script', { src: '/vendor/chartjs/chart.umd.min.js' });
    script.addEventListener('load', () => resolve(window.Chart));
    script.addEventListener('error', () => reject(new Error('chart.js mangler (npm ci i web/)')));
    document.head.append(script);
  });
  return loading;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

export class MonthlyChart {
  constructor(root) {
    this._root = root;
    this._chart = null;
  }

  async show(months) {
    const labels = months.map((m) => `${MONTHS[Number(m.month.slice(5, 7)) - 1]} ${m.month.slice(2, 4)}`);
    const values = months.map((m) => m.participants);
    const withheld = months.filter((m) => m.participants === null).map((m) => m.month);
    let canvas = this._root.querySelector('canvas');
    if (!canvas) {
      canvas = el('canvas', { role: 'img', 'aria-label': 'Deltagere pr. måned', height: 160 });
      this._root.append(el('div', { class: 'fu-chart' }, canvas), el('p', { class: 'hint fu-withheld' }));
    }
    this._root.querySelector('.fu-withheld').textContent = withheld.length ? `Skjult (små tal): ${withheld.join(', ')}` : '';
    try {
      const Chart = await loadChartJs();
      if (this._chart) {
        this._chart.data.labels = labels;
        this._chart.data.datasets[0].data = values;
        this._chart.update();
        return;
      }
      this._chart = new Chart(canvas, {
        type: 'bar',
        data: { labels, datasets: [{ label: 'Deltagere', data: values, backgroundColor: '#2b6cb0' }] },
        options: {
          animation: false, responsive: true, maintainAspectRatio: false,
          plugins: { legend: { display: false }, tooltip: { callbacks: { label: (c) => `Deltagere: ${num(c.raw)}` } } },
          scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        },
      });
    } catch (e) {
      this._root.querySelector('.fu-withheld').textContent = `${e.message}. ${months.map((m) => `${m.month}: ${num(m.participants)}`).join(' · ')}`;
    }
  }
}
