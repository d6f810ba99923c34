// A client-side app: the policy text arrives as JSON and is put in the DOM.
fetch("/api/policy.json")
  .then(r => r.json())
  .then(p => {
    const root = document.getElementById("root");
    const h = document.createElement("h1");
    h.textContent = p.title;
    root.appendChild(h);
    for (const para of p.paragraphs) {
      const el = document.createElement("p");
      el.textContent = para;
      root.appendChild(el);
    }
  });
