// Renders the API reference with the Redoc 2 bundle beside this page, from
// the document spec.js defines. Redoc 2 reports no telemetry; `untrustedSpec`
// sanitizes the HTML a description may contain before it reaches the page.
(function () {
  var root = document.getElementById("redoc");
  var options = {
    untrustedSpec: true,
    downloadDefinitionUrl: "openapi.json",
    downloadFileName: "openapi.json",
    expandResponses: "200,201",
    jsonSampleExpandLevel: 3,
    hideLoading: false,
  };
  Redoc.init(window.__API_SPEC__, options, root, function (error) {
    if (error) console.error("The API reference could not be rendered:", error);
    document.documentElement.setAttribute("data-docs-ready", error ? "error" : "true");
  });
})();
