/**
 * The page's only script: the timeline's year buttons (shown only when scripts run; without them
 * the SVG is the full view). A year button moves every mark and tick to that year's scale, hides
 * what falls outside and draws the month ticks; "All years" puts everything back. Day numbers are
 * days since 1970-01-01, as the SVG's `data-day`. No network, no library.
 */
export const ZOOM_SCRIPT = `(() => {
  const svg = document.getElementById('timeline-svg');
  const bar = document.getElementById('timeline-zoom');
  if (!svg || !bar) return;
  const NS = 'http://www.w3.org/2000/svg';
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const start = Number(svg.dataset.start), end = Number(svg.dataset.end);
  const left = Number(svg.dataset.left), right = Number(svg.dataset.right);
  const months = svg.querySelector('g.months');
  const items = Array.from(svg.querySelectorAll('[data-day]'));
  const show = (from, to, year) => {
    const scale = (right - left) / (to - from);
    const at = day => (left + (day - from) * scale).toFixed(1);
    for (const el of items) {
      const day = Number(el.dataset.day);
      el.setAttribute('transform', 'translate(' + at(day) + ',' + (el.dataset.y || '0') + ')');
      el.style.display = day < from || day > to ? 'none' : '';
    }
    months.replaceChildren();
    if (year !== undefined) {
      for (let m = 0; m < 12; m++) {
        const g = document.createElementNS(NS, 'g');
        g.setAttribute('class', 'tick month');
        g.setAttribute('transform', 'translate(' + at(Date.UTC(year, m, 1) / 864e5) + ',0)');
        const line = document.createElementNS(NS, 'line');
        line.setAttribute('y1', String(Number(months.dataset.top) - 4));
        line.setAttribute('y2', months.dataset.bottom);
        const text = document.createElementNS(NS, 'text');
        text.setAttribute('x', '3');
        text.setAttribute('y', String(Number(months.dataset.top) - 10));
        text.setAttribute('class', 'month-label');
        text.textContent = m === 0 ? 'Jan ' + year : MONTHS[m];
        g.append(line, text);
        months.append(g);
      }
    }
    svg.classList.toggle('zoomed', year !== undefined);
  };
  bar.hidden = false;
  bar.addEventListener('click', event => {
    const button = event.target.closest('button');
    if (!button) return;
    for (const other of bar.querySelectorAll('button')) other.setAttribute('aria-pressed', String(other === button));
    if (button.dataset.year) show(Number(button.dataset.from), Number(button.dataset.to), Number(button.dataset.year));
    else show(start, end);
  });
})();`;
