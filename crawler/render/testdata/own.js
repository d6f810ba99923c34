document.getElementById("out").textContent = "Own script ran; service workers " +
  ("serviceWorker" in navigator ? "available" : "absent") + "; popup " + (window.open("/popup") === null ? "refused" : "opened");
fetch("/collect", {method: "POST", body: "visit"}).catch(() => {});
