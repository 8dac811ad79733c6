// chart.js from /vendor/chartjs (npm, pinned in package.json), loaded the first time a chart is drawn.
let loading = null;

export function loadChartJs() {
  if (window.Chart) return Promise.resolve(window.Chart);
  loading ??= new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src: '/vendor/chartjs/chart.umd.min.js' });
    script.addEventListener('load', () => resolve(window.Chart));
    script.addEventListener('error', () => { loading = null; reject(new Error('chart.js')); });
    document.head.append(script);
  });
  return loading;
}
