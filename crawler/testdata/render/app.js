// Renders the document named by the path from the JSON API, and probes
// addresses a page must never reach.
const name = location.pathname.replace(/^\//, "") || "privacy";
Promise.allSettled([
  fetch("http://metadata.spa.test/latest/meta-data/").then(r => r.text()),
  fetch("http://admin.spa.test/").then(r => r.text()),
]).then(() => fetch("/api/" + name + ".json"))
  .then(r => r.json())
  .then(doc => {
    const main = document.createElement("main");
    const h = document.createElement("h1");
    h.textContent = doc.title;
    main.appendChild(h);
    for (const text of doc.paragraphs) {
      const p = document.createElement("p");
      p.textContent = text;
      main.appendChild(p);
    }
    document.getElementById("root").appendChild(main);
  });
