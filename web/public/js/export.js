// Map as PNG, without any library: the vector tiles, the selection and the coverage rings are canvases (the map
// uses the canvas renderer), so they are copied in screen position; facility markers are drawn as dots; the
// attribution is written at the foot. The optional OpenStreetMap background is left out (cross-origin images
// would taint the canvas).

export async function mapPng(map, title) {
  const container = map.getContainer();
  const box = container.getBoundingClientRect();
  const scale = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = Math.round(box.width * scale);
  out.height = Math.round(box.height * scale);
  const ctx = out.getContext('2d');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, box.width, box.height);
  for (const canvas of container.querySelectorAll('canvas')) {
    const r = canvas.getBoundingClientRect();
    if (r.width === 0 || r.right < box.left || r.left > box.right || r.bottom < box.top || r.top > box.bottom) continue;
    ctx.globalAlpha = Number(getComputedStyle(canvas).opacity) || 1;
    ctx.drawImage(canvas, r.left - box.left, r.top - box.top, r.width, r.height);
  }
  ctx.globalAlpha = 1;
  for (const icon of container.querySelectorAll('.leaflet-marker-icon')) {
    const r = icon.getBoundingClientRect();
    ctx.beginPath();
    ctx.arc(r.left - box.left + r.width / 2, r.top - box.top + r.height / 2, 6, 0, 2 * Math.PI);
    ctx.fillStyle = '#31688e';
    ctx.fill();
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
  }
  const text = container.querySelector('.leaflet-control-attribution')?.textContent ?? '';
  ctx.font = '11px sans-serif';
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(0, box.height - 18, box.width, 18);
  ctx.fillRect(0, 0, Math.min(box.width, ctx.measureText(title).width * 1.4 + 16), 24);
  ctx.fillStyle = '#000000';
  ctx.fillText(text, 6, box.height - 5, box.width - 12);
  ctx.font = 'bold 14px sans-serif';
  ctx.fillText(title, 8, 17);
  return new Promise((resolve) => out.toBlob(resolve, 'image/png'));
}
