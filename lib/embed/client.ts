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
  // The picture is drawn at several widths and CSS shows one: a partner is its key, marked in every drawing.
  const marks = Array.from(figure.querySelectorAll<SVGGElement>("[data-key]"));
  const keys: string[] = [];
  for (const mark of marks) {
    const key = mark.dataset.key ?? "";
    if (!(key in descriptions)) continue;
    if (!keys.includes(key)) keys.push(key);
    // Hover tooltips: each partner's name and tier as its mark's SVG title (the picture may already name it).
    let title = mark.querySelector(":scope > title");
    if (!title) {
      title = document.createElementNS("http://www.w3.org/2000/svg", "title");
      mark.prepend(title);
    }
    title.textContent = descriptions[key] ?? "";
  }
  let selected = keys.indexOf(figure.dataset.focus ?? "");
  const select = (index: number) => {
    for (const mark of figure.querySelectorAll(".focused")) mark.classList.remove("focused");
    selected = index;
    const key = keys[index];
    for (const mark of marks) if (key && mark.dataset.key === key) mark.classList.add("focused");
    status.textContent = key ? (descriptions[key] ?? "") : "";
  };
  select(selected);
  figure.addEventListener("click", (event) => {
    const mark = (event.target as Element).closest<SVGGElement>("[data-key]");
    select(mark ? keys.indexOf(mark.dataset.key ?? "") : -1);
  });
  figure.addEventListener("keydown", (event) => {
    const count = keys.length;
    if (count === 0) return;
    if (event.key === "ArrowRight" || event.key === "ArrowDown") select((selected + 1) % count);
    else if (event.key === "ArrowLeft" || event.key === "ArrowUp") select((selected - 1 + count) % count);
    else if (event.key === "Escape") select(-1);
    else return;
    event.preventDefault();
  });
  // Marks in one drawing: every drawing holds the same ones.
  figure.dataset.nodeCount = String(figure.querySelector("svg")?.querySelectorAll("[data-key]").length ?? 0);
  figure.dataset.ready = "true";
}
