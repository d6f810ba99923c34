document.getElementById("out").textContent = "Own script ran";
fetch("/collect", {method: "POST", body: "visit"}).catch(() => {});
