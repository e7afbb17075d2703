// Starts the vendored Swagger UI on /api/openapi.json (a file of its own: the CSP allows no inline script).
"use strict";
window.addEventListener("DOMContentLoaded", function () {
  var el = document.getElementById("swagger-ui");
  window.SwaggerUIBundle({ url: el.dataset.url, dom_id: "#swagger-ui", deepLinking: true });
});
