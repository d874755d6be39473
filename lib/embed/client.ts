/**
 * The embed's only script, run in the host's iframe. It is sent inline as this function's source text, so it
 * must stay self-contained: no imports, no references outside its body. The proxy-free CSP of /embed allows
 * it by its sha256 (see lib/embed/html.ts).
 */
export function embedClient(): void {
  // Tells the host page how tall the embed is, in Bamboo's and AMP's message formats (every embed document).
  if (window.parent !== window) {
    const report = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      window.parent.postMessage({ "bamboo-height": height }, "*");
      window.parent.postMessage({ sentinel: "amp", type: "embed-size", height }, "*");
    };
    new ResizeObserver(report).observe(document.documentElement);
    report();
  }
  const figure = document.querySelector<HTMLElement>("[data-testid=graph-canvas]");
  const status = document.getElementById("embed-status");
  if (!figure || !status) return;
  const descriptions = JSON.parse(figure.dataset.descriptions ?? "{}") as Record<string, string>;
  const marks = Array.from(figure.querySelectorAll<SVGGElement>("[data-key]"));
  const partners = marks.filter((mark) => (mark.dataset.key ?? "") in descriptions);
  // Hover tooltips: each partner's name and tier as its mark's SVG title (the picture may already name it).
  for (const mark of partners) {
    let title = mark.querySelector(":scope > title");
    if (!title) {
      title = document.createElementNS("http://www.w3.org/2000/svg", "title");
      mark.prepend(title);
    }
    title.textContent = descriptions[mark.dataset.key ?? ""] ?? "";
  }
  let selected = partners.findIndex((mark) => mark.dataset.key === figure.dataset.focus);
  const select = (index: number) => {
    partners[selected]?.classList.remove("focused");
    selected = index;
    const mark = partners[index];
    mark?.classList.add("focused");
    status.textContent = mark ? (descriptions[mark.dataset.key ?? ""] ?? "") : "";
  };
  select(selected);
  figure.addEventListener("click", (event) => {
    const mark = (event.target as Element).closest<SVGGElement>("[data-key]");
    select(mark ? partners.indexOf(mark) : -1);
  });
  figure.addEventListener("keydown", (event) => {
    const count = partners.length;
    if (count === 0) return;
    if (event.key === "ArrowRight" || event.key === "ArrowDown") select((selected + 1) % count);
    else if (event.key === "ArrowLeft" || event.key === "ArrowUp") select((selected - 1 + count) % count);
    else if (event.key === "Escape") select(-1);
    else return;
    event.preventDefault();
  });
  figure.dataset.nodeCount = String(marks.length);
  figure.dataset.ready = "true";
}
